"""The message shortcut "Who handles this?": answers the question in any message, privately
to the person who used it (through the shortcut's response_url)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.conversation import Conversation
from bot.slack.jobs import AnswerJob
from bot.slack.listeners.events import typed_text
from bot.slack.worker import AnswerWorker

CALLBACK_ID = "who_handles_this"


def register(app: App, conversation: Conversation, answers: AnswerWorker) -> None:
    @app.shortcut(CALLBACK_ID)
    def who_handles_this(ack: Ack, shortcut: dict[str, Any]) -> None:
        ack()
        text = typed_text((shortcut.get("message") or {}).get("text") or "")
        answers.answer(AnswerJob("shortcut", text, response_url=shortcut.get("response_url")))
