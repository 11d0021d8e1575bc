"""The real Teams app over HTTP on 127.0.0.1 (dangerous flag on), replying to a local stand-in
of the Bot Connector API. Skipped when the [teams] extra is not installed."""

from __future__ import annotations

import copy
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")

from bot.conversation import Conversation
from bot.metrics import Metrics
from bot.service import Assistant
from bot.teams.app import TeamsServer, build_app
from bot.teams.settings import TeamsSettings
from tests.slack.conftest import RecordingSink
from tests.teams.stand_in import ConnectorStandIn

PAYLOADS = Path(__file__).parent / "payloads"


def activity(name: str, connector: ConnectorStandIn, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_text())
    data["serviceUrl"] = connector.url
    data.update(changes)
    return copy.deepcopy(data)


def post(url: str, body: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST")
    request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            raw = response.read()
            return response.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as error:
        raw = error.read()
        return error.code, json.loads(raw) if raw else None


@dataclass
class RunningTeams:
    url: str
    connector: ConnectorStandIn
    sink: RecordingSink

    @property
    def messages_url(self) -> str:
        return f"{self.url}/api/messages"


def start(assistant: Assistant, settings: TeamsSettings, sink: RecordingSink) -> TeamsServer:
    conversation = Conversation(assistant, sink=sink, metrics=Metrics())
    app, web = build_app(conversation, settings)
    return TeamsServer(app, web, "127.0.0.1", 0).start()


@pytest.fixture
def connector() -> Iterator[ConnectorStandIn]:
    with ConnectorStandIn() as stand_in:
        yield stand_in


@pytest.fixture
def teams(connector: ConnectorStandIn, assistant: Assistant) -> Iterator[RunningTeams]:
    sink = RecordingSink()
    settings = TeamsSettings(
        None, None, None, 0, "127.0.0.1", dangerously_allow_unauthenticated=True
    )
    server = start(assistant, settings, sink)
    try:
        yield RunningTeams(f"http://127.0.0.1:{server.port}", connector, sink)
    finally:
        server.stop()
