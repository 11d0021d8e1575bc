"""Core speed: routing latency on the real and a 10,000-office knowledge base, load time, and
the wall time of a fresh ``whohandles ask`` process.

    python -m benchmarks.core [--big] [--rounds N] [--offices N] [--processes N]

The defaults finish in about a minute on two cores; ``--big`` runs the full version (20
rounds, 10,000 synthetic offices), which takes several minutes.

Each figure is printed next to a baseline measured in the same run on the same machine:
routing against a plain rapidfuzz ``extractOne`` over every office name (the obvious simple
alternative), and the fresh process against a bare ``python -c pass``. Machines here are
noisy, so compare ratios and medians, not single runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process

from benchmarks.synthetic import synthetic_knowledge, synthetic_questions
from bot.conversation import Conversation
from bot.service import Assistant, load_brain
from bot.stores.context import MemoryContextStore
from bot.stores.feedback import NoFeedbackSink
from intents import build_index, route
from knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
#: A mix of answers, a typo, a field question and an unknown, for the HTTP benchmarks.
SAMPLE_QUESTIONS = [
    "fax for OSEL",
    "jrotc scolarships",
    "metal detectors",
    "when is payday",
    "a kid in my class is staying at a shelter and keeps missing school",
]
FALLBACK_QUESTIONS = [
    "who do I call about a volunteer's background check?",
    "fax for OSEL",
    "jrotc scolarships",
    "a kid in my class is staying at a shelter and keeps missing school",
    "fight brewing on TikTok",
    "when is payday",
]


def percentile(samples: Sequence[float], share: float) -> float:
    """The nearest-rank percentile of ``samples``."""
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered)) - 1))
    return ordered[rank]


def timed(call: Callable[[], object], rounds: int) -> list[float]:
    """Milliseconds per call, ``rounds`` times."""
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        call()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def latencies(func: Callable[[str], object], questions: list[str], rounds: int) -> list[float]:
    samples: list[float] = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter_ns()
            func(question)
            samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def line(label: str, samples: Sequence[float], unit: str = "ms") -> str:
    return (
        f"{label:<44} p50 {statistics.median(samples):8.3f} {unit}   "
        f"p99 {percentile(samples, 0.99):8.3f} {unit}   n={len(samples)}"
    )


def eval_questions() -> list[str]:
    questions = []
    for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")):
        questions += [item["q"] for item in yaml.safe_load(path.read_text())]
    return questions or FALLBACK_QUESTIONS


def name_baseline(kb: KnowledgeBase) -> Callable[[str], object]:
    names = [n for o in kb for n in (o.name, *o.aliases)]
    return lambda q: process.extractOne(q, names, scorer=fuzz.WRatio)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", action="store_true", help="20 rounds, 10,000 offices")
    parser.add_argument("--rounds", type=int, help="passes over the question set (3; big 20)")
    parser.add_argument("--offices", type=int, help="synthetic knowledge size (2,000; big 10,000)")
    parser.add_argument("--processes", type=int, default=10, help="fresh `ask` processes")
    args = parser.parse_args(argv)
    args.rounds = args.rounds or (20 if args.big else 3)
    args.offices = args.offices or (10_000 if args.big else 2_000)

    brain = load_brain()
    questions = eval_questions()
    print(
        f"real knowledge base: {len(brain.kb)} offices, {len(brain.index.cues)} cues; "
        f"{len(questions)} questions x {args.rounds} rounds"
    )
    print(
        line("route(), real KB", latencies(lambda q: route(q, brain.index), questions, args.rounds))
    )
    assistant = Assistant(brain)
    print(
        line(
            "ask() (route, urgency, answer), real KB",
            latencies(assistant.ask, questions, args.rounds),
        )
    )
    chat = Conversation(assistant, sink=NoFeedbackSink(), contexts=MemoryContextStore())
    threads = iter(range(10**9))

    def in_thread(question: str) -> object:
        return chat.ask(question, platform="bench", thread=str(next(threads) % 50))

    print(
        line(
            "ask() in a thread (follow-ups read), real KB",
            latencies(in_thread, questions, args.rounds),
        )
    )
    print(
        line(
            "baseline: extractOne over names, real KB",
            latencies(name_baseline(brain.kb), questions, args.rounds),
        )
    )
    print(line("load + index real KB", timed(load_brain, 20)))

    kb, intents = synthetic_knowledge(brain.kb, brain.index.intents, args.offices)
    build_times = timed(lambda: build_index(kb, intents), 3)
    index = build_index(kb, intents)
    mixed = synthetic_questions(kb, 400) + questions[:: max(1, len(questions) // 400)]
    words = sum(map(len, index.vocabulary.values()))
    print(
        f"\nsynthetic knowledge base: {len(kb)} offices, {len(index.cues)} cues, {words} words; "
        f"{len(mixed)} questions x {args.rounds} rounds"
    )
    routed = latencies(lambda q: route(q, index), mixed, args.rounds)
    print(line(f"route(), {len(kb)} offices", routed))
    print(
        line(
            f"baseline: extractOne over names, {len(kb)} offices",
            latencies(name_baseline(kb), mixed, 1),
        )
    )
    print(line(f"build index, {len(kb)} offices", build_times))

    command = [sys.executable, "-m", "bot", "ask", "fax for osel"]
    fresh = timed(
        lambda: subprocess.run(command, capture_output=True, check=True, cwd=ROOT), args.processes
    )
    bare = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), args.processes)
    print()
    print(line("fresh process: whohandles ask", fresh))
    print(line("baseline: fresh python -c pass", bare))


if __name__ == "__main__":
    main()
