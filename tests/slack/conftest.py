"""The real Slack app in HTTP mode on 127.0.0.1, against a local stand-in of Slack's Web API."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.conversation import Conversation
from bot.metrics import Metrics
from bot.service import Assistant
from bot.slack.app import SlackBot, build_bot
from bot.slack.http import HttpServer, make_wsgi_app
from bot.slack.settings import SlackSettings
from tests.conftest import RecordingSink
from tests.slack.signing import SIGNING_SECRET
from tests.slack.stand_in import GOOD_TOKEN, SlackStandIn

PAYLOADS = Path(__file__).parent / "payloads"


def payload(name: str, **replace: Any) -> dict[str, Any]:
    """A recorded payload with top-level or nested fields replaced (``event__text=...``)."""
    data: dict[str, Any] = json.loads((PAYLOADS / f"{name}.json").read_text())
    for key, value in replace.items():
        target = data
        *parents, last = key.split("__")
        for parent in parents:
            target = target[parent]
        target[last] = value
    return copy.deepcopy(data)


@dataclass
class Running:
    url: str
    stand_in: SlackStandIn
    sink: RecordingSink
    metrics: Metrics
    server: HttpServer
    bot: SlackBot

    @property
    def events_url(self) -> str:
        return f"{self.url}/slack/events"

    def settle(self) -> None:
        """Wait until every answer queued so far has been sent (or failed).

        Each request's answer is queued before its ack is returned, so after ``settle`` a
        missing call to the stand-in really means the bot chose not to answer.
        """
        assert self.bot.answers.drain(timeout=15), "answers still running after 15 s"


def slack_settings(stand_in: SlackStandIn, **overrides: Any) -> SlackSettings:
    values: dict[str, Any] = {
        "bot_token": GOOD_TOKEN,
        "signing_secret": SIGNING_SECRET,
        "api_url": stand_in.url,
        "http": True,
        "port": 0,
        "host": "127.0.0.1",
    }
    values.update(overrides)
    return SlackSettings(**values)


@pytest.fixture
def stand_in() -> Iterator[SlackStandIn]:
    with SlackStandIn() as server:
        yield server


@pytest.fixture
def slack(stand_in: SlackStandIn, assistant: Assistant) -> Iterator[Running]:
    sink = RecordingSink()
    metrics = Metrics()
    conversation = Conversation(assistant, sink=sink, metrics=metrics)
    bot = build_bot(conversation, slack_settings(stand_in))
    server = HttpServer(make_wsgi_app(bot.app, SIGNING_SECRET, metrics), "127.0.0.1", 0).start()
    try:
        yield Running(f"http://127.0.0.1:{server.port}", stand_in, sink, metrics, server, bot)
    finally:
        server.stop()
        bot.close(timeout=5)
