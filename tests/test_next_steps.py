"""The pieces behind the buttons: a step's value read back (untrusted), tel: links, the office a
question names, and the terminal's numbers."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import wording
from bot.console import chat, step_typed
from bot.links import tel_uri
from bot.mentions import mentioned_office
from bot.render.text import render_text
from bot.service import Assistant
from bot.steps import MAX_QUERY_CHARS, Step, StepKind
from intents import Outcome


@pytest.mark.parametrize(
    "step",
    [Step.ask("fax for OSEL"), Step.office("jrotc"), Step(StepKind.HELP), Step(StepKind.DIRECTORY)],
)
def test_a_step_reads_back_as_itself(step: Step) -> None:
    assert Step.loads(step.dumps()) == step
    assert Step.parse(step.data()) == step


@pytest.mark.parametrize(
    "data",
    [{}, {"k": None}, {"k": 1}, {"k": ["ask"]}, {"k": "ask"}, {"k": "ask", "q": "  "},
     {"k": "office", "q": 3}, {"k": "OFFICE", "q": "jrotc"}, {"k": "run", "q": "x"}],
)  # fmt: skip
def test_a_malformed_step_is_none(data: dict[str, Any]) -> None:
    assert Step.parse(data) is None


@given(st.text(max_size=200))
def test_any_button_value_reads_as_a_step_or_none(raw: str) -> None:
    step = Step.loads(raw)
    assert step is None or isinstance(step.kind, StepKind)


def test_a_long_question_is_clipped_in_its_step() -> None:
    assert len(Step.ask("x" * 10_000).query) == MAX_QUERY_CHARS
    assert Step.parse({"k": "ask", "q": "x" * 10_000}) == Step.ask("x" * MAX_QUERY_CHARS)


@pytest.mark.parametrize(
    ("number", "uri"),
    [("773-553-1830", "tel:+17735531830"), ("312-000-0000", "tel:+13120000000"),
     ("553-1830", None), ("773 553 1830", None), ("", None), ("tel:773-553-1830", None)],
)  # fmt: skip
def test_only_checked_numbers_become_tel_links(number: str, uri: str | None) -> None:
    assert tel_uri(number) == uri


def test_every_phone_in_the_knowledge_base_dials(assistant: Assistant) -> None:
    for office in assistant.brain.kb:
        for number in office.contacts.phone if office.contacts else ():
            assert tel_uri(number) is not None, (office.id, number)


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("who runs Safe Passage on weekends", "safe-passage"),
        ("safe passage", "safe-passage"),  # two words or more: any case
        ("the IT folks", "its"),
        ("the it folks", None),
        ("Legal says no", "legal"),
        ("legal size paper", None),
        ("Social & Emotional Learning budget", "osel"),
        ("office of school safety and security hours", "osss"),  # the longest name wins
        ("", None),
    ],
)
def test_the_office_a_question_names(
    assistant: Assistant, question: str, office: str | None
) -> None:
    found = mentioned_office(question, assistant.brain.kb)
    assert (found.id if found else None) == office


def test_a_number_follows_the_last_answers_steps(assistant: Assistant) -> None:
    help_answer = assistant.help()
    steps = wording.next_steps(help_answer)
    assert step_typed("1", help_answer) == steps[0].step
    assert step_typed(str(len(steps)), help_answer) == steps[-1].step
    assert steps[-1].step.kind is StepKind.DIRECTORY
    assert step_typed("99", help_answer) is None, "out of range: a question"
    clarify = assistant.ask("psychologist for a student with asthma")
    assert clarify.status is Outcome.CLARIFY
    assert step_typed("2", clarify) is None, "a clarify's numbers are the conversation's"


def test_the_terminal_chat_follows_a_typed_number(assistant: Assistant) -> None:
    shown: list[str] = []
    chat(assistant, ["help", "1", "psychologist for a student with asthma", "2"], shown.append)
    answers = [text for text in shown[1:] if text]
    example = wording.next_steps(assistant.help())[0].step.query
    assert answers[1] == render_text(assistant.ask(example))
    clarify = assistant.ask("psychologist for a student with asthma")
    assert answers[3] == render_text(assistant.office(clarify.offices[1].office.id))
