"""Teams under load: activities per second and reply latency on loopback.

    python -m benchmarks.teams_http [--requests N] [--concurrency C]

Runs the real Teams app (uvicorn, dangerous flag on, in its own process) replying to a local
Bot Connector stand-in (this process), and posts N personal-chat activities from C concurrent
clients. Prints activities per second and, per activity, the time from posting it to the
stand-in receiving the reply (p50, p99). Bounded in count; loopback only.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from benchmarks.core import ROOT, SAMPLE_QUESTIONS, percentile
from tests.teams.conftest import activity, post
from tests.teams.stand_in import ConnectorStandIn

QUESTIONS = SAMPLE_QUESTIONS


def serve() -> None:
    """Run the Teams app in this process; print its port; stop when stdin closes."""
    from bot.conversation import Conversation
    from bot.service import Assistant, load_brain
    from bot.stores.feedback import LoggingFeedbackSink
    from bot.teams.app import TeamsServer, build_app
    from bot.teams.settings import TeamsSettings

    settings = TeamsSettings(
        None, None, None, 0, "127.0.0.1", dangerously_allow_unauthenticated=True
    )
    conversation = Conversation(Assistant(load_brain()), sink=LoggingFeedbackSink())
    server = TeamsServer(*build_app(conversation, settings), "127.0.0.1", 0).start()
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve()
        return
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.teams_http", "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stdin is not None
    port = process.stdout.readline().strip()
    url = f"http://127.0.0.1:{port}/api/messages"
    with ConnectorStandIn() as connector:

        def one(n: int) -> float:
            started = time.perf_counter()
            body = activity(
                "personal_message", connector, id=f"bench-{n}", text=QUESTIONS[n % len(QUESTIONS)]
            )
            status, _ = post(url, body)
            if status != 200:
                raise SystemExit(f"activity {n} got HTTP {status}")
            return (time.perf_counter() - started) * 1000

        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(one, range(-50, 0)))  # warm up
            started = time.perf_counter()
            latencies = list(pool.map(one, range(args.requests)))
            elapsed = time.perf_counter() - started
        replies = len(connector.state.activities())
    process.stdin.close()
    process.wait(timeout=30)
    print(
        f"teams: {args.requests / elapsed:8.1f} activities/s   reply p50 "
        f"{statistics.median(latencies):7.2f} ms   p99 {percentile(latencies, 0.99):7.2f} ms   "
        f"n={args.requests} c={args.concurrency}   replies received {replies}"
    )


if __name__ == "__main__":
    main()
