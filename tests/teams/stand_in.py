"""A local stand-in for the Bot Connector REST API on 127.0.0.1: records every activity the
bot sends to ``{serviceUrl}/v3/conversations/{id}/activities`` and can fail on request."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Sent:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class ConnectorState:
    sent: list[Sent] = field(default_factory=list)
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def activities(self) -> list[Sent]:
        with self.lock:
            return [s for s in self.sent if s.path.endswith("/activities")]

    def wait_for(self, count: int = 1, timeout: float = 10.0) -> list[Sent]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.activities()
            if len(found) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(f"expected {count} activities, got {self.activities()}")


class ConnectorStandIn:
    def __init__(self) -> None:
        self.state = ConnectorState()
        state = self.state

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                body = json.loads(raw) if raw else {}
                with state.lock:
                    failure = state.failures.pop(0) if state.failures else None
                    state.sent.append(Sent(self.path, dict(self.headers.items()), body))
                status, headers = failure or (200, {})
                data = json.dumps({"id": f"reply-{len(state.sent)}"}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            do_PUT = do_POST  # noqa: N815 - http.server dispatches on this name

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ConnectorStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
