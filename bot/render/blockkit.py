"""Block Kit building blocks that cannot break a message: escaped, clipped, within limits.

Slack rejects a whole message (``invalid_blocks``, ``msg_blocks_too_long``) when one limit is
exceeded, and the user then gets no answer at all. Every limit the Slack renderer depends on
is written down and enforced here, in one place; ``bot.render.slack`` only decides layout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Block = dict[str, Any]

# Published limits: https://docs.slack.dev/reference/block-kit
MAX_MESSAGE_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_CONTEXT_TEXT = 3000
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_ACTION_ELEMENTS = 25
MAX_HEADER_TEXT = 150
#: Text across all blocks of one message. Undocumented: chat.postMessage answers
#: ``msg_blocks_too_long`` from about 12,000-13,000 characters (slackapi/bolt-js#2509, #2867).
MAX_MESSAGE_TEXT = 11_000

_LONGEST_ENTITY = len("&amp;")


def escape(text: str) -> str:
    """Make user or document text inert in mrkdwn: no ``<!channel>``, no ``<@U…>`` mention."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, marking the cut; never inside an ``&amp;``."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&", len(cut) - _LONGEST_ENTITY)
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"


def mrkdwn(text: str) -> Block:
    """A section of mrkdwn (escaped by the caller), clipped to Slack's limit."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION_TEXT)}}


def context(text: str) -> Block:
    """A small grey line of mrkdwn (escaped by the caller)."""
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": clip(text, MAX_CONTEXT_TEXT)}],
    }


def header(text: str) -> Block:
    """A plain-text header (never parsed for mentions), clipped to Slack's limit."""
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, MAX_HEADER_TEXT)}}


def button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    """A button; a JSON ``value`` should be made to fit with ``fit_value`` first."""
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(text, MAX_BUTTON_TEXT), "emoji": True},
        "action_id": action_id,
        "value": value[:MAX_BUTTON_VALUE],
    }
    if style:
        element["style"] = style
    return element


def fit_value(dumps: Callable[[int], str], length: int) -> str:
    """The longest ``dumps(n)`` (n <= ``length`` characters of question) that fits a button.

    JSON escaping can make a value several times longer than its text (quotes, control
    characters), so the cut is found by bisection rather than by counting characters.
    """
    if len(value := dumps(length)) <= MAX_BUTTON_VALUE:
        return value
    fits, too_long = 0, length
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if len(dumps(middle)) <= MAX_BUTTON_VALUE:
            fits = middle
        else:
            too_long = middle
    return dumps(fits)


def text_length(node: object) -> int:
    """Characters of text in a block (or list of blocks), as Slack counts them for a message."""
    if isinstance(node, dict):
        return sum(
            len(v) if k == "text" and isinstance(v, str) else text_length(v)
            for k, v in node.items()
        )
    if isinstance(node, list):
        return sum(text_length(item) for item in node)
    return 0


def fit_message(blocks: list[Block], overflow: str) -> list[Block]:
    """``blocks`` within 50 blocks and the message text budget.

    A cut ends with ``overflow`` (a context line saying where the rest is); a final actions
    block (the feedback buttons) is kept.
    """
    if len(blocks) <= MAX_MESSAGE_BLOCKS and text_length(blocks) <= MAX_MESSAGE_TEXT:
        return blocks
    tail = [blocks[-1]] if blocks[-1]["type"] == "actions" else []
    note = context(overflow)
    budget = MAX_MESSAGE_TEXT - text_length([note, *tail])
    kept: list[Block] = []
    for block in blocks[: len(blocks) - len(tail)]:
        size = text_length(block)
        if len(kept) + 1 + len(tail) >= MAX_MESSAGE_BLOCKS or size > budget:
            break
        kept.append(block)
        budget -= size
    return [*kept, note, *tail]
