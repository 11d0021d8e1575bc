"""Which Slack conversation a message or a click belongs to, for follow-ups.

- a channel thread: the channel and the thread's first message (an @mention at top level
  starts a thread, and the bot answers in it);
- a DM: its top level is one conversation, and each thread in it another.

Slash commands and their private answers have no conversation: they stay one-shot.
"""

from __future__ import annotations

from typing import Any


def message_thread(event: dict[str, Any]) -> str:
    """The conversation of a message event (an @mention or a DM)."""
    channel = str(event.get("channel", ""))
    thread_ts = event.get("thread_ts")
    if event.get("channel_type") == "im" or channel.startswith("D"):
        return f"{channel}:{thread_ts}" if thread_ts else channel
    return f"{channel}:{thread_ts or event.get('ts', '')}"


def click_thread(body: dict[str, Any]) -> str | None:
    """The conversation a button's message is in; None for a private (one-shot) answer."""
    container = body.get("container") or {}
    if container.get("is_ephemeral"):
        return None
    channel = str(container.get("channel_id") or (body.get("channel") or {}).get("id") or "")
    if not channel:
        return None
    thread_ts = container.get("thread_ts")
    if channel.startswith("D"):
        return f"{channel}:{thread_ts}" if thread_ts else channel
    return f"{channel}:{thread_ts or container.get('message_ts', '')}"
