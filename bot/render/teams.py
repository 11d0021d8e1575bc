"""Adaptive Card rendering of an Answer, for Teams. Plain JSON: no SDK import here.

The card says what the Slack card and the terminal say (``bot.wording.card_text``); only the
layout differs. Adaptive Card text is Markdown-lite, so user text is never echoed into it,
and office text is inserted as plain TextBlocks. Every card stays well under Teams' 28 KB.
"""

from __future__ import annotations

import json
from typing import Any

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.conversation import FeedbackRef
from bot.render.text import render_help, render_text
from intents import Meta, Outcome

Card = dict[str, Any]

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
MAX_CARD_BYTES = 28 * 1024
#: Marks the data of our own card actions, so unknown submissions are recognised.
ACTION_KEY = "whohandles"


def _text(text: str, **style: Any) -> Card:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _facts(pairs: tuple[tuple[str, str], ...]) -> Card:
    return {
        "type": "FactSet",
        "facts": [{"title": label, "value": value} for label, value in pairs],
    }


def card_body(card: OfficeCard, answer: Answer) -> list[Card]:
    """One office: lead, name, parent, role, contacts, honest gaps, source."""
    text = wording.card_text(card, answer.field)
    body: list[Card] = []
    if text.lead:
        body.append(_text(text.lead, weight="Bolder", color="Accent"))
    body.append(_text(text.title, size="Large", weight="Bolder"))
    if text.parent:
        body.append(_text(text.parent, isSubtle=True, spacing="None"))
    body.append(_text(text.role))
    if text.contacts:
        body.append(_facts(text.contacts))
    body += [_text(note, isSubtle=True) for note in text.notes]
    if text.borrowed_heading:
        body += [_text(text.borrowed_heading, weight="Bolder"), _facts(text.borrowed)]
    body.append(_text(text.source, size="Small", isSubtle=True))
    return body


def _choice_actions(answer: Answer) -> list[Card]:
    return [
        {"type": "Action.Submit", "title": card.office.label[:80],
         "data": {ACTION_KEY: "choose", "office": card.office.id}}
        for card in answer.offices
    ]  # fmt: skip


def _feedback_actions(answer: Answer) -> list[Card]:
    ref = FeedbackRef.of(answer).dumps()
    return [
        {"type": "Action.Submit", "title": "Helpful",
         "data": {ACTION_KEY: "feedback", "helpful": True, "ref": ref}},
        {"type": "Action.Submit", "title": "Not helpful",
         "data": {ACTION_KEY: "feedback", "helpful": False, "ref": ref}},
    ]  # fmt: skip


def _meta_body(answer: Answer) -> list[Card]:
    if answer.meta is Meta.DIRECTORY:
        body = [_text(wording.DIRECTORY_INTRO, weight="Bolder")]
        for heading, members in wording.directory_groups(answer.directory):
            body.append(_text(heading, weight="Bolder", spacing="Medium"))
            body += [_text(f"- {m.office.label}", spacing="None") for m in members]
        return body
    if answer.meta is Meta.HELP:
        return [_text(render_help())]
    assert answer.meta is not None
    return [_text(wording.meta_text(answer.meta))]


def answer_card(answer: Answer) -> Card:
    """The whole answer as one Adaptive Card."""
    actions: list[Card] = []
    if answer.status is Outcome.ANSWER and answer.best is not None:
        body = card_body(answer.best, answer)
    elif answer.status is Outcome.CLARIFY:
        body = [_text(wording.CLARIFY_INTRO, weight="Bolder")]
        body += [
            _text(f"{c.office.label}: {c.office.role}", spacing="Small") for c in answer.offices
        ]
        actions += _choice_actions(answer)
    elif answer.meta is not None:
        body = _meta_body(answer)
    else:
        body = [_text(wording.unknown_text(answer))]
    if answer.meta is None:
        actions += _feedback_actions(answer)
    card: Card = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        card["actions"] = actions
    return card


def card_size(card: Card) -> int:
    """Bytes on the wire, as Teams counts them."""
    return len(json.dumps(card, ensure_ascii=False).encode())


def fallback_text(answer: Answer) -> str:
    """Text for notifications and clients that cannot show the card."""
    return render_text(answer)[:2000]


def preview_card(card: OfficeCard) -> Card:
    """A small hero-style preview for the messaging extension's result list."""
    contacts = wording.card_text(card).contacts
    subtitle = (
        " · ".join(value for _, value in contacts[:2]) or "No contact listed; open for details"
    )
    return {
        "contentType": "application/vnd.microsoft.card.thumbnail",
        "content": {"title": card.office.label, "text": subtitle},
    }
