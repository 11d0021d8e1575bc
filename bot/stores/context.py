"""Where a conversation's context lives between two messages: in memory, or in Redis so
several replicas share it.

A context is only what a follow-up needs: the offices the last answer gave (or offered), the
contact field it was about, and when. Never what anyone typed. It expires a while after the
conversation's last message (``WHOHANDLES_CONTEXT_MINUTES``, default 30), so an old thread
picked up the next day starts afresh.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from intents import Field

DEFAULT_MINUTES = 30
KEY_PREFIX = "whohandles:context:"


@dataclass(frozen=True, slots=True)
class ThreadContext:
    """What a conversation's next message may refer to.

    ``offices`` is the office the last answer gave, or the choices a clarify offered (then
    ``offered`` is True); ``field`` is the contact field last asked for.
    """

    offices: tuple[str, ...] = ()
    field: Field | None = None
    offered: bool = False
    at: float = 0.0

    def dumps(self) -> str:
        data: dict[str, Any] = {"o": list(self.offices), "c": self.offered, "t": self.at}
        if self.field is not None:
            data["f"] = self.field.value
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def loads(cls, raw: str | bytes) -> ThreadContext | None:
        """The context in ``raw``; None for anything unreadable (a store from another version)."""
        try:
            data = json.loads(raw)
            field = Field(data["f"]) if data.get("f") else None
            offices = tuple(str(o) for o in data["o"])
            return cls(offices, field, bool(data.get("c")), float(data.get("t", 0.0)))
        except (ValueError, TypeError, KeyError):
            return None


class ContextStore(Protocol):
    """Keeps each conversation's context for a while."""

    def get(self, key: str) -> ThreadContext | None:
        """The conversation's context, or None when there is none or it expired."""
        ...

    def put(self, key: str, context: ThreadContext) -> None:
        """Remember ``context`` for the conversation, from now for the store's time."""
        ...


class MemoryContextStore:
    """Contexts in this process: a bounded, thread-safe map with expiry."""

    def __init__(
        self,
        minutes: float = DEFAULT_MINUTES,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._ttl = minutes * 60
        self._max = max_keys
        self._clock = clock
        self._items: OrderedDict[str, tuple[float, ThreadContext]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> ThreadContext | None:
        with self._lock:
            found = self._items.get(key)
            if found is None or found[0] <= self._clock():
                self._items.pop(key, None)
                return None
            return found[1]

    def put(self, key: str, context: ThreadContext) -> None:
        with self._lock:
            self._items.pop(key, None)
            self._items[key] = (self._clock() + self._ttl, context)
            while len(self._items) > self._max:
                self._items.popitem(last=False)


class RedisContextStore:
    """Contexts in Redis (``SET key value EX ttl``), shared by every replica."""

    def __init__(self, client: Any, minutes: float = DEFAULT_MINUTES) -> None:
        self._client = client
        self._ttl = max(int(minutes * 60), 1)

    @classmethod
    def from_url(cls, url: str, minutes: float = DEFAULT_MINUTES) -> RedisContextStore:
        import redis

        return cls(redis.Redis.from_url(url, socket_timeout=1.0), minutes)

    def get(self, key: str) -> ThreadContext | None:
        raw = self._client.get(KEY_PREFIX + key)
        return ThreadContext.loads(raw) if raw is not None else None

    def put(self, key: str, context: ThreadContext) -> None:
        self._client.set(KEY_PREFIX + key, context.dumps(), ex=self._ttl)
