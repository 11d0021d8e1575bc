"""Slack HTTP mode under load: our app against a bare bolt app, same server, same run.

    python -m benchmarks.slack_http [--requests N] [--concurrency C]

Sends N signed ``message.im`` events from C concurrent clients on loopback to (a) a bare
bolt App with a do-nothing listener and (b) whohandles, both behind the same waitress server,
each in its own process, with a local stand-in of Slack's Web API in a third process.
Prints events per second, ack latency p50
and p99 for each, and the throughput ratio. Request count and time are bounded; nothing
leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App

from benchmarks.core import ROOT, SAMPLE_QUESTIONS, percentile
from bot.conversation import Conversation
from bot.service import Assistant, load_brain
from bot.slack.app import build_app, make_client
from bot.slack.http import HttpServer, make_wsgi_app
from bot.slack.settings import SlackSettings
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


def serve(kind: str, api_url: str) -> None:
    """Run one server under test in this process; print its port; stop when stdin closes."""
    if kind == "bare":
        app = bare_app(api_url)
    else:
        conversation = Conversation(Assistant(load_brain()), sink=LoggingFeedbackSink())
        app = build_app(conversation, _settings(api_url))
    server = HttpServer(make_wsgi_app(app), "127.0.0.1", 0).start()
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()


def drive(url: str, requests: int, concurrency: int) -> tuple[float, list[float]]:
    """(events per second, ack latencies in ms)."""
    events = [
        payload("message_im", event_id=f"EvBench{n}", event__text=QUESTIONS[n % len(QUESTIONS)])
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


def measure(label: str, kind: str, api_url: str, requests: int, concurrency: int) -> float:
    server, port = _spawn("-m", "benchmarks.slack_http", "--serve", kind, "--api", api_url)
    try:
        url = f"http://127.0.0.1:{port}/slack/events"
        drive(url, 50, concurrency)  # warm up
        rate, acks = drive(url, requests, concurrency)
    finally:
        _stop(server)
    print(
        f"{label:<28} {rate:8.1f} events/s   ack p50 {statistics.median(acks):7.2f} ms   "
        f"p99 {percentile(acks, 0.99):7.2f} ms   n={requests} c={concurrency}"
    )
    return rate


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--serve", choices=("bare", "ours"), help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve, args.api)
        return
    stand_in, base = _spawn("-m", "tests.slack.stand_in")
    try:
        api_url = f"{base}/api/"
        bare = measure("bare bolt app (baseline)", "bare", api_url, args.requests, args.concurrency)
        ours = measure("whohandles", "ours", api_url, args.requests, args.concurrency)
    finally:
        _stop(stand_in)
    print(f"ratio whohandles / bare: {ours / bare:.2f}x")


if __name__ == "__main__":
    main()
