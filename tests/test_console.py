"""The terminal chat as a person at a terminal uses it: history with the up arrow, and answers
wrapped at the terminal's width without breaking words."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time

from bot.console import wrap
from tests.conftest import subprocess_env


def test_wrap_keeps_words_whole_and_indents() -> None:
    text = (
        "Address for Office of Student Support & Engagement: 42 W. Madison St.\n"
        "  1. indented line that is long enough to wrap"
    )
    wrapped = wrap(text, 30)
    assert all(len(line) <= 30 for line in wrapped.splitlines())
    assert "Madison" in wrapped.replace("\n", " ")
    assert " ".join(wrapped.split()) == " ".join(text.split()), "no word broken or lost"
    assert [line for line in wrapped.splitlines() if line.startswith("  ")][1:], "indent kept"


def _read_until(fd: int, wanted: bytes, timeout: float = 30) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                seen += os.read(fd, 4096)
            except OSError:
                break
    return seen


def test_the_up_arrow_recalls_the_last_question() -> None:
    leader, follower = pty.openpty()
    env = subprocess_env(COLUMNS="60", TERM="xterm")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "chat"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        close_fds=True,
    )
    os.close(follower)
    try:
        _read_until(leader, b"you> ")
        os.write(leader, b"fax for jrotc\r")
        first = _read_until(leader, b"you> ")
        assert b"773-535-1957" in first
        os.write(leader, b"\x1b[A\r")  # up arrow, then Enter: the same question again
        again = _read_until(leader, b"you> ")
        assert b"773-535-1957" in again, again
        assert b"^[[A" not in again
        os.write(leader, b"quit\r")
        process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
