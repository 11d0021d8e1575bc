"""One of every kind of Adaptive Card the bot sends in Teams, made by the real rendering code.

The card renderer test (``test_card_renderer.py``) runs each through the official renderer, and
``scripts/screenshot_cards`` draws each for a designer. The messaging extension's preview is a
thumbnail card, not an Adaptive Card, so it is not here. Most cards answer a question; those
no question is sure to produce are composed (``COMPOSED``): the widest clarifies, an office
whose page names no reachable partner, a source with a ``url`` (a placeholder address: no
shipped page has one), and the directory as it looks after a tap opens its first group.

    python -m tests.teams.card_gallery OUT.json     # the gallery as JSON, for the scripts
"""

from __future__ import annotations

import copy
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from bot.answer import Answer, Partners, compose
from bot.render.teams import Card, answer_card, office_card
from bot.service import Assistant, load_brain
from intents import Candidate, Field, Meta, Outcome, RouteResult
from intents.weights import MAX_CHOICES

#: Kind of card -> the question that produces it (the extension card is looked up, not asked).
QUESTIONS = {
    "office": "jrotc",
    "field": "fax for OSEL",
    "field_phone": "phone number for OSEL",
    "parent_contacts": "safe passage workers",
    "no_contacts": "STLS",
    "clarify": "psychologist for a student with asthma",
    "unknown": "xyzzy frobnicate",
    "unknown_named": "my paycheck from JROTC was short",
    "out_of_scope": "when is payday",
    "help": "help",
    "greeting": "hi",
    "thanks": "thanks",
    "directory": "directory",
}
#: The office the messaging extension card shows: one with its own contacts.
EXTENSION_OFFICE = "jrotc"
#: A placeholder address for the source-link card: no shipped page has a known address.
EXAMPLE_SOURCE_URL = "https://www.example.org/attendance-partner-departments"
COMPOSED = (
    "clarify_widest",
    "clarify_long_names",
    "no_contacts_no_partners",
    "source_link",
    "directory_opened",
    "extension_office",
)
NAMES = (*QUESTIONS, *COMPOSED)


def gallery(assistant: Assistant) -> dict[str, Card]:
    """``{kind: card}`` for every kind in ``NAMES``, checking each question still makes its kind,
    so a routing change cannot quietly turn one kind of card into another."""
    answers = {name: assistant.ask(question) for name, question in QUESTIONS.items()}
    office = answers["office"].best
    assert office is not None and office.contacts is not None, "office: needs its own contacts"
    assert answers["field"].field is Field.FAX
    assert answers["field_phone"].field is Field.PHONE and answers["field_phone"].best is not None
    passage = answers["parent_contacts"].best
    assert passage is not None and passage.contacts is None and passage.fallback is not None
    stls = answers["no_contacts"].best
    assert stls is not None and stls.contacts is None and not stls.lineage and stls.parent is None
    assert stls.partners is not None and stls.partners.reachable, "cooperating departments"
    assert answers["clarify"].status is Outcome.CLARIFY
    assert answers["unknown"].status is Outcome.UNKNOWN and not answers["unknown"].out_of_scope
    assert answers["unknown"].named is None
    assert answers["unknown_named"].status is Outcome.UNKNOWN and answers["unknown_named"].named
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
    cards["clarify_long_names"] = answer_card(widest_clarify(assistant, acronyms=False))
    cards["no_contacts_no_partners"] = answer_card(unreachable(answers["no_contacts"]))
    cards["source_link"] = answer_card(with_source_url(answers["no_contacts"]))
    cards["directory_opened"] = opened(cards["directory"])
    (extension,) = assistant.contact(EXTENSION_OFFICE).offices
    cards["extension_office"] = office_card(extension)
    assert tuple(cards) == NAMES
    return cards


def widest_clarify(assistant: Assistant, *, acronyms: bool = True) -> Answer:
    """The clarify whose choices need the most room: as many choices as the router offers, the
    offices with the longest names (``acronyms`` False: the longest with no acronym, whose
    whole name goes on the button). No question is sure to produce it, so it is composed from
    a route, as a picked choice is (``Assistant.office``)."""
    kb = assistant.brain.kb
    offices = [o for o in kb if acronyms or not o.acronym]
    longest = sorted(offices, key=lambda office: len(office.label), reverse=True)[:MAX_CHOICES]
    route = RouteResult(Outcome.CLARIFY, 0.5, tuple(Candidate(o.id, 0.0) for o in longest))
    answer = compose("the widest clarify", route, kb)
    assert answer.status is Outcome.CLARIFY and len(answer.offices) == MAX_CHOICES
    return answer


def _with_best(answer: Answer, **changes: Any) -> Answer:
    assert answer.best is not None
    best = dataclasses.replace(answer.best, **changes)
    return dataclasses.replace(answer, offices=(best, *answer.offices[1:]))


def unreachable(answer: Answer) -> Answer:
    """A no-contact answer whose page names no other office with a contact: it says so and
    offers the directory. The shipped pages have none such, so it is composed."""
    assert answer.best is not None and answer.best.partners is not None
    partners = Partners(answer.best.partners.source, (), answer.best.partners.named)
    return _with_best(answer, partners=partners)


def with_source_url(answer: Answer) -> Answer:
    """The answer as it reads once ``sources.yaml`` gives its page a ``url``."""
    assert answer.best is not None
    source = dataclasses.replace(answer.best.source, url=EXAMPLE_SOURCE_URL)
    return _with_best(answer, source=source)


def opened(directory: Card) -> Card:
    """The directory card as it looks after a tap on its first group: that group shown."""
    card = copy.deepcopy(directory)
    hidden = [e for e in card["body"] if e.get("id", "").startswith("group-")]
    hidden[0]["isVisible"] = True
    heading = card["body"][card["body"].index(hidden[0]) - 1]
    show, hide = heading["items"][0]["columns"][1]["items"]
    show["isVisible"], hide["isVisible"] = False, True
    return card


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.teams.card_gallery OUT.json", file=sys.stderr)
        return 2
    cards = gallery(Assistant(load_brain()))
    Path(argv[0]).write_text(json.dumps(cards, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
