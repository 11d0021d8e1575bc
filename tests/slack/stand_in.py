"""A local stand-in for Slack's Web API and response URLs, on 127.0.0.1.

Records every request it receives (path, headers, decoded body) so tests can assert what Slack
would have received, and can be scripted to fail a path first (429 with Retry-After, 5xx, or a
dropped connection, ``DROP``) to exercise retries.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
GOOD_TOKEN = "xoxb-test-token"
GOOD_APP_TOKEN = "xapp-test"
#: A scripted "status" that closes the connection without any response.
DROP = 0


@dataclass
class Call:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class StandIn:
    """The server's state: calls received and scripted failures per path."""

    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[tuple[int, dict[str, str]]]] = field(default_factory=dict)
    socket_url: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_next(self, path: str, status: int, headers: dict[str, str] | None = None) -> None:
        self.failures.setdefault(path, []).append((status, headers or {}))

    def received(self, path: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.path == path]

    def wait_for(self, path: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        """The calls to ``path`` once there are ``count`` of them; fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            calls = self.received(path)
            if len(calls) >= count:
                return calls
            time.sleep(0.01)
        raise AssertionError(f"expected {count} call(s) to {path}, got {self.received(path)}")


def _decode(raw: bytes, content_type: str) -> dict[str, Any]:
    text = raw.decode("utf-8") if raw else ""
    if "json" in content_type:
        return json.loads(text) if text else {}
    data: dict[str, Any] = dict(parse_qsl(text))
    for key in ("blocks", "view"):
        if isinstance(data.get(key), str):
            data[key] = json.loads(data[key])
    return data


def make_handler(state: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            path = self.path.split("?")[0]
            body = _decode(raw, self.headers.get("Content-Type", ""))
            with state.lock:
                scripted = state.failures.get(path)
                failure = scripted.pop(0) if scripted else None
                state.calls.append(Call(path, dict(self.headers.items()), body))
            if failure is not None:
                status, headers = failure
                if status == DROP:
                    self.close_connection = True
                    return
                self._send(status, {"ok": False, "error": "scripted"}, headers)
                return
            self._send(200, self._reply(path, body))

        def _reply(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
            auth = self.headers.get("Authorization", "")
            needs_bot_token = path.startswith("/api/") and path != "/api/apps.connections.open"
            if needs_bot_token and auth != f"Bearer {GOOD_TOKEN}":
                return {"ok": False, "error": "invalid_auth"}
            if path == "/api/auth.test":
                return {
                    "ok": True,
                    "user_id": BOT_USER_ID,
                    "bot_id": BOT_ID,
                    "team_id": "T0001",
                    "user": "whohandles",
                    "team": "CPS",
                    "url": "https://cps.slack.com/",
                }
            if path == "/api/chat.postMessage":
                return {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}"}
            if path == "/api/apps.connections.open":
                if auth != f"Bearer {GOOD_APP_TOKEN}":
                    return {"ok": False, "error": "invalid_auth"}
                return {"ok": True, "url": state.socket_url}
            return {"ok": True}

        def _send(
            self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
        ) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


class SlackStandIn:
    """Start and stop the stand-in; ``url`` is the Web API base URL to configure."""

    def __init__(self) -> None:
        self.state = StandIn()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(self.state))
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self, name: str) -> str:
        return f"{self.base}/response/{name}"

    def __enter__(self) -> SlackStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def main() -> None:
    """Run the stand-in as its own process (benchmarks): prints its base URL, serves until
    stdin closes."""
    import sys

    with SlackStandIn() as stand_in:
        print(stand_in.base, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
