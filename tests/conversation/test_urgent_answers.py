"""Emergencies happening now: general guidance first, on every platform, then the office the
documents say responds; never an office's contact, and never for a drill or a past incident."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.answer import answer_to_dict
from bot.conversation import Conversation
from bot.render.slack import answer_blocks
from bot.render.teams import answer_card
from bot.render.text import render_text
from bot.service import Assistant, load_brain
from bot.stores.context import MemoryContextStore
from knowledge import KnowledgeError
from tests.conftest import RecordingSink

CALL_911 = "General emergency guidance: if anyone is in danger now, call 911."
CALL_988 = (
    "General emergency guidance: if someone may hurt or kill themselves, call or text 988, "
    "the Suicide & Crisis Lifeline."
)


def test_a_weapon_now_opens_with_911_then_the_safety_command_center(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("a student has a gun in the building right now")
    lines = render_text(answer).splitlines()
    assert lines[0] == CALL_911
    assert lines[1] == "Student Safety Services"
    assert CALL_988 not in lines


def test_self_harm_adds_988_and_names_the_crisis_team(assistant: Assistant) -> None:
    answer = assistant.ask("a student just told me she is going to kill herself tonight")
    lines = render_text(answer).splitlines()
    assert lines[:3] == [CALL_911, CALL_988, "Clinical and Crisis Management"]


@pytest.mark.parametrize(
    "question",
    [
        "who trains staff for fire drills?",
        "how do we report a fight from last week",
        "what is the policy on weapons at games",
    ],
)
def test_drills_policies_and_past_incidents_are_not_emergencies(
    assistant: Assistant, question: str
) -> None:
    answer = assistant.ask(question)
    assert answer.urgency is None
    assert "911" not in render_text(answer)


def test_the_json_contract_says_urgent(assistant: Assistant) -> None:
    urgent = assistant.ask("FIRE IN THE SCIENCE LAB")
    calm = assistant.ask("fax for OSEL")
    assert answer_to_dict(urgent, render_text(urgent))["urgent"] is True
    assert answer_to_dict(calm, render_text(calm))["urgent"] is False


def test_911_is_never_an_offices_contact(assistant: Assistant) -> None:
    answer = assistant.ask("phone for security, a man with a knife is in the lobby now")
    data = answer_to_dict(answer, render_text(answer))
    assert data["urgent"] is True
    for office in data["offices"]:
        assert not any("911" in phone or "988" in phone for phone in office["phone"])


def test_slack_and_teams_show_the_guidance_first(assistant: Assistant) -> None:
    answer = assistant.ask("kid collapsed in the gym and isnt breathing")
    first = answer_blocks(answer)[0]
    assert first["type"] == "section" and first["text"]["text"].startswith(":warning:")
    assert CALL_911 in first["text"]["text"]
    box = answer_card(answer)["body"][0]
    assert (box["type"], box["style"]) == ("Container", "attention")
    assert box["items"][0]["text"] == CALL_911


def test_an_emergency_in_a_thread_is_answered_as_one(assistant: Assistant) -> None:
    chat = Conversation(assistant, sink=RecordingSink(), contexts=MemoryContextStore())
    chat.ask("who handles JROTC scholarships?", platform="slack", thread="T")
    answer = chat.ask("wait, a kid just pulled a knife in room 210", platform="slack", thread="T")
    assert answer.urgency is not None
    assert answer.best is not None and answer.best.office.id == "student-safety-services"


def test_an_emergency_office_the_knowledge_base_lacks_is_a_load_error(
    knowledge_copy: Path, intents_copy: Path
) -> None:
    path = intents_copy / "emergency.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("office: clinical-crisis", "office: crisis-desk", 1), "utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_brain(knowledge_copy, intents_copy)
    shown = json.dumps([str(problem) for problem in raised.value.problems])
    assert "emergency.yaml:" in shown and "crisis-desk" in shown
