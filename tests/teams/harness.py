"""Helpers for driving the real Teams app over HTTP: recorded activities, posting them, and
starting the app on 127.0.0.1. Shared by the end-to-end tests and benchmarks/teams_http.py.

Only ``start`` needs the [teams] extra, and imports it when called.
"""

from __future__ import annotations

import copy
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.conversation import Conversation
from bot.metrics import Metrics
from bot.service import Assistant
from bot.teams.settings import TeamsSettings
from tests.conftest import RecordingSink
from tests.teams.stand_in import ConnectorStandIn

if TYPE_CHECKING:
    from microsoft_teams.apps import AppOptions

    from bot.teams.server import TeamsServer

PAYLOADS = Path(__file__).parent / "payloads"
#: The bot's app id in authenticated tests (any GUID: tokens are signed by our own key).
APP_ID = "2f3c6a1e-8b0d-4c7e-9f21-5a6b7c8d9e0f"


def activity(name: str, connector: ConnectorStandIn, **changes: Any) -> dict[str, Any]:
    """A recorded Teams activity, aimed at ``connector``, with top-level fields replaced."""
    data: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_text())
    data["serviceUrl"] = connector.url
    data.update(copy.deepcopy(changes))
    return data


def post(
    url: str, body: Any, headers: dict[str, str] | None = None, *, raw: bytes | None = None
) -> tuple[int, Any]:
    """POST JSON (or ``raw`` bytes); the status and the decoded answer (None when empty)."""
    data = raw if raw is not None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method="POST")
    request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            answer = response.read()
            return response.status, json.loads(answer) if answer else None
    except urllib.error.HTTPError as error:
        answer = error.read()
        return error.code, json.loads(answer) if answer else None


@dataclass
class RunningTeams:
    url: str
    connector: ConnectorStandIn
    sink: RecordingSink
    metrics: Metrics
    server: TeamsServer

    @property
    def messages_url(self) -> str:
        return f"{self.url}/api/messages"

    def send(self, name: str, **changes: Any) -> tuple[int, Any]:
        """Post a recorded activity (aimed at this connector) to the bot."""
        return post(self.messages_url, activity(name, self.connector, **changes))


def unauthenticated() -> TeamsSettings:
    return TeamsSettings.from_env(
        {}, port=0, host="127.0.0.1", dangerously_allow_unauthenticated=True
    )


def start(
    assistant: Assistant,
    settings: TeamsSettings,
    connector: ConnectorStandIn,
    *,
    sdk_options: AppOptions | None = None,
) -> RunningTeams:
    """The real app, served on a free port of 127.0.0.1 on a background thread."""
    from bot.teams.app import build_app
    from bot.teams.server import TeamsServer

    sink, metrics = RecordingSink(), Metrics()
    conversation = Conversation(assistant, sink=sink, metrics=metrics)
    app, web = build_app(conversation, settings, sdk_options=sdk_options)
    server = TeamsServer(app, web, "127.0.0.1", 0).start()
    return RunningTeams(f"http://127.0.0.1:{server.port}", connector, sink, metrics, server)
