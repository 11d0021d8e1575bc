"""What the bot says back to one Teams message: a typed question or a card button's data.

Pure decisions, no SDK: the answer comes from the shared Conversation, the card from
``bot.render.teams``; ``bot.teams.connector`` sends the result. Card action data is
untrusted (a stale card, a forged request): anything that is not ours, or is malformed,
gets a polite sentence, never an error.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.answer import Answer
from bot.conversation import Conversation
from bot.render.teams import Card, answer_card, summary
from bot.render.teams_data import ACTION_CHOOSE, ACTION_FEEDBACK, ACTION_KEY, ACTION_STEP
from bot.steps import Step
from bot.wording import THANKS_HELPFUL, THANKS_NOT_HELPFUL, UNREADABLE_ACTION

logger = logging.getLogger(__name__)

PLATFORM = "teams"

_AT_MENTION = re.compile(r"<at\b[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Reply:
    """One message to send: an Adaptive Card (``summary`` for notifications) or plain text.

    ``replace`` asks to update the message whose button was clicked (a clarify card becomes
    the chosen office's card, as in Slack) rather than post a new one.
    """

    text: str | None = None
    card: Card | None = None
    summary: str | None = None
    replace: bool = False


def strip_mentions(text: str) -> str:
    """The question without any ``<at>…</at>`` mention, entities decoded, spaces collapsed.

    Every mention goes, the bot's and people's: names carry nothing the router can use, and
    keeping them out keeps them out of the curator's log too.
    """
    return " ".join(html.unescape(_AT_MENTION.sub(" ", text)).split())


def card_reply(answer: Answer, *, replace: bool = False) -> Reply:
    return Reply(card=answer_card(answer), summary=summary(answer), replace=replace)


def reply_to_message(
    text: str | None, value: object, conversation: Conversation, thread: str | None = None
) -> Reply:
    """The reply to one message activity in conversation ``thread`` (a Teams conversation
    id: a chat, or one channel reply chain), where follow-ups read the answer before.

    A card button sends a message whose ``value`` holds the button's data and, usually, no
    text. Data carrying our marker is an action; other data with no text is unknown action
    data; anything else is a question (an empty one, e.g. a bare mention, gets help).
    """
    question = strip_mentions(text or "")
    if isinstance(value, Mapping) and (ACTION_KEY in value or not question):
        return action_reply(value, conversation, thread)
    return card_reply(conversation.ask(question, platform=PLATFORM, thread=thread))


def action_reply(
    data: Mapping[str, Any], conversation: Conversation, thread: str | None = None
) -> Reply:
    """The reply to a card button: a clarify choice (which replaces the clarify card), a next
    step (ask an example, open an office's card, help, the directory: a new card), or a
    Helpful / Not helpful click. A chosen or opened office is what the conversation's next
    follow-up refers to."""
    kind = data.get(ACTION_KEY)
    if kind == ACTION_CHOOSE and isinstance(office := data.get("office"), str) and office:
        chosen = conversation.choose(office, platform=PLATFORM, thread=thread)
        return card_reply(chosen, replace=True)
    if kind == ACTION_STEP and (step := Step.parse(data)) is not None:
        return card_reply(conversation.next_step(step, platform=PLATFORM, thread=thread))
    if kind == ACTION_FEEDBACK and isinstance(helpful := data.get("helpful"), bool):
        ref = data.get("ref")
        recorded = isinstance(ref, str) and conversation.feedback(
            ref, helpful=helpful, platform=PLATFORM
        )
        if recorded:
            return Reply(text=THANKS_HELPFUL if helpful else THANKS_NOT_HELPFUL)
    logger.warning("card action with unknown or malformed data on teams")
    return Reply(text=UNREADABLE_ACTION)


def welcome_reply(conversation: Conversation) -> Reply:
    """Said once when the app is installed for a person, a team or a chat: the help card.
    Not counted as a question: nobody asked."""
    return card_reply(conversation.assistant.help())


def delivery_key(conversation_id: str | None, activity_id: str | None) -> str | None:
    """The dedupe key of one delivery. Teams message ids are millisecond timestamps, unique
    only within a conversation, so two chats' messages in the same millisecond must not
    collide."""
    return f"{conversation_id or ''}|{activity_id}" if activity_id else None
