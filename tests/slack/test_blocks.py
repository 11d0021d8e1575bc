"""The Block Kit renderer: says what the text renderer says, escapes user text, and never
exceeds a Block Kit limit, for every office and every kind of answer."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot import wording
from bot.answer import Answer
from bot.conversation import FeedbackRef, Replay
from bot.render.blockkit import (
    MAX_MESSAGE_TEXT,
    MAX_SECTION_TEXT,
    clip,
    escape,
    fit_message,
    text_length,
)
from bot.render.slack import (
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_SHARE,
    OVERFLOW,
    answer_blocks,
    answer_message,
    home_view,
)
from bot.render.text import render_text
from bot.service import Assistant
from intents import Field, Outcome
from tests.slack.blockkit import problems

FIELDS = [None, Field.PHONE, Field.FAX, Field.ADDRESS]
CLARIFY_QUESTION = "psychologist for a student with asthma"


def _buttons(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        element["action_id"]: element
        for block in blocks
        if block["type"] == "actions"
        for element in block["elements"]
    }


def _shown(node: object) -> str:
    """Every text Slack displays or parses for mentions (button values are neither)."""
    if isinstance(node, dict):
        return " ".join(_shown(v) if k != "value" else "" for k, v in node.items())
    if isinstance(node, list):
        return " ".join(_shown(item) for item in node)
    return node if isinstance(node, str) else ""


def _office_ids(assistant: Assistant) -> list[str]:
    return [card.office.id for card in assistant.directory()]


def test_every_office_and_field_says_what_the_text_card_says(assistant: Assistant) -> None:
    for office_id in _office_ids(assistant):
        for field in FIELDS:
            answer = assistant.office(office_id, field)
            blocks = answer_blocks(answer)
            assert problems(blocks) == [], (office_id, field)
            shown = json.dumps(blocks, ensure_ascii=False)
            said = wording.card_text(answer.offices[0], field)
            sentences = [said.title, said.role, *said.notes, said.source]
            sentences += [s for s in (said.lead, said.parent, said.borrowed_heading) if s]
            sentences += [value for _, value in (*said.contacts, *said.borrowed)]
            for sentence in sentences:
                expected = sentence if sentence == said.title else escape(sentence)
                assert json.dumps(expected, ensure_ascii=False)[1:-1] in shown, (
                    office_id,
                    field,
                    sentence,
                )
            if said.lead:
                assert blocks[0]["text"]["text"] == f"*{escape(said.lead)}*", "lead first"


def test_missing_contacts_are_said_and_the_parents_are_labelled(assistant: Assistant) -> None:
    card = next(c for c in assistant.directory() if c.contacts is None and c.fallback)
    holder, _ = card.fallback or (None, None)
    assert holder is not None
    shown = json.dumps(answer_blocks(assistant.office(card.office.id)), ensure_ascii=False)
    assert escape(f"give no phone, fax or address for {card.office.name} itself") in shown
    assert escape(f"Contact for its parent office, {holder.label}:") in shown


def test_every_answer_carries_feedback_buttons_that_read_back(assistant: Assistant) -> None:
    for question in ("metal detectors", CLARIFY_QUESTION, "when is payday"):
        answer = assistant.ask(question)
        buttons = _buttons(answer_blocks(answer))
        assert buttons[ACTION_HELPFUL]["text"]["text"] == "Helpful"
        assert buttons[ACTION_NOT_HELPFUL]["text"]["text"] == "Not helpful"
        ref = FeedbackRef.loads(buttons[ACTION_HELPFUL]["value"])
        assert ref == FeedbackRef.of(answer)


def test_clarify_offers_one_button_per_candidate(assistant: Assistant) -> None:
    answer = assistant.ask(CLARIFY_QUESTION)
    assert answer.status is Outcome.CLARIFY
    blocks = answer_blocks(answer)
    assert problems(blocks) == []
    assert blocks[0]["text"]["text"] == escape(wording.CLARIFY_INTRO)
    clarify = next(b for b in blocks if b.get("block_id") == "clarify")
    assert [(e["text"]["text"], e["value"]) for e in clarify["elements"]] == [
        (card.office.label, card.office.id) for card in answer.offices
    ]


def test_fallback_text_is_the_plain_text_answer(assistant: Assistant) -> None:
    answer = assistant.ask("fax for OSEL")
    assert answer_message(answer)["text"] == escape(render_text(answer))


@pytest.mark.parametrize(
    "question",
    [
        "<!channel> <!here> <!everyone> <@U0PRINCIPAL> <#C0SECRET> & who handles payday?",
        "<!subteam^S0ADMINS> jrotc",
    ],
)
def test_user_text_is_inert_in_mrkdwn(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    message = answer_message(answer, share=True, asked=question)
    shown = _shown(message)
    assert "<!" not in shown and "<@" not in shown and "<#" not in shown
    assert escape(question) in message["blocks"][0]["elements"][0]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 50_000,
        '"' * 50_000,
        "\\\x01" * 25_000,
        "| student | phone |\n|---|---|\n" + "| Jordan | 773-000-0000 |\n" * 2000,
        "é" * 50_000,
    ],
    ids=["letters", "quotes", "escapes", "table", "accents"],
)
def test_huge_questions_fit_every_limit_and_buttons_read_back(
    assistant: Assistant, text: str
) -> None:
    answered = assistant.ask(f"jrotc {text}")
    assert answered.status is Outcome.ANSWER
    unknown = Answer(question=text, status=Outcome.UNKNOWN, confidence=0.0)
    for answer in (assistant.ask(text), answered, unknown):
        blocks = answer_blocks(answer, share=True, asked=text)
        assert problems(blocks) == []
        assert len(answer_message(answer)["text"]) <= 3000
        if answer.meta is not None:
            continue  # the router heard no question in it: help, without buttons
        buttons = _buttons(blocks)
        ref = FeedbackRef.loads(buttons[ACTION_HELPFUL]["value"])
        assert ref is not None and answer.question.startswith(ref.question)
        replay = Replay.loads(buttons[ACTION_SHARE]["value"])
        assert replay is not None
        if answer is unknown:
            # As much of the question as fits, never a broken value.
            assert text.startswith(replay.query) and len(replay.query) >= 300


def test_help_and_directory_have_no_feedback_buttons(assistant: Assistant) -> None:
    for question in ("help", "directory", "hi", "thanks"):
        blocks = answer_blocks(assistant.ask(question), share=True)
        assert problems(blocks) == []
        assert _buttons(blocks) == {}, question


def test_home_view_lists_every_office_within_limits(assistant: Assistant) -> None:
    cards = assistant.directory()
    view = home_view(cards, assistant.brain.kb.about)
    assert view["type"] == "home"
    assert problems(view["blocks"], home=True) == []
    shown = json.dumps(view, ensure_ascii=False)
    assert "*How to ask*" in shown and "/whohandles &lt;question&gt;" in shown
    for card in cards:
        assert escape(card.office.label) in shown, card.office.id


def test_home_view_of_a_huge_directory_stays_within_limits(assistant: Assistant) -> None:
    view = home_view(assistant.directory() * 40, assistant.brain.kb.about)
    assert problems(view["blocks"], home=True) == []
    assert len(view["blocks"]) == 100
    assert view["blocks"][-1]["elements"][0]["text"] == "The directory continues: ask me by name."


def test_a_directory_too_big_for_one_message_is_cut_with_a_pointer_home(
    assistant: Assistant,
) -> None:
    directory = assistant.ask("directory")
    huge = Answer(
        question="directory",
        status=directory.status,
        confidence=directory.confidence,
        meta=directory.meta,
        directory=assistant.directory() * 40,
    )
    blocks = answer_blocks(huge)
    assert problems(blocks) == []
    assert blocks[-1]["elements"][0]["text"] == OVERFLOW
    used = text_length(blocks)
    assert MAX_MESSAGE_TEXT - MAX_SECTION_TEXT - len(OVERFLOW) < used <= MAX_MESSAGE_TEXT


def test_a_cut_answer_keeps_its_buttons(assistant: Assistant) -> None:
    answer = assistant.ask("jrotc")
    blocks = answer_blocks(answer, share=True)
    padded = blocks[:-1] + [{"type": "divider"}] * 60 + blocks[-1:]
    fitted = fit_message(padded, OVERFLOW)
    assert problems(fitted) == []
    assert fitted[-1] == blocks[-1] and fitted[-2]["elements"][0]["text"] == OVERFLOW


def test_clipping_marks_the_cut_and_never_splits_an_entity() -> None:
    assert clip("abc", 3) == "abc"
    assert clip("abcdef", 4) == "abc…"
    assert clip(escape("ab & cd"), 6) == "ab …"
    assert clip(escape("ab&") + "xyz", 8) == "ab&amp;…"
