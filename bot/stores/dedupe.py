"""Seen-before checks for platform retries: Slack's X-Slack-Retry-Num, Teams' duplicate ids.

The interface is one method so a shared store (Redis ``SET NX`` with a TTL) can replace the
in-memory default when several replicas sit behind one load balancer.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol


class DedupeStore(Protocol):
    """Remembers delivery keys for a while."""

    def first_time(self, key: str) -> bool:
        """True the first time ``key`` is seen within the TTL, False on every repeat."""
        ...


class MemoryDedupeStore:
    """A bounded, thread-safe TTL set for one process.

    ``max_keys`` bounds memory under a flood; the oldest keys go first, which only matters
    if one process sees more than that many deliveries within the TTL.
    """

    def __init__(
        self,
        ttl_seconds: float = 600.0,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._ttl = ttl_seconds
        self._max = max_keys
        self._clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            while self._seen:
                oldest_key, expires = next(iter(self._seen.items()))
                if expires > now and len(self._seen) < self._max:
                    break
                del self._seen[oldest_key]
            if key in self._seen:
                return False
            self._seen[key] = now + self._ttl
            return True
