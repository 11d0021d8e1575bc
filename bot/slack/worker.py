"""Answer work after the ack, on threads of this process.

Slack gives an ack 3 seconds. Bolt, left to itself, runs a command's or a button's listener
(and so its ``ack()``) on the same pool as everybody's answer work, so one answer waiting out
a 429's Retry-After could make the next command miss its 3 seconds. Listeners therefore only
read the payload, ack, and queue the answer here; nothing an ack needs ever waits in this queue.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation import Conversation
from bot.slack.jobs import AnswerJob, answer_job

logger = logging.getLogger(__name__)

#: Threads composing and sending answers. Several, so that one answer sitting out a 429's
#: Retry-After or a slow Slack does not hold up everybody else's; a sleeping thread costs the
#: acks nothing. Measured in benchmarks/slack_http.py.
ANSWER_THREADS = 4


class AnswerWorker:
    """A queue of answer jobs. Failures are logged (kind and error, never text), not raised.

    Questions (``answer``) and other follow-up work (``submit``: button clicks, App Home)
    share the threads. ``bot.slack.answer_process`` moves the questions to another process.
    """

    def __init__(
        self, conversation: Conversation, client: WebClient, threads: int = ANSWER_THREADS
    ) -> None:
        self.conversation = conversation
        self.client = client
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="slack-answer")
        self._pending: set[Future[None]] = set()
        self._lock = threading.Lock()

    def answer(self, job: AnswerJob) -> None:
        """Queue a question; its answer goes where ``job`` says."""
        self.submit(job.kind, lambda: answer_job(job, self.conversation, self.client))

    def submit(self, kind: str, job: Callable[[], None]) -> None:
        """Queue ``job``; ``kind`` ("mention", "/contact", ...) names it in logs."""
        future = self._pool.submit(self.run_logged, kind, job)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait for every job queued so far; False if some are still running at ``timeout``."""
        with self._lock:
            pending = list(self._pending)
        return not wait(pending, timeout=timeout).not_done

    def close(self, timeout: float = 10.0) -> None:
        """Finish queued answers (up to ``timeout``), then stop the thread."""
        if not self.drain(timeout):
            logger.warning("stopping with answers still queued; they are dropped")
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._pending.discard(future)

    @staticmethod
    def run_logged(kind: str, job: Callable[[], None]) -> None:
        """Run ``job``; log a failure by ``kind`` and error (never message text)."""
        try:
            job()
        except SlackApiError as exc:
            error = exc.response.get("error") if exc.response is not None else None
            logger.error("%s: Slack refused the answer (%s)", kind, error or "no error code")
        except Exception:
            logger.exception("%s: answering failed", kind)
