"""Slash commands: ``/whohandles <question>`` and ``/contact <office>``.

Both acknowledge at once and answer through the command's response_url, which works in any
channel, including ones the bot is not in. Answers are ephemeral, with a "Share in channel"
button.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.conversation import Conversation
from bot.slack.jobs import AnswerJob
from bot.slack.listeners.events import typed_text
from bot.slack.worker import AnswerWorker


def register(app: App, conversation: Conversation, answers: AnswerWorker) -> None:
    @app.command("/whohandles")
    def whohandles(ack: Ack, command: dict[str, Any]) -> None:
        ack()
        text = typed_text(command.get("text") or "")
        answers.answer(AnswerJob("/whohandles", text, response_url=command.get("response_url")))

    @app.command("/contact")
    def contact(ack: Ack, command: dict[str, Any]) -> None:
        ack()
        text = typed_text(command.get("text") or "")
        answers.answer(AnswerJob("/contact", text, response_url=command.get("response_url")))
