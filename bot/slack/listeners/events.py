"""Events: @mentions (answered in the thread), DMs, and the App Home tab.

A thread, and a DM, is a conversation: "what's their fax?" in it reads the answer before
(``bot.slack.threads``). A follow-up in a channel thread must @mention the bot again.

Slack redelivers an event it thinks was missed (``X-Slack-Retry-Num``); the event id goes
through the dedupe store before the ack, so a retry never produces a second answer. The bot
ignores its own messages, other bots, and message subtypes (edits, joins, thread broadcasts,
``message_replied``). It never reads channel messages that do not mention it: it is not
subscribed to them.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Say
from slack_sdk import WebClient

from bot.render.slack import answer_message
from bot.render.slack_home import home_view
from bot.slack.listeners import services
from bot.slack.markup import typed_text
from bot.slack.threads import message_thread

PLATFORM = "slack"


def from_a_bot(event: dict[str, Any], context: BoltContext) -> bool:
    """True for the bot's own messages and any other bot's."""
    return bool(event.get("bot_id")) or event.get("user") in (None, context.bot_user_id)


def _answer_in_thread(
    kind: str, event: dict[str, Any], context: BoltContext, say: Say, thread_ts: str | None
) -> None:
    """Queue the answer to ``event``, to be posted where it was asked (in ``thread_ts``)."""
    conversation, answers = services(context).conversation, services(context).answers
    text, thread = typed_text(event.get("text") or ""), message_thread(event)

    def answer() -> None:
        found = conversation.ask(text, platform=PLATFORM, thread=thread)
        say(thread_ts=thread_ts, unfurl_links=False, **answer_message(found))

    answers.submit(kind, answer)


def on_mention(event: dict[str, Any], body: dict[str, Any], context: BoltContext, say: Say) -> None:
    """An @mention in a channel: answered in its thread, starting one if it has none."""
    if str(event.get("channel", "")).startswith("D"):
        return  # a mention inside a DM: message.im answers it, once
    conversation = services(context).conversation
    if from_a_bot(event, context) or not conversation.is_new(PLATFORM, body.get("event_id")):
        return
    _answer_in_thread("mention", event, context, say, event.get("thread_ts") or event.get("ts"))


def on_message(event: dict[str, Any], body: dict[str, Any], context: BoltContext, say: Say) -> None:
    """A direct message: answered in the DM, in its thread if it was asked in one."""
    if event.get("channel_type") != "im" or event.get("subtype"):
        return
    conversation = services(context).conversation
    if from_a_bot(event, context) or not conversation.is_new(PLATFORM, body.get("event_id")):
        return
    _answer_in_thread("dm", event, context, say, event.get("thread_ts"))


def on_home_opened(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
    """The App Home tab: how to ask, and the directory."""
    user = event.get("user")
    if event.get("tab", "home") != "home" or not user:
        return
    found = services(context)

    def publish() -> None:
        assistant = found.conversation.assistant
        view = home_view(assistant.directory_answer(), assistant.help())
        client.views_publish(user_id=user, view=view)

    found.answers.submit("home", publish)


def register(app: App) -> None:
    app.event("app_mention")(on_mention)
    app.event("message")(on_message)
    app.event("app_home_opened")(on_home_opened)
