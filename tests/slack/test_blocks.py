"""The Block Kit renderer: says what the text renderer says, escapes user text, and never
exceeds a Block Kit limit, for every office and every kind of answer."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from bot import wording
from bot.answer import Answer
from bot.conversation import FeedbackRef, Replay
from bot.directory import group_directory
from bot.render.blockkit import (
    MAX_MESSAGE_BLOCKS,
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
)
from bot.render.slack_home import home_view
from bot.render.text import render_text
from bot.service import Assistant, load_brain
from bot.steps import Step, StepKind
from intents import Field, Outcome
from tests.slack.blockkit import buttons, problems

FIELDS = [None, Field.PHONE, Field.FAX, Field.ADDRESS]
CLARIFY_QUESTION = "psychologist for a student with asthma"


def _buttons(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {element["action_id"]: element for element in buttons(blocks)}


def _steps(blocks: list[dict[str, Any]]) -> list[tuple[str, Step | None]]:
    return [
        (b["text"]["text"], Step.loads(b["value"]))
        for b in buttons(blocks)
        if b["action_id"].startswith("step_")
    ]


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
            sentences = [said.title, said.role, *said.notes, said.source_title]
            sentences += [s for s in (said.parent, said.borrowed_heading) if s]
            sentences += [s for s in (said.partners_heading,) if s]
            lines = (
                *said.contacts,
                *said.borrowed,
                *(c for p in said.partners for c in p.contacts),
            )
            sentences += [value for line in lines for value in line.values]
            for sentence in sentences:
                plain = sentence == said.title and said.asked is None  # a header: plain text
                expected = sentence if plain else escape(sentence)
                assert json.dumps(expected, ensure_ascii=False)[1:-1] in shown, (
                    office_id,
                    field,
                    sentence,
                )
            if said.asked:
                first = blocks[0]
                assert first["type"] == "header", "the field asked, in the largest text"
                assert first["text"]["text"] == f"{said.asked.label}: {said.asked.text}"
            elif said.lead:
                assert blocks[0]["text"]["text"] == f"*{escape(said.lead)}*", "lead first"


def test_missing_contacts_are_said_and_the_parents_are_labelled(assistant: Assistant) -> None:
    card = next(c for c in assistant.directory() if c.contacts is None and c.fallback)
    holder, _ = card.fallback or (None, None)
    assert holder is not None
    shown = json.dumps(answer_blocks(assistant.office(card.office.id)), ensure_ascii=False)
    assert escape(f"give no phone, fax or address for {card.office.name} itself") in shown
    assert escape(f"Contact for its parent office, {holder.label}:") in shown


def test_every_answer_carries_feedback_buttons_that_read_back(assistant: Assistant) -> None:
    for question in ("metal detectors", "STLS", "when is payday"):
        answer = assistant.ask(question)
        buttons = _buttons(answer_blocks(answer))
        assert buttons[ACTION_HELPFUL]["text"]["text"] == "Helpful"
        assert buttons[ACTION_NOT_HELPFUL]["text"]["text"] == "Not helpful"
        ref = FeedbackRef.loads(buttons[ACTION_HELPFUL]["value"])
        assert ref == FeedbackRef.of(answer)


def test_clarify_offers_a_primary_button_per_candidate_and_no_feedback(
    assistant: Assistant,
) -> None:
    answer = assistant.ask(CLARIFY_QUESTION)
    assert answer.status is Outcome.CLARIFY
    blocks = answer_blocks(answer)
    assert problems(blocks) == []
    assert blocks[0]["text"]["text"] == escape(wording.CLARIFY_INTRO)
    rows = blocks[1:]
    assert [
        (r["text"]["text"], r["accessory"]["text"]["text"], r["accessory"]["value"]) for r in rows
    ] == [
        (
            f"*{escape(c.office.label)}*\n{escape(c.office.role)}",
            wording.short_name(c.office),
            c.office.id,
        )
        for c in answer.offices
    ]
    assert all(r["accessory"]["style"] == "primary" for r in rows)
    assert ACTION_HELPFUL not in _buttons(blocks), "nothing is answered yet"


def test_fallback_text_is_the_plain_text_answer(assistant: Assistant) -> None:
    answer = assistant.ask("fax for OSEL")
    assert answer_message(answer)["text"] == escape(render_text(answer))
    unknown = answer_message(assistant.ask("when is payday"))["text"]
    assert "type a number" not in unknown, "numbers are for the terminal; Slack has buttons"


def test_phone_numbers_dial_and_a_field_question_leads_without_repeating(
    assistant: Assistant,
) -> None:
    blocks = answer_blocks(assistant.ask("jrotc"))
    fields = next(b for b in blocks if "fields" in b)["fields"]
    assert fields[0]["text"] == "*Phone*\n<tel:+17735351955|773-535-1955>"
    assert fields[1]["text"] == "*Fax*\n773-535-1957", "a fax is not a link"
    fax = answer_blocks(assistant.ask("fax for OSEL"))
    assert fax[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Fax for OSEL: 773-553-1895, 773-553-3654"},
    }
    assert fax[1]["text"]["text"] == "*Office of Social &amp; Emotional Learning (OSEL)*"
    labels = [f["text"].split("\n")[0] for b in fax if "fields" in b for f in b["fields"]]
    assert labels == ["*Phone*", "*Address*"], "the fax is said once, first"
    phone = answer_blocks(assistant.ask("phone number for OSEL"))
    assert phone[0]["text"]["text"] == "Phone for OSEL: 773-553-1830"
    assert phone[1]["text"]["text"] == ":telephone_receiver: <tel:+17735531830|Call 773-553-1830>"


def test_an_office_nobody_can_be_reached_at_offers_its_partners(assistant: Assistant) -> None:
    answer = assistant.ask("STLS")
    assert answer.best is not None and answer.best.partners is not None
    blocks = answer_blocks(answer)
    assert problems(blocks) == []
    heading = next(n for n, b in enumerate(blocks) if "theirs, not STLS" in json.dumps(b))
    partners = [office for office, _ in answer.best.partners.reachable]
    rows = blocks[heading + 1 : heading + 1 + len(partners)]
    for row, office in zip(rows, partners, strict=True):
        assert row["text"]["text"].startswith(f"*{escape(office.label)}*")
        assert Step.loads(row["accessory"]["value"]) == Step.office(office.id)
    numbers = [b for b in blocks if "tel:" in json.dumps(b)]
    assert numbers == [r for r in rows if "tel:" in json.dumps(r)], "only in partners' rows"


def test_the_source_links_to_its_page_when_sources_yaml_gives_one(
    knowledge_copy: Path,
) -> None:
    registry = knowledge_copy / "sources" / "sources.yaml"
    url = "https://www.example.org/attendance?a=1&b=|2"
    text = registry.read_text(encoding="utf-8").replace(
        "    url: https://www.cps.edu/services-and-supports/attendance-and-truancy/partners/\n",
        f'    url: "{url}"\n',
    )
    registry.write_text(text, encoding="utf-8")
    answer = Assistant(load_brain(knowledge_copy)).ask("STLS")
    blocks = answer_blocks(answer)
    assert problems(blocks) == []
    title = escape(answer.offices[0].source.title)
    assert blocks[-3]["elements"][0]["text"] == (
        f":page_facing_up: Source: <https://www.example.org/attendance?a=1&amp;b=%7C2|{title}>"
    )
    assert url in render_text(answer), "the terminal shows the address"


def test_unknown_is_short_with_buttons_for_help_the_directory_and_a_named_office(
    assistant: Assistant,
) -> None:
    blocks = answer_blocks(assistant.ask("when is payday"))
    assert problems(blocks) == []
    assert len(blocks[0]["text"]["text"]) < 150
    assert _steps(blocks) == [
        ("Examples", Step(StepKind.HELP)),
        ("Directory", Step(StepKind.DIRECTORY)),
    ]
    named = answer_blocks(assistant.ask("my paycheck from JROTC was short"))
    first = next(b for b in buttons(named) if b["action_id"].startswith("step_"))
    assert (first["text"]["text"], first["style"]) == ("Contact card for JROTC", "primary")
    assert Step.loads(first["value"]) == Step.office("jrotc")


def test_help_examples_are_buttons_that_ask_them(assistant: Assistant) -> None:
    blocks = answer_blocks(assistant.ask("help"))
    assert problems(blocks) == []
    examples = assistant.brain.kb.about.examples
    assert _steps(blocks) == [
        *((e, Step.ask(e)) for e in examples),
        ("Directory", Step(StepKind.DIRECTORY)),
    ]


def test_the_directory_groups_offices_says_addresses_once_and_opens_cards(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("directory")
    blocks = answer_blocks(answer)
    assert problems(blocks) == []
    headers = [b["text"]["text"] for b in blocks if b["type"] == "header"]
    assert headers == [wording.group_heading(g) for g in answer.groups]
    shown = json.dumps(blocks)
    assert shown.count("42 W. Madison St.") == 2, "once per group that has it"
    opened = [step for _, step in _steps(blocks)]
    assert opened == [Step.office(c.office.id) for g in answer.groups for c in g.members]


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


def test_help_and_directory_have_no_feedback_or_share_buttons(assistant: Assistant) -> None:
    for question in ("help", "directory", "hi", "thanks"):
        blocks = answer_blocks(assistant.ask(question), share=True)
        assert problems(blocks) == []
        assert all(a.startswith("step_") for a in _buttons(blocks)), question


def _huge_directory(assistant: Assistant) -> Answer:
    directory = assistant.directory_answer()
    cards = assistant.directory() * 40
    return dataclasses.replace(directory, directory=cards, groups=group_directory(cards))


def test_home_view_lists_every_office_and_the_examples_within_limits(
    assistant: Assistant,
) -> None:
    view = home_view(assistant.directory_answer(), assistant.help())
    assert view["type"] == "home"
    assert problems(view["blocks"], home=True) == []
    shown = json.dumps(view, ensure_ascii=False)
    assert "*How to ask*" in shown and "/whohandles &lt;question&gt;" in shown
    for card in assistant.directory():
        assert escape(card.office.label) in shown, card.office.id
    steps = [step for _, step in _steps(view["blocks"])]
    examples = [Step.ask(e) for e in assistant.brain.kb.about.examples]
    offices = [Step.office(c.office.id) for c in assistant.directory()]
    assert steps[: len(examples)] == examples
    assert sorted(str(s) for s in steps[len(examples) :]) == sorted(str(s) for s in offices)


def test_home_view_of_a_huge_directory_stays_within_limits(assistant: Assistant) -> None:
    view = home_view(_huge_directory(assistant), assistant.help())
    assert problems(view["blocks"], home=True) == []
    assert len(view["blocks"]) == 100
    assert view["blocks"][-1]["elements"][0]["text"] == "The directory continues: ask me by name."


def test_a_directory_too_big_for_one_message_is_cut_with_a_pointer_home(
    assistant: Assistant,
) -> None:
    blocks = answer_blocks(_huge_directory(assistant))
    assert problems(blocks) == []
    assert blocks[-1]["elements"][0]["text"] == OVERFLOW
    used = text_length(blocks)
    assert used <= MAX_MESSAGE_TEXT
    full = used > MAX_MESSAGE_TEXT - MAX_SECTION_TEXT - len(OVERFLOW)
    assert full or len(blocks) == MAX_MESSAGE_BLOCKS, "cut only when one limit is reached"


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
