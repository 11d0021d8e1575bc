"""Real Slack request signatures (v0 HMAC-SHA256), and a client that posts signed requests."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlencode

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def sign(body: str, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def post(
    url: str,
    body: str,
    content_type: str,
    *,
    timestamp: int | None = None,
    signature: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, str, float]:
    """POST a signed request; returns (status, body, seconds taken)."""
    ts = int(time.time()) if timestamp is None else timestamp
    request = urllib.request.Request(url, data=body.encode(), method="POST")
    request.add_header("Content-Type", content_type)
    request.add_header("X-Slack-Request-Timestamp", str(ts))
    request.add_header("X-Slack-Signature", signature or sign(body, ts))
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode(), time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.perf_counter() - started


def post_event(url: str, payload: dict[str, Any], **kwargs: Any) -> tuple[int, str, float]:
    return post(url, json.dumps(payload), "application/json", **kwargs)


def post_form(url: str, fields: dict[str, str], **kwargs: Any) -> tuple[int, str, float]:
    return post(url, urlencode(fields), "application/x-www-form-urlencoded", **kwargs)


def post_interaction(url: str, payload: dict[str, Any], **kwargs: Any) -> tuple[int, str, float]:
    return post_form(url, {"payload": json.dumps(payload)}, **kwargs)
