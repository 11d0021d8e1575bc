"""The message shortcut "Who handles this?": answers the question in any message, privately
to the person who used it (through the shortcut's response_url)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.render.slack import answer_message
from bot.slack.listeners import services
from bot.slack.markup import typed_text

CALLBACK_ID = "who_handles_this"


def who_handles_this(
    ack: Ack, shortcut: dict[str, Any], context: BoltContext, respond: Respond
) -> None:
    ack()
    text = typed_text((shortcut.get("message") or {}).get("text") or "")
    found = services(context)

    def answer() -> None:
        reply = found.conversation.ask(text, platform="slack")
        respond(response_type="ephemeral", **answer_message(reply, share=True, asked=text))

    found.answers.submit("shortcut", answer)


def register(app: App) -> None:
    app.shortcut(CALLBACK_ID)(who_handles_this)
