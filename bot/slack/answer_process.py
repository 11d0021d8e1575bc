"""Questions answered in a second process, so acks never wait on answer work.

Python runs one thread at a time. With routing, rendering and posting on threads beside the
HTTP server, every answer slowed every ack: under load the app acked at a third of a bare
bolt app's rate (benchmarks/slack_http.py). Here the ack process only verifies, deduplicates,
acks and hands an ``AnswerJob`` down a pipe; the answer process routes, renders and posts.

What stays in the ack process: dedupe (before the ack), button clicks and App Home (no
routing), the metrics and the feedback store. The answer process reports each answer's
outcome and feedback event back up, so ``/metrics`` and the curator's report see every answer.
The answer process gets the knowledge as a pickled Brain at start and again after every
reload, so both processes always answer from the same knowledge.

Delivery stays at most once: if the answer process dies, the answers it held are logged as
lost (never sent twice) and later questions are answered on this process's threads.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import logging.handlers
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext, SpawnContext
from typing import Any

from slack_sdk import WebClient

from bot.conversation import Conversation, request_log
from bot.metrics import Metrics
from bot.service import Assistant, Brain
from bot.slack.clients import make_client
from bot.slack.jobs import AnswerJob, answer_job
from bot.slack.settings import SlackSettings
from bot.slack.worker import ANSWER_THREADS, AnswerWorker
from bot.stores.feedback import FeedbackEvent

logger = logging.getLogger(__name__)

#: Seconds to wait for the answer process to start and to stop.
PROCESS_TIMEOUT = 10.0
#: How much lower the answer process's CPU priority is than the ack process's (0-19).
ANSWER_NICENESS = 10
#: The one-line-per-answer log (see bot.conversation).
REQUEST_LOG = request_log.name


class AnswerProcess(AnswerWorker):
    """An ``AnswerWorker`` whose questions are answered in a child process.

    ``answer`` never blocks an ack: jobs wait in an unbounded outbox that one sender thread
    writes down the pipe (a full pipe would otherwise stall the request thread).
    """

    def __init__(
        self,
        conversation: Conversation,
        client: WebClient,
        settings: SlackSettings,
        threads: int = ANSWER_THREADS,
    ) -> None:
        super().__init__(conversation, client, threads)
        # forkserver: a child forked from a clean, single-threaded server, never from this
        # process with its locks held by other threads; only this module is preloaded.
        # Where there is no forkserver (Windows), a fresh interpreter does the same, slower.
        context: ForkServerContext | SpawnContext
        if "forkserver" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload([__name__])
        else:
            context = multiprocessing.get_context("spawn")
        jobs_out, self._to_child = context.Pipe(duplex=False)
        self._from_child, results_in = context.Pipe(duplex=False)
        self._brain = conversation.assistant.brain
        self._process = context.Process(
            target=serve_answers,
            args=(jobs_out, results_in, settings, self._brain, _log_level()),
            name="whohandles-answers",
            daemon=True,
        )
        self._process.start()
        logger.info("answer process started (pid %s)", self._process.pid)
        jobs_out.close()  # the child's ends: closing ours lets a dead child read as EOF
        results_in.close()
        self._outbox: queue.SimpleQueue[tuple[int, AnswerJob] | None] = queue.SimpleQueue()
        self._numbers = itertools.count()
        self._queued = 0  # jobs in the outbox
        self._in_child: dict[int, str] = {}  # job number -> kind, until reported done
        self._settled = threading.Condition()
        self._alive = True
        self._closing = False
        self._threads = [
            threading.Thread(target=self._send_jobs, name="slack-answer-sender", daemon=True),
            threading.Thread(target=self._read_results, name="slack-answer-results", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    @property
    def pid(self) -> int | None:
        """The answer process's id, for operators (and tests) to find it."""
        return self._process.pid

    def answer(self, job: AnswerJob) -> None:
        """Hand ``job`` to the answer process; answer it here if that process is gone."""
        if not self._alive:
            super().answer(job)
            return
        with self._settled:
            self._queued += 1
        self._outbox.put((next(self._numbers), job))

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait for every job handed over so far, here and in the answer process."""
        deadline = time.monotonic() + timeout
        with self._settled:
            settled = self._settled.wait_for(self._nothing_held, timeout)
        return super().drain(max(0.0, deadline - time.monotonic())) and settled

    def close(self, timeout: float = 10.0) -> None:
        """Finish the answers already handed over (up to ``timeout``), then stop the child."""
        if not self.drain(timeout):
            logger.warning("stopping with answers still queued; they are dropped")
        self._closing = True
        self._outbox.put(None)
        self._process.join(PROCESS_TIMEOUT)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(PROCESS_TIMEOUT)
        super().close(0)

    def _nothing_held(self) -> bool:
        return not self._queued and not self._in_child

    def _send_jobs(self) -> None:
        """Write the outbox down the pipe, with the knowledge first whenever it was reloaded."""
        while (item := self._outbox.get()) is not None:
            number, job = item
            sent = False
            if self._alive:
                with self._settled:
                    self._in_child[number] = job.kind
                try:
                    brain = self.conversation.assistant.brain
                    if brain is not self._brain:
                        self._to_child.send(("brain", brain))
                        self._brain = brain
                    self._to_child.send(("job", number, job))
                    sent = True
                except (OSError, ValueError):
                    with self._settled:
                        self._in_child.pop(number, None)
            if not sent:
                super().answer(job)  # never reached the child: answering here sends it once
            with self._settled:
                self._queued -= 1
                self._settled.notify_all()
        with contextlib.suppress(OSError, ValueError):
            self._to_child.send(None)
        self._to_child.close()

    def _apply(self, report: tuple[Any, ...]) -> None:
        tag, *values = report
        if tag == "answered":
            self.conversation.metrics.answered(*values)
        elif tag == "feedback":
            self.conversation.record(values[0])
        elif tag == "log":
            _log_in_this_process(*values)

    def _read_results(self) -> None:
        """Apply what the answer process reports: metrics, feedback, jobs done."""
        while True:
            try:
                message = self._from_child.recv()
            except (EOFError, OSError):
                break
            tag, *rest = message
            for report in rest[-1]:
                self._apply(report)
            if tag == "done":
                with self._settled:
                    self._in_child.pop(rest[0], None)
                    self._settled.notify_all()
        self._alive = False
        self._process.join(PROCESS_TIMEOUT)  # for its exit code
        with self._settled:
            lost = len(self._in_child)
            self._in_child.clear()
            self._settled.notify_all()
        if not self._closing:
            logger.error(
                "the answer process stopped (exit code %s); %d answers in it are lost, and "
                "questions are now answered in this process",
                self._process.exitcode,
                lost,
            )


class _Reporter:
    """The answer process's line back to the ack process, shared by its threads.

    What one job reports (its outcome, feedback, log lines) travels up in one message with
    "done": one read for the ack process per answer, not four.
    """

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._lock = threading.Lock()
        self._job = threading.local()

    def run(self, number: int, job: Callable[[], None]) -> None:
        """Run ``job``, holding back its reports, then send them with "done"."""
        reports: list[tuple[Any, ...]] = []
        self._job.reports = reports
        try:
            job()
        finally:
            self._job.reports = None
            self._send(("done", number, reports))

    def send(self, *report: Any) -> None:
        held = getattr(self._job, "reports", None)
        if held is not None:
            held.append(report)
        else:
            self._send(("reports", [report]))

    def _send(self, message: tuple[Any, ...]) -> None:
        with self._lock:
            self._connection.send(message)


class _ReportedMetrics(Metrics):
    """Metrics that are counted in the ack process, where ``/metrics`` is served."""

    def __init__(self, reporter: _Reporter) -> None:
        super().__init__()
        self._reporter = reporter

    def answered(self, platform: str, outcome: str, seconds: float) -> None:
        self._reporter.send("answered", platform, outcome, seconds)


class _ReportedFeedback:
    """Feedback events filed by the ack process's sink (one store, one writer)."""

    def __init__(self, reporter: _Reporter) -> None:
        self._reporter = reporter

    def record(self, event: FeedbackEvent) -> None:
        self._reporter.send("feedback", event)


class _ReportedLogs(logging.handlers.QueueHandler):
    """Log records sent up to the ack process and logged there, through its handlers and
    filters: one log stream, configured in one place (and visible to tests' caplog)."""

    def __init__(self, reporter: _Reporter) -> None:
        super().__init__(queue=None)  # type: ignore[arg-type]
        self._reporter = reporter

    def enqueue(self, record: logging.LogRecord) -> None:
        # Name, level and text only: a whole LogRecord costs the ack process far more to read.
        self._reporter.send("log", record.name, record.levelno, record.getMessage())


def _log_level() -> int:
    """The level below which the ack process would log nothing, to filter early in the child."""
    return logging.getLogger().getEffectiveLevel()


def _report_logs(reporter: _Reporter, root_level: int) -> None:
    """Send log records up. The request log always goes up: the ack process's own setting
    decides whether it is written."""
    handler = _ReportedLogs(reporter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(root_level)
    requests = logging.getLogger(REQUEST_LOG)
    requests.handlers[:] = [handler]
    requests.propagate = False
    requests.setLevel(logging.INFO)


def _log_in_this_process(name: str, level: int, message: str) -> None:
    found = logging.getLogger(name)
    if found.isEnabledFor(level):
        found.log(level, "%s", message)


def serve_answers(
    jobs: Connection,
    results: Connection,
    settings: SlackSettings,
    brain: Brain,
    log_level: int,
) -> None:
    """The answer process: answer each job on a few threads until told to stop."""
    # Ctrl-C reaches the whole process group; the ack process decides when this one stops,
    # after the answers it handed over are sent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Acks have Slack's 3-second deadline, answers none: when the CPU is short, acks go first.
    if hasattr(os, "nice"):
        os.nice(ANSWER_NICENESS)
    reporter = _Reporter(results)
    _report_logs(reporter, log_level)
    assistant = Assistant(brain)
    conversation = Conversation(
        assistant, sink=_ReportedFeedback(reporter), metrics=_ReportedMetrics(reporter)
    )
    client = make_client(settings)

    def run(number: int, job: AnswerJob) -> None:
        def answer() -> None:
            answer_job(job, conversation, client)

        reporter.run(number, lambda: AnswerWorker.run_logged(job.kind, answer))

    # Threads, as in the ack process: one answer waiting out a 429 holds up no other.
    with ThreadPoolExecutor(ANSWER_THREADS, thread_name_prefix="answer") as pool:
        while True:
            try:
                message = jobs.recv()
            except (EOFError, OSError):
                break  # the ack process is gone
            if message is None:
                break
            if message[0] == "brain":
                assistant.swap(message[1])
            else:
                pool.submit(run, message[1], message[2])
