"""Button clicks: a clarify choice, Helpful / Not helpful, and "Share in channel".

Each click is acknowledged at once; the follow-up goes through the click's response_url.
Button data is treated as untrusted: unreadable values get a polite message, never an error.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.render.slack import (
    ACTION_CHOOSE,
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_SHARE,
    answer_message,
    parse_share_value,
)
from bot.slack.listeners import services
from bot.slack.threads import click_thread
from bot.wording import THANKS_HELPFUL, THANKS_NOT_HELPFUL, UNREADABLE_ACTION

PLATFORM = "slack"


def _is_ephemeral(body: dict[str, Any]) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral"))


def choose(
    ack: Ack, action: dict[str, Any], body: dict[str, Any], context: BoltContext, respond: Respond
) -> None:
    """A clarify choice: the chosen office's answer replaces the question's message, and
    becomes what the thread's next follow-up refers to."""
    ack()
    office_id, private = str(action.get("value", "")), _is_ephemeral(body)
    found, thread = services(context), click_thread(body)

    def answer() -> None:
        reply = found.conversation.choose(office_id, platform=PLATFORM, thread=thread)
        visibility = "ephemeral" if private else "in_channel"
        respond(
            replace_original=True, response_type=visibility, **answer_message(reply, share=private)
        )

    found.answers.submit("choose", answer)


def _feedback(
    helpful: bool, ack: Ack, action: dict[str, Any], context: BoltContext, respond: Respond
) -> None:
    ack()
    value = str(action.get("value", ""))
    found = services(context)

    def record() -> None:
        recorded = found.conversation.feedback(value, helpful=helpful, platform=PLATFORM)
        thanks = THANKS_HELPFUL if helpful else THANKS_NOT_HELPFUL
        note(respond, thanks if recorded else UNREADABLE_ACTION)

    found.answers.submit("feedback", record)


def helpful(ack: Ack, action: dict[str, Any], context: BoltContext, respond: Respond) -> None:
    """ "Helpful": filed for the curator, and thanked privately."""
    _feedback(True, ack, action, context, respond)


def not_helpful(ack: Ack, action: dict[str, Any], context: BoltContext, respond: Respond) -> None:
    """ "Not helpful": filed for the curator, and thanked privately."""
    _feedback(False, ack, action, context, respond)


def share(ack: Ack, action: dict[str, Any], context: BoltContext, respond: Respond) -> None:
    """ "Share in channel": post the private answer for everyone, then remove the private one."""
    ack()
    request = parse_share_value(str(action.get("value", "")))
    found = services(context)

    def post() -> None:
        if request is None:
            note(respond, UNREADABLE_ACTION)
            return
        message = answer_message(found.conversation.replay(request))
        if respond(response_type="in_channel", **message).status_code == 200:
            respond(delete_original=True)

    found.answers.submit("share", post)


def note(respond: Respond, text: str) -> None:
    """A private one-line reply that leaves the answer it is about in place."""
    respond(text=text, response_type="ephemeral", replace_original=False)


def register(app: App) -> None:
    app.action(re.compile(rf"^{ACTION_CHOOSE}_\d+$"))(choose)
    app.action(ACTION_HELPFUL)(helpful)
    app.action(ACTION_NOT_HELPFUL)(not_helpful)
    app.action(ACTION_SHARE)(share)
