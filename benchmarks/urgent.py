"""How well urgency detection (``intents.urgent``) flags emergencies happening now, and how
rarely it flags ordinary questions.

    python -m benchmarks.urgent [--show-misses] [--show-flagged] [LABELLED.yaml ...]

For each labelled set (default: every ``tests/eval/urgent/*.yaml``, a list of ``{q, urgent}``)
it prints urgent recall (urgent messages flagged) and false alarms among its non-urgent
look-alikes. Then, over every question of every ordinary evaluation set (``tests/eval/*.yaml``
and ``tests/growth/eval/*.yaml``: none of them is labelled urgent, though a rare one does
describe an emergency now) it prints how many were flagged and their share; and the time one
call takes. Exit status 1 when a goal is missed: recall of at least 95% on the tuning sets,
false alarms on at most 2% of the ordinary questions.

``--show-misses`` lists the misses of the labelled tuning sets, with what the detector found;
``--show-flagged`` lists the ordinary questions flagged, from tuning sets only. Neither ever
looks into a held-out set (a file whose name starts with "holdout"): those are scored, never
read, and asking for the misses of one is refused.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.evaluate import is_held_out, load_cases
from bot.service import load_brain
from intents.emergency import Emergency
from intents.urgent import assess
from knowledge.yamlio import read_yaml

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "eval" / "urgent"
ORDINARY = (ROOT / "tests" / "eval", ROOT / "tests" / "growth" / "eval")
RECALL_GOAL = 0.95
FALSE_ALARM_GOAL = 0.02


@dataclass
class Score:
    """Counts for one labelled set."""

    urgent: int = 0
    flagged: int = 0
    calm: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.flagged / self.urgent if self.urgent else 1.0

    @property
    def alarm_rate(self) -> float:
        return self.false_alarms / self.calm if self.calm else 0.0


def labelled(path: Path) -> list[tuple[str, bool]]:
    """(message, urgent) for each item of a labelled set."""
    data = read_yaml(path)
    if not isinstance(data, list):
        raise SystemExit(f"{path}: must be a list of {{q, urgent}} items")
    items = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict) or not isinstance(item.get("urgent"), bool):
            raise SystemExit(f"{path}: item {number} needs a 'q' text and 'urgent: true|false'")
        items.append((str(item.get("q", "")), item["urgent"]))
    return items


def score(path: Path, emergency: Emergency) -> Score:
    found = Score()
    for question, urgent in labelled(path):
        verdict = assess(question, emergency)
        if urgent:
            found.urgent += 1
            found.flagged += verdict.urgent
        else:
            found.calm += 1
            found.false_alarms += verdict.urgent
        if verdict.urgent != urgent and not is_held_out(path):
            label = "MISSED " if urgent else "FALSE ALARM "
            found.misses.append(f"    {label}{question!r}\n      {verdict.explain()}")
    return found


def ordinary_sets() -> list[Path]:
    return sorted(p for folder in ORDINARY for p in folder.glob("*.yaml"))


def timing(questions: list[str], emergency: Emergency) -> str:
    samples = []
    for question in questions:
        start = time.perf_counter_ns()
        assess(question, emergency)
        samples.append((time.perf_counter_ns() - start) / 1e3)
    ordered = sorted(samples)
    p99 = ordered[max(0, round(0.99 * len(ordered)) - 1)]
    return f"time per message: p50 {statistics.median(samples):.1f} us, p99 {p99:.1f} us"


def labelled_report(files: list[Path], emergency: Emergency, show: bool) -> list[str]:
    """Print each labelled set's figures (and a tuning set's misses when ``show``); the goals
    missed."""
    failed = []
    for path in files:
        found = score(path, emergency)
        held = is_held_out(path)
        print(f"{path.name}{' (held out: figures only)' if held else ''}")
        print(f"  urgent recall   {found.recall:6.1%} ({found.flagged}/{found.urgent})")
        print(f"  false alarms    {found.alarm_rate:6.1%} ({found.false_alarms}/{found.calm})")
        if held:
            if show:
                print("    (a held-out set's misses are never listed)")
            continue
        if found.recall < RECALL_GOAL:
            failed.append(f"recall {found.recall:.1%} < {RECALL_GOAL:.0%} on {path.name}")
        if show:
            print("\n".join(found.misses) or "    no misses")
    return failed


def ordinary_report(emergency: Emergency, show: bool) -> tuple[list[str], list[str]]:
    """Print how many ordinary questions are flagged (and, when ``show``, those of tuning
    sets); the goals missed and every question, for timing."""
    questions: list[str] = []
    flagged, shown = 0, []
    for path in ordinary_sets():
        asked = [case.question for case in load_cases(path)]
        hits = [q for q in asked if assess(q, emergency).urgent]
        questions += asked
        flagged += len(hits)
        if not is_held_out(path):
            shown += [f"    {path.name}: {q!r}" for q in hits]
    share = flagged / len(questions) if questions else 0.0
    print(f"ordinary questions ({len(ordinary_sets())} sets, held-out ones as figures only)")
    print(f"  flagged urgent  {share:6.2%} ({flagged}/{len(questions)})")
    print(f"  of which in tuning sets, listed by --show-flagged: {len(shown)}")
    if show:
        print("\n".join(shown) or "    none flagged in the tuning sets")
    if share > FALSE_ALARM_GOAL:
        return [
            f"false alarms {share:.2%} > {FALSE_ALARM_GOAL:.0%} of ordinary questions"
        ], questions
    return [], questions


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="labelled sets of {q, urgent}")
    parser.add_argument("--show-misses", action="store_true", help="list tuning-set misses")
    parser.add_argument("--show-flagged", action="store_true", help="list flagged questions")
    args = parser.parse_args(argv)
    files = args.files or sorted(LABELLED.glob("*.yaml"))
    if args.show_misses and args.files and any(is_held_out(p) for p in files):
        parser.error("a held-out set is scored, never looked into: drop --show-misses")
    emergency = load_brain().index.intents.emergency
    if emergency is None:
        parser.error("intents/emergency.yaml is missing: nothing to measure")
    failed = labelled_report(files, emergency, args.show_misses)
    missed, questions = ordinary_report(emergency, args.show_flagged)
    print(timing(questions, emergency))
    for failure in failed + missed:
        print(f"GOAL MISSED: {failure}")
    return 1 if failed + missed else 0


if __name__ == "__main__":
    sys.exit(main())
