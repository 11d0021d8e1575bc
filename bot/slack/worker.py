"""Answer work after the ack, on a few threads of this process.

Slack gives an ack 3 seconds. Bolt, left to itself, runs a command's or a button's listener
(and so its ``ack()``) on the same pool as everybody's answer work, so one answer waiting out
a 429's Retry-After could make the next command miss its 3 seconds. Listeners therefore only
read the payload, ack, and queue the answer here; nothing an ack needs ever waits in this
queue. A district's peak is a few questions a second; routing one takes under a millisecond,
so a handful of threads has room to spare (``benchmarks/slack_http.py`` measures it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait

from slack_sdk.errors import SlackApiError

logger = logging.getLogger(__name__)

#: Threads composing and sending answers. Several, so that one answer sitting out a 429's
#: Retry-After or a slow Slack does not hold up everybody else's; a sleeping thread costs the
#: acks nothing.
ANSWER_THREADS = 4

Job = Callable[[], object]


class AnswerWorker:
    """A queue of answer jobs. Failures are logged (kind and error, never text), not raised.

    Delivery is at most once: a job whose post fails after the client's retries is logged as
    lost, never run a second time.
    """

    def __init__(self, threads: int = ANSWER_THREADS) -> None:
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="slack-answer")
        self._pending: set[Future[None]] = set()
        self._lock = threading.Lock()

    def submit(self, kind: str, job: Job) -> None:
        """Queue ``job``; ``kind`` ("mention", "/contact", ...) names it in logs."""
        future = self._pool.submit(run_logged, kind, job)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait for every job queued so far; False if some are still running at ``timeout``."""
        with self._lock:
            pending = list(self._pending)
        return not wait(pending, timeout=timeout).not_done

    def close(self, timeout: float = 10.0) -> None:
        """Finish queued answers (up to ``timeout``), then stop the threads."""
        if not self.drain(timeout):
            logger.warning("stopping with answers still queued; they are dropped")
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._pending.discard(future)


def run_logged(kind: str, job: Job) -> None:
    """Run ``job``; log a failure by ``kind`` and error (never message text)."""
    try:
        job()
    except SlackApiError as exc:
        error = exc.response.get("error") if exc.response is not None else None
        logger.error("%s: Slack refused the answer (%s)", kind, error or "no error code")
    except Exception:
        logger.exception("%s: answering failed", kind)
