"""Scoring: how much evidence each office (and each out-of-scope entry) has in a question.

An office's score is one sum over the question's terms: each term's rarity (idf) times the
weight of the strongest evidence the office has for it (``intents.weights``), times the
term's strength (less for a term only the thesaurus implies). Evidence is either a phrase
(cue) or the office's documents:
- a phrase whose words all stand close together counts in full, with a bonus per extra word;
  a phrase only partly present earns a fraction, for its telling words only;
- a word of the office's documents counts at ``weights.DOCUMENT``, saturating with repeats.
A full phrase that another target's longer full phrase contains counts as partial ("attendance
data" inside "attendance data system"): the longer phrase is the more specific reading. An
out-of-scope entry whose subject a family of offices now covers lends its phrases to that
family.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from intents import weights
from intents.index import NAMING_KINDS, Cue, RoutingIndex
from intents.reading import Reading


@dataclass(frozen=True, slots=True)
class Evidence:
    """One term of a target's score: the word, what it added, and where the target has it."""

    term: str
    value: float
    kind: str
    #: The phrase that matched, or "its documents".
    source: str
    #: A phrase with all its words present (always True for documents).
    full: bool = True
    #: The office whose documents say this phrase when its own do not (it weighs less).
    elsewhere: str = ""


@dataclass
class Scores:
    """What ``score`` found. ``anchored`` targets may be answered (a phrase in full, or enough
    document evidence); ``named`` offices are named by the question (its acronym, or a name or
    alias of two words or more, in full); ``out_of_scope_at`` says where each out-of-scope
    entry's full phrases stand."""

    evidence: dict[str, dict[str, Evidence]] = field(default_factory=lambda: defaultdict(dict))
    anchored: set[str] = field(default_factory=set)
    #: Targets with a phrase (name, handles, topic phrase, out-of-scope phrase) in full.
    phrased: set[str] = field(default_factory=set)
    #: Target -> the most telling words of its documents that stand close together.
    nearby: dict[str, int] = field(default_factory=dict)
    named: set[str] = field(default_factory=set)
    out_of_scope_at: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    @property
    def totals(self) -> dict[str, float]:
        """Each target's score: all its evidence."""
        return {t: sum(e.value for e in found.values()) for t, found in self.evidence.items()}

    def keep(self, target: str, evidence: Evidence) -> None:
        """Keep ``evidence`` if it is the target's strongest for its term."""
        held = self.evidence[target].get(evidence.term)
        if held is None or evidence.value > held.value:
            self.evidence[target][evidence.term] = evidence


def _close_together(terms: tuple[str, ...], reading: Reading, width: int) -> bool:
    """True when one stretch of ``width`` words holds every term."""
    positions = reading.positions
    for start in sorted({p for term in terms for p in positions[term]}):
        if all(any(start <= p < start + width for p in positions[term]) for term in terms):
            return True
    return False


def _fully_present(cue: Cue, reading: Reading) -> bool:
    """A phrase's terms all present, close together ("getting jumped ... along the way" is not
    "getting along"), and word for word when a particle carries its meaning ("drop out")."""
    if cue.exact:
        size = len(cue.exact)
        stems = reading.stems
        return any(stems[i : i + size] == cue.exact for i in range(len(stems) - size + 1))
    if len(cue.terms) == 1:
        return True
    if cue.kind == "page":
        return _in_order(cue.terms, reading, cue.length + weights.PAGE_PAIR_SLACK)
    return _close_together(cue.terms, reading, cue.length + weights.PROXIMITY_SLACK)


def _in_order(pair: tuple[str, ...], reading: Reading, width: int) -> bool:
    """The pair's first word, then its second within ``width`` words: a page's "school
    hours" is not "school overnight" read as hours, nor "hours at school"."""
    first, second = pair
    positions = reading.positions
    return any(0 < b - a < width for a in positions[first] for b in positions[second])


#: Phrases whose words the question must say itself, not through the thesaurus. The
#: thesaurus bridges staff's words to what the knowledge base says (names, handles, pages);
#: topic phrases are already staff's words, and an out-of-scope phrase must mean exactly its
#: words: "sped teacher here" implies special education, but that is who is asking.
TYPED_KINDS = frozenset({"phrase", "out_of_scope", "page"})
#: Evidence from an office's pages: a word of them, or two words standing together.
PAGE_KINDS = frozenset({"document", "page"})
#: Evidence an out-of-scope entry lends to the family whose pages now cover its subject.
COVERED_KIND = "covered subject"


def _typed(cue: Cue, reading: Reading) -> bool:
    """Whether the question says every word of ``cue`` itself."""
    return all(reading.strength.get(term, 0.0) >= 1.0 for term in cue.terms)


def _outmatched(full: set[int], index: RoutingIndex) -> set[int]:
    """The fully matched cues whose words all lie inside another target's longer full match."""
    cues = [(number, index.cues[number].target, set(index.cues[number].terms)) for number in full]
    return {
        number
        for number, target, terms in cues
        if any(other != target and terms < longer for _, other, longer in cues)
    }


def score(reading: Reading, index: RoutingIndex) -> Scores:
    """Score every target reachable from the question's terms."""
    present = set(reading.terms[: weights.MAX_TERMS])
    scores = Scores()
    numbers = {n for term in present for n in index.postings.get(term, ())}
    full = {
        n
        for n in numbers
        if all(t in present for t in index.cues[n].terms)
        and _fully_present(index.cues[n], reading)
        and (index.cues[n].kind not in TYPED_KINDS or _typed(index.cues[n], reading))
    }
    outmatched = _outmatched(full, index)
    for number in numbers:
        if number not in full and index.cues[number].kind == "page":
            continue  # two words of a page mean something together, not apart
        _score_cue(
            index.cues[number], number in full and number not in outmatched, reading, index, scores
        )
    for term in present:
        if all(p in reading.framed for p in reading.positions[term]):
            continue
        for office, weight in index.documents.get(term, ()):
            value = weights.DOCUMENT * weight * reading.strength[term]
            scores.keep(office, Evidence(term, value, "document", "its documents"))
    for target, found in scores.evidence.items():
        documents = [e for e in found.values() if e.kind in PAGE_KINDS]
        telling = [e.term for e in documents if e.term in index.telling]
        near = nearby(telling, reading)
        scores.nearby[target] = near
        if near >= weights.DOCUMENT_WORDS and sum(e.value for e in documents) >= (
            weights.MIN_SCORE
        ):
            scores.anchored.add(target)
    _lend_covered_subjects(scores, index)
    return scores


def _lend_covered_subjects(scores: Scores, index: RoutingIndex) -> None:
    """An out-of-scope entry whose subject a family of offices' pages now cover
    (``RoutingIndex.covered``) lends the phrases of it the question holds to that family: to
    the family's office the question already points at, else to its head office. The entry
    names the subject in staff's words: "ceiling tiles leaking in room 204" is building
    repairs, which a facilities department a curator added handles, though its page never
    says "ceiling tile". Declining it as "building repairs, which no office here handles"
    would no longer be true."""
    covered = sorted(t for t in scores.phrased if t in index.covered)
    totals = scores.totals if covered else {}
    for target in covered:
        coverage = index.covered[target]
        pointed_at = [office for office in coverage.offices if office in scores.anchored]
        best = min(pointed_at, key=lambda office: (-totals.get(office, 0.0), office), default=None)
        office = best or coverage.head
        for evidence in list(scores.evidence[target].values()):
            if evidence.full:
                scores.keep(office, replace(evidence, kind=COVERED_KIND))
        scores.phrased.add(office)
        scores.anchored.add(office)


def nearby(terms: list[str], reading: Reading) -> int:
    """The most of ``terms`` that stand within one stretch of ``weights.DOCUMENT_WINDOW``
    words: an office's words scattered over a pasted page are not a request for it."""
    places = sorted((p, t) for t in terms for p in reading.positions[t])
    best = 0
    for start, _ in places:
        inside = {t for p, t in places if start <= p < start + weights.DOCUMENT_WINDOW}
        best = max(best, len(inside))
    return best


def _score_cue(cue: Cue, full: bool, reading: Reading, index: RoutingIndex, scores: Scores) -> None:
    matched = [t for t in cue.terms if t in reading.strength]
    if full:
        factor = 1.0 + weights.PHRASE_BONUS * (len(cue.terms) - 1)
        scores.anchored.add(cue.target)
        # A phrase the thesaurus alone completes ("lsc" implies "local school council") is
        # evidence, but not a phrase of the question: at least one of its words must be typed.
        # A pair of words from a page is evidence too, but answers only if the confidence
        # model agrees: pages say much in passing.
        typed = any(reading.strength.get(term, 0.0) >= 1.0 for term in cue.terms)
        if typed and cue.kind != "page":
            scores.phrased.add(cue.target)
        # A one-word name ("Networks", "Legal") is an everyday word more often than a name.
        if cue.kind == "acronym" or (cue.kind in NAMING_KINDS and len(cue.terms) > 1):
            scores.named.add(cue.target)
        if index.is_out_of_scope(cue.target):
            places = (p for t in cue.terms for p in reading.positions[t])
            scores.out_of_scope_at[cue.target].update(places)
    else:
        # A phrase only partly present earns nothing for its everyday words ("student" in
        # "medical leave for a student"): only its telling words count, at a fraction.
        matched = [t for t in matched if index.idf[t] >= index.common_idf]
        factor = weights.PARTIAL_CREDIT * len(matched) / len(cue.terms)
    for term in matched:
        value = cue.weight * factor * index.idf[term] * reading.strength[term]
        evidence = Evidence(term, value, cue.kind, cue.text, full, cue.elsewhere)
        scores.keep(cue.target, evidence)
