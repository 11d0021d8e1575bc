"""What the bot does with each Teams activity. Platform glue only: answers come from the
shared Conversation, cards from ``bot.render.teams``.

Card actions arrive as message activities whose ``value`` holds the action's data; anything
that is not ours, or is malformed, gets a polite answer rather than an error.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from microsoft_teams.api.activities.message.message import MessageActivityInput
from microsoft_teams.api.models.attachment.attachment import Attachment
from microsoft_teams.api.models.messaging_extension.messaging_extension_response import (
    MessagingExtensionResponse,
)

from bot.answer import Answer
from bot.conversation import Conversation
from bot.render.teams import (
    ACTION_KEY,
    CARD_CONTENT_TYPE,
    answer_card,
    fallback_text,
    preview_card,
)

logger = logging.getLogger(__name__)

_AT_MENTION = re.compile(r"<at[^>]*>.*?</at>", re.IGNORECASE | re.DOTALL)
SEND_ATTEMPTS = 3
THANKS_HELPFUL = "Thanks! Glad that helped."
THANKS_NOT_HELPFUL = "Thanks for telling me. A curator reviews answers that missed."
UNREADABLE = "Sorry, I couldn't read that card action. Please ask again."
SEARCH_RESULTS = 8


def strip_at_mentions(text: str) -> str:
    """The question without ``<at>Bot</at>`` mention markup."""
    return " ".join(_AT_MENTION.sub(" ", text).split())


def card_message(answer: Answer) -> MessageActivityInput:
    """An Adaptive Card with its text fallback in ``summary`` and the card's fallbackText."""
    card = answer_card(answer)
    card["fallbackText"] = fallback_text(answer)
    # ``summary`` is the Bot Framework field for clients that cannot render the card.
    message = MessageActivityInput.model_validate({"summary": fallback_text(answer)[:500]})
    return message.add_attachments(Attachment(content_type=CARD_CONTENT_TYPE, content=card))


def reply_for(activity: Any, conversation: Conversation) -> MessageActivityInput:
    """The message to send back for one incoming message activity."""
    value = getattr(activity, "value", None)
    if isinstance(value, dict) and value:
        return _action_reply(value, conversation)
    text = strip_at_mentions(getattr(activity, "text", None) or "")
    return card_message(conversation.ask(text, platform="teams"))


def _action_reply(data: dict[str, Any], conversation: Conversation) -> MessageActivityInput:
    kind = data.get(ACTION_KEY)
    if kind == "choose" and isinstance(data.get("office"), str):
        return card_message(conversation.choose(data["office"]))
    if kind == "feedback" and isinstance(data.get("helpful"), bool):
        helpful = data["helpful"]
        recorded = conversation.feedback(
            str(data.get("ref", "")), helpful=helpful, platform="teams"
        )
        message = (THANKS_HELPFUL if helpful else THANKS_NOT_HELPFUL) if recorded else UNREADABLE
        return MessageActivityInput(text=message)
    logger.warning("card action with unknown data on teams")
    return MessageActivityInput(text=UNREADABLE)


async def send_with_retry(send: Any, message: MessageActivityInput) -> bool:
    """Send through the Bot Connector, retrying 429 and 5xx; log and give up after that.

    A failed reply must never take the server down, so nothing is raised.
    """
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            await send(message)
            return True
        except Exception as exc:
            status = _status_of(exc)
            retryable = status is None or status == 429 or status >= 500
            if attempt == SEND_ATTEMPTS or not retryable:
                logger.error("Teams reply failed (status %s) after %d attempt(s)", status, attempt)
                return False
            await asyncio.sleep(min(_retry_after(exc), 5.0) if status == 429 else 0.2 * attempt)
    return False


def _status_of(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None) or getattr(exc, "status_code", None)
    return int(status) if isinstance(status, int) else None


def _retry_after(exc: BaseException) -> float:
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    try:
        return float(headers.get("Retry-After", 1))
    except (TypeError, ValueError):
        return 1.0


def search_results(query: str, conversation: Conversation) -> MessagingExtensionResponse:
    """The messaging extension's answer: office cards matching an office name or a topic."""
    answer = conversation.contact(query, platform="teams") if query.strip() else None
    cards = list(answer.offices) if answer else []
    if answer is not None and not cards:
        cards = list(conversation.ask(query, platform="teams").offices)
    if not query.strip():
        cards = list(conversation.assistant.directory())
    attachments = []
    for card in cards[:SEARCH_RESULTS]:
        single = conversation.assistant.office(card.office.id)
        content = answer_card(single)
        content.pop("actions", None)  # inserted into a conversation: no feedback buttons there
        attachments.append(
            {"contentType": CARD_CONTENT_TYPE, "content": content, "preview": preview_card(card)}
        )
    return MessagingExtensionResponse.model_validate(
        {
            "composeExtension": {
                "type": "result",
                "attachmentLayout": "list",
                "attachments": attachments,
            }
        }
    )
