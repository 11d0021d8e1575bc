"""Adaptive Card elements that read cleanly in Teams: text, facts, buttons, rows of buttons.

Plain dicts, like ``bot.render.blockkit`` for Slack: ``bot.render.teams`` decides what a card
says and in which order; these helpers decide how an element is built so it is never cut off.
A horizontal ActionSet shrinks its buttons to fit and then cuts their titles ("School
Counseli…"), so buttons are packed into rows short enough for a phone's width, and a button
that opens an office carries its short name, with the full name in text beside it.
"""

from __future__ import annotations

import re
from typing import Any

Card = dict[str, Any]

MAX_BUTTON_TITLE = 80
#: Characters of button titles (plus a few per button for its padding) that fit side by side
#: on a 360 px phone; a longer title gets a row of its own.
ROW_CHARS = 36
_BUTTON_PADDING_CHARS = 4

_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text(value: str, **style: Any) -> Card:
    """A wrapping TextBlock (Teams reads a little Markdown in it)."""
    return {"type": "TextBlock", "text": value, "wrap": True, **style}


def facts(pairs: list[tuple[str, str]]) -> Card:
    """Label and value pairs; values may hold Markdown links."""
    return {"type": "FactSet", "facts": [{"title": k, "value": v} for k, v in pairs]}


def md_link(label: str, url: str) -> str:
    """A Markdown link whose label and address cannot break out of it."""
    label = _MD_SPECIAL.sub(r"\\\1", label)
    address = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"[{label}]({address})"


def submit(title: str, data: dict[str, Any], *, style: str | None = None) -> Card:
    """A button that sends ``data`` back to the bot; ``positive`` marks the primary action."""
    action: Card = {"type": "Action.Submit", "title": clip(title, MAX_BUTTON_TITLE), "data": data}
    if style:
        action["style"] = style
    return action


def open_url(title: str, url: str, *, style: str | None = None) -> Card:
    """A button that opens ``url`` (a web page, or ``tel:`` to dial)."""
    action: Card = {"type": "Action.OpenUrl", "title": clip(title, MAX_BUTTON_TITLE), "url": url}
    if style:
        action["style"] = style
    return action


def tappable(action: Card, **props: Any) -> Card:
    """``action``'s title as a tappable line that wraps rather than being cut: for a title
    too long for a button on a phone (a help example). Shaded like a button, and read out
    by its title."""
    return {
        "type": "Container",
        "style": "emphasis",
        "spacing": "Small",
        "selectAction": action,
        "items": [text(f"› {action['title']}", weight="Bolder", color="Accent")],
        **props,
    }


def fits_a_button(title: str) -> bool:
    """Whether ``title`` fits on a button of its own on a 360 px phone."""
    return len(title) + _BUTTON_PADDING_CHARS <= ROW_CHARS


def action_rows(actions: list[Card], **props: Any) -> list[Card]:
    """``actions`` as ActionSets, packed left to right into rows that fit a phone's width,
    so no title is cut; ``props`` (spacing) go on the first row."""
    rows: list[list[Card]] = []
    used = ROW_CHARS + 1
    for action in actions:
        size = len(action["title"]) + _BUTTON_PADDING_CHARS
        if used + size > ROW_CHARS:
            rows.append([])
            used = 0
        rows[-1].append(action)
        used += size
    return [
        {"type": "ActionSet", "actions": row, **(props if n == 0 else {"spacing": "Small"})}
        for n, row in enumerate(rows)
    ]


def _column(items: list[Card], width: str) -> Card:
    return {
        "type": "Column",
        "width": width,
        "verticalContentAlignment": "Center",
        "items": items,
    }


def row_with_button(details: list[Card], action: Card) -> Card:
    """Text with a button at its right: rows of a list, whose buttons (all titled alike)
    line up at the card's edge while the text keeps the rest of the width."""
    return {
        "type": "ColumnSet",
        "spacing": "Small",
        "columns": [
            _column(details, "stretch"),
            _column([{"type": "ActionSet", "actions": [action]}], "auto"),
        ],
    }


def button_width(title: str) -> int:
    """A generous estimate of a button's width in pixels at Teams' 14 px semibold, for a
    column that holds the widest of a few short titles: capitals are the widest letters."""
    letters = sum(11 if ch.isupper() or ch.isdigit() else 8 for ch in title)
    return letters + 2 * 12 + 4


def choice_rows(choices: list[tuple[Card, list[Card]]], *, beside_max: int = 130) -> list[Card]:
    """Buttons each with text: beside it, in one column as wide as the widest button, when
    every button fits ``beside_max`` pixels (acronyms); otherwise the button on its own line
    with the text under it, so neither is squeezed."""
    widths = [button_width(action["title"]) for action, _ in choices]
    if widths and max(widths) <= beside_max:
        width = f"{max(widths)}px"
        return [
            {
                "type": "ColumnSet",
                "spacing": "Medium",
                "columns": [
                    _column([{"type": "ActionSet", "actions": [action]}], width),
                    _column(details or [text(" ")], "stretch"),
                ],
            }
            for action, details in choices
        ]
    rows: list[Card] = []
    for action, details in choices:
        rows.append({"type": "ActionSet", "spacing": "Medium", "actions": [action]})
        rows += [{**detail, "spacing": "Small"} for detail in details]
    return rows


def toggle(title: str, summary: str, target: str, body: list[Card]) -> list[Card]:
    """A heading that opens and closes ``body`` (closed at first): tapping it toggles the
    body and its own "Show"/"Hide" hint."""
    show, hide = f"{target}-show", f"{target}-hide"
    heading = {
        "type": "Container",
        "style": "emphasis",
        "spacing": "Medium",
        "selectAction": {
            "type": "Action.ToggleVisibility",
            "title": f"Show or hide: {title}",
            "targetElements": [target, show, hide],
        },
        "items": [
            {
                "type": "ColumnSet",
                "columns": [
                    {
                        "type": "Column",
                        "width": "stretch",
                        "items": [
                            text(title, weight="Bolder"),
                            text(summary, isSubtle=True, size="Small", spacing="None"),
                        ],
                    },
                    {
                        "type": "Column",
                        "width": "auto",
                        "verticalContentAlignment": "Center",
                        "items": [
                            text("Show ▾", id=show, color="Accent", weight="Bolder"),
                            text(
                                "Hide ▴",
                                id=hide,
                                color="Accent",
                                weight="Bolder",
                                isVisible=False,
                                spacing="None",
                            ),
                        ],
                    },
                ],
            }
        ],
    }
    return [heading, {"type": "Container", "id": target, "isVisible": False, "items": body}]
