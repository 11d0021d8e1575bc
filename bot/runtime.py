"""Assemble the running bot from configuration: stores, metrics and the knowledge watcher.

Every front end (Slack, Teams, both at once) shares one Conversation built here, so they
share dedupe, feedback and metrics. Configuration: explicit argument, then environment,
then default; a bad value fails at start with a message naming the variable.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.conversation import Conversation
from bot.metrics import Metrics
from bot.privacy import redact
from bot.reload import KnowledgeWatcher
from bot.service import Assistant, Brain, load_brain
from bot.stores.dedupe import DedupeStore, MemoryDedupeStore
from bot.stores.feedback import FeedbackSink, LoggingFeedbackSink
from bot.stores.sql_feedback import DEFAULT_RETENTION_DAYS, postgres_store, sqlite_store
from intents.loader import DEFAULT_ROOT as INTENTS_ROOT
from knowledge.loader import DEFAULT_ROOT as KNOWLEDGE_ROOT

logger = logging.getLogger(__name__)

DEFAULT_DB_PATH = "whohandles.sqlite3"


class ConfigError(ValueError):
    """A configuration value that cannot work; the message says what to set."""


@dataclass(frozen=True)
class RuntimeSettings:
    """Where shared state lives. ``db_path`` "off" disables the feedback store."""

    knowledge_dir: Path | None = None
    intents_dir: Path | None = None
    db_path: str = DEFAULT_DB_PATH
    database_url: str | None = None
    redis_url: str | None = None
    retention_days: int = DEFAULT_RETENTION_DAYS

    @classmethod
    def from_env(cls, env: Mapping[str, str], **explicit: object) -> RuntimeSettings:
        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        days_text = get("WHOHANDLES_RETENTION_DAYS")
        try:
            days = int(days_text) if days_text else DEFAULT_RETENTION_DAYS
            if days < 1:
                raise ValueError
        except ValueError:
            raise ConfigError(
                f"WHOHANDLES_RETENTION_DAYS must be a whole number of days, got {days_text!r}"
            ) from None
        database_url = get("DATABASE_URL")
        if database_url and not database_url.startswith(("postgresql://", "postgres://")):
            raise ConfigError("DATABASE_URL must be a postgresql:// URL (or unset for SQLite)")
        values: dict[str, object] = {
            "knowledge_dir": Path(k) if (k := get("WHOHANDLES_KNOWLEDGE_DIR")) else None,
            "intents_dir": Path(i) if (i := get("WHOHANDLES_INTENTS_DIR")) else None,
            "db_path": get("WHOHANDLES_DB_PATH") or DEFAULT_DB_PATH,
            "database_url": database_url,
            "redis_url": get("REDIS_URL"),
            "retention_days": days,
        }
        values.update({k: v for k, v in explicit.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


@dataclass
class Runtime:
    """The live pieces, and what must be stopped on shutdown."""

    assistant: Assistant
    conversation: Conversation
    metrics: Metrics
    watcher: KnowledgeWatcher | None

    def close(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
        close = getattr(self.conversation.sink, "close", None)
        if callable(close):
            close()


def feedback_sink(settings: RuntimeSettings, assistant: Assistant) -> FeedbackSink:
    """PostgreSQL when DATABASE_URL is set, else SQLite at db_path, else logging only.

    Questions are redacted with ``bot.privacy.redact``, which reads nothing from the router, so
    a phrase a curator adds to the knowledge base can never let a name through (``assistant``
    is kept for callers; redaction no longer needs its index).
    """
    if settings.database_url:
        return postgres_store(
            settings.database_url, redactor=redact, retention_days=settings.retention_days
        )
    if settings.db_path == "off":
        return LoggingFeedbackSink()
    return sqlite_store(settings.db_path, redactor=redact, retention_days=settings.retention_days)


def dedupe_store(settings: RuntimeSettings) -> DedupeStore:
    """Redis when REDIS_URL is set (several replicas), else in memory."""
    if settings.redis_url:
        from bot.stores.redis_dedupe import RedisDedupeStore

        return RedisDedupeStore.from_url(settings.redis_url)
    return MemoryDedupeStore()


def build_runtime(
    settings: RuntimeSettings, *, brain: Brain | None = None, watch: bool = True
) -> Runtime:
    """Open the stores and start watching the YAML for edits, serving ``brain`` (loaded from
    the settings' folders when not given)."""
    metrics = Metrics()
    assistant = Assistant(brain or load_brain(settings.knowledge_dir, settings.intents_dir))
    try:
        sink = feedback_sink(settings, assistant)
    except Exception as exc:
        raise ConfigError(
            f"cannot open the feedback store ({type(exc).__name__}: {exc}); check "
            "WHOHANDLES_DB_PATH or DATABASE_URL"
        ) from exc
    conversation = Conversation(
        assistant, dedupe=dedupe_store(settings), sink=sink, metrics=metrics
    )
    watcher = None
    if watch:
        watcher = KnowledgeWatcher(
            assistant,
            lambda: load_brain(settings.knowledge_dir, settings.intents_dir),
            [settings.knowledge_dir or KNOWLEDGE_ROOT, settings.intents_dir or INTENTS_ROOT],
            metrics=metrics,
        )
        watcher.start()
    return Runtime(assistant, conversation, metrics, watcher)
