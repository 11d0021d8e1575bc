"""Slash commands: ``/whohandles <question>`` and ``/contact <office>``.

Both acknowledge at once and answer through the command's response_url, which works in any
channel, including ones the bot is not in. Answers are ephemeral, with a "Share in channel"
button.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.conversation import Conversation
from bot.render.blockkit import escape, mrkdwn
from bot.render.slack import answer_message
from bot.slack.clients import post_response
from bot.slack.listeners.events import typed_text
from bot.slack.worker import AnswerWorker

CONTACT_USAGE = (
    "Give me an office name or acronym, for example `/contact osel` or "
    "`/contact Safety Operations`. Typos are fine."
)


def register(app: App, conversation: Conversation, answers: AnswerWorker) -> None:
    @app.command("/whohandles")
    def whohandles(ack: Ack, command: dict[str, Any]) -> None:
        ack()
        question = typed_text(command.get("text") or "")
        url = command.get("response_url")

        def answer() -> None:
            found = conversation.ask(question, platform="slack")
            message = answer_message(found, share=bool(question.strip()), asked=question)
            post_response(url, {"response_type": "ephemeral", **message})

        answers.submit("/whohandles", answer)

    @app.command("/contact")
    def contact(ack: Ack, command: dict[str, Any]) -> None:
        ack()
        name = typed_text(command.get("text") or "")
        url = command.get("response_url")

        def answer() -> None:
            if not name.strip():
                usage = {"text": CONTACT_USAGE, "blocks": [mrkdwn(escape(CONTACT_USAGE))]}
                post_response(url, {"response_type": "ephemeral", **usage})
                return
            found = conversation.contact(name, platform="slack")
            message = answer_message(found, share=True, asked=name, kind="contact")
            post_response(url, {"response_type": "ephemeral", **message})

        answers.submit("/contact", answer)
