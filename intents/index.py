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

from intents.model import Field, IntentSet, Meta, OutOfScope
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
#: The label of a phrase asking for the umbrella office ("overall", "oversees").
UMBRELLA = "umbrella"
#: What a frame phrase says about a question: the field it asks for, that it is about the bot
#: (help, greeting...), or UMBRELLA.
FrameLabel = Field | Meta | str

#: A word shared by more targets than this (and than COMMON_SHARE of them) is "common": it only
#: counts inside a cue matched through a rarer word, so a question containing "school" does not
#: touch every school in a large directory. Small knowledge bases have no common words.
COMMON_MIN_TARGETS = 50
#: Sharpens idf; 1.0 is the textbook formula. Chosen on the dev set (README, Measuring).
RARITY_POWER = 1.5
COMMON_SHARE = 0.01


@dataclass(frozen=True, slots=True)
class Cue:
    """One phrase pointing at one target (an office id, or ``gap:<label>``)."""

    target: str
    terms: tuple[str, ...]
    weight: float
    text: str
    #: Words in the phrase as written, stop words included: how far apart its terms may lie.
    length: int = 1
    #: For a phrase whose stop words leave one term ("drop out" -> "drop"): its stemmed words,
    #: all of which must appear in order, or "drop off the forms" would be a dropout.
    exact: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoutingIndex:
    """Cues, an inverted index from term to cue, and each term's rarity across targets.

    ``vocabulary`` groups the known words by first letter: typo correction searches only the
    group of the typo's first letter, which keeps it fast at 10,000 offices at the price of
    not correcting a wrong first letter (rare in practice: "councelor", "backgroud").
    """

    cues: tuple[Cue, ...]
    postings: dict[str, tuple[int, ...]]
    idf: dict[str, float]
    vocabulary: dict[str, tuple[str, ...]]
    parents: dict[str, str | None]
    intents: IntentSet
    gap_labels: dict[str, str] = field(default_factory=dict)
    #: The gaps about the asker's own affairs (see ``OutOfScope.personal``).
    personal_gaps: frozenset[str] = frozenset()
    #: A synonym's stemmed word -> the terms of the idea it stands for.
    synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: A synonym's stemmed word -> every stemmed word of its idea, stop words included, so
    #: "overnight" reads as "after hours" word for word.
    synonym_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: The words of the field, meta and umbrella phrases, keyed by their first word, tokenized
    #: once here rather than on every question.
    frame_phrases: dict[str, tuple[tuple[tuple[str, ...], FrameLabel], ...]] = field(
        default_factory=dict
    )

    def is_gap(self, target: str) -> bool:
        """True for a pseudo-target standing for a known out-of-scope topic."""
        return target.startswith(GAP_PREFIX)


#: Cue kinds that name an office: the words they lose are "office", "department" and the
#: like, so their one remaining term may stand alone ("Law Department" -> "law").
NAMING_KINDS = frozenset({"acronym", "name", "alias"})


#: Stop words that change what the word beside them means: "drop out" is not "drop", "after
#: hours" is not "hours". A phrase left one word by dropping these must match word for word;
#: one that loses only frame words ("Chicago police", "been truant") need not.
PARTICLES = frozenset(
    "about above after again at by down for from in into of off on out over to up with".split()  # noqa: SIM905
)


def _cue(text: str, target: str, weight: float, kind: str) -> Cue | None:
    """The cue for ``text``, or None when nothing in it can tell offices apart."""
    words = tokens(text)
    # An acronym is a name even when it spells a stop word ("ITS"); keep all its words.
    terms = tuple(stem(w) for w in words) if kind == "acronym" else content_terms(text, words)
    if not terms:
        return None
    situation = kind not in NAMING_KINDS
    # A gap phrase says "not ours" with confidence, so it must mean exactly what it says: "my
    # career" is a personal matter, "career" alone is a student's.
    telling = kind == "gap" or any(word in PARTICLES for word in words)
    exact: tuple[str, ...] = ()
    if situation and telling and len(terms) == 1 < len(words):
        exact = tuple(stem(w) for w in words)
    return Cue(target, terms, weight, text, length=len(words), exact=exact)


def _office_cues(kb: KnowledgeBase, intents: IntentSet) -> list[Cue]:
    cues: list[Cue] = []

    def add(target: str, text: str, kind: str, scale: float = 1.0) -> None:
        cue = _cue(text, target, CUE_WEIGHTS[kind] * scale, kind)
        if cue is not None:
            cues.append(cue)

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
            cue = _cue(phrase, target, CUE_WEIGHTS["gap"], "gap")
            if cue is not None:
                cues.append(cue)
    return cues, labels


def rarity(targets: int, containing: int) -> float:
    """How much a word tells offices apart: a smoothed idf, raised to RARITY_POWER so a word
    unique to one office outweighs a pair of everyday words ("student support")."""
    return float(math.log(1 + targets / containing) ** RARITY_POWER)


def build_index(kb: KnowledgeBase, intents: IntentSet) -> RoutingIndex:
    """Index every cue of ``kb`` and ``intents``. Pure: the inputs are not modified."""
    gap_cues, gap_labels = _gap_cues(intents.out_of_scope)
    cues = tuple(_office_cues(kb, intents) + gap_cues)
    targets_by_term: dict[str, set[str]] = defaultdict(set)
    for cue in cues:
        for term in cue.terms:
            targets_by_term[term].add(cue.target)
    n_targets = len({cue.target for cue in cues}) or 1
    idf = {term: rarity(n_targets, len(targets)) for term, targets in targets_by_term.items()}
    common = max(COMMON_MIN_TARGETS, int(n_targets * COMMON_SHARE))

    def is_common(term: str) -> bool:
        return len(targets_by_term[term]) > common

    postings: dict[str, list[int]] = defaultdict(list)
    for number, cue in enumerate(cues):
        if all(is_common(term) for term in cue.terms):
            continue  # "high school" on a thousand schools tells none of them apart
        anchor = min(cue.terms, key=lambda term: len(targets_by_term[term]))
        for term in cue.terms:
            if term == anchor or not is_common(term):
                postings[term].append(number)
    synonyms = {
        stem(word): content_terms(synonym.idea)
        for synonym in intents.synonyms
        for word in synonym.words
    }
    synonym_words = {
        stem(word): tuple(stem(w) for w in tokens(synonym.idea))
        for synonym in intents.synonyms
        for word in synonym.words
    }
    frame_phrases: dict[str, list[tuple[tuple[str, ...], FrameLabel]]] = defaultdict(list)
    labelled: list[tuple[str, FrameLabel]] = [
        *((phrase, name) for name, phrases in intents.fields.items() for phrase in phrases),
        *((phrase, name) for name, phrases in intents.meta.items() for phrase in phrases),
        *((phrase, UMBRELLA) for phrase in intents.umbrella),
    ]
    for phrase, label in labelled:
        words = tuple(tokens(phrase))
        if words:
            frame_phrases[words[0]].append((words, label))
    vocabulary: dict[str, list[str]] = defaultdict(list)
    for term in sorted(set(postings) - STOPWORDS):
        vocabulary[term[0]].append(term)
    return RoutingIndex(
        cues=cues,
        postings={term: tuple(numbers) for term, numbers in postings.items()},
        idf=idf,
        vocabulary={letter: tuple(words) for letter, words in vocabulary.items()},
        parents={office.id: office.parent for office in kb},
        intents=intents,
        gap_labels=gap_labels,
        personal_gaps=frozenset(
            GAP_PREFIX + gap.label for gap in intents.out_of_scope if gap.personal
        ),
        synonyms=synonyms,
        synonym_words=synonym_words,
        frame_phrases={word: tuple(found) for word, found in frame_phrases.items()},
    )
