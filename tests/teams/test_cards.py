"""The Adaptive Card renderer: the same sentences as the text renderer, the same honesty about
missing contacts, one button per clarify choice, feedback on every answer, under 28 KB."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import wording
from bot.conversation import FeedbackRef
from bot.render.teams import (
    MAX_CARD_BYTES,
    answer_card,
    card_size,
    fit,
    office_card,
    preview_card,
    summary,
)
from bot.render.text import render_text
from bot.service import Assistant
from intents import Field, Outcome

EVAL = Path(__file__).resolve().parents[1] / "eval"


def _blocks(card: dict[str, Any]) -> list[str]:
    """Every TextBlock's text and every fact as "Label: value", in order."""
    found = []
    for block in card["body"]:
        if block["type"] == "TextBlock":
            found.append(block["text"])
        elif block["type"] == "FactSet":
            found += [f"{f['title']}: {f['value']}" for f in block["facts"]]
    return found


def _actions(card: dict[str, Any]) -> list[dict[str, Any]]:
    found = list(card.get("actions", []))
    for block in card["body"]:
        found += block.get("actions", []) if block["type"] == "ActionSet" else []
    return found


@pytest.mark.parametrize(
    "question",
    ["jrotc", "fax for OSEL", "safe passage workers", "phone for safe passage", "metal detectors"],
)
def test_an_office_card_says_every_line_the_text_renderer_says(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.status is Outcome.ANSWER
    lines = [line.strip() for line in render_text(answer).splitlines()]
    assert _blocks(answer_card(answer)) == lines


def test_contacts_are_facts_and_the_source_comes_last(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("jrotc"))
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    facts = next(b for b in card["body"] if b["type"] == "FactSet")["facts"]
    assert [f["title"] for f in facts] == ["Phone", "Fax", "Address"]
    assert card["body"][-1]["text"].startswith("Source: ")


def test_a_field_question_leads_with_the_field(assistant: Assistant) -> None:
    answer = assistant.ask("fax for OSEL")
    assert answer.field is Field.FAX
    first = answer_card(answer)["body"][0]
    assert first["text"].startswith("Fax for Office of Social & Emotional Learning (OSEL): ")
    assert first["weight"] == "Bolder"


def test_missing_contacts_are_said_plainly_and_a_parents_are_labelled(
    assistant: Assistant,
) -> None:
    text = json.dumps(answer_card(assistant.ask("safe passage workers")))
    assert "give no phone, fax or address for Safe Passage itself" in text
    assert "Contact for its parent office, Office of School Safety and Security (OSSS):" in text


def test_clarify_offers_one_choice_per_office_and_feedback(assistant: Assistant) -> None:
    answer = assistant.ask("psychologist for a student with asthma")
    assert answer.status is Outcome.CLARIFY
    card = answer_card(answer)
    assert card["body"][0]["text"] == wording.CLARIFY_INTRO
    choices = [a for a in _actions(card) if a["data"]["whohandles"] == "choose"]
    assert [(a["type"], a["data"]["office"]) for a in choices] == [
        ("Action.Submit", c.office.id) for c in answer.offices
    ]
    roles = [c.office.role for c in answer.offices]
    assert all(role in _blocks(card) for role in roles)


@pytest.mark.parametrize("question", ["jrotc", "psychologist for a student with asthma", "payday"])
def test_every_answer_has_helpful_and_not_helpful(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    feedback = [a for a in answer_card(answer)["actions"] if a["data"]["whohandles"] == "feedback"]
    assert [(a["title"], a["data"]["helpful"]) for a in feedback] == [
        ("Helpful", True),
        ("Not helpful", False),
    ]
    assert FeedbackRef.loads(feedback[0]["data"]["ref"]) == FeedbackRef.of(answer)


@pytest.mark.parametrize("question", ["hi", "thanks", "help", "directory"])
def test_small_talk_and_help_have_no_feedback_buttons(assistant: Assistant, question: str) -> None:
    assert "actions" not in answer_card(assistant.ask(question))


def test_help_lists_the_examples(assistant: Assistant) -> None:
    blocks = _blocks(answer_card(assistant.ask("help")))
    assert blocks[0] == wording.HELP_INTRO
    examples = assistant.brain.kb.about.examples
    assert examples, "about.yaml lists example questions"
    assert [f"• {e}" for e in examples] == [b for b in blocks if b.startswith("• ")]
    assert "`" not in json.dumps(blocks), "no Markdown code spans: Adaptive Cards lack them"


def test_the_directory_lists_every_office_with_its_contacts(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("directory"))
    blocks = _blocks(card)
    for office in assistant.directory():
        assert office.office.label in blocks
    assert any(b.startswith("Phone 773-535-1955") for b in blocks)


def test_unknown_says_it_will_not_guess(assistant: Assistant) -> None:
    answer = assistant.ask("when is payday")
    text = answer_card(answer)["body"][0]["text"]
    assert "I won't guess" in text or "isn't in my directory" in text
    assert "**help**" in text


def test_the_users_words_never_appear_in_the_card_body(assistant: Assistant) -> None:
    question = "**urgent** [click](https://evil.example) who handles jrotc"
    card = answer_card(assistant.ask(question))
    assert "evil.example" not in json.dumps(card["body"])


def _eval_questions() -> list[str]:
    questions = []
    for name in ("smoke.yaml", "dev.yaml"):
        questions += [case["q"] for case in yaml.safe_load((EVAL / name).read_text())]
    return questions


def test_every_card_is_under_28kb(assistant: Assistant) -> None:
    questions = [*_eval_questions(), "directory", "help", "x" * 50_000]
    questions.append(("who handles a fight brewing on tiktok " * 2000)[:50_000])
    for question in questions:
        card = answer_card(assistant.ask(question))
        assert card_size(card) < MAX_CARD_BYTES, question[:80]
    for office in assistant.directory():
        assert card_size(office_card(office)) < MAX_CARD_BYTES


def test_a_50000_character_question_travels_clipped_in_the_feedback_data(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("jrotc " + "x" * 50_000)
    ref = FeedbackRef.loads(answer_card(answer)["actions"][0]["data"]["ref"])
    assert ref is not None and len(ref.question) == 300


def test_a_card_too_big_for_teams_falls_back_to_its_text(assistant: Assistant) -> None:
    answer = assistant.ask("directory")
    card = fit(answer_card(answer), render_text(answer), limit=3_000)
    assert card_size(card) <= 3_000
    assert card["body"][0]["text"].startswith(wording.DIRECTORY_INTRO)


def test_fallback_text_summary_and_search_cards(assistant: Assistant) -> None:
    answer = assistant.ask("jrotc")
    card = answer_card(answer)
    assert card["fallbackText"] == render_text(answer)
    assert summary(answer) == render_text(answer).splitlines()[0]
    jrotc = answer.offices[0]
    assert "actions" not in office_card(jrotc)
    preview = preview_card(jrotc)["content"]
    assert preview == {"title": jrotc.office.label, "text": "Phone 773-535-1955 · Fax 773-535-1957"}
