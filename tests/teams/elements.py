"""Reading an Adaptive Card the way a person does: its elements in order, what it says, and
every button, wherever the layout put them (root actions, ActionSets, columns, toggled
containers)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

_MD_LINK = re.compile(r"\[((?:\\.|[^\]])*)\]\(([^)]*)\)")


def elements(node: object) -> Iterator[dict[str, Any]]:
    """Every element under ``node`` (a card, a list, an element), depth-first, in order; an
    element's ``selectAction`` (what tapping it does) comes right after it."""
    if isinstance(node, list):
        for item in node:
            yield from elements(item)
    elif isinstance(node, dict):
        if "type" in node and node.get("type") != "AdaptiveCard":
            yield node
        for key in ("selectAction", "body", "items", "columns", "actions"):
            if key in node:
                yield from elements(node[key])


def unlinked(text: str) -> str:
    """Markdown links as their labels: what the reader sees."""
    return _MD_LINK.sub(lambda m: m.group(1).replace("\\", ""), text)


def links(text: str) -> list[tuple[str, str]]:
    """The ``(label, address)`` of every Markdown link in ``text``."""
    return [(m.group(1).replace("\\", ""), m.group(2)) for m in _MD_LINK.finditer(text)]


def lines(card: dict[str, Any]) -> list[str]:
    """What the card says, in reading order: each TextBlock, each fact as "Title: value",
    links shown as their labels; button titles are not lines."""
    found = []
    for element in elements(card.get("body", [])):
        if element["type"] == "TextBlock":
            found.append(unlinked(element["text"]))
        elif element["type"] == "FactSet":
            found += [f"{f['title']}: {unlinked(f['value'])}" for f in element["facts"]]
    return found


def actions(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Every button: those in the body first, in order, then the card's own."""
    inside = [e for e in elements(card.get("body", [])) if e["type"].startswith("Action.")]
    return inside + list(card.get("actions", []))


def submits(card: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    """The Action.Submit buttons whose data is our action ``kind`` ("choose", "step", ...)."""
    return [
        a
        for a in actions(card)
        if a["type"] == "Action.Submit" and a["data"].get("whohandles") == kind
    ]
