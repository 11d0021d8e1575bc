"""The bot as a real child process (``python -m bot ...``), for tests of the entry points:
start-up, signals, and several platforms in one process."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
from types import TracebackType

from tests.conftest import subprocess_env

_LISTENING = re.compile(r"(Teams|Slack HTTP mode) listening on port (\d+)")


class BotProcess:
    """``python -m bot *args`` with ``env`` added to a credential-free environment.

    stderr is read on a thread, so waiting for a log line times out instead of hanging the
    suite when the line never comes. ``stop`` sends SIGTERM (what ``docker stop`` sends) and
    returns everything the process wrote to stderr.
    """

    def __init__(self, *args: str, **env: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            env=subprocess_env(WHOHANDLES_DB_PATH="off", **env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()

    def listening_ports(self, expected: int = 1, timeout: float = 30) -> dict[str, int]:
        """``{"Slack"|"Teams": port}`` from the servers' "listening on port N" log lines,
        once ``expected`` of them have appeared (or ``timeout`` has passed)."""

        def ports() -> dict[str, int]:
            found = (_LISTENING.search(line) for line in self._lines)
            return {m.group(1).split()[0]: int(m.group(2)) for m in found if m}

        with self._changed:
            self._changed.wait_for(lambda: len(ports()) >= expected, timeout=timeout)
            return ports()

    def stop(self, timeout: float = 20) -> str:
        """SIGTERM, wait for the exit, and return the whole of stderr."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._reader.join(timeout=5)
        return "".join(self._lines)

    @property
    def returncode(self) -> int | None:
        return self.process.returncode

    def __enter__(self) -> BotProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
