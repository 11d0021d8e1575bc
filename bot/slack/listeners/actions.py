"""Button clicks: a clarify choice, Helpful / Not helpful, and "Share in channel".

Each click is acknowledged at once; the follow-up goes through the click's response_url.
Button data is treated as untrusted: unreadable values get a polite message, never an error.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App

from bot.conversation import Conversation
from bot.render.slack import (
    ACTION_CHOOSE,
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_SHARE,
    answer_message,
    parse_share_value,
)
from bot.slack.clients import post_response
from bot.slack.worker import AnswerWorker
from bot.wording import THANKS_HELPFUL, THANKS_NOT_HELPFUL, UNREADABLE_ACTION


def _is_ephemeral(body: dict[str, Any]) -> bool:
    return bool((body.get("container") or {}).get("is_ephemeral"))


def _note(text: str) -> dict[str, Any]:
    """A private one-line reply that leaves the answer it is about in place."""
    return {"response_type": "ephemeral", "replace_original": False, "text": text}


def register(app: App, conversation: Conversation, answers: AnswerWorker) -> None:
    @app.action(re.compile(rf"^{ACTION_CHOOSE}_\d+$"))
    def choose(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        office_id = str(action.get("value", ""))
        private, url = _is_ephemeral(body), body.get("response_url")

        def answer() -> None:
            found = conversation.choose(office_id)
            message = answer_message(found, share=private)
            post_response(
                url,
                {
                    "replace_original": True,
                    "response_type": "ephemeral" if private else "in_channel",
                    **message,
                },
            )

        answers.submit("choose", answer)

    def feedback(helpful: bool, ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        value, url = str(action.get("value", "")), body.get("response_url")

        def record() -> None:
            recorded = conversation.feedback(value, helpful=helpful, platform="slack")
            thanks = THANKS_HELPFUL if helpful else THANKS_NOT_HELPFUL
            post_response(url, _note(thanks if recorded else UNREADABLE_ACTION))

        answers.submit("feedback", record)

    @app.action(ACTION_HELPFUL)
    def helpful(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        feedback(True, ack, action, body)

    @app.action(ACTION_NOT_HELPFUL)
    def not_helpful(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        feedback(False, ack, action, body)

    @app.action(ACTION_SHARE)
    def share(ack: Ack, action: dict[str, Any], body: dict[str, Any]) -> None:
        ack()
        request, url = parse_share_value(str(action.get("value", ""))), body.get("response_url")

        def post() -> None:
            if request is None:
                post_response(url, _note(UNREADABLE_ACTION))
                return
            message = answer_message(conversation.replay(request))
            if post_response(url, {"response_type": "in_channel", **message}):
                post_response(url, {"delete_original": True})

        answers.submit("share", post)
