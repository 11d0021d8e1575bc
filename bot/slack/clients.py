"""The two ways the bot talks to Slack, with the same retries on both.

Posts to the Web API (``chat.postMessage``, ``views.publish``, ``auth.test``) go through one
``WebClient`` on ``SLACK_API_URL``; replies to slash commands, buttons and the shortcut go to
the ``response_url`` Slack sent with them. Slack's 429 (after its Retry-After), 5xx and dropped
connections are retried on both, so a rate limit or a blip delays an answer instead of losing
it. Bolt's own ``respond`` does not retry at all, hence ``RetryingRespond`` here, which
``bot.slack.app`` puts in its place for every listener.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.models.attachments import Attachment
from slack_sdk.models.blocks import Block
from slack_sdk.webhook import WebhookClient, WebhookResponse

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


class RetryingRespond(Respond):
    """Bolt's ``respond`` (a reply through the request's ``response_url``) with the same
    retries as the Web API client. A refused reply is logged (status only, never the
    message) and returned, not raised: the listener has nothing better to do with it."""

    def __call__(
        self,
        text: str | dict[str, Any] = "",
        blocks: Sequence[dict[str, Any] | Block] | None = None,
        attachments: Sequence[dict[str, Any] | Attachment] | None = None,
        response_type: str | None = None,
        replace_original: bool | None = None,
        delete_original: bool | None = None,
        unfurl_links: bool | None = None,
        unfurl_media: bool | None = None,
        thread_ts: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> WebhookResponse:
        if self.response_url is None:
            raise ValueError("respond is unsupported here as there is no response_url")
        fields = {
            "text": text,
            "blocks": blocks,
            "attachments": attachments,
            "response_type": response_type,
            "replace_original": replace_original,
            "delete_original": delete_original,
            "unfurl_links": unfurl_links,
            "unfurl_media": unfurl_media,
            "thread_ts": thread_ts,
            "metadata": metadata,
        }
        wanted = {k: v for k, v in fields.items() if v is not None and v != ""}
        message = text if isinstance(text, dict) else wanted
        client = WebhookClient(
            url=self.response_url,
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
        return response
