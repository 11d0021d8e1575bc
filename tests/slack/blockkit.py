"""Block Kit's published limits, checked on what the bot actually sends.

Slack rejects a whole message (``invalid_blocks``) when one limit is exceeded, so the user
would get no answer at all; every test that receives blocks can run them through ``problems``.
Each block is also read back by slack_sdk's own models (``slack_sdk.models.blocks``), which
know every block and element type and their limits: a block they do not recognise, read
differently, or refuse to write back is a problem too.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

LIMITS = {
    "message_blocks": 50,
    # Undocumented total for chat.postMessage (msg_blocks_too_long, slackapi/bolt-js#2509).
    "message_text": 12_000,
    "home_blocks": 100,
    "section_text": 3000,
    "section_fields": 10,
    "field_text": 2000,
    "header_text": 150,
    "context_elements": 10,
    "context_text": 3000,
    "actions_elements": 25,
    "button_text": 75,
    "button_value": 2000,
    "action_id": 255,
    "block_id": 255,
}


def text_length(node: object) -> int:
    """Every ``text`` string's length, anywhere in ``node``. Written again here, not imported
    from ``bot.render.blockkit``, so a counting bug there cannot hide itself from this check."""
    if isinstance(node, dict):
        return sum(
            len(v) if k == "text" and isinstance(v, str) else text_length(v)
            for k, v in node.items()
        )
    if isinstance(node, list):
        return sum(text_length(item) for item in node)
    return 0


def _text_problems(where: str, text: dict[str, Any] | None, limit: int) -> list[str]:
    if text is None:
        return []
    value = text.get("text", "")
    if not value:
        return [f"{where}: empty text"]
    if len(value) > limit:
        return [f"{where}: {len(value)} characters > {limit}"]
    return []


def _button_problems(where: str, element: dict[str, Any], action_ids: set[str]) -> list[str]:
    found = _text_problems(f"{where} button", element.get("text"), LIMITS["button_text"])
    if len(element.get("value", "")) > LIMITS["button_value"]:
        found.append(f"{where}: button value {len(element['value'])} characters")
    action_id = element.get("action_id", "")
    if len(action_id) > LIMITS["action_id"] or action_id in action_ids:
        found.append(f"{where}: action_id {action_id!r} too long or repeated")
    action_ids.add(action_id)
    return found


def _model_problems(where: str, block: dict[str, Any]) -> list[str]:
    """What slack_sdk's models make of ``block``: read as the same block, or a problem."""
    parsed = Block.parse(block)
    if parsed is None:
        return [f"{where}: slack_sdk does not know this block"]
    try:
        written = parsed.to_dict()
    except SlackObjectFormationError as error:
        return [f"{where}: slack_sdk refuses it: {error}"]
    return [] if written == block else [f"{where}: slack_sdk reads it as {written}"]


def _block_problems(n: int, block: dict[str, Any], action_ids: set[str]) -> list[str]:
    kind, where = block.get("type"), f"block {n} ({block.get('type')})"
    found: list[str] = _model_problems(where, block)
    if len(block.get("block_id", "")) > LIMITS["block_id"]:
        found.append(f"{where}: block_id too long")
    if kind == "section":
        found += _text_problems(where, block.get("text"), LIMITS["section_text"])
        fields = block.get("fields", [])
        if len(fields) > LIMITS["section_fields"]:
            found.append(f"{where}: {len(fields)} fields")
        for field in fields:
            found += _text_problems(f"{where} field", field, LIMITS["field_text"])
        if "text" not in block and not fields:
            found.append(f"{where}: neither text nor fields")
        if (accessory := block.get("accessory")) is not None:
            found += _button_problems(where, accessory, action_ids)
    elif kind == "header":
        found += _text_problems(where, block.get("text"), LIMITS["header_text"])
        if block["text"].get("type") != "plain_text":
            found.append(f"{where}: header text must be plain_text")
    elif kind == "context":
        elements = block.get("elements", [])
        if not 1 <= len(elements) <= LIMITS["context_elements"]:
            found.append(f"{where}: {len(elements)} elements")
        for element in elements:
            found += _text_problems(f"{where} element", element, LIMITS["context_text"])
    elif kind == "actions":
        elements = block.get("elements", [])
        if not 1 <= len(elements) <= LIMITS["actions_elements"]:
            found.append(f"{where}: {len(elements)} elements")
        for element in elements:
            found += _button_problems(where, element, action_ids)
    elif kind != "divider":
        found.append(f"{where}: unexpected block type")
    return found


def problems(blocks: list[dict[str, Any]], *, home: bool = False) -> list[str]:
    """Every Block Kit limit ``blocks`` exceeds; empty when Slack would accept them."""
    limit = LIMITS["home_blocks" if home else "message_blocks"]
    found = [f"{len(blocks)} blocks > {limit}"] if len(blocks) > limit else []
    if not home and (total := text_length(blocks)) > LIMITS["message_text"]:
        found.append(f"{total} characters of text in one message > {LIMITS['message_text']}")
    action_ids: set[str] = set()
    block_ids = [b["block_id"] for b in blocks if "block_id" in b]
    if len(block_ids) != len(set(block_ids)):
        found.append(f"repeated block_id in {block_ids}")
    for n, block in enumerate(blocks):
        found += _block_problems(n, block, action_ids)
    return found


def shown(node: object) -> list[str]:
    """Every text Slack would display or parse for mentions (not hidden button values)."""
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k == "text" and isinstance(v, str)]
        return found + [t for k, v in node.items() if k != "value" for t in shown(v)]
    if isinstance(node, list):
        return [t for item in node for t in shown(item)]
    return []


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every button, in order: in actions blocks and beside sections alike."""
    found = []
    for block in blocks:
        if block["type"] == "actions":
            found += block["elements"]
        elif block.get("accessory", {}).get("type") == "button":
            found.append(block["accessory"])
    return found


def button(blocks: list[dict[str, Any]], action_id: str) -> dict[str, Any]:
    """The button with ``action_id``."""
    return next(e for e in buttons(blocks) if e["action_id"] == action_id)
