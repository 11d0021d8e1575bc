"""The message shortcut "Who handles this?": answers the question in any message, privately
to the person who used it."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.conversation import Conversation
from bot.render.slack import answer_blocks, fallback_text

CALLBACK_ID = "who_handles_this"


def register(app: App, conversation: Conversation) -> None:
    @app.shortcut(CALLBACK_ID)
    def who_handles_this(ack: Ack, shortcut: dict[str, Any], respond: Respond) -> None:
        ack()
        text = (shortcut.get("message") or {}).get("text") or ""
        answer = conversation.ask(text, platform="slack")
        respond(
            response_type="ephemeral",
            text=fallback_text(answer),
            blocks=answer_blocks(answer, share=True, asked=text),
        )
