"""Sending replies through the Bot Connector (the activity's ``serviceUrl``), surviving its
failures.

A 429 (waiting its Retry-After, capped), a 5xx or a dropped connection is retried within a
time budget that stays under the 15 seconds Teams waits for our HTTP answer; after that the
failure is logged (status only, never the message) and the server carries on. An update of
a clicked card that the service refuses (a 4xx) falls back to posting a new message; one that
timed out, lost its connection or kept failing with a 5xx may have been applied all the same,
so it is logged and the answer is not posted a second time.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable

import httpx
from microsoft_teams.api.activities.message.message import MessageActivityInput
from microsoft_teams.api.models.attachment.attachment import Attachment

from bot.render.teams import CARD_CONTENT_TYPE
from bot.teams.replies import Reply

logger = logging.getLogger(__name__)

#: Seconds for one call to the Bot Connector (connect and read).
CALL_TIMEOUT = 5.0
#: Seconds all attempts at one reply may take together.
REPLY_BUDGET = 10.0
MAX_ATTEMPTS = 3
MAX_RETRY_AFTER = 3.0

Send = Callable[[MessageActivityInput], Awaitable[object]]


def to_message(reply: Reply, *, update_id: str | None = None) -> MessageActivityInput:
    """The SDK activity for a Reply; with ``update_id``, an update of that message."""
    # ``summary`` (the notification line) is a Bot Framework field the SDK model lacks; the
    # model keeps extra fields and sends them as given.
    fields = {"text": reply.text, "summary": reply.summary}
    message = MessageActivityInput.model_validate({k: v for k, v in fields.items() if v})
    if reply.card is not None:
        message.add_attachments(Attachment(content_type=CARD_CONTENT_TYPE, content=reply.card))
    if update_id:
        message.id = update_id
    return message


async def deliver(send: Send, reply: Reply, *, clicked_id: str | None = None) -> bool:
    """Send ``reply``; update the clicked message instead when the reply asks to. True if sent."""
    deadline = time.monotonic() + REPLY_BUDGET
    if reply.replace and clicked_id:
        update = functools.partial(to_message, reply, update_id=clicked_id)
        failure = await _send_with_retry(send, update, deadline)
        if failure is None:
            return True
        status = _status(failure)
        if not _refused(status):
            logger.warning(
                "update of the clicked card failed: %s (status %s); it may have been applied, "
                "so the answer is not posted again",
                type(failure).__name__,
                status,
            )
            return False
        logger.info(
            "update of the clicked card refused (status %s); posting the answer as a new message",
            status,
        )
    return await send_with_retry(send, lambda: to_message(reply), deadline)


async def send_with_retry(
    send: Send, make: Callable[[], MessageActivityInput], deadline: float
) -> bool:
    """Call ``send`` until it succeeds, a failure is final, or the budget is spent.

    ``make`` builds a fresh activity per attempt (the SDK fills in fields as it sends).
    Nothing is raised: a failed reply must never take the server down.
    """
    return await _send_with_retry(send, make, deadline) is None


async def _send_with_retry(
    send: Send, make: Callable[[], MessageActivityInput], deadline: float
) -> BaseException | None:
    """``send_with_retry``, but returning the last failure (None when sent)."""
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            await asyncio.wait_for(send(make()), timeout=max(deadline - time.monotonic(), 0.1))
            return None
        except Exception as exc:  # any failure of one reply is contained here
            status = _status(exc)
            wait = _backoff(exc, status, attempt)
            if wait is None or attempt == MAX_ATTEMPTS or time.monotonic() + wait >= deadline:
                logger.error(
                    "Teams reply failed after %d attempt(s): %s (status %s)",
                    attempt,
                    type(exc).__name__,
                    status,
                )
                return exc
            logger.warning("Teams reply attempt %d failed (status %s); retrying", attempt, status)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable: the last attempt always returns")  # pragma: no cover


def _status(exc: BaseException) -> int | None:
    return exc.response.status_code if isinstance(exc, httpx.HTTPStatusError) else None


def _refused(status: int | None) -> bool:
    """Whether the Bot Connector definitely did not apply the call: it answered with a 4xx.
    A timeout, a dropped connection, a 5xx or any other failure leaves that unknown."""
    return status is not None and 400 <= status < 500


def _backoff(exc: BaseException, status: int | None, attempt: int) -> float | None:
    """Seconds to wait before retrying, or None when retrying cannot help."""
    if status == 429 and isinstance(exc, httpx.HTTPStatusError):
        try:
            return min(max(float(exc.response.headers.get("Retry-After", 1)), 0.0), MAX_RETRY_AFTER)
        except ValueError:
            return 1.0
    if (status is not None and status >= 500) or isinstance(
        exc, httpx.TransportError | asyncio.TimeoutError
    ):
        return 0.25 * attempt
    return None
