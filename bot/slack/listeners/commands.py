"""Slash commands: ``/whohandles <question>`` and ``/contact <office>``.

Both acknowledge at once and answer through the command's response_url, which works in any
channel, including ones the bot is not in. Answers are ephemeral, with a "Share in channel"
button.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond

from bot.conversation import Conversation
from bot.render.slack import answer_blocks, escape, fallback_text, mrkdwn

CONTACT_USAGE = (
    "Give me an office name or acronym, for example `/contact osel` or "
    "`/contact Safety Operations`. Typos are fine."
)


def register(app: App, conversation: Conversation) -> None:
    @app.command("/whohandles")
    def whohandles(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack()
        question = command.get("text") or ""
        answer = conversation.ask(question, platform="slack")
        respond(
            response_type="ephemeral",
            text=fallback_text(answer),
            blocks=answer_blocks(answer, share=bool(question.strip()), asked=question),
        )

    @app.command("/contact")
    def contact(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack()
        name = command.get("text") or ""
        if not name.strip():
            respond(
                response_type="ephemeral",
                text=CONTACT_USAGE,
                blocks=[mrkdwn(escape(CONTACT_USAGE))],
            )
            return
        answer = conversation.contact(name, platform="slack")
        respond(
            response_type="ephemeral",
            text=fallback_text(answer),
            blocks=answer_blocks(answer, share=True, asked=name, kind="contact"),
        )
