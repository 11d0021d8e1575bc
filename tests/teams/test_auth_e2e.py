"""Token checks end to end, with no network: the SDK validates Bot Framework tokens against a
key set the connector stand-in serves (our own RSA key instead of Microsoft's), and gets its
outgoing token from a local provider instead of Entra ID."""

from __future__ import annotations

import time
from typing import Any

import pytest

from bot.service import Assistant
from bot.teams.settings import TeamsSettings
from tests.teams.harness import RunningTeams, activity, post, start
from tests.teams.stand_in import ConnectorStandIn

pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")
pytest.importorskip("jwt")
from tests.teams.tokens import INTRUDER, OUTGOING, token

pytestmark = pytest.mark.e2e


def _send(teams: RunningTeams, authorization: str | None) -> int:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return post(teams.messages_url, activity("personal_message", teams.connector), headers)[0]


def test_a_valid_token_is_answered_and_the_reply_carries_the_bots_token(
    secured: RunningTeams,
) -> None:
    assert _send(secured, f"Bearer {token(secured.connector.url)}") == 200
    [sent] = secured.connector.state.wait_for()
    assert sent.headers["Authorization"] == f"Bearer {OUTGOING}"
    assert secured.connector.state.key_fetches >= 1, "the signature was checked with our key"
    assert sent.body["attachments"][0]["content"]["body"][0]["text"].startswith("Fax for")


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer not-a-jwt",
    ],
)
def test_requests_without_a_token_are_refused(
    secured: RunningTeams, authorization: str | None
) -> None:
    assert _send(secured, authorization) == 401
    assert secured.connector.state.activities() == []


@pytest.mark.parametrize(
    "bad",
    [
        {"key": INTRUDER},
        {"aud": "someone-elses-app"},
        {"iss": "https://evil.example"},
        {"exp": int(time.time()) - 3600},
        {"serviceurl": "https://smba.trafficmanager.net/teams"},
    ],
    ids=["foreign-key", "audience", "issuer", "expired", "service-url"],
)
def test_requests_with_an_invalid_token_are_refused(
    secured: RunningTeams, bad: dict[str, Any]
) -> None:
    assert _send(secured, f"Bearer {token(secured.connector.url, **bad)}") == 401
    assert secured.connector.state.activities() == []
    assert secured.sink.events == []


def test_unauthenticated_app_without_the_flag_refuses_everything(
    connector: ConnectorStandIn, assistant: Assistant
) -> None:
    """No credentials and no dangerous flag: the SDK itself refuses every request."""
    running = start(assistant, TeamsSettings(None, None, None, port=0, host="127.0.0.1"), connector)
    try:
        assert _send(running, None) == 401
        assert _send(running, f"Bearer {token(connector.url)}") == 401
    finally:
        running.server.stop()
    assert connector.state.activities() == []
