"""The Adaptive Card renderer: the same sentences as the text renderer, the same honesty about
missing contacts, tappable numbers, the field asked for first, choices and next steps as
buttons that are never cut off, feedback on every answer but a clarify, under 28 KB."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import wording
from bot.conversation import FeedbackRef
from bot.render.adaptive import ROW_CHARS
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
from bot.service import Assistant, load_brain
from bot.steps import Step, StepKind
from intents import Field, Outcome
from tests.teams.elements import actions, elements, lines, links, submits

EVAL = Path(__file__).resolve().parents[1] / "eval"
CLARIFY_QUESTION = "psychologist for a student with asthma"


def _steps(card: dict[str, Any]) -> list[tuple[str, Step | None]]:
    return [(a["title"], Step.parse(a["data"])) for a in submits(card, "step")]


def _said(card: dict[str, Any]) -> list[str]:
    """The card's lines, without the question above the feedback buttons."""
    return [line for line in lines(card) if line != wording.FEEDBACK_PROMPT]


@pytest.mark.parametrize(
    "question",
    ["jrotc", "fax for OSEL", "safe passage workers", "phone for safe passage", "metal detectors"],
)
def test_an_office_card_says_every_line_the_text_renderer_says(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.status is Outcome.ANSWER and answer.best is not None
    said = wording.card_text(answer.best, answer.field)
    shown, written = _said(answer_card(answer)), render_text(answer).splitlines()
    if said.asked is not None:
        # The card splits the lead sentence: the field's label, then its values, largest.
        assert shown[:2] == [said.asked.label, said.asked.text]
        assert written[0] == said.lead
        shown, written = shown[2:], written[1:]
    # The terminal spells the source's address out; the card links its title to it.
    url = answer.offices[0].source.url
    written = [line.replace(f" ({url})", "") if url else line for line in written]
    assert shown == [line.strip() for line in written]


def test_contacts_are_facts_phones_dial_and_the_source_comes_last(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("jrotc"))
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    facts = next(e for e in elements(card) if e["type"] == "FactSet")["facts"]
    assert [f["title"] for f in facts] == ["Phone", "Fax", "Address"]
    assert links(facts[0]["value"]) == [("773-535-1955", "tel:+17735351955")]
    assert links(facts[1]["value"]) == [], "a fax is not a link"
    calls = [a for a in actions(card) if a["type"] == "Action.OpenUrl"]
    assert [(a["title"], a["url"], a["style"]) for a in calls] == [
        ("Call 773-535-1955", "tel:+17735351955", "positive")
    ]
    assert _said(card)[-1].startswith("Source: ")


def test_a_field_question_leads_with_the_field_and_does_not_repeat_it(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("fax for OSEL")
    assert answer.field is Field.FAX
    card = answer_card(answer)
    label, values = card["body"][:2]
    assert label["text"] == "Fax for OSEL"
    assert values["text"] == "773-553-1895, 773-553-3654"
    assert values["size"] == "ExtraLarge" and values["weight"] == "Bolder"
    assert "color" not in label, "plain text must not look like a link"
    titles = [f["title"] for e in elements(card) if e["type"] == "FactSet" for f in e["facts"]]
    assert titles == ["Phone", "Address"], "the fax is said once, first"


def test_a_phone_question_leads_with_a_number_to_tap(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("phone number for OSEL"))
    label, values, calls = card["body"][:3]
    assert label["text"] == "Phone for OSEL"
    assert links(values["text"]) == [("773-553-1830", "tel:+17735531830")]
    assert calls["type"] == "ActionSet"
    assert [(a["type"], a["url"]) for a in calls["actions"]] == [
        ("Action.OpenUrl", "tel:+17735531830")
    ]
    titles = [f["title"] for e in elements(card) if e["type"] == "FactSet" for f in e["facts"]]
    assert "Phone" not in titles


def test_missing_contacts_are_said_plainly_and_a_parents_are_labelled(
    assistant: Assistant,
) -> None:
    text = json.dumps(answer_card(assistant.ask("safe passage workers")))
    assert "give no phone, fax or address for Safe Passage itself" in text
    assert "Contact for its parent office, Office of School Safety and Security (OSSS):" in text


def test_an_office_nobody_can_be_reached_at_offers_its_partners(assistant: Assistant) -> None:
    answer = assistant.ask("STLS")
    assert answer.best is not None and answer.best.partners is not None
    card = answer_card(answer)
    said = _said(card)
    heading = "Other offices on the same page list contacts of their own (theirs, not STLS's):"
    assert heading in said
    partners = [office for office, _ in answer.best.partners.reachable]
    after = said[said.index(heading) + 1 :]
    for office in partners:
        assert office.label in after
    opened = [step for _, step in _steps(card)]
    assert opened == [Step.office(office.id) for office in partners]
    assert all(a["title"] == wording.OPEN_CARD for a in submits(card, "step"))
    # Every number on the card sits in a partner's row, under that partner's name.
    rows = [e for e in elements(card) if e["type"] == "ColumnSet"]
    assert len(rows) == len(partners)
    for row, office in zip(rows, partners, strict=True):
        assert lines({"body": [row]})[0] == office.label


def test_an_office_whose_page_names_no_reachable_partner_offers_the_directory(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("STLS")
    assert answer.best is not None and answer.best.partners is not None
    partners = dataclasses.replace(answer.best.partners, reachable=())
    best = dataclasses.replace(answer.best, partners=partners)
    card = answer_card(dataclasses.replace(answer, offices=(best,)))
    assert "None of the 14 other offices on the same page lists one either." in _said(card)
    assert _steps(card) == [("Directory", Step(StepKind.DIRECTORY))]


def test_clarify_offers_short_primary_buttons_full_names_beside_and_no_feedback(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(CLARIFY_QUESTION)
    assert answer.status is Outcome.CLARIFY
    card = answer_card(answer)
    assert card["body"][0]["text"] == wording.CLARIFY_INTRO
    choices = submits(card, "choose")
    assert [(a["title"], a["data"]["office"], a["style"]) for a in choices] == [
        (wording.short_name(c.office), c.office.id, "positive") for c in answer.offices
    ]
    assert all(c.office.role in _said(card) for c in answer.offices)
    assert "actions" not in card and not submits(card, "feedback"), "nothing answered yet"


def test_a_clarify_between_acronyms_puts_full_names_beside_the_buttons(
    assistant: Assistant,
) -> None:
    answer = assistant.contact("OSSE or OSEL or OSCPA")
    answer = dataclasses.replace(
        answer, status=Outcome.CLARIFY, offices=tuple(assistant.office(o).offices[0]
                                                      for o in ("oscpa", "osse", "jrotc"))
    )  # fmt: skip
    card = answer_card(answer)
    assert [a["title"] for a in submits(card, "choose")] == ["OSCPA", "OSSE", "JROTC"]
    for office in answer.offices:
        assert office.office.label in _said(card), "the full name is in text"


@pytest.mark.parametrize("question", ["jrotc", "payday", "STLS"])
def test_every_answer_has_helpful_and_not_helpful(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    card = answer_card(answer)
    feedback = [a for a in card["actions"] if a["data"]["whohandles"] == "feedback"]
    assert [(a["title"], a["data"]["helpful"]) for a in feedback] == [
        ("Helpful", True),
        ("Not helpful", False),
    ]
    assert FeedbackRef.loads(feedback[0]["data"]["ref"]) == FeedbackRef.of(answer)
    assert _said(card) != lines(card), "a question above them sets them apart"


@pytest.mark.parametrize("question", ["hi", "thanks", "help", "directory"])
def test_small_talk_and_help_have_no_feedback_buttons(assistant: Assistant, question: str) -> None:
    card = answer_card(assistant.ask(question))
    assert "actions" not in card and not submits(card, "feedback")


def test_help_examples_are_buttons_that_ask_them(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("help"))
    assert lines(card)[0] == wording.HELP_INTRO
    examples = assistant.brain.kb.about.examples
    assert examples, "about.yaml lists example questions"
    assert _steps(card) == [
        *((e, Step.ask(e)) for e in examples),
        ("Directory", Step(StepKind.DIRECTORY)),
    ]
    assert "`" not in json.dumps(card["body"]), "no Markdown code spans: Adaptive Cards lack them"


def test_buttons_side_by_side_fit_a_phone(assistant: Assistant) -> None:
    for question in ("help", "hi", "payday", "my paycheck from JROTC was short"):
        card = answer_card(assistant.ask(question))
        for element in elements(card):
            if element["type"] == "ActionSet" and len(element["actions"]) > 1:
                width = sum(len(a["title"]) + 4 for a in element["actions"])
                assert width <= ROW_CHARS, (question, [a["title"] for a in element["actions"]])


def test_the_directory_opens_by_group_and_every_office_opens_its_card(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("directory")
    card = answer_card(answer)
    toggles = [e["selectAction"] for e in elements(card) if "selectAction" in e]
    groups = [e for e in card["body"] if e.get("id", "").startswith("group-")]
    assert len(toggles) == len(groups) == len(answer.groups) == 3
    for toggle, group in zip(toggles, groups, strict=True):
        assert toggle["type"] == "Action.ToggleVisibility"
        assert group["id"] in toggle["targetElements"] and group["isVisible"] is False
    opened = [step for _, step in _steps(card)]
    assert opened == [Step.office(c.office.id) for g in answer.groups for c in g.members]
    said = _said(card)
    for office in assistant.directory():
        assert office.office.label in said
    assert "Phone 773-535-1955 · Fax 773-535-1957" in said


def test_the_directory_says_a_shared_address_once_per_group(assistant: Assistant) -> None:
    said = _said(answer_card(assistant.ask("directory")))
    madison = [line for line in said if "42 W. Madison" in line]
    assert madison == [
        "At 42 W. Madison St., Chicago, IL 60602: OCCS, ECCE, OSCPA, OSSE, OSEL",
        "At 42 W. Madison St., Chicago, IL 60602: OSSS",
    ]


def test_unknown_is_short_and_offers_help_and_the_directory(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("when is payday"))
    said = _said(card)
    assert said[0].startswith("I don't know who handles that.") and len(said[0]) < 150
    assert "**" not in json.dumps(card["body"]), "no bold words pretending to be buttons"
    assert _steps(card) == [
        ("Examples", Step(StepKind.HELP)),
        ("Directory", Step(StepKind.DIRECTORY)),
    ]


def test_unknown_naming_an_office_offers_its_card_first(assistant: Assistant) -> None:
    answer = assistant.ask("my paycheck from JROTC was short")
    assert answer.status is Outcome.UNKNOWN and answer.named is not None
    card = answer_card(answer)
    first = submits(card, "step")[0]
    assert (first["title"], first["style"]) == ("Contact card for JROTC", "positive")
    assert Step.parse(first["data"]) == Step.office("jrotc")
    assert "773-535-1955" not in json.dumps(card), "offered, not answered"


def test_the_source_links_to_its_page_when_sources_yaml_gives_one(
    knowledge_copy: Path,
) -> None:
    registry = knowledge_copy / "sources" / "sources.yaml"
    text = registry.read_text(encoding="utf-8")
    url = "https://www.example.org/attendance(partners)"
    text = text.replace(
        "    url: https://www.cps.edu/services-and-supports/attendance-and-truancy/partners/\n",
        f"    url: {url}\n",
    )
    registry.write_text(text, encoding="utf-8")
    answer = Assistant(load_brain(knowledge_copy)).ask("STLS")
    source = next(line for line in reversed(_said(answer_card(answer))) if "Source" in line)
    blocks = [e["text"] for e in elements(answer_card(answer)) if e.get("type") == "TextBlock"]
    linked = next(b for b in blocks if b.startswith("Source: "))
    assert links(linked) == [
        (answer.offices[0].source.title, "https://www.example.org/attendance%28partners%29")
    ]
    assert source == f"Source: {answer.offices[0].source.title}"


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


def test_a_too_big_answer_keeps_its_feedback_buttons(assistant: Assistant) -> None:
    answer = assistant.ask("jrotc")
    card = fit(answer_card(answer), render_text(answer) * 20, limit=3_000)
    assert card_size(card) <= 3_000
    assert [a["title"] for a in card["actions"]] == ["Helpful", "Not helpful"]
    assert lines(card)[-1] == wording.FEEDBACK_PROMPT


def test_fallback_text_summary_and_search_cards(assistant: Assistant) -> None:
    answer = assistant.ask("jrotc")
    card = answer_card(answer)
    assert card["fallbackText"] == render_text(answer, numbered=False)
    assert summary(answer) == render_text(answer).splitlines()[0]
    unknown = assistant.ask("when is payday")
    assert "type a number" not in answer_card(unknown)["fallbackText"], "no numbers in Teams"
    jrotc = answer.offices[0]
    extension = office_card(jrotc)
    assert "actions" not in extension and not submits(extension, "step")
    assert [a["type"] for a in actions(extension)] == ["Action.OpenUrl"], "Call works anywhere"
    preview = preview_card(jrotc)["content"]
    assert preview == {"title": jrotc.office.label, "text": "Phone 773-535-1955 · Fax 773-535-1957"}


def test_an_inserted_card_names_partners_without_bot_buttons(assistant: Assistant) -> None:
    (stls,) = assistant.contact("STLS").offices
    card = office_card(stls)
    assert not submits(card, "step"), "the bot is not in the chat it is inserted into"
    assert "School Counseling and Postsecondary Advising (OSCPA)" in lines(card)
