"""The Adaptive Card renderer: same facts and honesty as the other renderers, within limits."""

from __future__ import annotations

import json

from bot.render.teams import answer_card, card_size
from bot.service import Assistant


def _all_text(card: dict) -> str:
    return json.dumps(card)


def test_card_for_an_office_with_contacts(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("jrotc"))
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    facts = next(b for b in card["body"] if b["type"] == "FactSet")["facts"]
    assert facts == [
        {"title": "Phone", "value": "773-535-1955"},
        {"title": "Fax", "value": "773-535-1957"},
        {"title": "Address", "value": "145 S. Campbell Ave., Chicago, IL 60612"},
    ]
    assert card["body"][-1]["text"].startswith("Source: CPS website")


def test_card_for_a_team_without_contacts_labels_the_parents(assistant: Assistant) -> None:
    card = answer_card(assistant.ask("safe passage workers"))
    text = _all_text(card)
    assert "give no phone, fax or address for Safe Passage itself" in text
    assert "Contact for its parent office, Office of School Safety and Security (OSSS):" in text


def test_every_card_is_under_28kb(assistant: Assistant) -> None:
    for question in (
        "directory",
        "help",
        "x" * 50_000,
        "psychologist for a student with asthma",
        "fight brewing on tiktok " * 2000,
    ):
        assert card_size(answer_card(assistant.ask(question))) < 28 * 1024
