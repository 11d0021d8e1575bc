"""The search messaging extension (``composeExtension/query``): Teams' counterpart of
``/contact``. Staff type an office or a topic and pick an office card to insert.

Pure, no SDK. Teams sends a query on every pause in typing and waits at most 5 seconds, so
this answers from the in-memory knowledge only (well under a millisecond per query) and does
not note queries in the curator's log: half-typed fragments ("jro", "jrot") are not
questions anybody asked. Each query is counted in the metrics, as outcome "search".
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.answer import OfficeCard
from bot.conversation import Conversation
from bot.render.teams import CARD_CONTENT_TYPE, office_card, preview_card
from bot.wording import search_no_match
from knowledge.text import normalize

#: Most results Teams asks for in one page is 25; it also asks for fewer.
MAX_RESULTS = 25


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What Teams asked: the text, whether this is the first open, and which page."""

    text: str = ""
    initial_run: bool = False
    skip: int = 0
    count: int = MAX_RESULTS

    @classmethod
    def parse(cls, value: Mapping[str, Any]) -> SearchQuery:
        """Read the invoke's ``value``; anything malformed reads as an empty first query."""
        text, initial = "", False
        for parameter in value.get("parameters") or ():
            if not isinstance(parameter, Mapping):
                continue
            if parameter.get("name") == "initialRun":
                initial = True
            elif isinstance(parameter.get("value"), str):
                text = parameter["value"]
        options = value.get("queryOptions") or {}
        skip, count = options.get("skip", 0), options.get("count", MAX_RESULTS)
        return cls(
            text=" ".join(text.split())[:200],
            initial_run=initial,
            skip=max(skip, 0) if isinstance(skip, int) else 0,
            count=min(max(count, 1), MAX_RESULTS) if isinstance(count, int) else MAX_RESULTS,
        )


def _words(card: OfficeCard) -> list[list[str]]:
    office = card.office
    names = [office.name, *office.aliases, *([office.acronym] if office.acronym else [])]
    return [normalize(name).split() for name in names]


def _prefix_match(query: list[str], card: OfficeCard) -> bool:
    """Every typed word starts a word of one of the office's names: as-you-type matching."""
    return any(
        all(any(word.startswith(typed) for word in name) for typed in query)
        for name in _words(card)
    )


def find_offices(query: str, conversation: Conversation) -> list[OfficeCard]:
    """Offices for a query, best first: the name lookup (which falls back to the router for
    a topic), then every office whose names start with the words typed so far. An empty
    query lists the whole directory."""
    assistant = conversation.assistant
    directory = assistant.directory()
    typed = normalize(query).split()
    if not typed:
        return list(directory)
    found = list(assistant.contact(query).offices)
    seen = {card.office.id for card in found}
    found += [c for c in directory if c.office.id not in seen and _prefix_match(typed, c)]
    return found


def search_response(query: SearchQuery, conversation: Conversation) -> dict[str, Any]:
    """The invoke response body: a list of office cards, each with a one-line preview."""
    started = time.perf_counter()
    offices = find_offices("" if query.initial_run else query.text, conversation)
    page = offices[query.skip : query.skip + query.count]
    conversation.metrics.answered("teams", "search", time.perf_counter() - started)
    if not page and query.skip == 0:
        text = search_no_match(conversation.assistant.brain.kb.about)
        return {"composeExtension": {"type": "message", "text": text}}
    return {
        "composeExtension": {
            "type": "result",
            "attachmentLayout": "list",
            "attachments": [
                {
                    "contentType": CARD_CONTENT_TYPE,
                    "content": office_card(card),
                    "preview": preview_card(card),
                }
                for card in page
            ],
        }
    }
