"""Build the Bolt app: one WebClient (base URL and retries), listeners registered by kind.

Shape of bolt-python's starter template: this module builds the App and calls
``register_listeners``; each ``listeners/<kind>.py`` has a ``register(app, conversation)``.
"""

from __future__ import annotations

import logging

from slack_bolt import App, BoltContext
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.conversation import Conversation
from bot.slack.listeners import register_listeners
from bot.slack.settings import SlackConfigError, SlackSettings

logger = logging.getLogger(__name__)


def make_client(settings: SlackSettings) -> WebClient:
    """The Web API client every call goes through, honouring SLACK_API_URL.

    Slack's 429 (waiting Retry-After), 5xx and dropped connections are retried, so an answer
    survives a rate limit or a blip instead of being lost.
    """
    return WebClient(
        token=settings.bot_token,
        base_url=settings.api_url,
        timeout=10,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=3),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )


def build_app(conversation: Conversation, settings: SlackSettings) -> App:
    """The configured App. Raises SlackConfigError when Slack rejects the bot token."""
    try:
        app = App(
            client=make_client(settings),
            signing_secret=settings.signing_secret or "",
            request_verification_enabled=settings.http,
            token_verification_enabled=True,
            process_before_response=False,
            logger=logging.getLogger("bot.slack.bolt"),
        )
    except (BoltError, SlackApiError) as exc:
        reason = getattr(getattr(exc, "response", None), "data", None) or {}
        error = reason.get("error", "") if isinstance(reason, dict) else ""
        raise SlackConfigError(
            f"Slack rejected SLACK_BOT_TOKEN in auth.test ({error or type(exc).__name__}); "
            "set a valid xoxb- bot token"
        ) from None
    register_listeners(app, conversation)

    @app.error
    def on_error(error: Exception, context: BoltContext) -> None:
        logger.error("listener failed: %s: %s", type(error).__name__, error)

    return app
