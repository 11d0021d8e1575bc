"""A plain BM25 ranking over each office's documents: the baseline the router is measured
beside (issue 11 measured about 60% top-1 for it on the shipped offices).

Each office's document is everything the knowledge base says about it (names, role, handles,
its sections of its pages), tokenised and stemmed the way the router does. The best office
answers when its score clears a cut-off chosen on tuning sets; otherwise "unknown". No
phrases, no thesaurus, no typo correction: what a quick search-engine build would do.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from bot.evaluate import Case
from intents.index import office_words
from intents.vocabulary import STOPWORDS, stem
from knowledge import KnowledgeBase
from knowledge.text import tokens

K1, B = 1.2, 0.75


@dataclass(frozen=True)
class Bm25:
    """A BM25 index over the offices' documents."""

    counts: dict[str, Counter[str]]
    idf: dict[str, float]
    lengths: dict[str, int]
    average: float

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Bm25:
        counts = {oid: Counter(words) for oid, words in office_words(kb, STOPWORDS).items()}
        df = Counter(term for found in counts.values() for term in found)
        n = len(counts)
        idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        lengths = {oid: sum(c.values()) for oid, c in counts.items()}
        return cls(counts, idf, lengths, sum(lengths.values()) / max(n, 1))

    def best(self, question: str) -> tuple[str | None, float]:
        terms = [stem(w) for w in tokens(question) if w not in STOPWORDS]
        top, top_score = None, 0.0
        for oid, found in self.counts.items():
            norm = K1 * (1 - B + B * self.lengths[oid] / self.average)
            value = sum(
                self.idf.get(t, 0.0) * found[t] * (K1 + 1) / (found[t] + norm)
                for t in terms
                if t in found
            )
            if value > top_score:
                top, top_score = oid, value
        return top, top_score


def rates(cases: list[Case], bm25: Bm25, cutoff: float) -> tuple[int, int, int, int]:
    """(top-1 hits, in-scope questions, out-of-scope rejected, out-of-scope questions)."""
    return tally(cases, lambda question: _answer(bm25, question, cutoff))


def _answer(bm25: Bm25, question: str, cutoff: float) -> str | None:
    office, value = bm25.best(question)
    return office if value >= cutoff else None


def tally(cases: list[Case], answer: Callable[[str], str | None]) -> tuple[int, int, int, int]:
    """(top-1 hits, in-scope questions, out-of-scope rejected, out-of-scope questions) of a
    baseline that answers each question with an office or None."""
    hits = inscope = rejected = oos = 0
    for case in cases:
        found = answer(case.question)
        if case.expect:
            inscope += 1
            hits += found in case.expect
        else:
            oos += 1
            rejected += found is None
    return hits, inscope, rejected, oos


def choose_cutoff(cases: list[Case], bm25: Bm25) -> float:
    """The cut-off that maximises top-1 plus rejection on ``cases`` (tuning sets only)."""
    best, best_value = 0.0, -1.0
    for step in range(0, 61):
        cutoff = step * 0.5
        hits, inscope, rejected, oos = rates(cases, bm25, cutoff)
        value = hits / max(inscope, 1) + rejected / max(oos, 1)
        if value > best_value:
            best, best_value = cutoff, value
    return best
