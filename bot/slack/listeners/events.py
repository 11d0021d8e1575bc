"""Events: @mentions (answered in the thread), DMs, and the App Home tab.

Slack redelivers an event it thinks was missed (``X-Slack-Retry-Num``); the event id goes
through the dedupe store before the ack, so a retry never produces a second answer. The bot
ignores its own messages, other bots, and message subtypes (edits, joins, thread broadcasts,
``message_replied``).
"""

from __future__ import annotations

import html
import logging
import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.conversation import Conversation
from bot.render.slack import home_view
from bot.slack.jobs import AnswerJob
from bot.slack.worker import AnswerWorker

logger = logging.getLogger(__name__)

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def typed_text(text: str) -> str:
    """What the person typed: Slack sends message text with ``<@U…>`` mentions and with
    ``&``, ``<`` and ``>`` encoded as entities; mentions go, entities are decoded (the answer
    escapes them again before they reach mrkdwn)."""
    return " ".join(html.unescape(_MENTION.sub(" ", text)).split())


def from_a_bot(event: dict[str, Any], context: BoltContext) -> bool:
    """True for the bot's own messages and any other bot's."""
    return bool(event.get("bot_id")) or event.get("user") in (None, context.bot_user_id)


def _job(kind: str, event: dict[str, Any], thread_ts: str | None) -> AnswerJob:
    """Answer ``event`` where it was asked; in ``thread_ts`` when set."""
    text = typed_text(event.get("text") or "")
    return AnswerJob(kind, text, channel=event.get("channel"), thread_ts=thread_ts)


def register(app: App, conversation: Conversation, answers: AnswerWorker) -> None:
    @app.event("app_mention")
    def on_mention(
        event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        if str(event.get("channel", "")).startswith("D"):
            return  # a mention inside a DM: message.im answers it, once
        if from_a_bot(event, context) or not conversation.is_new("slack", body.get("event_id")):
            return
        # Reply in the mention's thread, starting one under the mention if it has none.
        answers.answer(_job("mention", event, event.get("thread_ts") or event.get("ts")))

    @app.event("message")
    def on_message(
        event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        if event.get("channel_type") != "im" or event.get("subtype"):
            return
        if from_a_bot(event, context) or not conversation.is_new("slack", body.get("event_id")):
            return
        answers.answer(_job("dm", event, event.get("thread_ts")))

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        user = event.get("user")
        if event.get("tab", "home") != "home" or not user:
            return

        def publish() -> None:
            client.views_publish(user_id=user, view=home_view(conversation.assistant.directory()))

        answers.submit("home", publish)
