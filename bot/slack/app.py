"""Build the Bolt app: one WebClient (base URL and retries), listeners registered by kind.

The shape of bolt-python's starter template: this module builds the App and calls
``register_listeners``; each ``listeners/<kind>.py`` has a ``register(app)``. Listeners run
before the response (``process_before_response``), but only read the payload and queue the
answer on an ``AnswerWorker``, so every ack leaves at once and the answer follows from a
worker thread of this same process.

A Slack mention, from the wire to the posted answer: ``bot.slack.http`` (verify the
signature, hand the request to bolt) -> ``listeners/events.py`` ``on_mention`` (dedupe, queue)
-> ``bot.conversation.Conversation.ask`` (route, compose, count) -> ``bot.render.slack``
(Block Kit) -> ``say`` (``chat.postMessage`` through the client built here).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt import App, BoltContext, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation import Conversation
from bot.slack.clients import RetryingRespond, make_client
from bot.slack.listeners import SERVICES_KEY, Services, register_listeners
from bot.slack.logs import library_logger
from bot.slack.settings import SlackConfigError, SlackSettings
from bot.slack.worker import AnswerWorker

logger = logging.getLogger(__name__)


@dataclass
class SlackBot:
    """The Bolt app and the worker that answers after each ack."""

    app: App
    answers: AnswerWorker

    def close(self, timeout: float = 10.0) -> None:
        """Finish the answers already queued (up to ``timeout``), then stop."""
        self.answers.close(timeout)


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


def build_bot(
    conversation: Conversation, settings: SlackSettings, *, answers: AnswerWorker | None = None
) -> SlackBot:
    """The configured app. Raises SlackConfigError when Slack rejects the bot token.

    ``answers`` replaces the worker (benchmarks measure the ack path alone with one that
    drops every job).
    """
    client = make_client(settings)
    verify_token(client)
    try:
        app = App(
            client=client,
            signing_secret=settings.signing_secret or "",
            request_verification_enabled=settings.http,
            # verify_token gave any error its one clear line; bolt's own check then caches the
            # bot's identity now, instead of calling auth.test on the first request's ack.
            token_verification_enabled=True,
            process_before_response=True,  # listeners only queue work: see bot.slack.worker
            logger=library_logger(),
        )
    except BoltError as exc:
        raise SlackConfigError(f"the Slack app could not start: {exc}") from None
    answers = answers or AnswerWorker()
    app.use(attach_services(Services(conversation, answers)))
    register_listeners(app)

    @app.error
    def on_error(error: Exception) -> None:
        logger.error("listener failed: %s", type(error).__name__)

    return SlackBot(app, answers)


Middleware = Callable[[BoltContext, Callable[[], BoltResponse]], BoltResponse]


def attach_services(found: Services) -> Middleware:
    """A global middleware giving every listener the Services, and a ``respond`` that
    retries like the Web API client."""

    def attach(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
        context[SERVICES_KEY] = found
        if context.response_url:
            context["respond"] = RetryingRespond(response_url=context.response_url)
        return next()

    return attach
