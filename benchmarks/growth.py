"""A directory that grows: six departments added from their pages (tests/growth), measured
with their eight phrases per office and with none, beside a plain BM25 baseline.

    python -m benchmarks.growth [--fresh [FILE ...]]

Prints top-1, out-of-scope rejection and field accuracy on the growth question sets (tuning
and held out, the held-out ones as figures only), on the original held-out sets with the
growth departments added (they must not fall), and the baseline's figures on the same
questions. Held-out sets never have their misses printed. ``--fresh`` adds a row for the
sets in ``tests/growth/eval/fresh/``, which judge the next routing change before they join
the others (their README says how); ``--fresh FILE`` for one of them only, so that a set
kept for a later change stays unread.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks.bm25 import Bm25, choose_cutoff, rates
from bot.evaluate import Report, combine, evaluate, is_held_out, load_cases
from bot.service import Assistant, load_brain
from tests.growth.fixture import EVAL, merged_folders

SHIPPED_EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"


def line(label: str, report: Report) -> str:
    return (
        f"  {label:<34} top-1 {report.top1_rate:6.1%} ({report.top1}/{report.in_scope})   "
        f"out of scope {report.rejection_rate:6.1%} ({report.rejected}/{report.out_of_scope})   "
        f"field {report.field_rate:6.1%}   invented phones {len(report.invented_phones)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--fresh",
        nargs="*",
        type=Path,
        metavar="FILE",
        help="also score the sets in eval/fresh/, or only the FILEs named",
    )
    chosen = parser.parse_args().fresh
    fresh = chosen or (sorted((EVAL / "fresh").glob("*.yaml")) if chosen is not None else [])
    tuning = [p for p in sorted(EVAL.glob("*.yaml")) if not is_held_out(p)]
    held_out = [p for p in sorted(EVAL.glob("*.yaml")) if is_held_out(p)]
    original = [p for p in sorted(SHIPPED_EVAL.glob("*.yaml")) if is_held_out(p)]
    for phrases in (True, False):
        with tempfile.TemporaryDirectory() as folder:
            knowledge, intents = merged_folders(Path(folder), phrases=phrases)
            assistant = Assistant(load_brain(knowledge, intents))
            print(f"whohandles, growth departments {'with' if phrases else 'WITHOUT'} phrases:")
            for label, paths in (
                ("growth tuning sets", tuning),
                ("growth held-out sets", held_out),
                ("original held-out sets", original),
                *([("fresh growth sets", fresh)] if fresh else []),
            ):
                reports = [evaluate(load_cases(p), assistant) for p in paths]
                print(line(label, combine(reports)))
            if not phrases:
                bm25 = Bm25.of(assistant.brain.kb)
                cutoff = choose_cutoff([c for p in tuning for c in load_cases(p)], bm25)
    print(f"baseline: BM25 over the same documents (cut-off {cutoff} chosen on the tuning sets):")
    for label, paths in (("growth tuning sets", tuning), ("growth held-out sets", held_out)):
        hits, inscope, rejected, oos = (0, 0, 0, 0)
        for path in paths:
            found = rates(load_cases(path), bm25, cutoff)
            hits, inscope, rejected, oos = (
                hits + found[0],
                inscope + found[1],
                rejected + found[2],
                oos + found[3],
            )
        print(
            f"  {label:<34} top-1 {hits / inscope:6.1%} ({hits}/{inscope})   "
            f"out of scope {rejected / oos:6.1%} ({rejected}/{oos})"
        )


if __name__ == "__main__":
    main()
