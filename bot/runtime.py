"""Assemble the running bot from configuration: stores, metrics and the knowledge watcher.

Every front end (Slack, Teams, both at once) shares one Conversation built here, so they
share dedupe, conversation contexts, feedback and metrics. ``StoreSettings`` says where that
shared state lives (see ``bot.settings`` for how every setting is resolved).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from bot.conversation import Conversation
from bot.metrics import Metrics
from bot.privacy import redact
from bot.reload import KnowledgeWatcher
from bot.service import Assistant, Brain, load_brain
from bot.settings import ConfigError, CoreSettings, number, text
from bot.stores.context import DEFAULT_MINUTES, ContextStore, MemoryContextStore
from bot.stores.dedupe import DedupeStore, MemoryDedupeStore
from bot.stores.feedback import FeedbackSink, LoggingFeedbackSink
from bot.stores.sql_feedback import DEFAULT_RETENTION_DAYS, postgres_store, sqlite_store
from intents.loader import DEFAULT_ROOT as INTENTS_ROOT
from knowledge.loader import DEFAULT_ROOT as KNOWLEDGE_ROOT

logger = logging.getLogger(__name__)

DEFAULT_DB_PATH = "whohandles.sqlite3"


@dataclass(frozen=True)
class StoreSettings:
    """Where shared state lives. ``db_path`` "off" keeps no feedback store."""

    db_path: str = DEFAULT_DB_PATH
    database_url: str | None = None
    redis_url: str | None = None
    retention_days: int = DEFAULT_RETENTION_DAYS
    context_minutes: int = DEFAULT_MINUTES

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> StoreSettings:
        """Resolve and check; raises ConfigError naming the variable."""
        database_url = text(env, "DATABASE_URL")
        if database_url and not database_url.startswith(("postgresql://", "postgres://")):
            raise ConfigError("DATABASE_URL must be a postgresql:// URL (or unset for SQLite)")
        redis_url = text(env, "REDIS_URL")
        if redis_url and not redis_url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigError("REDIS_URL must be a redis:// URL (or unset to keep it in memory)")
        return cls(
            db_path=text(env, "WHOHANDLES_DB_PATH") or DEFAULT_DB_PATH,
            database_url=database_url,
            redis_url=redis_url,
            retention_days=number(
                env, "WHOHANDLES_RETENTION_DAYS", DEFAULT_RETENTION_DAYS, low=1, high=3650
            ),
            context_minutes=number(
                env, "WHOHANDLES_CONTEXT_MINUTES", DEFAULT_MINUTES, low=1, high=24 * 60
            ),
        )


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


def feedback_sink(settings: StoreSettings) -> FeedbackSink:
    """PostgreSQL when DATABASE_URL is set, else SQLite at db_path, else logging only.

    Questions are redacted with ``bot.privacy.redact``, which reads nothing from the router, so
    a phrase a curator adds to the knowledge base can never let a name through.
    """
    if settings.database_url:
        return postgres_store(
            settings.database_url, redactor=redact, retention_days=settings.retention_days
        )
    if settings.db_path == "off":
        return LoggingFeedbackSink()
    return sqlite_store(settings.db_path, redactor=redact, retention_days=settings.retention_days)


def dedupe_store(settings: StoreSettings) -> DedupeStore:
    """Redis when REDIS_URL is set (several replicas), else in memory."""
    if settings.redis_url:
        from bot.stores.redis_dedupe import RedisDedupeStore

        return RedisDedupeStore.from_url(settings.redis_url)
    return MemoryDedupeStore()


def context_store(settings: StoreSettings) -> ContextStore:
    """Redis when REDIS_URL is set, so a follow-up may reach any replica; else in memory."""
    if settings.redis_url:
        from bot.stores.context import RedisContextStore

        return RedisContextStore.from_url(settings.redis_url, settings.context_minutes)
    return MemoryContextStore(settings.context_minutes)


def build_runtime(
    core: CoreSettings,
    settings: StoreSettings,
    *,
    brain: Brain | None = None,
    watch: bool = True,
) -> Runtime:
    """Open the stores and start watching the YAML for edits, serving ``brain`` (loaded from
    the core settings' folders when not given)."""
    metrics = Metrics()
    assistant = Assistant(brain or load_brain(core.knowledge_dir, core.intents_dir))
    try:
        sink = feedback_sink(settings)
    except Exception as exc:
        raise ConfigError(
            f"cannot open the feedback store ({type(exc).__name__}: {exc}); check "
            "WHOHANDLES_DB_PATH or DATABASE_URL"
        ) from exc
    conversation = Conversation(
        assistant,
        dedupe=dedupe_store(settings),
        sink=sink,
        metrics=metrics,
        contexts=context_store(settings),
    )
    watcher = None
    if watch:
        watcher = KnowledgeWatcher(
            assistant,
            lambda: load_brain(core.knowledge_dir, core.intents_dir),
            [core.knowledge_dir or KNOWLEDGE_ROOT, core.intents_dir or INTENTS_ROOT],
            metrics=metrics,
        )
        watcher.start()
    return Runtime(assistant, conversation, metrics, watcher)
