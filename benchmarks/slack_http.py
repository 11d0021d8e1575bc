"""Slack HTTP mode under load: our app against a bare bolt app, same server, same run.

    python -m benchmarks.slack_http [--requests N] [--concurrency C] [--rounds R]

Sends N signed ``message.im`` events from C concurrent clients on loopback to (a) a bare
bolt App with a do-nothing listener, (b) whohandles, and (c) whohandles with its answer jobs
discarded (our ack path alone), all behind the same waitress server, each in its own process,
with a lean stand-in of Slack's Web API in another (it only counts ``chat.postMessage``: it
plays Slack's servers, which are not on our machine).

Prints events (acks) per second and ack latency p50 and p99 for each, and the throughput
ratio to the bare app; for whohandles also how fast the answers themselves reached the
stand-in, since they are sent after the ack. R rounds alternate the order; the summary is the
median. Request count and time are bounded; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App

from benchmarks.core import ROOT, SAMPLE_QUESTIONS, percentile
from bot.conversation import Conversation
from bot.service import Assistant, load_brain
from bot.slack.app import SlackBot, build_bot
from bot.slack.clients import make_client
from bot.slack.http import HttpServer, make_wsgi_app
from bot.slack.jobs import AnswerJob
from bot.slack.settings import SlackSettings
from bot.slack.worker import AnswerWorker
from bot.stores.feedback import LoggingFeedbackSink
from tests.slack.conftest import payload
from tests.slack.signing import SIGNING_SECRET, post_event
from tests.slack.stand_in import GOOD_TOKEN

QUESTIONS = SAMPLE_QUESTIONS


def bare_app(api_url: str) -> App:
    app = App(
        client=make_client(_settings(api_url)),
        signing_secret=SIGNING_SECRET,
        token_verification_enabled=False,
        process_before_response=False,
    )

    @app.event("message")
    def nothing(event: dict[str, Any]) -> None:
        return None

    return app


def _settings(api_url: str) -> SlackSettings:
    return SlackSettings(
        bot_token=GOOD_TOKEN,
        signing_secret=SIGNING_SECRET,
        api_url=api_url,
        http=True,
        port=0,
        host="127.0.0.1",
    )


class DiscardingWorker(AnswerWorker):
    """Drops every answer job: what is left to measure is our ack path alone."""

    def submit(self, kind: str, job: Callable[[], None]) -> None:
        return None

    def answer(self, job: AnswerJob) -> None:
        return None


LABELS = {
    "bare": "bare bolt app (baseline)",
    "ours": "whohandles",
    "threads": "whohandles, answers on threads",
    "acks": "whohandles, answers off",
}


def serve(kind: str, api_url: str) -> None:
    """Run one server under test in this process; print its port; stop when stdin closes."""
    bot: SlackBot | None = None
    if kind == "bare":
        app = bare_app(api_url)
    else:
        conversation = Conversation(Assistant(load_brain()), sink=LoggingFeedbackSink())
        settings = _settings(api_url)
        answers: AnswerWorker | None = None
        if kind == "acks":
            answers = DiscardingWorker(conversation, make_client(settings))
        elif kind == "threads":
            answers = AnswerWorker(conversation, make_client(settings))
        bot = build_bot(conversation, settings, answers=answers)
        app = bot.app
    server = HttpServer(make_wsgi_app(app), "127.0.0.1", 0).start()
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()
    if bot is not None:
        bot.close()


_AUTH_TEST = {"ok": True, "user_id": "UBOT0001", "bot_id": "BBOT0001", "team_id": "T0001"}


def stand_in() -> None:
    """A minimal Web API stand-in: counts chat.postMessage; GET /count reports the count."""
    posts = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal posts
        try:
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
            length = next(
                (
                    int(line.split(":", 1)[1])
                    for line in head.split("\r\n")
                    if line.lower().startswith("content-length:")
                ),
                0,
            )
            await reader.readexactly(length)
            path = head.split(" ", 2)[1]
            posts += path.startswith("/api/chat.postMessage")
            reply = {"count": posts} if path == "/count" else _AUTH_TEST
            data = json.dumps(reply).encode()
            writer.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + f"Content-Length: {len(data)}\r\n\r\n".encode()
                + data
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
        print(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)

    asyncio.run(main())


def _posts(base: str) -> int:
    with urllib.request.urlopen(f"{base}/count", timeout=5) as response:
        return int(json.load(response)["count"])


def drive(url: str, requests: int, concurrency: int, run: str) -> tuple[float, list[float]]:
    """(events per second, ack latencies in ms). Event ids are unique per ``run``: a repeated
    id would be a Slack retry, deduplicated instead of answered."""
    events = [
        payload("message_im", event_id=f"Ev{run}{n}", event__text=QUESTIONS[n % len(QUESTIONS)])
        for n in range(requests)
    ]
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda e: post_event(url, e), events))
    elapsed = time.perf_counter() - started
    failures = [status for status, _, _ in results if status != 200]
    if failures:
        raise SystemExit(f"{len(failures)} requests failed: {failures[:5]}")
    return requests / elapsed, [seconds * 1000 for _, _, seconds in results]


def _spawn(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def _stop(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=30)


def measure(kind: str, base: str, requests: int, concurrency: int) -> tuple[float, float, float]:
    """(events per second, ack p50 ms, ack p99 ms) for one server; prints one line."""
    server, port = _spawn("-m", "benchmarks.slack_http", "--serve", kind, "--api", f"{base}/api/")
    try:
        url = f"http://127.0.0.1:{port}/slack/events"
        drive(url, 50, concurrency, "WarmUp")
        time.sleep(0.5)  # let the warm-up's answers go out first
        before = _posts(base)
        started = time.perf_counter()
        rate, acks = drive(url, requests, concurrency, "Bench")
        answered = ""
        if kind in ("ours", "threads"):
            deadline = started + 120
            while _posts(base) < before + requests and time.perf_counter() < deadline:
                time.sleep(0.01)
            took = time.perf_counter() - started
            answered = f"   answers {(_posts(base) - before) / took:7.1f}/s"
    finally:
        _stop(server)
    p50, p99 = statistics.median(acks), percentile(acks, 0.99)
    print(
        f"{LABELS[kind]:<26} {rate:7.1f} events/s   ack p50 {p50:6.2f} ms   p99 {p99:6.2f} ms",
        end="",
    )
    print(answered)
    return rate, p50, p99


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--serve", choices=tuple(LABELS), help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    parser.add_argument("--stand-in", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.api)
        return
    if args.stand_in:
        stand_in()
        return
    if not 1 <= args.requests <= 20_000 or not 1 <= args.concurrency <= 64:
        parser.error("--requests must be 1..20000 and --concurrency 1..64")
    print(f"n={args.requests} events per run, c={args.concurrency} concurrent clients")
    server, base = _spawn("-m", "benchmarks.slack_http", "--stand-in")
    results: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in LABELS}
    try:
        for round_ in range(args.rounds):
            order = list(LABELS) if round_ % 2 == 0 else list(reversed(LABELS))
            for kind in order:
                results[kind].append(measure(kind, base, args.requests, args.concurrency))
    finally:
        _stop(server)
    print(f"median of {args.rounds} rounds:")
    for kind, runs in results.items():
        rate, p50, p99 = (statistics.median(run[i] for run in runs) for i in range(3))
        ratios = [run[0] / bare[0] for run, bare in zip(runs, results["bare"], strict=True)]
        print(
            f"  {LABELS[kind]:<26} {rate:7.1f} events/s   ack p50 {p50:6.2f} ms   "
            f"p99 {p99:6.2f} ms   ratio to bare {statistics.median(ratios):.2f}x "
            f"({', '.join(f'{r:.2f}' for r in ratios)})"
        )


if __name__ == "__main__":
    main()
