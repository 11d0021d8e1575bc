"""Button clicks: a clarify choice, Helpful / Not helpful, and "Share in channel".

Each click is acknowledged at once; the follow-up goes through the click's response_url.
Button data is treated as untrusted: unreadable values get a polite message, never an error.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.conversation import Conversation
from bot.render.slack import (
    ACTION_CHOOSE,
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_SHARE,
    answer_blocks,
    fallback_text,
    parse_share_value,
)

THANKS_HELPFUL = "Thanks! Glad that helped."
THANKS_NOT_HELPFUL = "Thanks for telling me. A curator reviews answers that missed."
UNREADABLE = "Sorry, I couldn't read that button. Please ask again."


def _is_ephemeral(body: dict[str, Any]) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral"))


def register(app: App, conversation: Conversation) -> None:
    @app.action(re.compile(rf"^{ACTION_CHOOSE}_\d+$"))
    def choose(ack: Ack, action: dict[str, Any], body: dict[str, Any], respond: Respond) -> None:
        ack()
        answer = conversation.choose(str(action.get("value", "")))
        private = _is_ephemeral(body)
        respond(
            replace_original=True,
            response_type="ephemeral" if private else "in_channel",
            text=fallback_text(answer),
            blocks=answer_blocks(answer, share=private),
        )

    def feedback(helpful: bool, ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        recorded = conversation.feedback(
            str(action.get("value", "")), helpful=helpful, platform="slack"
        )
        message = (THANKS_HELPFUL if helpful else THANKS_NOT_HELPFUL) if recorded else UNREADABLE
        respond(response_type="ephemeral", replace_original=False, text=message)

    @app.action(ACTION_HELPFUL)
    def helpful(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        feedback(True, ack, action, respond)

    @app.action(ACTION_NOT_HELPFUL)
    def not_helpful(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        feedback(False, ack, action, respond)

    @app.action(ACTION_SHARE)
    def share(ack: Ack, action: dict[str, Any], respond: Respond) -> None:
        ack()
        request = parse_share_value(str(action.get("value", "")))
        if request is None:
            respond(response_type="ephemeral", replace_original=False, text=UNREADABLE)
            return
        answer = conversation.replay(request)
        respond(
            response_type="in_channel", text=fallback_text(answer), blocks=answer_blocks(answer)
        )
        respond(delete_original=True)
