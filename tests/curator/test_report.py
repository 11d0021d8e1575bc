"""`whohandles report`: rewordings grouped, clicks counted, weekly answer rate; html in a real
browser."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.report import build_report, render_csv, render_html, render_text
from bot.stores.feedback import FeedbackEvent
from bot.stores.sql_feedback import SQLFeedbackStore
from tests.conftest import missing, subprocess_env

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)


def _store(path: Path) -> SQLFeedbackStore:
    return SQLFeedbackStore(lambda: sqlite3.connect(path), redactor=str, clock=lambda: NOW)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "feedback.sqlite3"
    store = _store(path)
    rewordings = [
        "who fixes the lunch menu",
        "lunch menu who fixes it",
        "who fixes the lunch menus",
        "lunch menu fix who",
        "who handles fixing the lunch menu",
    ]
    for n, question in enumerate(rewordings * 4):
        store.record(
            FeedbackEvent("slack", "unknown", 0.0, (), question, at=NOW - timedelta(hours=n))
        )
    store.record(
        FeedbackEvent(
            "teams",
            "clarify",
            0.4,
            ("health-wellness", "related-service-providers"),
            "asthma help",
            at=NOW - timedelta(days=1),
        )
    )
    for n in range(3):
        store.record(
            FeedbackEvent(
                "slack",
                "answer",
                0.9,
                ("osel",),
                "sel",
                helpful=False,
                at=NOW - timedelta(days=2, hours=n),
            )
        )
    store.record(FeedbackEvent("slack", "answer", 0.9, ("osel",), "sel", helpful=True, at=NOW))
    for day in range(14):
        for _ in range(5 if day < 7 else 2):
            store.record(
                FeedbackEvent(
                    "slack", "answer", 0.9, ("jrotc",), "jrotc", at=NOW - timedelta(days=day)
                )
            )
    store.flush()
    store.close()
    return path


def test_rewordings_are_one_unanswered_topic_with_a_count(filled: Path) -> None:
    report = build_report(_store(filled), days=30)
    assert report.unanswered[0].count == 20
    assert "lunch menu" in report.unanswered[0].example
    assert report.unanswered[1].count == 1 and report.unanswered[1].offered == (
        "health-wellness",
        "related-service-providers",
    )
    assert report.not_helpful == (("osel", 3, 1),)
    assert sum(w.answered for w in report.weeks) == 7 * 5 + 7 * 2
    assert sum(w.unknown for w in report.weeks) == 20
    text = render_text(report)
    assert "  20  " in text and "osel" in text
    assert render_csv(report).splitlines()[1].startswith("unanswered,")


def test_html_is_self_contained(filled: Path) -> None:
    page = render_html(build_report(_store(filled), days=30))
    assert "<script" not in page and "http://" not in page.replace("http://www.w3.org/2000/svg", "")
    assert "<svg" in page


def test_html_escapes_what_staff_typed(tmp_path: Path) -> None:
    store = _store(tmp_path / "f.sqlite3")
    store.record(FeedbackEvent("slack", "unknown", 0.0, (), "<script>alert(1)</script>", at=NOW))
    store.flush()
    page = render_html(build_report(store, days=7))
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    store.close()


#: Flags for a quiet, offline, throw-away headless browser.
HEADLESS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture
def chromium() -> str:
    """Debian's chromium: skipped without it locally, required under CI (which installs it)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        missing("chromium")
    return found


def test_html_renders_in_a_real_browser(chromium: str, filled: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(build_report(_store(filled), days=30)))

    def browse(profile: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [chromium, *HEADLESS, f"--user-data-dir={tmp_path / profile}", *args, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=90,
            check=True,
        )

    dom = browse("profile", "--dump-dom").stdout
    assert '<span id="answered">49</span>' in dom
    assert '<span id="unknown">20</span>' in dom
    assert dom.count('class="answered"') == len(build_report(_store(filled), days=30).weeks)
    screenshot = tmp_path / "report.png"
    browse("profile2", f"--screenshot={screenshot}", "--window-size=1000,800")
    assert screenshot.stat().st_size > 5_000


def test_report_command(filled: Path, tmp_path: Path) -> None:
    env = subprocess_env(WHOHANDLES_DB_PATH=str(filled))
    done = subprocess.run(
        [sys.executable, "-m", "bot", "report", "--days", "3650", "--format", "csv"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("section,key,count,detail")
    absent = subprocess.run(
        [sys.executable, "-m", "bot", "report"],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(WHOHANDLES_DB_PATH=str(tmp_path / "none.sqlite3")),
        check=False,
    )
    # A fresh install: an empty report that says where its data will come from, exit 0.
    assert absent.returncode == 0, absent.stderr
    assert f"Data: SQLite file {tmp_path / 'none.sqlite3'} (WHOHANDLES_DB_PATH)" in absent.stdout
    assert "Nothing recorded yet" in absent.stdout
    assert not (tmp_path / "none.sqlite3").exists(), "reading a report creates no database"
