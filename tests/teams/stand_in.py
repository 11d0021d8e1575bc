"""A local stand-in for the Bot Connector REST API on 127.0.0.1.

Records every activity the bot sends (``POST {serviceUrl}/v3/conversations/{id}/activities``)
or updates (``PUT …/activities/{activityId}``), with its arrival time; can answer with queued
failures (5xx, 429 with Retry-After, 404); and serves a JSON Web Key Set, so token validation
can be tested against keys of our own instead of Microsoft's.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

KEYS_PATH = "/v1/.well-known/keys"
METADATA_PATH = "/v1/.well-known/openidconfiguration"


@dataclass
class Sent:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    at: float


@dataclass
class ConnectorState:
    sent: list[Sent] = field(default_factory=list)
    #: Answers for the next calls, in order: (status, headers); then 200.
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    jwks: dict[str, Any] = field(default_factory=lambda: {"keys": []})
    key_fetches: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def activities(self) -> list[Sent]:
        with self.lock:
            return [s for s in self.sent if "/activities" in s.path]

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Sent]:
        """The first ``count`` activities received, waiting for them to arrive."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.activities()
            if len(found) >= count:
                return found
            time.sleep(0.005)
        raise AssertionError(f"expected {count} activities, got {len(self.activities())}")


class ConnectorStandIn:
    """Run with ``with ConnectorStandIn() as connector:``; ``connector.url`` is the serviceUrl."""

    def __init__(self) -> None:
        self.state = ConnectorState()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.state))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ConnectorStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(state: ConnectorState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes: without this, Nagle's algorithm and the
            # client's delayed ACK add 40 ms to every call.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, *args: object) -> None:
            pass

        def _reply(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
            raw = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(raw)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(raw)

        def do_GET(self) -> None:
            if self.path == KEYS_PATH:
                with state.lock:
                    state.key_fetches += 1
                self._reply(200, state.jwks)
            elif self.path == METADATA_PATH:
                self._reply(200, {"jwks_uri": f"http://{self.headers['Host']}{KEYS_PATH}"})
            else:
                self._reply(404, {"error": "not found"})

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = json.loads(raw) if raw else {}
            sent = Sent(
                self.command, self.path, dict(self.headers.items()), body, time.perf_counter()
            )
            with state.lock:
                state.sent.append(sent)
                status, headers = state.failures.pop(0) if state.failures else (200, {})
                number = len(state.sent)
            self._reply(status, {"id": f"reply-{number}"} if status < 300 else {}, headers)

        def do_PUT(self) -> None:
            self.do_POST()

    return Handler
