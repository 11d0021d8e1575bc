"""Button clicks: a clarify choice, Helpful / Not helpful, "Share in channel", and the next
steps (ask an example, open an office's card, show help, show the directory).

Each click is acknowledged at once; the follow-up goes through the click's response_url. A
next step's answer is a new message beside the one clicked: private when that one was
private, otherwise in its thread. A button on the App Home tab has no response_url and no
message to answer under, so its answer goes to the person's direct messages with the bot.
Button data is treated as untrusted: unreadable values get a polite message, never an error.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.render.slack import (
    ACTION_CHOOSE,
    ACTION_HELPFUL,
    ACTION_NOT_HELPFUL,
    ACTION_SHARE,
    answer_message,
    parse_share_value,
)
from bot.render.slack_rows import ACTION_STEP
from bot.slack.listeners import services
from bot.slack.threads import click_thread
from bot.steps import Step, StepKind
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


def _thread_of(body: dict[str, Any]) -> str | None:
    """The thread of the clicked message, if it is in one (Slack puts it on the container)."""
    thread = (body.get("container") or {}).get("thread_ts")
    return thread or (body.get("message") or {}).get("thread_ts")


def _follow(
    kind: StepKind,
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond | None,
    client: WebClient,
) -> None:
    """Answer a next-step button of ``kind``; a value of another kind is unreadable."""
    ack()
    step = Step.loads(str(action.get("value", "")))
    private, thread = _is_ephemeral(body), _thread_of(body)
    user = str((body.get("user") or {}).get("id", ""))
    found = services(context)
    # The App Home tab's answers go to a DM the click does not name: no conversation.
    conversation_thread = click_thread(body) if respond is not None else None

    def answer() -> None:
        if step is None or step.kind is not kind:
            message: dict[str, Any] = {"text": UNREADABLE_ACTION}
        else:
            reply = found.conversation.next_step(
                step, platform=PLATFORM, thread=conversation_thread
            )
            asked = step.query if step.kind is StepKind.ASK else None
            message = answer_message(reply, share=private, asked=asked)
        if respond is None:  # the App Home tab: answered in the person's DM with the bot
            client.chat_postMessage(channel=user, unfurl_links=False, **message)
        elif "blocks" not in message:
            note(respond, message["text"])
        elif private:
            respond(response_type="ephemeral", replace_original=False, **message)
        else:
            respond(response_type="in_channel", replace_original=False, thread_ts=thread, **message)

    found.answers.submit(f"step_{kind.value}", answer)


def ask_example(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond | None,
    client: WebClient,
) -> None:
    """A help example: answered as if it had been typed, with "You asked:" above it."""
    _follow(StepKind.ASK, ack, action, body, context, respond, client)


def open_office(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond | None,
    client: WebClient,
) -> None:
    """An office's "Open" or "Contact card for …" button: that office's card."""
    _follow(StepKind.OFFICE, ack, action, body, context, respond, client)


def show_help(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond | None,
    client: WebClient,
) -> None:
    """ "Examples": the help, with its example buttons."""
    _follow(StepKind.HELP, ack, action, body, context, respond, client)


def show_directory(
    ack: Ack,
    action: dict[str, Any],
    body: dict[str, Any],
    context: BoltContext,
    respond: Respond | None,
    client: WebClient,
) -> None:
    """ "Directory": every office, grouped, each with a button to its card."""
    _follow(StepKind.DIRECTORY, ack, action, body, context, respond, client)


def note(respond: Respond, text: str) -> None:
    """A private one-line reply that leaves the answer it is about in place."""
    respond(text=text, response_type="ephemeral", replace_original=False)


def register(app: App) -> None:
    app.action(re.compile(rf"^{ACTION_CHOOSE}_\d+$"))(choose)
    app.action(ACTION_HELPFUL)(helpful)
    app.action(ACTION_NOT_HELPFUL)(not_helpful)
    app.action(ACTION_SHARE)(share)
    for kind, listener in (
        (StepKind.ASK, ask_example),
        (StepKind.OFFICE, open_office),
        (StepKind.HELP, show_help),
        (StepKind.DIRECTORY, show_directory),
    ):
        app.action(re.compile(rf"^{ACTION_STEP}_{kind.value}_\d+$"))(listener)
