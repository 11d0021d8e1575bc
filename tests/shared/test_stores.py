"""The shared stores against real servers: Redis dedupe and PostgreSQL feedback."""

from __future__ import annotations

import uuid

from bot.conversation import Conversation, FeedbackRef
from bot.privacy import redact
from bot.service import Assistant
from bot.stores.redis_dedupe import RedisDedupeStore
from bot.stores.sql_feedback import postgres_store


def test_redis_dedupe_is_shared_between_replicas(redis_url: str) -> None:
    first_replica = RedisDedupeStore.from_url(redis_url, ttl_seconds=60)
    second_replica = RedisDedupeStore.from_url(redis_url, ttl_seconds=60)
    key = f"slack:Ev{uuid.uuid4().hex}"
    assert first_replica.first_time(key) is True
    assert second_replica.first_time(key) is False
    assert first_replica.first_time(key) is False


def test_redis_down_still_answers(assistant: Assistant) -> None:
    conversation = Conversation(
        assistant, dedupe=RedisDedupeStore.from_url("redis://127.0.0.1:1/0")
    )
    assert conversation.is_new("slack", "Ev1") is True


def test_postgres_feedback_store(postgres_url: str, assistant: Assistant) -> None:
    store = postgres_store(postgres_url, redactor=redact)
    conversation = Conversation(assistant, sink=store)
    conversation.ask("Where does Keisha Brown pick up her paycheck", platform="teams")
    answer = conversation.ask("jrotc", platform="slack")
    conversation.feedback(FeedbackRef.of(answer).dumps(), helpful=True, platform="slack")
    store.flush()
    events = store.events(days=1)
    assert [(e.platform, e.outcome, e.helpful) for e in events][-2:] == [
        ("teams", "unknown", None),
        ("slack", "answer", True),
    ]
    assert events[-2].question == "Where does [name] [name] pick up her paycheck"
    assert dict((o, n) for _, o, n in store.answer_counts(days=1))["answer"] >= 1
    store.close()
