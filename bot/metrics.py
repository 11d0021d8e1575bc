"""Prometheus metrics for ``GET /metrics``, with no dependency: three series, text format.

The exposition format is simple enough that a client library would cost more than it saves:
answers by platform and outcome, a latency histogram, and knowledge reloads by result.
"""

from __future__ import annotations

import threading
from collections import Counter

LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)


class Metrics:
    """Thread-safe counters and one histogram, rendered in Prometheus text format."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: Counter[tuple[str, str]] = Counter()
        self._reloads: Counter[str] = Counter()
        self._bucket_counts = [0] * len(LATENCY_BUCKETS)
        self._latency_sum = 0.0
        self._latency_count = 0

    def answered(self, platform: str, outcome: str, seconds: float) -> None:
        """Count one answer and its latency."""
        with self._lock:
            self._answers[(platform, outcome)] += 1
            self._latency_sum += seconds
            self._latency_count += 1
            for i, bound in enumerate(LATENCY_BUCKETS):
                if seconds <= bound:
                    self._bucket_counts[i] += 1

    def reloaded(self, ok: bool) -> None:
        """Count one knowledge reload attempt."""
        with self._lock:
            self._reloads["success" if ok else "failure"] += 1

    def render(self) -> str:
        """The Prometheus text exposition of every series."""
        with self._lock:
            lines = [
                "# HELP whohandles_answers_total Questions answered, by platform and outcome.",
                "# TYPE whohandles_answers_total counter",
            ]
            for (platform, outcome), count in sorted(self._answers.items()):
                lines.append(
                    f'whohandles_answers_total{{platform="{platform}",outcome="{outcome}"}} {count}'
                )
            lines += [
                "# HELP whohandles_answer_latency_seconds Time to route and compose an answer.",
                "# TYPE whohandles_answer_latency_seconds histogram",
            ]
            for bound, count in zip(LATENCY_BUCKETS, self._bucket_counts, strict=True):
                lines.append(f'whohandles_answer_latency_seconds_bucket{{le="{bound}"}} {count}')
            lines += [
                f'whohandles_answer_latency_seconds_bucket{{le="+Inf"}} {self._latency_count}',
                f"whohandles_answer_latency_seconds_sum {self._latency_sum:.6f}",
                f"whohandles_answer_latency_seconds_count {self._latency_count}",
                "# HELP whohandles_reloads_total Knowledge base reloads, by result.",
                "# TYPE whohandles_reloads_total counter",
            ]
            for result in ("success", "failure"):
                lines.append(
                    f'whohandles_reloads_total{{result="{result}"}} {self._reloads[result]}'
                )
        return "\n".join(lines) + "\n"
