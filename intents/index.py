"""The routing index: every cue phrase for every office, built once per knowledge base.

A cue is a short phrase that points at one office: its name, acronym and aliases, what it
handles, and the situation vocabulary in the topic files. Known gaps (payroll, IEPs...) are
indexed the same way under pseudo-targets, so "not ours" competes on equal terms with
"ours" instead of being guessed from a low score alone.

Cost grows with the knowledge base only through the inverted index: a question touches the
cues that share a word with it, never every office.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from intents.model import IntentSet, OutOfScope
from intents.vocabulary import STOPWORDS, content_terms, stem
from knowledge import KnowledgeBase
from knowledge.text import tokens

#: How much a full match of each kind of cue is worth, per unit of word rarity.
CUE_WEIGHTS = {
    "acronym": 3.0,
    "name": 2.0,
    "alias": 2.0,
    "intent": 1.5,
    "handles": 1.0,
    "gap": 1.5,
}

GAP_PREFIX = "gap:"


@dataclass(frozen=True, slots=True)
class Cue:
    """One phrase pointing at one target (an office id, or ``gap:<label>``)."""

    target: str
    terms: tuple[str, ...]
    weight: float
    text: str


@dataclass(frozen=True)
class RoutingIndex:
    """Cues, an inverted index from term to cue, and each term's rarity across targets."""

    cues: tuple[Cue, ...]
    postings: dict[str, tuple[int, ...]]
    idf: dict[str, float]
    vocabulary: tuple[str, ...]
    parents: dict[str, str | None]
    intents: IntentSet
    gap_labels: dict[str, str] = field(default_factory=dict)

    def is_gap(self, target: str) -> bool:
        """True for a pseudo-target standing for a known out-of-scope topic."""
        return target.startswith(GAP_PREFIX)


def _office_cues(kb: KnowledgeBase, intents: IntentSet) -> list[Cue]:
    cues: list[Cue] = []

    def add(target: str, text: str, kind: str, scale: float = 1.0) -> None:
        # An acronym is a name even when it spells a stop word ("ITS"); keep all its words.
        terms = tuple(stem(w) for w in tokens(text)) if kind == "acronym" else content_terms(text)
        if terms:
            cues.append(Cue(target, terms, CUE_WEIGHTS[kind] * scale, text))

    for office in kb:
        add(office.id, office.name, "name")
        if office.acronym:
            add(office.id, office.acronym, "acronym")
        for alias in office.aliases:
            add(office.id, alias, "acronym" if alias.isupper() else "alias")
        for phrase in office.handles:
            add(office.id, phrase, "handles")
    for intent in intents.intents:
        for phrase in intent.phrases:
            add(intent.office, phrase, "intent", intent.weight)
    return cues


def _gap_cues(gaps: tuple[OutOfScope, ...]) -> tuple[list[Cue], dict[str, str]]:
    cues, labels = [], {}
    for gap in gaps:
        target = GAP_PREFIX + gap.label
        labels[target] = gap.label
        for phrase in gap.phrases:
            terms = content_terms(phrase)
            if terms:
                cues.append(Cue(target, terms, CUE_WEIGHTS["gap"], phrase))
    return cues, labels


def build_index(kb: KnowledgeBase, intents: IntentSet) -> RoutingIndex:
    """Index every cue of ``kb`` and ``intents``. Pure: the inputs are not modified."""
    gap_cues, gap_labels = _gap_cues(intents.out_of_scope)
    cues = tuple(_office_cues(kb, intents) + gap_cues)
    postings: dict[str, list[int]] = defaultdict(list)
    targets_by_term: dict[str, set[str]] = defaultdict(set)
    for number, cue in enumerate(cues):
        for term in cue.terms:
            postings[term].append(number)
            targets_by_term[term].add(cue.target)
    n_targets = len({cue.target for cue in cues}) or 1
    idf = {
        term: math.log(1 + n_targets / len(targets)) for term, targets in targets_by_term.items()
    }
    vocabulary = tuple(sorted(set(postings) - STOPWORDS))
    return RoutingIndex(
        cues=cues,
        postings={term: tuple(numbers) for term, numbers in postings.items()},
        idf=idf,
        vocabulary=vocabulary,
        parents={office.id: office.parent for office in kb},
        intents=intents,
        gap_labels=gap_labels,
    )
