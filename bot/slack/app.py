"""Build the Bolt app: one WebClient (base URL and retries), listeners registered by kind.

Shape of bolt-python's starter template: this module builds the App and calls
``register_listeners``; each ``listeners/<kind>.py`` has a ``register(app, conversation)``.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

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

#: Threads composing and posting answers after the ack. One on purpose: acks (which Slack
#: times at 3 s) then never compete with answer work for the interpreter; answers queue
#: instead, and each takes a few milliseconds (hundreds a second, far above a district's
#: traffic). The price: a Slack 429 pauses the queue for its Retry-After. Measured in
#: benchmarks/slack_http.py: 1 worker 0.81x the bare app's ack throughput, 2 workers 0.6x.
ANSWER_WORKERS = 1


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


class _QuietTokenWarning(logging.Filter):
    """Bolt warns that a given client overrides SLACK_BOT_TOKEN: that is our intent."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def verify_token(client: WebClient) -> dict[str, object]:
    """Call auth.test once at start; a rejected token is a SlackConfigError naming the error.

    Done here rather than by bolt so the message can say exactly what Slack answered, and never
    echo the token.
    """
    try:
        return dict(client.auth_test().data)  # type: ignore[arg-type]
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error") if exc.response else "no_response"
        raise SlackConfigError(
            f"Slack rejected SLACK_BOT_TOKEN in auth.test ({error}); set a valid xoxb- bot token"
        ) from None
    except OSError as exc:
        raise SlackConfigError(
            f"cannot reach Slack's Web API for auth.test ({type(exc).__name__}); check the "
            "network or SLACK_API_URL"
        ) from None


def build_app(conversation: Conversation, settings: SlackSettings) -> App:
    """The configured App. Raises SlackConfigError when Slack rejects the bot token."""
    client = make_client(settings)
    verify_token(client)
    bolt_logger = logging.getLogger("bot.slack.bolt")
    if not any(isinstance(f, _QuietTokenWarning) for f in bolt_logger.filters):
        bolt_logger.addFilter(_QuietTokenWarning())
    try:
        app = App(
            client=client,
            signing_secret=settings.signing_secret or "",
            request_verification_enabled=settings.http,
            token_verification_enabled=False,  # verify_token just did it
            process_before_response=False,
            listener_executor=ThreadPoolExecutor(ANSWER_WORKERS, thread_name_prefix="slack-answer"),
            logger=bolt_logger,
        )
    except BoltError as exc:
        raise SlackConfigError(f"the Slack app could not start: {exc}") from None
    register_listeners(app, conversation)

    @app.error
    def on_error(error: Exception, context: BoltContext) -> None:
        logger.error("listener failed: %s: %s", type(error).__name__, error)

    return app
