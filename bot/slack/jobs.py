"""Answer jobs: a question and where its answer goes, as plain data.

A free-text question (a mention, a DM, either slash command, the shortcut) becomes an
``AnswerJob`` at the ack. Being data rather than a closure, a job can be answered on a thread
of this process or handed to the answer process (``bot.slack.answer_process``) and answered
there; ``answer_job`` does the same work in both places.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.conversation import Conversation
from bot.render.blockkit import escape, mrkdwn
from bot.render.slack import answer_message
from bot.slack.clients import post_response

CONTACT_USAGE = (
    "Give me an office name or acronym, for example `/contact osel` or "
    "`/contact Safety Operations`. Typos are fine."
)


@dataclass(frozen=True, slots=True)
class AnswerJob:
    """One question to answer.

    ``kind`` is "mention", "dm", "/whohandles", "/contact" or "shortcut". Mentions and DMs are
    posted to ``channel`` (in ``thread_ts`` when set); the others are private replies through
    the ``response_url`` Slack sent with the command or shortcut.
    """

    kind: str
    text: str
    channel: str | None = None
    thread_ts: str | None = None
    response_url: str | None = None


def answer_job(job: AnswerJob, conversation: Conversation, client: WebClient) -> None:
    """Answer ``job`` and send the answer where it belongs. Slack's refusals raise
    SlackApiError, which the worker running the job logs."""
    if job.kind in ("mention", "dm"):
        answer = conversation.ask(job.text, platform="slack")
        client.chat_postMessage(
            channel=job.channel or "",
            thread_ts=job.thread_ts,
            unfurl_links=False,
            **answer_message(answer),
        )
        return
    message: dict[str, Any]
    if job.kind == "/contact" and not job.text.strip():
        message = {"text": CONTACT_USAGE, "blocks": [mrkdwn(escape(CONTACT_USAGE))]}
    elif job.kind == "/contact":
        found = conversation.contact(job.text, platform="slack")
        message = answer_message(found, share=True, asked=job.text, kind="contact")
    else:
        found = conversation.ask(job.text, platform="slack")
        share = job.kind == "shortcut" or bool(job.text.strip())
        message = answer_message(found, share=share, asked=job.text)
    post_response(job.response_url, {"response_type": "ephemeral", **message})
