"""Slack HTTP mode under a district's load, and far beyond it, on loopback.

    python -m benchmarks.slack_http [--burst N] [--rate R] [--seconds S] [--rounds K]

What must hold (issue 13), each measured against the real app in its own process, with a lean
stand-in of Slack's Web API in another that records every ``chat.postMessage``:

- **burst**: N (default 200) signed mentions sent at once, each from its own connection.
  Every ack must come back within 1 s, and every mention must be answered exactly once.
- **sustained**: R events a second (default 50, about ten times a district's peak) for S
  seconds, paced open-loop (a slow ack does not slow the sender). Ack p99 must stay under
  100 ms.

For information, the same sustained load against a bare bolt app with a do-nothing listener
behind the same server: the cost of our ack path. K rounds alternate the order; the summary
is the median. Request count and time are bounded; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App

from benchmarks.core import ROOT, SAMPLE_QUESTIONS, percentile
from bot.conversation import Conversation
from bot.service import Assistant, load_brain
from bot.slack.app import SlackBot, build_bot
from bot.slack.clients import make_client
from bot.slack.http import HttpServer, make_wsgi_app
from bot.slack.settings import SlackSettings
from bot.stores.feedback import LoggingFeedbackSink
from tests.slack.conftest import payload
from tests.slack.signing import SIGNING_SECRET, post_event
from tests.slack.stand_in import GOOD_TOKEN

LABELS = {"bare": "bare bolt app (information)", "ours": "whohandles"}
#: The targets, as the issue states them.
BURST_ACK_LIMIT_MS = 1000.0
SUSTAINED_P99_LIMIT_MS = 100.0


def bare_app(api_url: str) -> App:
    app = App(
        client=make_client(_settings(api_url)),
        signing_secret=SIGNING_SECRET,
        token_verification_enabled=False,
        process_before_response=False,
    )

    @app.event("app_mention")
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


def serve(kind: str, api_url: str) -> None:
    """Run one server under test in this process; print its port; stop when stdin closes."""
    # A burst of 200 is meant to queue: waitress's "Task queue depth" warnings are expected.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    bot: SlackBot | None = None
    if kind == "bare":
        app = bare_app(api_url)
    else:
        conversation = Conversation(Assistant(load_brain()), sink=LoggingFeedbackSink())
        bot = build_bot(conversation, _settings(api_url))
        app = bot.app
    server = HttpServer(make_wsgi_app(app, SIGNING_SECRET), "127.0.0.1", 0).start()
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()
    if bot is not None:
        bot.close()


_AUTH_TEST = {"ok": True, "user_id": "UBOT0001", "bot_id": "BBOT0001", "team_id": "T0001"}


def stand_in() -> None:
    """A minimal Web API stand-in: records the thread of every chat.postMessage; GET /posts
    returns how many posts each thread got."""
    posts: Counter[str] = Counter()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
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
            body = await reader.readexactly(length)
            path = head.split(" ", 2)[1]
            if path.startswith("/api/chat.postMessage"):
                sent = json.loads(body) if body.startswith(b"{") else {}
                posts[str(sent.get("thread_ts"))] += 1
            reply: dict[str, Any] = dict(posts) if path == "/posts" else _AUTH_TEST
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


def _posts(base: str) -> Counter[str]:
    with urllib.request.urlopen(f"{base}/posts", timeout=5) as response:
        return Counter({k: int(v) for k, v in json.load(response).items()})


def _mention(run: str, n: int) -> dict[str, Any]:
    """A mention with its own event id and its own ts, so its answer's thread names it."""
    ts = f"1700{run_number(run):04d}{n:06d}.000100"
    return payload(
        "app_mention",
        event_id=f"Ev{run}{n}",
        event__ts=ts,
        event__text=f"<@UBOT0001> {SAMPLE_QUESTIONS[n % len(SAMPLE_QUESTIONS)]}",
    )


def run_number(run: str) -> int:
    return sum(map(ord, run)) % 10_000


def burst(url: str, count: int, run: str) -> list[float]:
    """``count`` mentions sent at the same moment; ack latencies in ms."""
    events = [_mention(run, n) for n in range(count)]
    start = threading.Barrier(count)

    def send(event: dict[str, Any]) -> float:
        start.wait()
        status, _, seconds = post_event(url, event)
        if status != 200:
            raise SystemExit(f"an ack failed: HTTP {status}")
        return seconds * 1000

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(send, events))


def sustained(url: str, rate: float, seconds: float, run: str) -> list[float]:
    """``rate`` mentions a second for ``seconds``, each sent on schedule; ack latencies in ms."""
    count = int(rate * seconds)
    events = [_mention(run, n) for n in range(count)]
    began = time.perf_counter()

    def send(n: int) -> float:
        delay = began + n / rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        status, _, took = post_event(url, events[n])
        if status != 200:
            raise SystemExit(f"an ack failed: HTTP {status}")
        return took * 1000

    with ThreadPoolExecutor(64) as pool:
        return list(pool.map(send, range(count)))


def _spawn(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    return process, process.stdout.readline().strip()


def _stop(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=60)


def _answered_once(base: str, before: Counter[str], count: int, timeout: float = 60) -> str:
    """Wait for ``count`` new answers; say whether each mention got exactly one."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = _posts(base) - before
        if sum(new.values()) >= count:
            break
        time.sleep(0.05)
    time.sleep(0.5)  # a late duplicate would arrive now
    new = _posts(base) - before
    twice = sum(1 for n in new.values() if n > 1)
    return f"{len(new)}/{count} answered, {twice} twice"


def measure(kind: str, base: str, args: argparse.Namespace, round_: int) -> dict[str, float]:
    """One round against one server; prints its lines."""
    server, port = _spawn("-m", "benchmarks.slack_http", "--serve", kind, "--api", f"{base}/api/")
    figures: dict[str, float] = {}
    try:
        url = f"http://127.0.0.1:{port}/slack/events"
        sustained(url, 20, 1, f"W{round_}{kind}")  # warm-up
        time.sleep(0.5)
        before = _posts(base)
        acks = burst(url, args.burst, f"B{round_}{kind}")
        once = _answered_once(base, before, args.burst) if kind == "ours" else ""
        figures.update(burst_max=max(acks), burst_p50=statistics.median(acks))
        print(
            f"  {LABELS[kind]:<28} burst of {args.burst}: ack p50 {figures['burst_p50']:7.1f} ms"
            f"   max {figures['burst_max']:7.1f} ms   {once}"
        )
        before = _posts(base)
        acks = sustained(url, args.rate, args.seconds, f"S{round_}{kind}")
        count = int(args.rate * args.seconds)
        once = _answered_once(base, before, count) if kind == "ours" else ""
        figures.update(p50=statistics.median(acks), p99=percentile(acks, 0.99))
        print(
            f"  {LABELS[kind]:<28} {args.rate:g}/s for {args.seconds:g} s: ack p50 "
            f"{figures['p50']:6.2f} ms   p99 {figures['p99']:6.2f} ms   {once}"
        )
    finally:
        _stop(server)
    return figures


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--burst", type=int, default=200, help="simultaneous mentions")
    parser.add_argument("--rate", type=float, default=50.0, help="events per second, sustained")
    parser.add_argument("--seconds", type=float, default=20.0, help="how long to sustain it")
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
    if not 1 <= args.burst <= 500 or not 1 <= args.rate <= 500 or not 1 <= args.seconds <= 120:
        parser.error("--burst must be 1..500, --rate 1..500 and --seconds 1..120")
    server, base = _spawn("-m", "benchmarks.slack_http", "--stand-in")
    results: dict[str, list[dict[str, float]]] = {kind: [] for kind in LABELS}
    try:
        for round_ in range(args.rounds):
            print(f"round {round_ + 1}")
            order = list(LABELS) if round_ % 2 == 0 else list(reversed(LABELS))
            for kind in order:
                results[kind].append(measure(kind, base, args, round_))
    finally:
        _stop(server)
    print(f"median of {args.rounds} rounds:")
    for kind, runs in results.items():
        med = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        print(
            f"  {LABELS[kind]:<28} burst ack max {med['burst_max']:7.1f} ms"
            f"   sustained ack p50 {med['p50']:6.2f} ms   p99 {med['p99']:6.2f} ms"
        )
    ours = results["ours"]
    worst_burst = max(run["burst_max"] for run in ours)
    worst_p99 = max(run["p99"] for run in ours)
    print(
        f"targets: every burst ack under {BURST_ACK_LIMIT_MS:g} ms: "
        f"{'met' if worst_burst < BURST_ACK_LIMIT_MS else 'MISSED'} (worst {worst_burst:.0f} ms); "
        f"sustained ack p99 under {SUSTAINED_P99_LIMIT_MS:g} ms: "
        f"{'met' if worst_p99 < SUSTAINED_P99_LIMIT_MS else 'MISSED'} (worst {worst_p99:.1f} ms)"
    )


if __name__ == "__main__":
    main()
