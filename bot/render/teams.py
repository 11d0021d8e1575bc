"""Adaptive Card rendering of an Answer, for Teams. Plain JSON dicts: no SDK import here.

The card says what the terminal and Slack say, sentence for sentence (``bot.wording``); only
the layout differs. TextBlocks read a little Markdown, so the user's own text is never put
into a card (it only travels, clipped, inside the feedback actions' data); office text comes
from the curated YAML. Teams refuses cards over 28 KB: ``fit`` guarantees every card
stays under that, falling back to the plain text when a layout would not fit.
"""

from __future__ import annotations

import json
import re
from typing import Any

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.conversation import FeedbackRef
from bot.render.text import render_card, render_text
from intents import Field, Meta, Outcome
from knowledge import About

Card = dict[str, Any]

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
PREVIEW_CONTENT_TYPE = "application/vnd.microsoft.card.thumbnail"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
#: The newest Adaptive Card version every Teams client (desktop, web, mobile) renders.
VERSION = "1.5"
#: Teams rejects a card (the whole message) above 28 KB.
MAX_CARD_BYTES = 28 * 1024
#: Room kept below the limit for the message around the card.
CARD_MARGIN = 2 * 1024
#: Characters of fallback text: notifications and clients that cannot draw cards.
MAX_FALLBACK_CHARS = 2_000
MAX_BUTTON_TITLE = 80
#: Marks the data of our own card actions; any other submission is "unknown action data".
ACTION_KEY = "whohandles"
ACTION_CHOOSE = "choose"
ACTION_FEEDBACK = "feedback"

_CODE = re.compile(r"`([^`]+)`")


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inline(text: str) -> str:
    """Wording's `code` spans as bold: Adaptive Card Markdown has no code span."""
    return _CODE.sub(r"**\1**", text)


def _text(text: str, **style: Any) -> Card:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _facts(pairs: tuple[tuple[str, str], ...]) -> Card:
    return {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in pairs]}


def office_body(card: OfficeCard, field: Field | None = None) -> list[Card]:
    """One office: the field asked for first, then name, parent, role, contacts, gaps, source."""
    text = wording.card_text(card, field)
    body: list[Card] = []
    if text.lead:
        body.append(_text(text.lead, weight="Bolder", color="Accent"))
    body.append(_text(text.title, size="Large", weight="Bolder", style="heading"))
    if text.parent:
        body.append(_text(text.parent, isSubtle=True, spacing="None"))
    body.append(_text(text.role))
    if text.contacts:
        body.append(_facts(text.contacts))
    body += [_text(note) for note in text.notes]
    if text.borrowed_heading:
        body += [_text(text.borrowed_heading, weight="Bolder"), _facts(text.borrowed)]
    body.append(_text(text.source, size="Small", isSubtle=True))
    return body


def choice_data(office_id: str) -> dict[str, str]:
    """What a clarify choice sends back."""
    return {ACTION_KEY: ACTION_CHOOSE, "office": office_id}


def feedback_data(answer: Answer, helpful: bool) -> dict[str, Any]:
    """What Helpful / Not helpful send back: the shared feedback reference."""
    return {ACTION_KEY: ACTION_FEEDBACK, "helpful": helpful, "ref": FeedbackRef.of(answer).dumps()}


def _submit(title: str, data: dict[str, Any]) -> Card:
    return {"type": "Action.Submit", "title": clip(title, MAX_BUTTON_TITLE), "data": data}


def _clarify_body(answer: Answer) -> list[Card]:
    body = [_text(wording.CLARIFY_INTRO, weight="Bolder")]
    for card in answer.offices:
        body += [
            _text(card.office.label, weight="Bolder", spacing="Medium"),
            _text(card.office.role, spacing="None"),
        ]
    body.append(
        {
            "type": "ActionSet",
            "actions": [
                _submit(card.office.label, choice_data(card.office.id)) for card in answer.offices
            ],
        }
    )
    return body


def _directory_body(cards: tuple[OfficeCard, ...], *, contacts: bool = True) -> list[Card]:
    body = [_text(wording.DIRECTORY_INTRO, weight="Bolder")]
    for heading, members in wording.directory_groups(cards):
        body.append(_text(heading, weight="Bolder", spacing="Medium", separator=True))
        for card in members:
            body.append(_text(card.office.label, spacing="Small"))
            pairs = wording.card_text(card).contacts if contacts else ()
            if pairs:
                line = "; ".join(f"{label} {value}" for label, value in pairs)
                body.append(_text(line, isSubtle=True, size="Small", spacing="None"))
    return body


def _help_body(about: About) -> list[Card]:
    return [
        _text(wording.HELP_INTRO),
        _text(about.scope),
        _text("For example:", weight="Bolder"),
        *(_text(f"• {example}", spacing="None") for example in about.examples),
        _text(_inline("Type `directory` to list every office.")),
    ]


def _meta_body(answer: Answer) -> list[Card]:
    if answer.meta is Meta.DIRECTORY:
        return _directory_body(answer.directory)
    if answer.meta is Meta.HELP:
        return _help_body(answer.about)
    assert answer.meta is not None
    return [_text(wording.meta_text(answer.meta))]


def _body(answer: Answer) -> list[Card]:
    if answer.status is Outcome.ANSWER and answer.best is not None:
        note = [_text(_inline(wording.no_parent_text(answer.best)))] if answer.no_parent else []
        return note + office_body(answer.best, answer.field)
    if answer.status is Outcome.CLARIFY:
        return _clarify_body(answer)
    if answer.meta is not None:
        return _meta_body(answer)
    return [_text(_inline(wording.unknown_text(answer)))]


def adaptive_card(body: list[Card], actions: list[Card] | None = None, fallback: str = "") -> Card:
    """The card envelope: schema, version, full width in Teams, optional root actions."""
    card: Card = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA,
        "version": VERSION,
        "body": body,
        "msteams": {"width": "Full"},
    }
    if actions:
        card["actions"] = actions
    if fallback:
        card["fallbackText"] = clip(fallback, MAX_FALLBACK_CHARS)
    return card


def answer_card(answer: Answer) -> Card:
    """The whole answer as one Adaptive Card, under the size limit."""
    actions = []
    if answer.meta is None:
        actions = [
            _submit("Helpful", feedback_data(answer, True)),
            _submit("Not helpful", feedback_data(answer, False)),
        ]
    card = adaptive_card(_body(answer), actions, fallback_text(answer))
    if answer.meta is Meta.DIRECTORY and card_size(card) > MAX_CARD_BYTES - CARD_MARGIN:
        card["body"] = _directory_body(answer.directory, contacts=False)
    return fit(card, fallback_text(answer))


def office_card(card: OfficeCard) -> Card:
    """One office with no actions: what the messaging extension inserts into a message."""
    return fit(adaptive_card(office_body(card), fallback=render_card(card)), render_card(card))


def preview_card(card: OfficeCard) -> Card:
    """The messaging extension's list entry for one office: name, and its contacts or a note."""
    pairs = wording.card_text(card).contacts
    subtitle = " · ".join(f"{label} {value}" for label, value in pairs[:2])
    subtitle = subtitle or "No contact listed: open for details"
    return {
        "contentType": PREVIEW_CONTENT_TYPE,
        "content": {"title": card.office.label, "text": clip(subtitle, 200)},
    }


def fit(card: Card, text: str, limit: int = MAX_CARD_BYTES - CARD_MARGIN) -> Card:
    """``card`` if it is within ``limit`` bytes, else the plain text as a card that is.

    A last resort: no answer the knowledge base can produce comes near the limit, but a card
    Teams refuses would leave the user with nothing at all.
    """
    if card_size(card) <= limit:
        return card
    slim = adaptive_card([_text(text)], card.get("actions"), text)
    while card_size(slim) > limit and len(text) > 100:
        text = clip(text, len(text) // 2)
        slim = adaptive_card([_text(text)], card.get("actions"), text)
    return slim


def card_size(card: Card) -> int:
    """Bytes on the wire, as Teams counts them."""
    return len(json.dumps(card, ensure_ascii=False).encode())


def fallback_text(answer: Answer) -> str:
    """The answer as plain text, for notifications and clients that cannot draw the card."""
    return clip(render_text(answer), MAX_FALLBACK_CHARS)


def summary(answer: Answer) -> str:
    """One line for notification previews: the first line of the plain answer."""
    return clip(render_text(answer).split("\n", 1)[0], 200)
