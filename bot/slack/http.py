"""HTTP mode: one endpoint, ``POST /slack/events``, for events, commands and interactivity,
plus ``GET /healthz`` and ``GET /metrics``, on waitress, a production-grade threaded WSGI server.

Bolt's own WSGI adapter translates requests (and verifies signatures through the app's
middleware); this module only routes paths and runs the server.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

import waitress
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.metrics import Metrics

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
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


def make_wsgi_app(app: App, metrics: Metrics | None = None) -> Wsgi:
    """Route Slack's endpoint to bolt, and answer health and metrics checks."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

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
    benchmarks, on a background thread (``start`` / ``stop``)."""

    def __init__(self, wsgi: Wsgi, host: str, port: int, threads: int = 16) -> None:
        self._server: Any = waitress.create_server(
            wsgi,
            host=host,
            port=port,
            threads=threads,
            ident="whohandles",
            clear_untrusted_proxy_headers=True,
            # Slack's largest payloads are tens of kilobytes; refuse anything far larger before
            # bolt reads it to check the signature (waitress's own default is 1 GB).
            max_request_body_size=MAX_BODY_BYTES,
        )
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port (useful when asked for port 0)."""
        return int(self._server.effective_port)

    def serve_forever(self) -> None:
        """Serve until interrupted (Ctrl-C, or SIGTERM through ``bot.slack.serve``)."""
        logger.info("Slack HTTP mode listening on port %d (POST %s)", self.port, EVENTS_PATH)
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
