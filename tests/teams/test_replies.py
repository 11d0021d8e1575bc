"""Deciding the reply to one Teams message, without the SDK: mentions stripped, card data
treated as untrusted, the dedupe key scoped to the conversation."""

from __future__ import annotations

from typing import Any

import pytest

from bot.conversation import Conversation, FeedbackRef
from bot.render.teams_data import step_data
from bot.service import Assistant
from bot.steps import Step, StepKind
from bot.teams.replies import delivery_key, reply_to_message, strip_mentions
from bot.wording import DIRECTORY_INTRO, HELP_INTRO, THANKS_HELPFUL, UNREADABLE_ACTION
from tests.conftest import RecordingSink
from tests.teams.elements import lines, submits


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
    assert reply.card is not None and lines(reply.card)[0] == HELP_INTRO
    assert submits(reply.card, "step"), "examples to tap"


def test_an_example_button_asks_the_example_and_is_counted(
    conversation: Conversation,
) -> None:
    help_card = reply_to_message("help", None, conversation).card
    assert help_card is not None
    example = next(a for a in submits(help_card, "step") if a["data"]["k"] == "ask")
    reply = reply_to_message(None, example["data"], conversation)
    assert reply.card is not None and not reply.replace, "a new card; the help stays"
    sink = conversation.sink
    assert isinstance(sink, RecordingSink)
    assert [e.question for e in sink.events][-1] == example["data"]["q"]


@pytest.mark.parametrize(
    ("step", "first_line"),
    [
        (Step.office("stls"), "Students in Temporary Living Situations (STLS)"),
        (Step(StepKind.HELP), HELP_INTRO),
        (Step(StepKind.DIRECTORY), DIRECTORY_INTRO),
        (Step.ask("fax for OSEL"), "Fax for OSEL"),
    ],
)
def test_next_step_buttons_answer_with_a_new_card(
    conversation: Conversation, step: Step, first_line: str
) -> None:
    reply = reply_to_message(None, step_data(step), conversation)
    assert reply.card is not None and not reply.replace
    assert lines(reply.card)[0] == first_line


def test_an_office_gone_since_the_card_was_sent_is_an_answer(
    conversation: Conversation,
) -> None:
    reply = reply_to_message(None, step_data(Step.office("no-such-office")), conversation)
    assert reply.card is not None
    assert "won't guess" in lines(reply.card)[0]


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
        {"whohandles": "step"},
        {"whohandles": "step", "k": "office"},
        {"whohandles": "step", "k": "office", "q": ""},
        {"whohandles": "step", "k": "ask", "q": 7},
        {"whohandles": "step", "k": "launch", "q": "x"},
        {"whohandles": "step", "k": ["help"]},
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
