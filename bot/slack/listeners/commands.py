"""Slash commands: ``/whohandles <question>`` and ``/contact <office>``.

Both acknowledge at once and answer privately through the command's response_url, which
works in any channel, including ones the bot is not in, with a "Share in channel" button.
Each command is one question: no thread, so no follow-ups.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.render.blockkit import escape, mrkdwn
from bot.render.slack import answer_message
from bot.slack.listeners import services
from bot.slack.markup import typed_text
from bot.wording import contact_usage

PLATFORM = "slack"


def whohandles(ack: Ack, command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
    """``/whohandles <question>``: the answer, privately; no text gets the help."""
    ack()
    text = typed_text(command.get("text") or "")
    found = services(context)

    def answer() -> None:
        reply = found.conversation.ask(text, platform=PLATFORM)
        respond(response_type="ephemeral", **answer_message(reply, share=bool(text), asked=text))

    found.answers.submit("/whohandles", answer)


def contact(ack: Ack, command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
    """``/contact <office>``: one office's card, found by name or acronym."""
    ack()
    text = typed_text(command.get("text") or "")
    found = services(context)

    def answer() -> None:
        if not text:
            usage = contact_usage(found.conversation.assistant.brain.kb.about)
            respond(response_type="ephemeral", text=usage, blocks=[mrkdwn(escape(usage))])
            return
        reply = found.conversation.contact(text, platform=PLATFORM)
        message = answer_message(reply, share=True, asked=text, kind="contact")
        respond(response_type="ephemeral", **message)

    found.answers.submit("/contact", answer)


def register(app: App) -> None:
    app.command("/whohandles")(whohandles)
    app.command("/contact")(contact)
