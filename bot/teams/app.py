"""Build the Teams app: the SDK's App, served on our own FastAPI app so ``GET /healthz`` and
``GET /metrics`` sit beside ``POST /api/messages``; the handlers are in ``bot.teams.handlers``.

The SDK verifies every request's Bot Framework token (401 otherwise) unless the settings say,
dangerously, not to; ``bot.teams.gate`` in front verifies it first, before the body is read,
and keeps from the SDK anything it would answer with a 500. Handlers only translate: the
answer comes from ``bot.teams.replies`` and ``bot.teams.search``, and is sent by
``bot.teams.connector`` to the activity's ``serviceUrl``.
"""

from __future__ import annotations

import logging
import warnings

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from microsoft_teams.common import ClientOptions, ExperimentalWarning

from bot.conversation import Conversation
from bot.teams.connector import CALL_TIMEOUT
from bot.teams.gate import MESSAGES_PATH, gate
from bot.teams.handlers import TeamsHandlers
from bot.teams.settings import TeamsSettings

with warnings.catch_warnings():
    # Importing the SDK warns about preview features we do not use.
    warnings.simplefilter("ignore", ExperimentalWarning)
    from microsoft_teams.apps import App, AppOptions, FastAPIAdapter

logger = logging.getLogger(__name__)


def build_app(
    conversation: Conversation, settings: TeamsSettings, *, sdk_options: AppOptions | None = None
) -> tuple[App, FastAPI]:
    """The Teams App with our handlers, and the FastAPI app that serves it.

    ``sdk_options`` are passed to the SDK's App last, overriding ours: tests use them to point
    token validation at a local key set and to supply outgoing tokens, with no network.
    """
    _no_activity_logging()
    web = FastAPI(title="whohandles", docs_url=None, redoc_url=None, openapi_url=None)

    @web.get("/healthz", response_class=PlainTextResponse)
    async def healthz() -> str:
        return "ok\n"

    @web.get("/metrics", response_class=PlainTextResponse)
    async def metrics() -> str:
        return conversation.metrics.render()

    options: AppOptions = {
        "client_id": settings.client_id,
        "client_secret": settings.client_secret,
        "tenant_id": settings.tenant_id,
        "managed_identity_client_id": settings.managed_identity_client_id,
        "dangerously_allow_unauthenticated_requests": settings.dangerously_allow_unauthenticated,
        "http_server_adapter": FastAPIAdapter(app=web),
        "messaging_endpoint": MESSAGES_PATH,
        "client": ClientOptions(timeout=CALL_TIMEOUT),
        "state": False,
        "fetch_user_token": False,
    }
    options.update(sdk_options or {})
    unauthenticated = settings.dangerously_allow_unauthenticated
    web.middleware("http")(gate(settings.client_id, options.get("cloud"), unauthenticated))
    app = App(**options)
    TeamsHandlers(conversation).register(app)
    return app, web


def _no_activity_logging() -> None:
    """The SDK logs whole activities, message text included, at DEBUG: never let it."""
    sdk = logging.getLogger("microsoft_teams")
    if sdk.getEffectiveLevel() < logging.INFO:
        sdk.setLevel(logging.INFO)
