"""Confidence: how likely the best office is right, from a few signals of the evidence.

The score ranks offices; it does not say whether the best one is right. That depends on how
the evidence looks: a name or a full phrase, several words of the office's pages, how much
of the question the office accounts for, how far ahead of the next office it is, whether an
out-of-scope entry claims the same words. ``probability`` weighs these signals with a
logistic model whose few weights (``weights.CONFIDENCE_WEIGHTS``) were fitted on the tuning
sets by ``benchmarks/fit_confidence.py``, which also prints the calibration table. So
"confidence 0.9" means about nine in ten such answers were right, and the router answers
only when the probability clears ``weights.ANSWER_AT``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass

from intents import weights
from intents.index import RoutingIndex
from intents.reading import Reading
from intents.scoring import PAGE_KINDS, Scores


@dataclass(frozen=True, slots=True)
class Signals:
    """What the confidence model reads about the best office's evidence."""

    #: log(1 + the best office's score).
    strength: float
    #: (best - runner-up) / best, in [0, 1].
    margin: float
    #: The question names the office (its acronym, or a name of two words or more).
    named: float
    #: A phrase of the office (a name, a handles phrase or a topic phrase) stands in full,
    #: in the question's own words.
    phrase: float
    #: Share of the office's score that words implied by the thesaurus earned.
    implied: float
    #: Telling words of the office's documents close together in the question, up to 4,
    #: divided by 4.
    documents: float
    #: Share of the question's telling words (by rarity) the office has evidence for.
    coverage: float
    #: The best office's evidence rests on a single word.
    one_word: float
    #: The strongest out-of-scope entry's score over the best office's, up to 2, divided by 2.
    out_of_scope: float

    def values(self) -> dict[str, float]:
        return asdict(self)


def signals(
    best: str, top: float, runner_up: float, reading: Reading, scores: Scores, index: RoutingIndex
) -> Signals:
    """The signals for ``best`` (score ``top``) in one question."""
    found = scores.evidence.get(best, {})
    phrase = any(
        e.full and e.kind not in PAGE_KINDS and reading.strength.get(e.term, 0.0) >= 1.0
        for e in found.values()
    )
    own = sum(e.value for e in found.values()) or 1.0
    implied = sum(e.value for e in found.values() if reading.strength.get(e.term, 0.0) < 1.0)
    telling_docs = scores.nearby.get(best, 0)
    entries = [
        value
        for target, found_ in scores.evidence.items()
        if index.is_out_of_scope(target)
        and target in scores.anchored
        and best not in index.covering(target)
        for value in [sum(e.value for e in found_.values())]
    ]
    return Signals(
        strength=math.log1p(top),
        margin=(top - runner_up) / top if top > 0 else 0.0,
        named=float(best in scores.named),
        phrase=float(phrase),
        implied=implied / own,
        documents=min(telling_docs, 4) / 4,
        coverage=_coverage(found, reading, index),
        one_word=float(best not in scores.named and len(found) <= 1),
        out_of_scope=min(max(entries, default=0.0) / top, 2.0) / 2 if top > 0 else 0.0,
    )


def _coverage(found: Mapping[str, object], reading: Reading, index: RoutingIndex) -> float:
    """Share of the question's telling words the office accounts for, each weighed by its
    rarity; a word the index has never seen counts as rare (a name, a place, a new topic)."""
    unseen = math.log(1 + len(index.parents) + len(index.labels)) ** weights.RARITY_POWER
    total = explained = 0.0
    for term in reading.terms[: weights.MAX_TERMS]:
        if reading.strength.get(term, 0.0) < 1.0:
            continue  # implied by the thesaurus: the typed word stands for it
        if all(p in reading.framed for p in reading.positions[term]):
            continue
        rarity = index.idf.get(term, unseen)
        if rarity < index.common_idf:
            continue
        total += rarity
        if term in found or any(t in found for t in _implied_by(term, reading, index)):
            explained += rarity
    return explained / total if total else 0.0


def _implied_by(term: str, reading: Reading, index: RoutingIndex) -> list[str]:
    """The idea terms the thesaurus adds where ``term`` stands."""
    places = set(reading.positions[term])
    return [
        other
        for other, strength in reading.strength.items()
        if strength < 1.0 and places & set(reading.positions[other])
    ]


def probability(found: Signals) -> float:
    """The fitted chance that the best office is right."""
    values = found.values()
    z = weights.CONFIDENCE_BIAS + sum(
        weight * values[name] for name, weight in weights.CONFIDENCE_WEIGHTS.items()
    )
    return 1.0 / (1.0 + math.exp(-z))


def calibrated(chance: float) -> float:
    """The confidence to show for a model chance: the share of such answers that were right
    on the tuning sets (``weights.CONFIDENCE_KNOTS``, interpolated), so 0.9 means nine in ten.
    """
    knots = weights.CONFIDENCE_KNOTS
    for (x0, y0), (x1, y1) in itertools.pairwise(knots):
        if chance <= x1:
            return y0 + (y1 - y0) * ((chance - x0) / (x1 - x0) if x1 > x0 else 1.0)
    return knots[-1][1]
