"""Leave one office out: how well each shipped office is found without the phrases written
for it, from its entry, its pages and the district thesaurus alone.

    python -m benchmarks.leave_one_out [--held-out]

For each office: remove its topic phrases, and the thesaurus ideas only those phrases used
(an idea the office's own entry or pages use stays: that is the district thesaurus doing its
job), rebuild the index, and score the evaluation questions whose first expected office is
that office (top-1: answered outright with an acceptable office). Prints the mean over
offices, the worst office and the overall share, beside a plain BM25 ranking of the same
documents, which never uses phrases. Tuning sets by default; ``--held-out`` scores the
held-out sets instead (figures only, never their misses).
"""

from __future__ import annotations

import argparse
import statistics
from dataclasses import replace
from pathlib import Path

from benchmarks.bm25 import Bm25, choose_cutoff
from bot.answer import compose
from bot.evaluate import Case, is_held_out, load_cases
from bot.service import load_brain
from intents import IntentSet, Outcome, RoutingIndex, build_index, route
from intents.loader import unused_ideas
from knowledge import KnowledgeBase

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"


def without(intents: IntentSet, kb: KnowledgeBase, office_id: str) -> IntentSet:
    """``intents`` without the office's topic phrases and the ideas only they used."""
    reduced = replace(intents, intents=tuple(i for i in intents.intents if i.office != office_id))
    before = {p.entry for p in unused_ideas(intents, kb, "")}
    only_its = {p.entry for p in unused_ideas(reduced, kb, "")} - before
    return replace(reduced, synonyms=tuple(s for s in intents.synonyms if s.idea not in only_its))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--held-out", action="store_true", help="score the held-out sets")
    args = parser.parse_args()
    brain = load_brain()
    kb = brain.kb
    paths = [p for p in sorted(EVAL.glob("*.yaml")) if is_held_out(p) == args.held_out]
    cases = [c for p in paths for c in load_cases(p)]
    tuning = [c for p in sorted(EVAL.glob("*.yaml")) if not is_held_out(p) for c in load_cases(p)]
    bm25 = Bm25.of(kb)
    cutoff = choose_cutoff(tuning, bm25)
    ours: dict[str, tuple[int, int]] = {}
    base: dict[str, tuple[int, int]] = {}
    for office in kb:
        about = [c for c in cases if c.expect and c.expect[0] == office.id]
        if not about:
            continue
        index = build_index(kb, without(brain.index.intents, kb, office.id))
        ours[office.id] = (sum(_right(c, index, kb) for c in about), len(about))
        base[office.id] = (sum(_baseline_right(c, bm25, cutoff) for c in about), len(about))
    which = "held-out" if args.held_out else "tuning"
    print(f"leave one office out, {which} sets: {len(ours)} offices, {len(cases)} questions")
    for label, found in (("whohandles", ours), (f"BM25 baseline (cut-off {cutoff})", base)):
        shares = {oid: hits / total for oid, (hits, total) in found.items()}
        worst = min(shares, key=lambda oid: shares[oid])
        hits = sum(h for h, _ in found.values())
        total = sum(t for _, t in found.values())
        print(
            f"  {label:<34} mean {statistics.mean(shares.values()):6.1%}   "
            f"worst {shares[worst]:6.1%} ({worst}, {found[worst][1]} questions)   "
            f"all {hits / total:6.1%} ({hits}/{total})"
        )
    print("  per office (whohandles):")
    for oid, (hits, total) in sorted(ours.items(), key=lambda item: item[1][0] / item[1][1]):
        print(f"    {oid:<26} {hits / total:6.1%} ({hits}/{total})")


def _right(case: Case, index: RoutingIndex, kb: KnowledgeBase) -> bool:
    result = route(case.question, index)
    answer = compose(case.question, result, kb)
    return answer.status is Outcome.ANSWER and answer.offices[0].office.id in case.expect


def _baseline_right(case: Case, bm25: Bm25, cutoff: float) -> bool:
    office, value = bm25.best(case.question)
    return value >= cutoff and office in case.expect


if __name__ == "__main__":
    main()
