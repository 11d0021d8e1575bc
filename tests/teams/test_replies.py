"""Deciding the reply to one Teams message, without the SDK: mentions stripped, card data
treated as untrusted, the dedupe key scoped to the conversation."""

from __future__ import annotations

from typing import Any

import pytest

from bot.conversation import Conversation, FeedbackRef
from bot.service import Assistant
from bot.teams.replies import delivery_key, reply_to_message, strip_mentions
from bot.wording import THANKS_HELPFUL, UNREADABLE_ACTION
from tests.conftest import RecordingSink


@pytest.fixture
def conversation(assistant: Assistant) -> Conversation:
    return Conversation(assistant, sink=RecordingSink())


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("<at>whohandles</at> fax for OSEL", "fax for OSEL"),
        ("fax for <at>OSEL Bot</at> OSEL", "fax for OSEL"),
        ("<AT>whohandles</AT>\n\tjrotc ", "jrotc"),
        ('<at id="0">who handles</at>', ""),
        ("Social &amp; Emotional&nbsp;Learning", "Social & Emotional Learning"),
        ("<at>a</at><at>b</at>", ""),
        ("", ""),
    ],
)
def test_strip_mentions(text: str, question: str) -> None:
    assert strip_mentions(text) == question


def test_a_question_gets_an_answer_card(conversation: Conversation) -> None:
    reply = reply_to_message("<at>whohandles</at> jrotc", None, conversation)
    assert reply.card is not None and reply.text is None and not reply.replace
    assert reply.summary == "Junior Reserve Officers' Training Corps (JROTC)"


def test_an_empty_message_gets_help(conversation: Conversation) -> None:
    reply = reply_to_message("<at>whohandles</at>", None, conversation)
    assert reply.card is not None and "For example:" in str(reply.card)


def test_a_choice_replaces_the_clicked_card(conversation: Conversation) -> None:
    reply = reply_to_message(None, {"whohandles": "choose", "office": "jrotc"}, conversation)
    assert reply.replace and reply.card is not None
    assert reply.card["body"][0]["text"] == "Junior Reserve Officers' Training Corps (JROTC)"


def test_feedback_is_recorded(conversation: Conversation, assistant: Assistant) -> None:
    ref = FeedbackRef.of(assistant.ask("jrotc")).dumps()
    value = {"whohandles": "feedback", "helpful": True, "ref": ref}
    assert reply_to_message("", value, conversation).text == THANKS_HELPFUL
    sink = conversation.sink
    assert isinstance(sink, RecordingSink)
    assert [(e.helpful, e.platform) for e in sink.clicks] == [(True, "teams")]


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"x": 1},
        {"whohandles": None},
        {"whohandles": "choose", "office": ""},
        {"whohandles": "feedback", "helpful": 1, "ref": "{}"},
        {"whohandles": "feedback", "helpful": True, "ref": 42},
    ],
)
def test_unknown_or_malformed_data_is_unreadable(
    conversation: Conversation, value: dict[str, Any]
) -> None:
    assert reply_to_message(None, value, conversation).text == UNREADABLE_ACTION


def test_text_beside_foreign_data_is_a_question(conversation: Conversation) -> None:
    reply = reply_to_message("jrotc", {"x": 1}, conversation)
    assert reply.card is not None


def test_delivery_keys_are_scoped_to_the_conversation() -> None:
    assert delivery_key("a:1", "170") != delivery_key("a:2", "170")
    assert delivery_key("a:1", "170") == delivery_key("a:1", "170")
    assert delivery_key("a:1", None) is None
