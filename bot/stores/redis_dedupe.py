"""Retry dedupe shared by several replicas: Redis ``SET key 1 NX EX ttl``.

A Slack retry may land on a different replica than the first delivery; with this store the
second replica sees the key and stays quiet. Needs the [shared] extra (redis).
"""

from __future__ import annotations

from typing import Any

KEY_PREFIX = "whohandles:delivery:"


class RedisDedupeStore:
    """DedupeStore over Redis. Errors propagate; Conversation answers anyway if Redis is down."""

    def __init__(self, client: Any, ttl_seconds: int = 600) -> None:
        self._client = client
        self._ttl = ttl_seconds

    @classmethod
    def from_url(cls, url: str, ttl_seconds: int = 600) -> RedisDedupeStore:
        import redis

        return cls(redis.Redis.from_url(url, socket_timeout=1.0), ttl_seconds)

    def first_time(self, key: str) -> bool:
        return bool(self._client.set(KEY_PREFIX + key, b"1", nx=True, ex=self._ttl))
