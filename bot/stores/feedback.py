"""Where feedback and unanswered questions go. The default only logs, without message text.

The curator tools replace the default with a store (SQLite, PostgreSQL) behind the same
interface; front ends never know which one they have.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FeedbackEvent:
    """One thing worth a curator's attention.

    ``helpful`` is True or False for a button click, and None for a question the bot could
    not answer outright (unknown or clarify). ``question`` is raw here; a store must redact it
    before writing anything.
    """

    platform: str
    outcome: str
    confidence: float
    office_ids: tuple[str, ...]
    question: str
    helpful: bool | None = None
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


class FeedbackSink(Protocol):
    """Receives feedback events. Must never raise into an answer."""

    def record(self, event: FeedbackEvent) -> None:
        """Keep ``event``; failures are the sink's to log, not the caller's to handle."""
        ...


class LoggingFeedbackSink:
    """Logs one line per event with no message text: staff may name students."""

    def record(self, event: FeedbackEvent) -> None:
        if event.helpful is None and event.outcome == "answer":
            return  # answered outright: nothing for a curator to look at
        kind = {True: "helpful", False: "not_helpful", None: "unanswered"}[event.helpful]
        logger.info(
            "feedback kind=%s platform=%s outcome=%s confidence=%.2f offices=%s",
            kind,
            event.platform,
            event.outcome,
            event.confidence,
            ",".join(event.office_ids) or "-",
        )


class NoFeedbackSink:
    """Records nothing: for questions that are not staff's (a batch run, a benchmark)."""

    def record(self, event: FeedbackEvent) -> None:
        return None
