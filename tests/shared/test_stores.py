"""The shared stores against real servers: Redis dedupe and contexts, PostgreSQL feedback."""

from __future__ import annotations

import uuid

from bot.conversation import Conversation, FeedbackRef
from bot.privacy import redact
from bot.service import Assistant
from bot.stores.context import KEY_PREFIX, RedisContextStore, ThreadContext
from bot.stores.redis_dedupe import RedisDedupeStore
from bot.stores.sql_feedback import postgres_store
from intents import Field


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


def test_a_follow_up_on_the_other_replica_reads_the_same_context(
    redis_url: str, assistant: Assistant
) -> None:
    first = Conversation(assistant, contexts=RedisContextStore.from_url(redis_url))
    second = Conversation(assistant, contexts=RedisContextStore.from_url(redis_url))
    thread = f"C1:{uuid.uuid4().hex}"
    first.ask("who handles JROTC scholarships?", platform="slack", thread=thread)
    answer = second.ask("what's their fax?", platform="slack", thread=thread)
    assert answer.best is not None and answer.best.office.id == "jrotc"
    assert answer.field is Field.FAX


def test_redis_context_holds_ids_and_expires(redis_url: str) -> None:
    import redis

    client = redis.Redis.from_url(redis_url)
    store = RedisContextStore(client, minutes=2)
    store.put("slack:C1:1.2", ThreadContext(("jrotc",), Field.FAX, False, 5.0))
    assert store.get("slack:C1:1.2") == ThreadContext(("jrotc",), Field.FAX, False, 5.0)
    raw = client.get(KEY_PREFIX + "slack:C1:1.2")
    assert raw == b'{"o":["jrotc"],"c":false,"t":5.0,"f":"fax"}', "ids and a time, no text"
    assert 110 <= int(client.ttl(KEY_PREFIX + "slack:C1:1.2")) <= 120
    client.set(KEY_PREFIX + "slack:C1:garbled", b"not json")
    assert store.get("slack:C1:garbled") is None


def test_redis_down_answers_without_the_conversation(assistant: Assistant) -> None:
    conversation = Conversation(
        assistant, contexts=RedisContextStore.from_url("redis://127.0.0.1:1/0")
    )
    answer = conversation.ask("fax for JROTC", platform="slack", thread="C1:1.2")
    assert answer.best is not None and answer.best.office.id == "jrotc"


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
