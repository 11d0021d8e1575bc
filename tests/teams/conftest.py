"""Fixtures for the Teams tests: a Bot Connector stand-in, the running app, and a guard that
fails any attempt to resolve a name other than loopback, so no test (nor the SDK under test)
can fetch Microsoft's OpenID metadata or tokens unnoticed."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from bot.service import Assistant
from tests.teams.harness import RunningTeams, start, unauthenticated
from tests.teams.stand_in import ConnectorStandIn

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Refuse DNS for anything but loopback, and fail the test if anything tried: the SDK
    swallows errors on its own threads, so a refusal alone could pass unnoticed."""
    resolve = socket.getaddrinfo
    attempts: list[str] = []

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOOPBACK:
            attempts.append(str(host))
            raise OSError(f"tests may not leave 127.0.0.1 (tried {host!r})")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    yield
    assert not attempts, f"a Teams test tried to reach the network: {attempts}"


@pytest.fixture
def connector() -> Iterator[ConnectorStandIn]:
    with ConnectorStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def teams(connector: ConnectorStandIn, assistant: Assistant) -> Iterator[RunningTeams]:
    """The real app, unauthenticated (the dangerous flag on), replying to ``connector``."""
    pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")
    running = start(assistant, unauthenticated(), connector)
    try:
        yield running
    finally:
        running.server.stop()


@pytest.fixture
def secured(connector: ConnectorStandIn, assistant: Assistant) -> Iterator[RunningTeams]:
    """The app as deployed: tokens required, checked against the stand-in's key set."""
    pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")
    pytest.importorskip("jwt")
    from tests.teams.tokens import start_secured

    running = start_secured(connector, assistant)
    try:
        yield running
    finally:
        running.server.stop()
