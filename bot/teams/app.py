"""Build the Teams app: the SDK's App, served on our own FastAPI app so ``GET /healthz`` and
``GET /metrics`` sit beside ``POST /api/messages``; the handlers are in ``bot.teams.handlers``.

The SDK verifies every request's Bot Framework token (401 otherwise) unless the settings say,
dangerously, not to; a small guard in front refuses a missing token, an oversized body or a
body that is not a JSON object before the SDK parses anything. Handlers only translate: the
answer comes from ``bot.teams.replies`` and ``bot.teams.search``, and is sent by
``bot.teams.connector`` to the activity's ``serviceUrl``.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from microsoft_teams.common import ClientOptions, ExperimentalWarning

from bot.conversation import Conversation
from bot.teams.connector import CALL_TIMEOUT
from bot.teams.handlers import TeamsHandlers
from bot.teams.settings import TeamsSettings

with warnings.catch_warnings():
    # Importing the SDK warns about preview features we do not use.
    warnings.simplefilter("ignore", ExperimentalWarning)
    from microsoft_teams.apps import App, AppOptions, FastAPIAdapter

logger = logging.getLogger(__name__)

MESSAGES_PATH = "/api/messages"
#: A Teams activity is a few KB; a 50,000-character message is well under this.
MAX_BODY_BYTES = 1024 * 1024
Next = Callable[[Request], Awaitable[Response]]
Middleware = Callable[[Request, Next], Awaitable[Response]]


def build_app(
    conversation: Conversation, settings: TeamsSettings, *, sdk_options: AppOptions | None = None
) -> tuple[App, FastAPI]:
    """The Teams App with our handlers, and the FastAPI app that serves it.

    ``sdk_options`` are passed to the SDK's App last, overriding ours: tests use them to point
    token validation at a local key set and to supply outgoing tokens, with no network.
    """
    _no_activity_logging()
    web = FastAPI(title="whohandles", docs_url=None, redoc_url=None, openapi_url=None)
    web.middleware("http")(_guard(settings.dangerously_allow_unauthenticated))

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
    app = App(**options)
    TeamsHandlers(conversation).register(app)
    return app, web


def _guard(unauthenticated: bool) -> Middleware:
    """Refuse what the SDK would choke on: no token (401), a huge body (413), not JSON (400)."""

    async def guard(request: Request, call_next: Next) -> Response:
        if request.url.path != MESSAGES_PATH or request.method != "POST":
            return await call_next(request)
        authorization = request.headers.get("authorization", "")
        if not unauthenticated and not authorization.startswith("Bearer "):
            return JSONResponse({"error": "Unauthorized"}, status_code=401)
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return JSONResponse({"error": "Payload too large"}, status_code=413)
        body = await _read_limited(request)
        if body is None:
            return JSONResponse({"error": "Payload too large"}, status_code=413)
        try:
            activity = json.loads(body)
        except ValueError:
            activity = None
        if not isinstance(activity, dict):
            return JSONResponse({"error": "Expected a JSON activity"}, status_code=400)
        return await call_next(request)

    return guard


async def _read_limited(request: Request) -> bytes | None:
    """The body, or None as soon as it passes MAX_BODY_BYTES (a chunked body declares no
    length, and may never end): never more than the limit and one piece is held in memory."""
    pieces: list[bytes] = []
    size = 0
    async for piece in request.stream():
        size += len(piece)
        if size > MAX_BODY_BYTES:
            return None
        pieces.append(piece)
    body = b"".join(pieces)
    # Where Request.body() would cache it: Starlette's BaseHTTPMiddleware hands a cached
    # body on to the SDK's handler, but a streamed one only as empty.
    request._body = body
    return body


def _no_activity_logging() -> None:
    """The SDK logs whole activities, message text included, at DEBUG: never let it."""
    sdk = logging.getLogger("microsoft_teams")
    if sdk.getEffectiveLevel() < logging.INFO:
        sdk.setLevel(logging.INFO)
