"""Socket Mode against a local WebSocket server that replays Slack envelopes.

The app asks the Web API stand-in for a connection URL (``apps.connections.open``), dials the
local WebSocket server, acknowledges each envelope and answers through the Web API.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.sync.server import ServerConnection, serve

from bot.conversation import Conversation
from bot.service import Assistant
from bot.slack.app import build_app
from bot.slack.socket import socket_mode_handler
from tests.slack.conftest import payload, slack_settings
from tests.slack.stand_in import SlackStandIn

pytestmark = pytest.mark.e2e


class EnvelopeServer:
    """Sends ``hello`` and then each envelope; records everything the app sends back."""

    def __init__(self, envelopes: list[dict[str, Any]]) -> None:
        self.envelopes = envelopes
        self.received: list[dict[str, Any]] = []
        self._server = serve(self._session, "127.0.0.1", 0)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self._server.socket.getsockname()[1]}/link/?ticket=test"

    def _session(self, connection: ServerConnection) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1}))
        for envelope in self.envelopes:
            connection.send(json.dumps(envelope))
        try:
            for message in connection:
                self.received.append(json.loads(message))
        except Exception:
            return

    def acked(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.received:
                if message.get("envelope_id") == envelope_id:
                    return message
            time.sleep(0.02)
        raise AssertionError(f"no ack for {envelope_id}: {self.received}")

    def __enter__(self) -> EnvelopeServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()


@pytest.fixture
def envelopes(stand_in: SlackStandIn) -> list[dict[str, Any]]:
    command = payload("slash_command", response_url=stand_in.response_url("socket-cmd"))
    return [
        {
            "envelope_id": "env-event-1",
            "type": "events_api",
            "accepts_response_payload": False,
            "retry_attempt": 0,
            "retry_reason": "",
            "payload": payload("app_mention"),
        },
        {
            "envelope_id": "env-event-retry",
            "type": "events_api",
            "accepts_response_payload": False,
            "retry_attempt": 1,
            "retry_reason": "timeout",
            "payload": payload("app_mention"),
        },
        {
            "envelope_id": "env-command-1",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": command,
        },
    ]


@pytest.fixture
def socket_app(
    stand_in: SlackStandIn, assistant: Assistant, envelopes: list[dict[str, Any]]
) -> Iterator[EnvelopeServer]:
    with EnvelopeServer(envelopes) as server:
        stand_in.state.socket_url = server.url
        settings = slack_settings(stand_in, http=False, signing_secret=None, app_token="xapp-test")
        app = build_app(Conversation(assistant), settings)
        handler = socket_mode_handler(app, "xapp-test")
        handler.connect()  # type: ignore[no-untyped-call]
        try:
            yield server
        finally:
            handler.close()  # type: ignore[no-untyped-call]


def test_socket_mode_acks_and_answers(socket_app: EnvelopeServer, stand_in: SlackStandIn) -> None:
    opened = stand_in.state.wait_for("/api/apps.connections.open")[0]
    assert opened.headers["Authorization"] == "Bearer xapp-test"
    socket_app.acked("env-event-1")
    socket_app.acked("env-event-retry")
    socket_app.acked("env-command-1")
    post = stand_in.state.wait_for("/api/chat.postMessage")[0]
    assert post.body["channel"] == "C0SCHOOL1" and post.body["thread_ts"] == "1700000000.000100"
    reply = stand_in.state.wait_for("/response/socket-cmd")[0].body
    assert "Junior Reserve Officers' Training Corps (JROTC)" in json.dumps(reply["blocks"])
    time.sleep(0.3)
    assert len(stand_in.state.received("/api/chat.postMessage")) == 1, "the retry was answered"
