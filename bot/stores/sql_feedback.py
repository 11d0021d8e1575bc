"""Feedback and unanswered questions in SQL: SQLite by default, PostgreSQL when configured.

One implementation serves both through DB-API; only the connection and the placeholder
style differ. Writes happen on a background thread from a bounded queue, so a locked, full
or unwritable database never delays or fails an answer: the event is dropped and the failure
logged once until writes succeed again.

What is stored: the time, platform, outcome, confidence, offices offered, whether a click was
helpful, and the question *redacted* (names, ids, phones, emails removed) for unknown and
clarify outcomes and clicks. Answered questions are only counted per day, with no text at
all. No user ids, no channel names. Rows older than the retention period are deleted.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from bot.stores.feedback import FeedbackEvent

logger = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 90
QUEUE_SIZE = 10_000

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS feedback_events (
        at TEXT NOT NULL,
        platform TEXT NOT NULL,
        outcome TEXT NOT NULL,
        confidence REAL NOT NULL,
        offices TEXT NOT NULL,
        helpful INTEGER,
        question TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS feedback_events_at ON feedback_events (at)",
    """CREATE TABLE IF NOT EXISTS answer_counts (
        day TEXT NOT NULL,
        platform TEXT NOT NULL,
        outcome TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (day, platform, outcome)
    )""",
)


class Connection(Protocol):
    """The part of a DB-API connection we use."""

    def cursor(self) -> Any: ...
    def commit(self) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One row of ``feedback_events``, as the report reads it."""

    at: datetime
    platform: str
    outcome: str
    confidence: float
    office_ids: tuple[str, ...]
    helpful: bool | None
    question: str


class SQLFeedbackStore:
    """A FeedbackSink that writes to SQL in the background. Call ``close`` to flush."""

    def __init__(
        self,
        connect: Callable[[], Connection],
        *,
        redactor: Callable[[str], str],
        placeholder: str = "?",
        retention_days: int = DEFAULT_RETENTION_DAYS,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._connect = connect
        self._redact = redactor
        self._p = placeholder
        self.retention = timedelta(days=retention_days)
        self._clock = clock
        self._queue: queue.Queue[FeedbackEvent | None] = queue.Queue(QUEUE_SIZE)
        self._failing = False
        self._writer = threading.Thread(target=self._run, name="feedback-writer", daemon=True)
        self._create_schema()
        self.purge_expired()
        self._writer.start()

    def _create_schema(self, attempts: int = 3) -> None:
        """Create the tables if missing. Replicas starting together can race on PostgreSQL's
        catalog even with IF NOT EXISTS; the loser simply tries again."""
        for attempt in range(1, attempts + 1):
            try:
                with self._session() as cursor:
                    for statement in SCHEMA:
                        cursor.execute(statement)
                return
            except Exception:
                if attempt == attempts:
                    raise
                time.sleep(0.2 * attempt)

    # -- writing ---------------------------------------------------------------------------
    def record(self, event: FeedbackEvent) -> None:
        """Queue ``event`` for writing; never blocks, never raises."""
        try:
            self._queue.put_nowait(event)
        except queue.Full:
            self._failed("the feedback queue is full; dropping events")

    def flush(self) -> None:
        """Wait until everything queued so far is written (for tests and the report)."""
        self._queue.join()

    def close(self) -> None:
        """Flush and stop the writer."""
        self._queue.put(None)
        self._writer.join(timeout=5)

    def _run(self) -> None:
        while True:
            event = self._queue.get()
            try:
                if event is None:
                    return
                self._write(event)
                if self._failing:
                    logger.info("feedback store is writable again")
                self._failing = False
            except Exception as exc:  # locked, full, unwritable, server down
                self._failed(f"feedback store write failed: {type(exc).__name__}: {exc}")
            finally:
                self._queue.task_done()

    def _write(self, event: FeedbackEvent) -> None:
        p = self._p
        with self._session() as cursor:
            if event.helpful is None:
                cursor.execute(
                    "INSERT INTO answer_counts (day, platform, outcome, n) "
                    f"VALUES ({p}, {p}, {p}, 1) "
                    "ON CONFLICT (day, platform, outcome) DO UPDATE SET n = answer_counts.n + 1",
                    (event.at.date().isoformat(), event.platform, event.outcome),
                )
                if event.outcome == "answer":
                    return  # answered questions are counted, never written down
            cursor.execute(
                "INSERT INTO feedback_events (at, platform, outcome, confidence, offices, helpful,"
                f" question) VALUES ({p}, {p}, {p}, {p}, {p}, {p}, {p})",
                (
                    event.at.isoformat(),
                    event.platform,
                    event.outcome,
                    event.confidence,
                    ",".join(event.office_ids),
                    None if event.helpful is None else int(event.helpful),
                    self._redact(event.question),
                ),
            )

    def _failed(self, message: str) -> None:
        if not self._failing:
            logger.error("%s (the answer was still sent; further failures are not logged)", message)
        self._failing = True

    # -- reading and upkeep ----------------------------------------------------------------
    def purge_expired(self) -> int:
        """Delete rows older than the retention period; returns how many events went."""
        cutoff = self._clock() - self.retention
        with self._session() as cursor:
            cursor.execute(
                f"DELETE FROM feedback_events WHERE at < {self._p}", (cutoff.isoformat(),)
            )
            removed = int(cursor.rowcount or 0)
            cursor.execute(
                f"DELETE FROM answer_counts WHERE day < {self._p}", (cutoff.date().isoformat(),)
            )
        return removed

    def events(self, days: int) -> list[StoredEvent]:
        """Events of the last ``days`` days, oldest first."""
        since = (self._clock() - timedelta(days=days)).isoformat()
        with self._session() as cursor:
            cursor.execute(
                "SELECT at, platform, outcome, confidence, offices, helpful, question "
                f"FROM feedback_events WHERE at >= {self._p} ORDER BY at",
                (since,),
            )
            rows = cursor.fetchall()
        return [
            StoredEvent(
                at=datetime.fromisoformat(at),
                platform=platform,
                outcome=outcome,
                confidence=float(confidence),
                office_ids=tuple(o for o in offices.split(",") if o),
                helpful=None if helpful is None else bool(helpful),
                question=question,
            )
            for at, platform, outcome, confidence, offices, helpful, question in rows
        ]

    def answer_counts(self, days: int) -> list[tuple[str, str, int]]:
        """(day, outcome, count) for the last ``days`` days, summed over platforms."""
        since = (self._clock() - timedelta(days=days)).date().isoformat()
        with self._session() as cursor:
            cursor.execute(
                f"SELECT day, outcome, SUM(n) FROM answer_counts WHERE day >= {self._p} "
                "GROUP BY day, outcome ORDER BY day, outcome",
                (since,),
            )
            return [(str(day), str(outcome), int(n)) for day, outcome, n in cursor.fetchall()]

    def _session(self) -> _Session:
        return _Session(self._connect)


class _Session:
    """A connection and cursor for one unit of work, committed on success and always closed."""

    def __init__(self, connect: Callable[[], Connection]) -> None:
        self._connect = connect
        self._connection: Connection | None = None

    def __enter__(self) -> Any:
        self._connection = self._connect()
        return self._connection.cursor()

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        assert self._connection is not None
        try:
            if kind is None:
                self._connection.commit()
        finally:
            self._connection.close()


def sqlite_store(
    path: str, *, redactor: Callable[[str], str], retention_days: int = DEFAULT_RETENTION_DAYS
) -> SQLFeedbackStore:
    """The default store: one SQLite file, no server to run."""
    import sqlite3

    def connect() -> Connection:
        return sqlite3.connect(path, timeout=2.0)

    return SQLFeedbackStore(connect, redactor=redactor, retention_days=retention_days)


def postgres_store(
    url: str, *, redactor: Callable[[str], str], retention_days: int = DEFAULT_RETENTION_DAYS
) -> SQLFeedbackStore:
    """The shared store for several replicas (``DATABASE_URL=postgresql://...``)."""
    import psycopg  # the [shared] extra

    def connect() -> Connection:
        connection: Connection = psycopg.connect(url, connect_timeout=3)
        return connection

    return SQLFeedbackStore(
        connect, redactor=redactor, placeholder="%s", retention_days=retention_days
    )
