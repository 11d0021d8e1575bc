"""The SQLite feedback store: what it keeps, what it never keeps, and that it never costs an
answer."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.conversation import Conversation, FeedbackRef
from bot.privacy import redact
from bot.service import Assistant
from bot.stores.feedback import FeedbackEvent
from bot.stores.sql_feedback import SQLFeedbackStore, sqlite_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLFeedbackStore]:
    made = sqlite_store(str(tmp_path / "feedback.sqlite3"), redactor=redact)
    yield made
    made.close()


def test_unanswered_and_clicks_are_kept_redacted_answers_only_counted(
    store: SQLFeedbackStore, assistant: Assistant, tmp_path: Path
) -> None:
    conversation = Conversation(assistant, sink=store)
    conversation.ask("Jamal Thompson needs his paycheck fixed", platform="slack")
    conversation.ask("fax for OSEL", platform="teams")
    answer = conversation.ask("metal detectors at Kelly", platform="slack")
    assert conversation.feedback(FeedbackRef.of(answer).dumps(), helpful=False, platform="slack")
    store.flush()
    events = store.events(days=1)
    assert [(e.outcome, e.helpful) for e in events] == [("unknown", None), ("answer", False)]
    assert events[0].question == "[name] [name] needs his paycheck fixed"
    assert events[1].office_ids == ("student-safety-services",)
    assert "Kelly" not in events[1].question
    counts = {outcome: n for _, outcome, n in store.answer_counts(days=1)}
    assert counts == {"answer": 2, "unknown": 1}
    raw = (
        sqlite3.connect(tmp_path / "feedback.sqlite3")
        .execute("SELECT group_concat(question, '|') FROM feedback_events")
        .fetchone()[0]
    )
    assert "OSEL" not in raw, "answered questions must not be written down"


def test_records_expire(tmp_path: Path) -> None:
    now = datetime(2026, 11, 22, tzinfo=UTC)
    store = SQLFeedbackStore(
        lambda: sqlite3.connect(tmp_path / "f.sqlite3"),
        redactor=str,
        retention_days=90,
        clock=lambda: now,
    )
    for age in (10, 89, 91, 200):
        at = now - timedelta(days=age)
        store.record(FeedbackEvent("slack", "unknown", 0.0, (), f"q{age}", at=at))
    store.flush()
    assert store.purge_expired() == 2
    assert [e.question for e in store.events(days=365)] == ["q89", "q10"]
    store.close()


def test_unwritable_database_never_fails_an_answer(
    tmp_path: Path, assistant: Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "f.sqlite3"
    store = sqlite_store(str(path), redactor=str)
    path.unlink()
    path.mkdir()  # the database is now a directory: every write fails
    conversation = Conversation(assistant, sink=store)
    with caplog.at_level(logging.ERROR):
        answers = [conversation.ask("payroll question", platform="slack") for _ in range(5)]
        store.flush()
    assert all(a.status.value == "unknown" for a in answers)
    failures = [r for r in caplog.records if "feedback store write failed" in r.getMessage()]
    assert len(failures) == 1
    store.close()


def test_locked_database_never_blocks_an_answer(tmp_path: Path, assistant: Assistant) -> None:
    path = tmp_path / "f.sqlite3"
    store = sqlite_store(str(path), redactor=str)
    locker = sqlite3.connect(path)
    locker.execute("BEGIN EXCLUSIVE")
    conversation = Conversation(assistant, sink=store)
    started = datetime.now(UTC)
    answer = conversation.ask("lunch menu", platform="teams")
    assert (datetime.now(UTC) - started) < timedelta(seconds=1)
    assert answer.status.value == "unknown"
    locker.rollback()
    locker.close()
    store.close()
