"""The Teams handlers called directly, with a mocked context (``ctx.activity``, an async
``ctx.send``): what each one sends, with no HTTP and no SDK server. The wire (tokens, bodies,
the Bot Connector's failures) is in test_teams_e2e.py and test_auth_e2e.py."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any
from unittest.mock import AsyncMock

import pytest

from bot.conversation import Conversation
from bot.service import Assistant
from tests.conftest import RecordingSink

pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")

from bot.teams.handlers import TeamsHandlers


def _ctx(**activity: Any) -> SimpleNamespace:
    fields = {
        "id": "1700000000001",
        "text": "fax for OSEL",
        "value": None,
        "reply_to_id": None,
        "conversation": SimpleNamespace(id="a:1PersonalChatId"),
    }
    fields.update(activity)
    return SimpleNamespace(activity=SimpleNamespace(**fields), send=AsyncMock())


def _card(ctx: SimpleNamespace) -> dict[str, Any]:
    ctx.send.assert_awaited_once()
    message = ctx.send.await_args.args[0]
    [attachment] = message.attachments
    card: dict[str, Any] = attachment.content
    return card


@pytest.fixture
def handlers(assistant: Assistant) -> TeamsHandlers:
    return TeamsHandlers(Conversation(assistant, sink=RecordingSink()))


def test_a_question_gets_its_answer_card(handlers: TeamsHandlers) -> None:
    ctx = _ctx()
    asyncio.run(handlers.on_message(ctx))  # type: ignore[arg-type]
    label, values = _card(ctx)["body"][:2]
    assert (label["text"], values["text"]) == ("Fax for OSEL", "773-553-1895, 773-553-3654")


def test_an_example_button_gets_a_new_card(handlers: TeamsHandlers) -> None:
    ctx = _ctx(
        text=None,
        value={"whohandles": "step", "k": "ask", "q": "jrotc scholarships"},
        reply_to_id="help-card-1",
    )
    asyncio.run(handlers.on_message(ctx))  # type: ignore[arg-type]
    message = ctx.send.await_args.args[0]
    assert message.id != "help-card-1", "the help card stays; the answer is a new message"
    assert "Junior Reserve Officers' Training Corps (JROTC)" in str(_card(ctx))


def test_the_same_activity_twice_is_answered_once(handlers: TeamsHandlers) -> None:
    first, again = _ctx(), _ctx()
    asyncio.run(handlers.on_message(first))  # type: ignore[arg-type]
    asyncio.run(handlers.on_message(again))  # type: ignore[arg-type]
    first.send.assert_awaited_once()
    again.send.assert_not_awaited()


def test_a_choice_updates_the_clicked_card(handlers: TeamsHandlers) -> None:
    ctx = _ctx(
        text=None,
        value={"whohandles": "choose", "office": "safe-passage"},
        reply_to_id="clarify-card-1",
    )
    asyncio.run(handlers.on_message(ctx))  # type: ignore[arg-type]
    message = ctx.send.await_args.args[0]
    assert message.id == "clarify-card-1", "an update of the clicked message"
    assert message.attachments[0].content["body"][0]["text"] == "Safe Passage"


def test_installing_says_hello_with_the_help_card(handlers: TeamsHandlers) -> None:
    ctx = _ctx(text=None)
    asyncio.run(handlers.on_install(ctx))  # type: ignore[arg-type]
    assert "Tap an example to ask it:" in str(_card(ctx))


def test_a_search_answers_with_office_cards(handlers: TeamsHandlers) -> None:
    value = SimpleNamespace(
        model_dump=lambda by_alias: {
            "commandId": "findOffice",
            "parameters": [{"name": "query", "value": "jrotc"}],
            "queryOptions": {"skip": 0, "count": 10},
        }
    )
    ctx = SimpleNamespace(activity=SimpleNamespace(value=value))
    response = asyncio.run(handlers.on_search(ctx))  # type: ignore[arg-type]
    result = response.model_dump(by_alias=True, exclude_none=True)["composeExtension"]
    titles = [a["preview"]["content"]["title"] for a in result["attachments"]]
    assert titles[0] == "Junior Reserve Officers' Training Corps (JROTC)"
