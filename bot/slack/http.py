"""HTTP mode: one endpoint, ``POST /slack/events``, for events, commands and interactivity,
plus ``GET /healthz`` and ``GET /metrics``, on waitress, a production-grade threaded WSGI server.

The adapter is this module's ``SlackEndpoint``, in the shape of bolt's own WSGI adapter:
translate the request in, ``app.dispatch``, translate the response out. It differs in one
way that matters: the signature is checked on the raw bytes *before anything parses them*,
so a forged or garbled request is refused with 401 or 400 and never reaches a parser, and a
signed request whose payload still trips something later is acknowledged (200) and logged,
never answered with a 500.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from urllib.parse import parse_qs

import waitress
from slack_bolt import App, BoltRequest

from bot.metrics import Metrics
from bot.settings import ConfigError

logger = logging.getLogger(__name__)
#: One line at start saying where the bot listens, whatever the log level (see bot.cli).
status = logging.getLogger("whohandles.status")

EVENTS_PATH = "/slack/events"
#: Slack's window for a request's timestamp: older (or newer) requests may be replays.
MAX_CLOCK_SKEW = 5 * 60
StartResponse = Callable[..., Any]
Environ = dict[str, Any]
Wsgi = Callable[[Environ, StartResponse], Iterable[bytes]]


def _plain(
    start_response: StartResponse, status: str, body: str, kind: str = "text/plain"
) -> list[bytes]:
    data = body.encode()
    start_response(
        status, [("Content-Type", f"{kind}; charset=utf-8"), ("Content-Length", str(len(data)))]
    )
    return [data]


def is_signed(
    body: bytes, timestamp: str | None, signature: str | None, secret: str, now: float
) -> bool:
    """Slack's v0 signature over the raw body, within the timestamp window. Never raises:
    a timestamp that is not a number is simply not signed."""
    if not timestamp or not signature or not timestamp.isascii() or not timestamp.isdigit():
        return False
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), signature.encode("utf-8", "replace"))


def parses(text: str, content_type: str) -> bool:
    """Whether a body is a payload bolt can read: a JSON object, or a form whose ``payload``
    field (interactivity) is one."""
    try:
        if "json" in content_type:
            return isinstance(json.loads(text), dict)
        form = parse_qs(text, strict_parsing=bool(text))
        payload = form.get("payload")
        return payload is None or isinstance(json.loads(payload[0]), dict)
    except ValueError:
        return False


class SlackEndpoint:
    """``POST /slack/events``: verify, parse-check, dispatch to bolt; never a 500."""

    def __init__(self, app: App, signing_secret: str, clock: Callable[[], float] = time.time):
        self._app = app
        self._secret = signing_secret
        self._clock = clock

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        body = _read_body(environ)
        headers = _headers(environ)
        timestamp = _header(headers, "x-slack-request-timestamp")
        signature = _header(headers, "x-slack-signature")
        if not is_signed(body, timestamp, signature, self._secret, self._clock()):
            return _plain(start_response, "401 Unauthorized", "invalid signature\n")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return _plain(start_response, "400 Bad Request", "body is not UTF-8\n")
        if not parses(text, _header(headers, "content-type") or ""):
            return _plain(start_response, "400 Bad Request", "malformed payload\n")
        try:
            response = self._app.dispatch(
                BoltRequest(body=text, query=environ.get("QUERY_STRING", ""), headers=headers)
            )
        except Exception as exc:  # a signed payload of an unexpected shape: ack, log, go on
            logger.warning("signed Slack request could not be handled: %s", type(exc).__name__)
            return _plain(start_response, "200 OK", "")
        if response.status >= 500:
            # bolt answers 500 when a listener or middleware fails on a payload of a shape
            # nobody expected ("event": null). Slack would retry it, to the same end: ack it.
            logger.warning("signed Slack request failed in a listener; acknowledged unanswered")
            return _plain(start_response, "200 OK", "")
        data = response.body.encode() if isinstance(response.body, str) else response.body
        pairs = [(name, value) for name, values in response.headers.items() for value in values]
        pairs = [(n, v) for n, v in pairs if n.lower() != "content-length"]
        start_response(f"{response.status} {_reason(response.status)}", pairs)
        return [data]


def _read_body(environ: Environ) -> bytes:
    """The body, as much as Content-Length says (waitress has already refused oversized
    bodies with 413); a missing or garbled length reads as empty."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    stream = environ.get("wsgi.input")
    return stream.read(length) if stream is not None and length > 0 else b""


def _headers(environ: Environ) -> dict[str, str | Sequence[str]]:
    headers: dict[str, str | Sequence[str]] = {}
    for key, value in environ.items():
        if key in ("CONTENT_LENGTH", "CONTENT_TYPE"):
            headers[key.lower().replace("_", "-")] = value
        elif key.startswith("HTTP_"):
            headers[key[5:].lower().replace("_", "-")] = value
    return headers


def _header(headers: dict[str, str | Sequence[str]], name: str) -> str | None:
    value = headers.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def make_wsgi_app(app: App, signing_secret: str, metrics: Metrics | None = None) -> Wsgi:
    """Route Slack's endpoint to bolt, and answer health and metrics checks."""
    slack = SlackEndpoint(app, signing_secret)

    def route(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET")
        if path == "/healthz" and method == "GET":
            return _plain(start_response, "200 OK", "ok\n")
        if path == "/metrics" and method == "GET" and metrics is not None:
            return _plain(start_response, "200 OK", metrics.render(), "text/plain; version=0.0.4")
        if path == EVENTS_PATH and method == "POST":
            return slack(environ, start_response)
        if path == EVENTS_PATH:
            return _plain(start_response, "405 Method Not Allowed", "POST only\n")
        return _plain(start_response, "404 Not Found", "not found\n")

    return route


#: The largest request body accepted (1 MiB), checked by waitress before bolt sees it.
MAX_BODY_BYTES = 1_048_576


class HttpServer:
    """A waitress server that runs in the foreground (``serve_forever``) or, for tests and
    benchmarks, on a background thread (``start`` / ``stop``).

    The socket is bound when the server is made, so a port already in use is a ConfigError
    (one line) before anything else starts.
    """

    def __init__(self, wsgi: Wsgi, host: str, port: int, threads: int = 16) -> None:
        try:
            self._server: Any = waitress.create_server(
                wsgi,
                host=host,
                port=port,
                threads=threads,
                ident="whohandles",
                clear_untrusted_proxy_headers=True,
                # Slack's largest payloads are tens of kilobytes; refuse anything far larger
                # before it is read (waitress's own default is 1 GB).
                max_request_body_size=MAX_BODY_BYTES,
            )
        except OSError as exc:
            raise ConfigError(
                f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
                "set PORT or --port to a free port"
            ) from None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port (useful when asked for port 0)."""
        return int(self._server.effective_port)

    def serve_forever(self) -> None:
        """Serve until interrupted (Ctrl-C, or SIGTERM through ``bot.slack.serve``)."""
        status.info(
            "Slack HTTP mode listening on port %d (POST %s); Ctrl-C stops it",
            self.port,
            EVENTS_PATH,
        )
        self._server.run()

    def start(self) -> HttpServer:
        self._thread = threading.Thread(target=self.serve_forever, name="slack-http", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop a started server: finish the requests in flight, then close.

        The request threads go first (a thread finishing after the close would write to a
        closed trigger); the close then runs on the server's own loop, through its trigger, so
        the loop ends at once instead of at its next one-second poll.
        """
        self._server.task_dispatcher.shutdown(timeout=5)
        if self._thread is not None and self._thread.is_alive():
            # OSError: the loop closed its trigger already, so it is stopping on its own.
            with contextlib.suppress(OSError):
                self._server.trigger.pull_trigger(self._server.close)
            self._thread.join(timeout=5)
        else:
            self._server.close()
