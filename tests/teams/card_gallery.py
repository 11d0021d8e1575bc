"""One of every kind of Adaptive Card the bot sends in Teams, made by the real rendering code.

The card renderer test (``test_card_renderer.py``) runs each through the official renderer, and
``scripts/screenshot_cards`` draws each for a designer. The messaging extension's preview is a
thumbnail card, not an Adaptive Card, so it is not here.

    python -m tests.teams.card_gallery OUT.json     # the gallery as JSON, for the scripts
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.answer import Answer, compose
from bot.render.teams import Card, answer_card, office_card
from bot.service import Assistant, load_brain
from intents import Candidate, Field, Meta, Outcome, RouteResult
from intents.weights import MAX_CHOICES

#: Kind of card -> the question that produces it (the extension card is looked up, not asked).
QUESTIONS = {
    "office": "jrotc",
    "field": "fax for OSEL",
    "parent_contacts": "safe passage workers",
    "no_contacts": "STLS",
    "clarify": "psychologist for a student with asthma",
    "unknown": "xyzzy frobnicate",
    "out_of_scope": "when is payday",
    "help": "help",
    "greeting": "hi",
    "thanks": "thanks",
    "directory": "directory",
}
#: The office the messaging extension card shows: one with its own contacts.
EXTENSION_OFFICE = "jrotc"
NAMES = (*QUESTIONS, "clarify_widest", "extension_office")


def gallery(assistant: Assistant) -> dict[str, Card]:
    """``{kind: card}`` for every kind in ``NAMES``, checking each question still makes its kind,
    so a routing change cannot quietly turn one kind of card into another."""
    answers = {name: assistant.ask(question) for name, question in QUESTIONS.items()}
    office = answers["office"].best
    assert office is not None and office.contacts is not None, "office: needs its own contacts"
    assert answers["field"].field is Field.FAX
    passage = answers["parent_contacts"].best
    assert passage is not None and passage.contacts is None and passage.fallback is not None
    stls = answers["no_contacts"].best
    assert stls is not None and stls.contacts is None and not stls.lineage and stls.parent is None
    assert answers["clarify"].status is Outcome.CLARIFY
    assert answers["unknown"].status is Outcome.UNKNOWN and not answers["unknown"].out_of_scope
    assert answers["out_of_scope"].out_of_scope
    for name, meta in [
        ("help", Meta.HELP),
        ("greeting", Meta.GREETING),
        ("thanks", Meta.THANKS),
        ("directory", Meta.DIRECTORY),
    ]:
        assert answers[name].meta is meta, f"{name}: {answers[name].meta}"

    cards = {name: answer_card(answer) for name, answer in answers.items()}
    cards["clarify_widest"] = answer_card(widest_clarify(assistant))
    (extension,) = assistant.contact(EXTENSION_OFFICE).offices
    cards["extension_office"] = office_card(extension)
    assert tuple(cards) == NAMES
    return cards


def widest_clarify(assistant: Assistant) -> Answer:
    """The clarify whose choice buttons need the most room: as many choices as the router
    offers, the offices with the longest names. No question is sure to produce it, so it is
    composed from a route, as a picked choice is (``Assistant.office``)."""
    kb = assistant.brain.kb
    longest = sorted(kb, key=lambda office: len(office.label), reverse=True)[:MAX_CHOICES]
    route = RouteResult(Outcome.CLARIFY, 0.5, tuple(Candidate(o.id, 0.0) for o in longest))
    answer = compose("the widest clarify", route, kb)
    assert answer.status is Outcome.CLARIFY and len(answer.offices) == MAX_CHOICES
    return answer


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.teams.card_gallery OUT.json", file=sys.stderr)
        return 2
    cards = gallery(Assistant(load_brain()))
    Path(argv[0]).write_text(json.dumps(cards, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
