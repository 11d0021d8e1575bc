"""Teams under load: activities per second and reply latency on loopback.

    python -m benchmarks.teams_http [--requests N] [--concurrency C]

Posts N personal-chat activities from C concurrent clients to (a) a bare Teams SDK app whose
handler sends a fixed text and (b) whohandles, each served by uvicorn in its own process
with the dangerous flag on, both replying to one local Bot Connector stand-in (this
process). Prints, for each: activities per second; the HTTP answer's latency (p50, p99);
and the reply latency, from posting an activity to the stand-in receiving the reply (p50,
p99). Every activity has its own conversation, so each reply is matched to its activity.
Then, for whohandles, the messaging extension: N search queries (what staff type in the
compose box, from one letter to a topic), answered in the invoke response; Teams allows 5 s.
Request count and time are bounded; nothing leaves 127.0.0.1.
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

from benchmarks.core import ROOT, SAMPLE_QUESTIONS, percentile
from tests.teams.harness import activity, post
from tests.teams.stand_in import ConnectorStandIn

WARM_UP = 50


def serve(kind: str) -> None:
    """Run one server under test in this process; print its port; stop when stdin closes."""
    from bot.conversation import Conversation
    from bot.service import Assistant, load_brain
    from bot.stores.feedback import LoggingFeedbackSink
    from bot.teams.app import build_app
    from bot.teams.server import TeamsServer
    from bot.teams.settings import TeamsSettings

    settings = TeamsSettings.from_env({}, port=0, dangerously_allow_unauthenticated=True)
    if kind == "bare":
        from fastapi import FastAPI
        from microsoft_teams.apps import App, FastAPIAdapter

        web = FastAPI()
        app = App(
            dangerously_allow_unauthenticated_requests=True, http_server_adapter=FastAPIAdapter(web)
        )

        @app.on_message
        async def reply(ctx: Any) -> None:
            await ctx.send("ok")

    else:
        conversation = Conversation(Assistant(load_brain()), sink=LoggingFeedbackSink())
        app, web = build_app(conversation, settings)
    server = TeamsServer(app, web, settings.host, 0).start()
    print(server.port, flush=True)
    sys.stdin.read()
    server.stop()


def measure(kind: str, requests: int, concurrency: int) -> str:
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.teams_http", "--serve", kind],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stdin is not None
    url = f"http://127.0.0.1:{process.stdout.readline().strip()}/api/messages"
    posted: dict[str, float] = {}
    with ConnectorStandIn() as connector:

        def one(n: int) -> float:
            chat = f"a:{'bench' if n >= 0 else 'warm'}-{kind}-{n}"
            body = activity(
                "personal_message",
                connector,
                id=f"{n}",
                text=SAMPLE_QUESTIONS[n % len(SAMPLE_QUESTIONS)],
                conversation={"conversationType": "personal", "id": chat},
            )
            started = posted[chat] = time.perf_counter()
            status, _ = post(url, body)
            if status != 200:
                raise SystemExit(f"activity {n} got HTTP {status}")
            return (time.perf_counter() - started) * 1000

        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(one, range(-WARM_UP, 0)))
            started = time.perf_counter()
            acks = list(pool.map(one, range(requests)))
            elapsed = time.perf_counter() - started
        received = connector.state.wait_for(WARM_UP + requests, timeout=60)
        searches = measure_search(url, connector, requests, concurrency) if kind != "bare" else ""
    process.stdin.close()
    process.wait(timeout=30)
    chats = [(sent.path.split("/")[3], sent.at) for sent in received]
    replies = [(at - posted[chat]) * 1000 for chat, at in chats if chat.startswith("a:bench")]
    return (
        f"{kind:>10}: {requests / elapsed:7.1f} activities/s   "
        f"HTTP answer p50 {statistics.median(acks):6.2f} ms p99 {percentile(acks, 0.99):6.2f} ms   "
        f"reply p50 {statistics.median(replies):6.2f} ms p99 {percentile(replies, 0.99):6.2f} ms   "
        f"replies {len(replies)}/{requests}" + searches
    )


#: What staff type into the messaging extension's search box, keystroke by keystroke or whole.
SEARCH_TEXTS = ("j", "jr", "jrotc", "osel", "tornado drill", "background check", "shelter", "x")


def measure_search(url: str, connector: ConnectorStandIn, requests: int, concurrency: int) -> str:
    """Latency of messaging-extension queries (the invoke response carries the cards)."""

    def one(n: int) -> float:
        query = activity("search_query", connector, id=f"search-{n}")
        query["value"]["parameters"][0]["value"] = SEARCH_TEXTS[n % len(SEARCH_TEXTS)]
        started = time.perf_counter()
        status, body = post(url, query)
        if status != 200 or "composeExtension" not in (body or {}):
            raise SystemExit(f"search {n} got HTTP {status}")
        return (time.perf_counter() - started) * 1000

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(-WARM_UP, 0)))
        latencies = list(pool.map(one, range(requests)))
    return (
        f"\n{'search':>10}: invoke p50 {statistics.median(latencies):6.2f} ms "
        f"p99 {percentile(latencies, 0.99):6.2f} ms (Teams allows 5000 ms)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=500, help="activities per server (<=5000)")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--serve", choices=("bare", "whohandles"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        serve(args.serve)
        return
    requests = max(1, min(args.requests, 5000))
    print(f"Teams over loopback: n={requests} c={args.concurrency}")
    for kind in ("bare", "whohandles"):
        print(measure(kind, requests, args.concurrency), flush=True)


if __name__ == "__main__":
    main()
