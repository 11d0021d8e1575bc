"""The gate in front of ``POST /api/messages``: nothing reaches the Teams SDK that it would
answer with a 500, and nothing is parsed before the sender is known.

In order, each step before the next:

1. the Bot Framework token: missing, garbled or invalid is 401. It is verified here, before
   the body is read (signature, issuer, audience, expiry); the SDK checks it again against
   the activity's ``serviceUrl`` once the body is known;
2. the body: more than ``MAX_BODY_BYTES`` is 413, a content type other than JSON is 415, and
   anything but a JSON object is 400;
3. the activity: one the SDK's own models cannot read (no ``conversation``, no ``from``, a type
   it does not know, a field of the wrong shape) comes from an authenticated sender, so it is
   acknowledged with 200 and a log line naming its type and the fields at fault, and goes no
   further. Teams does not resend an activity answered 200.

With the dangerous unauthenticated flag on (local testing only) step 1 is skipped.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.responses import JSONResponse
from microsoft_teams.common import ExperimentalWarning
from pydantic import ValidationError

with warnings.catch_warnings():
    warnings.simplefilter("ignore", ExperimentalWarning)
    from microsoft_teams.api import ActivityTypeAdapter
    from microsoft_teams.api.auth.cloud_environment import CloudEnvironment
    from microsoft_teams.apps.auth import InboundActivityTokenValidator
    from microsoft_teams.apps.events import CoreActivity

logger = logging.getLogger(__name__)

MESSAGES_PATH = "/api/messages"
#: A Teams activity is a few KB; a 50,000-character message is well under this.
MAX_BODY_BYTES = 1024 * 1024
#: Fields named in the log line for an activity that cannot be read (never their values).
LOGGED_FIELDS = 5

Next = Callable[[Request], Awaitable[Response]]
Middleware = Callable[[Request, Next], Awaitable[Response]]


def gate(app_id: str | None, cloud: CloudEnvironment | None, unauthenticated: bool) -> Middleware:
    """The middleware for an app ``app_id`` in ``cloud`` (tests point it at a local key set)."""
    validator = None
    if app_id and not unauthenticated:
        validator = InboundActivityTokenValidator(app_id, cloud=cloud)

    async def guarded(request: Request, call_next: Next) -> Response:
        if request.url.path != MESSAGES_PATH or request.method != "POST":
            return await call_next(request)
        if not unauthenticated:
            refused = await _check_token(request, validator)
            if refused is not None:
                return refused
        refused = _check_headers(request)
        if refused is not None:
            return refused
        body = await _read_limited(request)
        if body is None:
            return _refuse(413, "Payload too large")
        try:
            activity = json.loads(body)
        except ValueError:
            activity = None
        if not isinstance(activity, dict):
            return _refuse(400, "Expected a JSON activity")
        problem = unreadable(activity)
        if problem is not None:
            logger.warning("Teams activity ignored: %s", problem)
            return Response(status_code=200)
        return await call_next(request)

    return guarded


async def _check_token(
    request: Request, validator: InboundActivityTokenValidator | None
) -> Response | None:
    """401 unless the request carries a valid Bot Framework token."""
    authorization = request.headers.get("authorization", "")
    if validator is None or not authorization.startswith("Bearer "):
        return _refuse(401, "Unauthorized")
    try:
        await validator.validate_token(authorization.removeprefix("Bearer ").strip())
    except Exception as exc:  # a garbled token raises anything from base64 to JSON errors
        logger.warning("Teams request refused: invalid token (%s)", type(exc).__name__)
        return _refuse(401, "Unauthorized")
    return None


def _check_headers(request: Request) -> Response | None:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return _refuse(413, "Payload too large")
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        return _refuse(415, "Expected application/json")
    return None


def unreadable(activity: dict[str, Any]) -> str | None:
    """Why the SDK could not read ``activity`` (its type and the fields at fault), or None."""
    kind = activity.get("type")
    shown = kind if isinstance(kind, str) and kind.isidentifier() else "?"
    try:
        core = CoreActivity.model_validate(activity)
        ActivityTypeAdapter.validate_python(core.model_dump(by_alias=True, exclude_none=True))
    except ValidationError as exc:
        fields = sorted({".".join(str(p) for p in e["loc"][:2]) for e in exc.errors()})
        listed = ", ".join(fields[:LOGGED_FIELDS]) + (
            ", ..." if len(fields) > LOGGED_FIELDS else ""
        )
        return f"type {shown}, {len(exc.errors())} problem(s) in {listed}"
    except (TypeError, ValueError) as exc:
        return f"type {shown}, {type(exc).__name__}"
    return None


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


def _refuse(status: int, error: str) -> Response:
    return JSONResponse({"error": error}, status_code=status)
