"""Build the Bolt app: one WebClient (base URL and retries), listeners registered by kind.

Shape of bolt-python's starter template: this module builds the App and calls
``register_listeners``; each ``listeners/<kind>.py`` has a ``register(app, conversation,
answers)``. Listeners run before the response (``process_before_response``) but only read
the payload and queue the answer on an ``AnswerWorker``, so every ack leaves at once; the
questions themselves are answered in a second process.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from slack_bolt import App
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation import Conversation
from bot.slack.answer_process import AnswerProcess
from bot.slack.clients import make_client
from bot.slack.listeners import register_listeners
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

    Questions are answered in a second process (``bot.slack.answer_process``); ``answers``
    replaces that worker (tests answer on threads, benchmarks measure the ack path alone).
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
    answers = answers or AnswerProcess(conversation, client, settings)
    register_listeners(app, conversation, answers)

    @app.error
    def on_error(error: Exception) -> None:
        logger.error("listener failed: %s", type(error).__name__)

    return SlackBot(app, answers)
