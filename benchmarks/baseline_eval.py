"""Answer quality against a simple baseline, on the same evaluation sets, in the same run.

    python -m benchmarks.baseline_eval

The baseline is what a quick build would do: fuzzy-match the question (rapidfuzz
``token_set_ratio``) against each office's text (name, aliases, role, what it handles) and
take the best office, or "unknown" below a cut-off chosen to maximise its own score on the
dev set. whohandles is scored by ``bot.evaluate`` exactly as ``whohandles eval`` does.
"""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import fuzz, process

from benchmarks.bm25 import tally
from bot.evaluate import Case, evaluate, load_cases
from bot.service import Assistant, load_brain
from knowledge import KnowledgeBase
from knowledge.text import normalize

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"


def office_texts(kb: KnowledgeBase) -> dict[str, str]:
    return {
        o.id: normalize(" ".join([o.name, *o.aliases, o.acronym or "", o.role, *o.handles]))
        for o in kb
    }


def baseline_rates(cases: list[Case], texts: dict[str, str], cutoff: float) -> tuple[float, float]:
    """(top-1 on in-scope questions, out-of-scope rejected) for the fuzzy baseline."""
    ids, docs = list(texts), list(texts.values())

    def answer(question: str) -> str | None:
        best = process.extractOne(normalize(question), docs, scorer=fuzz.token_set_ratio)
        return ids[best[2]] if best and best[1] >= cutoff else None

    hits, inscope, rejected, oos = tally(cases, answer)
    return hits / max(inscope, 1), rejected / max(oos, 1)


def main() -> None:
    brain = load_brain()
    assistant = Assistant(brain)
    texts = office_texts(brain.kb)
    dev = load_cases(EVAL_DIR / "dev.yaml")
    cutoff = max(range(0, 101, 5), key=lambda c: sum(baseline_rates(dev, texts, c)))
    print(f"baseline cut-off chosen on dev.yaml: {cutoff}")
    columns = ("whohandles top-1", "baseline top-1", "whohandles OOS", "baseline OOS")
    print(f"{'set':<20}" + "".join(f"{c:>18}" for c in columns))
    for path in sorted(EVAL_DIR.glob("*.yaml")):
        cases = load_cases(path)
        ours = evaluate(cases, assistant)
        top1, oos = baseline_rates(cases, texts, cutoff)
        print(
            f"{path.name:<20}{ours.top1_rate:>18.1%}{top1:>18.1%}{ours.rejection_rate:>18.1%}{oos:>18.1%}"
        )


if __name__ == "__main__":
    main()
