"""Events: @mentions (answered in the thread), DMs, and the App Home tab.

Slack redelivers an event it thinks was missed (``X-Slack-Retry-Num``); the event id goes
through the dedupe store so a retry never produces a second answer. The bot ignores its own
messages, other bots, and message subtypes (edits, joins, thread broadcasts).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.conversation import Conversation
from bot.render.slack import answer_blocks, fallback_text, home_view

logger = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def strip_mentions(text: str) -> str:
    """The question without ``<@U…>`` mention markup."""
    return " ".join(_MENTION.sub(" ", text).split())


def _reply(
    client: WebClient, conversation: Conversation, event: dict[str, Any], thread_ts: str | None
) -> None:
    answer = conversation.ask(strip_mentions(event.get("text") or ""), platform="slack")
    client.chat_postMessage(
        channel=event["channel"],
        thread_ts=thread_ts,
        text=fallback_text(answer),
        blocks=answer_blocks(answer),
        unfurl_links=False,
    )


def register(app: App, conversation: Conversation) -> None:
    @app.event("app_mention")
    def on_mention(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        if event.get("bot_id") or not conversation.is_new("slack", body.get("event_id")):
            return
        _reply(client, conversation, event, event.get("thread_ts") or event.get("ts"))

    @app.event("message")
    def on_message(
        event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        if event.get("user") in (None, context.bot_user_id):
            return
        if not conversation.is_new("slack", body.get("event_id")):
            return
        _reply(client, conversation, event, event.get("thread_ts"))

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        client.views_publish(
            user_id=event["user"], view=home_view(conversation.assistant.directory())
        )
