"""The two ways the bot talks to Slack, with the same retries on both.

Posts to the Web API (``chat.postMessage``, ``views.publish``, ``auth.test``) go through one
``WebClient`` on ``SLACK_API_URL``; replies to slash commands, buttons and the shortcut go to
the ``response_url`` Slack sent with them. Slack's 429 (after its Retry-After), 5xx and dropped
connections are retried on both, so a rate limit or a blip delays an answer instead of losing
it. Bolt's own ``respond`` retries dropped connections only, hence ``post_response`` here.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient

from bot.slack.logs import library_logger
from bot.slack.settings import SlackSettings

logger = logging.getLogger(__name__)

#: Seconds to wait for Slack on one attempt (the retries come on top).
TIMEOUT_SECONDS = 10


def retry_handlers() -> list[RetryHandler]:
    """Fresh retry handlers: dropped connections, 429 with Retry-After, and 5xx."""
    return [
        ConnectionErrorRetryHandler(max_retry_count=2),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]


def make_client(settings: SlackSettings) -> WebClient:
    """The Web API client every call goes through, honouring SLACK_API_URL."""
    return WebClient(
        token=settings.bot_token,
        base_url=settings.api_url,
        timeout=TIMEOUT_SECONDS,
        retry_handlers=retry_handlers(),
        logger=library_logger(),
    )


def post_response(response_url: str | None, message: dict[str, Any]) -> bool:
    """Send ``message`` to a response_url, retrying like the Web API client.

    Returns False (and logs the status, never the message) when Slack refuses it, for
    example an expired URL or blocks it cannot render.
    """
    if not response_url:
        logger.warning("no response_url in the payload; cannot reply")
        return False
    client = WebhookClient(
        url=response_url,
        timeout=TIMEOUT_SECONDS,
        retry_handlers=retry_handlers(),
        logger=library_logger(),
    )
    response = client.send_dict(message)
    if response.status_code != 200:
        logger.warning(
            "Slack refused a response_url reply: HTTP %d %s",
            response.status_code,
            (response.body or "")[:100],
        )
        return False
    return True
