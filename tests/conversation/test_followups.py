"""Follow-ups in a conversation, as a user reads them: the office and field a reply resolves to,
and what the bot says when a follow-up has nothing to refer to."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.conversation import Conversation
from bot.render.text import render_text
from bot.runtime import StoreSettings, feedback_sink
from bot.service import Assistant
from bot.stores.context import MemoryContextStore, ThreadContext
from bot.stores.sql_feedback import SQLFeedbackStore
from intents import Field, Outcome
from tests.conftest import RecordingSink


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def chat(assistant: Assistant, clock: Clock) -> Conversation:
    return Conversation(
        assistant, sink=RecordingSink(), contexts=MemoryContextStore(minutes=30, clock=clock)
    )


def ask(chat: Conversation, text: str, thread: str = "T1") -> tuple[str | None, Field | None, str]:
    answer = chat.ask(text, platform="slack", thread=thread)
    office = answer.offices[0].office.id if answer.offices else None
    return office, answer.field, render_text(answer)


def test_field_then_switch_then_parent(chat: Conversation) -> None:
    assert ask(chat, "who handles JROTC scholarships?")[0] == "jrotc"
    office, field, text = ask(chat, "what's their fax?")
    assert (office, field) == ("jrotc", Field.FAX)
    assert text.splitlines()[0].startswith("Fax for Junior Reserve Officers")
    office, field, text = ask(chat, "and for OSCPA?")
    assert (office, field) == ("oscpa", Field.FAX), "a switch keeps the field last asked"
    assert text.splitlines()[0].startswith(
        "Fax for School Counseling and Postsecondary Advising (OSCPA):"
    )
    office, _, _ = ask(chat, "who are they under?")
    assert office == "occs"


def test_short_number_question_is_the_phone(chat: Conversation) -> None:
    ask(chat, "who runs the Chicago Public League?")
    office, field, text = ask(chat, "number?")
    assert (office, field) == ("osa", Field.PHONE)
    assert "773-534-0700" in text.splitlines()[0]


def test_typed_choice_after_a_clarify(chat: Conversation, assistant: Assistant) -> None:
    question = "who helps with school safety plans and drills"
    first = chat.ask(question, platform="slack", thread="T1")
    assert first.status is Outcome.CLARIFY, "this test needs a question the bot asks about"
    second = first.offices[1].office.id
    assert ask(chat, "2")[0] == second
    chat.ask(question, platform="slack", thread="T2")
    assert ask(chat, "the second one", thread="T2")[0] == second
    chat.ask(question, platform="slack", thread="T3")
    label = assistant.brain.kb.get(second)
    assert label is not None
    assert ask(chat, label.label, thread="T3")[0] == second


def test_field_question_after_a_clarify_asks_which_office(chat: Conversation) -> None:
    chat.ask("who helps with school safety plans and drills", platform="slack", thread="T1")
    answer = chat.ask("their phone?", platform="slack", thread="T1")
    assert answer.status is Outcome.CLARIFY and answer.field is Field.PHONE
    assert ask(chat, "1")[1] is Field.PHONE, "the choice answers the field asked meanwhile"


@pytest.mark.parametrize(
    "text", ["what's their fax?", "number?", "who are they under?", "2", "the second one"]
)
def test_follow_up_with_nothing_to_refer_to_is_never_guessed(chat: Conversation, text: str) -> None:
    office, _, reply = ask(chat, text, thread="new")
    assert office is None
    assert reply.startswith("Which office do you mean?")


def test_a_new_question_that_names_no_office_forgets_the_last_one(chat: Conversation) -> None:
    ask(chat, "who handles security cameras at schools")
    assert ask(chat, "who handles payroll for my paycheck?")[0] is None
    office, _, reply = ask(chat, "their number?")
    assert office is None and reply.startswith("Which office do you mean?")


def test_thanks_keeps_the_conversation(chat: Conversation) -> None:
    ask(chat, "jrotc")
    for courtesy in ("thanks!", "ok"):
        office, _, reply = ask(chat, courtesy)
        assert office is None and "welcome" in reply.casefold()
    assert ask(chat, "address?")[:2] == ("jrotc", Field.ADDRESS)


def test_the_field_asked_with_no_context_is_kept_for_the_office_named_next(
    chat: Conversation,
) -> None:
    assert ask(chat, "and their fax?")[0] is None
    assert ask(chat, "oh, OSEL")[:2] == ("osel", Field.FAX)


def test_parent_of_an_office_named_in_the_question(chat: Conversation) -> None:
    assert ask(chat, "which office is the network safety team part of?", thread="new")[0] == "osss"


def test_office_with_no_parent_says_so(chat: Conversation) -> None:
    ask(chat, "OCCS")
    office, _, reply = ask(chat, "who are they under?")
    assert office == "occs"
    assert reply.splitlines()[0] == (
        "The pages I use do not say Office of College and Career Success (OCCS) is part of a "
        "larger office."
    )


def test_threads_are_separate(chat: Conversation) -> None:
    ask(chat, "jrotc", thread="A")
    ask(chat, "OSEL", thread="B")
    assert ask(chat, "fax?", thread="A")[0] == "jrotc"
    assert ask(chat, "fax?", thread="B")[0] == "osel"


def test_context_expires_after_the_conversation_goes_quiet(
    chat: Conversation, clock: Clock
) -> None:
    ask(chat, "jrotc")
    clock.now += 29 * 60
    assert ask(chat, "fax?")[0] == "jrotc", "each message restarts the 30 minutes"
    clock.now += 31 * 60
    assert ask(chat, "fax?")[0] is None


def test_one_shot_questions_have_no_conversation(chat: Conversation) -> None:
    chat.ask("jrotc", platform="slack")
    answer = chat.ask("fax?", platform="slack")
    assert answer.status is Outcome.UNKNOWN and not answer.offices


def test_unresolved_follow_up_reaches_the_curators_log_redacted(
    assistant: Assistant, tmp_path: Path
) -> None:
    sink = feedback_sink(StoreSettings(db_path=str(tmp_path / "feedback.sqlite3")))
    assert isinstance(sink, SQLFeedbackStore)
    chat = Conversation(assistant, sink=sink, contexts=MemoryContextStore())
    chat.ask("what's marisol vega's fax?", platform="slack", thread="T9")
    sink.flush()
    stored = sink.events(days=1)
    sink.close()
    assert [(event.outcome, event.question) for event in stored] == [
        ("unknown", "what's [name] [name]'s fax?")
    ]


def test_memory_store_keeps_the_most_recent_conversations() -> None:
    store = MemoryContextStore(max_keys=2)
    for key in ("a", "b", "c"):
        store.put(key, ThreadContext((key,)))
    assert store.get("a") is None
    assert store.get("c") == ThreadContext(("c",))
