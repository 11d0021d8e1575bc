"""Adaptive Card rendering of an Answer, for Teams. Plain JSON dicts: no SDK import here.

The card says what the terminal and Slack say, sentence for sentence (``bot.wording``); only
the layout differs (the bodies are ``bot.render.teams_body``'s). Helpful / Not helpful close
every answer but a clarify, under a question that sets them apart from the buttons that
answer.

TextBlocks read a little Markdown, so the user's own text is never put into a card (it only
travels, clipped, inside the feedback actions' data); office text comes from the curated
YAML. Teams refuses cards over 28 KB: ``fit`` guarantees every card stays under that,
falling back to the plain text when a layout would not fit.
"""

from __future__ import annotations

import json

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.render.adaptive import Card as Card
from bot.render.adaptive import clip, submit, text
from bot.render.teams_body import answer_body, directory_body, office_body
from bot.render.teams_data import feedback_data
from bot.render.text import render_card, render_text
from intents import Meta, Outcome

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
#: The id of the question above the feedback buttons, which ``fit`` keeps with them.
FEEDBACK_PROMPT_ID = "feedback-prompt"


def _feedback_prompt() -> Card:
    """The question above Helpful / Not helpful (the card's own actions, drawn right under
    the body), setting them apart from the buttons that answer."""
    prompt = text(wording.FEEDBACK_PROMPT, isSubtle=True, size="Small", separator=True)
    return {**prompt, "id": FEEDBACK_PROMPT_ID, "spacing": "Large"}


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
    """The whole answer as one Adaptive Card, under the size limit. Feedback buttons close
    every answer but a clarify (nothing is answered yet) and talk about the bot itself."""
    body, actions = answer_body(answer), []
    if answer.meta is None and answer.status is not Outcome.CLARIFY:
        body.append(_feedback_prompt())
        actions = [
            submit("Helpful", feedback_data(answer, True)),
            submit("Not helpful", feedback_data(answer, False)),
        ]
    card = adaptive_card(body, actions, fallback_text(answer))
    if answer.meta is Meta.DIRECTORY and card_size(card) > MAX_CARD_BYTES - CARD_MARGIN:
        card["body"] = directory_body(answer, contacts=False)
    return fit(card, fallback_text(answer))


def office_card(card: OfficeCard) -> Card:
    """One office with no bot buttons: what the messaging extension inserts into a message."""
    body = office_body(card, buttons=False)
    return fit(adaptive_card(body, fallback=render_card(card)), render_card(card))


def preview_card(card: OfficeCard) -> Card:
    """The messaging extension's list entry for one office: name, and its contacts or a note."""
    lines = wording.card_text(card).contacts
    subtitle = " · ".join(f"{line.label} {line.text}" for line in lines[:2])
    subtitle = subtitle or "No contact listed: open for details"
    return {
        "contentType": PREVIEW_CONTENT_TYPE,
        "content": {"title": card.office.label, "text": clip(subtitle, 200)},
    }


def fit(card: Card, fallback: str, limit: int = MAX_CARD_BYTES - CARD_MARGIN) -> Card:
    """``card`` if it is within ``limit`` bytes, else the plain text as a card that is.

    A last resort: no answer the knowledge base can produce comes near the limit, but a card
    Teams refuses would leave the user with nothing at all.
    """
    if card_size(card) <= limit:
        return card
    kept = [e for e in card["body"] if e.get("id") == FEEDBACK_PROMPT_ID]
    slim = adaptive_card([text(fallback), *kept], card.get("actions"), fallback)
    while card_size(slim) > limit and len(fallback) > 100:
        fallback = clip(fallback, len(fallback) // 2)
        slim = adaptive_card([text(fallback), *kept], card.get("actions"), fallback)
    return slim


def card_size(card: Card) -> int:
    """Bytes on the wire, as Teams counts them."""
    return len(json.dumps(card, ensure_ascii=False).encode())


def fallback_text(answer: Answer) -> str:
    """The answer as plain text, for notifications and clients that cannot draw the card."""
    return clip(render_text(answer, numbered=False), MAX_FALLBACK_CHARS)


def summary(answer: Answer) -> str:
    """One line for notification previews: the first line of the plain answer."""
    return clip(render_text(answer, numbered=False).split("\n", 1)[0], 200)
