"""Serving the Teams app with uvicorn, in the foreground (``whohandles teams``) or on a
background thread (beside Slack in ``whohandles run``, and in tests and the benchmark).

The socket is bound here, before uvicorn starts, so a port already in use is a one-line
TeamsConfigError rather than uvicorn's log line and exit.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
import time

import uvicorn
from fastapi import FastAPI
from microsoft_teams.apps import App

from bot.teams.settings import TeamsConfigError

logger = logging.getLogger(__name__)
#: One line at start saying where the bot listens, whatever the log level (see bot.cli).
status = logging.getLogger("whohandles.status")

START_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0


class TeamsServer:
    """One Teams app on one socket."""

    def __init__(self, app: App, web: FastAPI, host: str, port: int) -> None:
        self._app = app
        self._socket = _bind(host, port)
        config = uvicorn.Config(
            web, log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=5
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    @property
    def port(self) -> int:
        """The port actually bound (useful with port 0)."""
        return int(self._socket.getsockname()[1])

    async def _serve(self) -> None:
        await self._app.initialize()  # registers POST /api/messages with token validation
        await self._server.serve(sockets=[self._socket])

    def serve_forever(self) -> None:
        """Serve until interrupted (Ctrl-C or SIGTERM stop it gracefully)."""
        status.info("Teams listening on port %d (POST /api/messages); Ctrl-C stops it", self.port)
        try:
            asyncio.run(self._serve())
        finally:
            self._socket.close()

    def start(self) -> TeamsServer:
        """Serve on a daemon thread; return once requests are being accepted."""

        def run() -> None:
            try:
                self.serve_forever()
            except BaseException as exc:  # reported to the caller of start()
                self._failure = exc
                raise

        self._thread = threading.Thread(target=run, name="teams-http", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started and self._thread.is_alive():
            if time.monotonic() > deadline:
                raise TeamsConfigError("the Teams server did not start within 15 seconds")
            time.sleep(0.01)
        if not self._server.started:
            raise TeamsConfigError(f"the Teams server failed to start: {self._failure!r}")
        return self

    def stop(self) -> None:
        """Stop accepting, finish requests in flight (up to 5 s), and wait for the thread."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=STOP_TIMEOUT)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise TeamsConfigError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
            "set TEAMS_PORT or --port to a free port"
        ) from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock
