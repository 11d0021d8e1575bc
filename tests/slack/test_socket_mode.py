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
from bot.slack.app import SlackBot, build_bot
from bot.slack.socket import socket_mode_handler
from tests.processes import BotProcess
from tests.slack.conftest import payload, slack_settings
from tests.slack.stand_in import GOOD_APP_TOKEN, GOOD_TOKEN, SlackStandIn

pytestmark = pytest.mark.e2e


def socket_envelope(
    envelope_id: str, body: dict[str, Any], kind: str = "events_api", retry: int = 0
) -> dict[str, Any]:
    """A Socket Mode envelope as Slack sends it, around an HTTP-mode payload."""
    envelope: dict[str, Any] = {
        "envelope_id": envelope_id,
        "type": kind,
        "accepts_response_payload": kind != "events_api",
        "payload": body,
    }
    if kind == "events_api":
        envelope.update(retry_attempt=retry, retry_reason="timeout" if retry else "")
    return envelope


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
    click = payload("block_actions", response_url=stand_in.response_url("socket-click"))
    click["actions"][0].update(action_id="choose_office_0", value="related-service-providers")
    return [
        socket_envelope("env-event-1", payload("app_mention")),
        socket_envelope("env-event-retry", payload("app_mention"), retry=1),
        socket_envelope("env-command-1", command, kind="slash_commands"),
        socket_envelope("env-click-1", click, kind="interactive"),
    ]


@pytest.fixture
def socket_app(
    stand_in: SlackStandIn, assistant: Assistant, envelopes: list[dict[str, Any]]
) -> Iterator[tuple[EnvelopeServer, SlackBot]]:
    with EnvelopeServer(envelopes) as server:
        stand_in.state.socket_url = server.url
        settings = slack_settings(
            stand_in, http=False, signing_secret=None, app_token=GOOD_APP_TOKEN
        )
        bot = build_bot(Conversation(assistant), settings)
        handler = socket_mode_handler(bot.app, GOOD_APP_TOKEN)
        handler.connect()  # type: ignore[no-untyped-call]
        try:
            yield server, bot
        finally:
            handler.close()  # type: ignore[no-untyped-call]
            bot.close(timeout=5)


def test_socket_mode_acks_and_answers(
    socket_app: tuple[EnvelopeServer, SlackBot], stand_in: SlackStandIn
) -> None:
    server, bot = socket_app
    opened = stand_in.state.wait_for("/api/apps.connections.open")[0]
    assert opened.headers["Authorization"] == f"Bearer {GOOD_APP_TOKEN}"
    for envelope_id in ("env-event-1", "env-event-retry", "env-command-1", "env-click-1"):
        assert server.acked(envelope_id) == {"envelope_id": envelope_id}
    assert bot.answers.drain(timeout=10)
    posts = stand_in.state.received("/api/chat.postMessage")
    assert len(posts) == 1, "the retried envelope was answered again"
    assert posts[0].body["channel"] == "C0SCHOOL1"
    assert posts[0].body["thread_ts"] == "1700000000.000100"
    reply = stand_in.state.received("/response/socket-cmd")[0].body
    assert reply["response_type"] == "ephemeral"
    assert "Junior Reserve Officers' Training Corps (JROTC)" in json.dumps(reply["blocks"])
    chosen = stand_in.state.received("/response/socket-click")[0].body
    assert chosen["replace_original"] is True
    assert chosen["blocks"][0]["text"]["text"] == "Related Service Providers"


def test_socket_mode_from_the_command_line_answers_and_stops_on_sigterm(
    stand_in: SlackStandIn,
) -> None:
    """``whohandles slack`` with an app token: Socket Mode through the real entry point."""
    with EnvelopeServer([socket_envelope("env-cli-1", payload("app_mention"))]) as server:
        stand_in.state.socket_url = server.url
        bot = BotProcess(
            "slack",
            SLACK_BOT_TOKEN=GOOD_TOKEN,
            SLACK_APP_TOKEN=GOOD_APP_TOKEN,
            SLACK_API_URL=stand_in.url,
        )
        try:
            assert server.acked("env-cli-1", timeout=30) == {"envelope_id": "env-cli-1"}
            post = stand_in.state.wait_for("/api/chat.postMessage")[0]
            assert post.body["channel"] == "C0SCHOOL1"
            assert post.body["thread_ts"] == "1700000000.000100"
        finally:
            stderr = bot.stop()
    assert bot.returncode == 0, stderr
    assert "Traceback" not in stderr
