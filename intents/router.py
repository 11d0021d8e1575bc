"""The router: a pure function from (question, routing index) to a ranked RouteResult.

How a question is scored, in order:
1. ``normalize`` folds case, accents, punctuation and ``&``; stop words go, words are stemmed.
2. Words the index does not know are corrected to the nearest known word with rapidfuzz
   (optimal string alignment, so a swapped pair of letters is one edit), only when the word is
   long enough that a correction is safe and the nearest word is unambiguous. Acronyms are
   never corrected: OSSS and OSSE are one letter apart and mean different offices.
3. Every cue sharing a word with the question is matched. Each question word earns its rarity
   (idf) times the weight of the best cue that contains it, per office; a fully matched
   multi-word cue earns a bonus, a partly matched one a fraction. Only an office with at least
   one cue fully present can be answered: partial matches add weight, never a reason.
4. An office inherits half its parent's score when its own evidence is enough to answer, so
   "OSSS background check" lands on the team rather than the umbrella office.
5. Known gaps compete like offices; if one wins, or runs close, the bot says it does not know.
6. One clear winner answers; two or three close ones ask the user to choose; a weak best
   score is "unknown".
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from intents.index import RARITY_POWER, UMBRELLA, Cue, FrameLabel, RoutingIndex
from intents.model import Candidate, Field, Meta, Outcome, RouteResult
from intents.vocabulary import FIRST_PERSON, STOPWORDS, shouted, stem
from knowledge.text import tokens

#: Below this best score nothing is specific enough to answer.
MIN_SCORE = 3.5
#: Offices within this fraction of the best score are offered together as choices.
CLARIFY_RATIO = 0.75
#: A known gap this close to the best office still means "not ours": do not guess.
GAP_RATIO = 0.8
#: The same for a gap about the asker's own affairs, in a question asked in the first person:
#: "my overtime for the basketball game" names sports, but what it asks about is the pay.
PERSONAL_GAP_RATIO = 0.4
#: ...when an "I", "me" or "my" stands within this many words of the gap's phrase: in "I manage
#: the Safe Passage contract ... routes changed after the bell schedule shifted" the "I" is
#: the writer introducing themselves, not the owner of a shift change.
FIRST_PERSON_REACH = 5
#: An umbrella office this close to the best answer wins when the question asks for one.
UMBRELLA_RATIO = 0.5
#: At most this many choices in a clarify answer.
MAX_CHOICES = 3
#: Credit for a cue whose words are only partly present, per share of its words present.
PARTIAL_CREDIT = 0.6
#: Words shared by more than a fifth of the offices (idf below this) get no partial credit.
COMMON_IDF = math.log(1 + 5) ** RARITY_POWER
#: Bonus per extra word in a fully matched multi-word cue.
PHRASE_BONUS = 0.25
#: Share of a parent's score that a child with its own evidence inherits.
PARENT_SHARE = 0.5
#: Content words of a question considered at most: a pasted page cannot make routing slow.
MAX_TERMS = 64
#: Words this long may be two edits from the word meant ("scolarship"); shorter ones, one.
LONG_WORD = 9
#: A multi-word cue's terms must lie within its own length plus this many words.
PROXIMITY_SLACK = 10
#: Shortest word that typo correction will touch.
MIN_CORRECTABLE = 5
#: Shortest word corrected for two swapped neighbouring letters, the only typo fixed below
#: MIN_CORRECTABLE.
MIN_TRANSPOSED = 4
#: Shorter words are not corrected for one changed letter: that is usually another word.
SAFE_TO_RESPELL = 6

Evidence = dict[str, list[tuple[float, str]]]


def _frame_hits(words: list[str], index: RoutingIndex) -> list[tuple[int, FrameLabel]]:
    """Every field, meta and umbrella phrase in the question, with the word it starts at."""
    hits = []
    for i, word in enumerate(words):
        for phrase, label in index.frame_phrases.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                hits.append((i, label))
    return hits


def _detect_field(hits: list[tuple[int, FrameLabel]]) -> Field | None:
    """The contact field asked for, by the earliest field phrase in the question."""
    found = [(i, label) for i, label in hits if isinstance(label, Field)]
    return min(found)[1] if found else None


def _detect_meta(hits: list[tuple[int, FrameLabel]]) -> Meta | None:
    present = {label for _, label in hits if isinstance(label, Meta)}
    for meta in (Meta.DIRECTORY, Meta.HELP, Meta.THANKS, Meta.GREETING):
        if meta in present:
            return meta
    return None


def _correct(term: str, index: RoutingIndex) -> str | None:
    """The one known word ``term`` is most likely a typo of, or None when unsure."""
    if len(term) < MIN_TRANSPOSED or not term.isalpha():
        return None
    if len(term) < MIN_CORRECTABLE:
        return _transposed(term, index)
    max_edits = 1 if len(term) <= LONG_WORD - 1 else 2
    matches = process.extract(
        term,
        index.vocabulary.get(term[0], ()),
        scorer=OSA.distance,
        score_cutoff=max_edits,
        limit=3,
    )
    if not matches:
        return None
    if len(term) < SAFE_TO_RESPELL:
        # A short word with one letter changed is often another real word ("clean" and
        # "clear"); a letter missing, doubled or swapped is a typo ("safty", "figth").
        matches = [m for m in matches if len(m[0]) != len(term) or sorted(m[0]) == sorted(term)]
        if not matches:
            return None
    best = min(m[1] for m in matches)
    nearest = [m[0] for m in matches if m[1] == best]
    return nearest[0] if len(nearest) == 1 else None


def _transposed(term: str, index: RoutingIndex) -> str | None:
    """The one known word that ``term`` spells with two neighbouring letters swapped.

    Four-letter words are mostly acronyms, where one changed letter is another office (OSSS
    and OSSE) but two swapped letters are a slip of the fingers ("OSLE" for OSEL).
    """
    # Like the other corrections, trust the first letter ("OSLE" is not "SOLE").
    swapped = {term[:i] + term[i + 1] + term[i] + term[i + 2 :] for i in range(1, len(term) - 1)}
    known = [word for word in swapped - {term} if word in index.postings]
    return known[0] if len(known) == 1 else None


@dataclass(frozen=True, slots=True)
class Reading:
    """A question as the router reads it.

    ``terms`` are its routing terms in order; ``positions`` says at which word each occurs,
    so a cue's terms can be required to lie close together; ``stems`` has every word,
    stop words included, for cues that must match word for word.
    """

    terms: tuple[str, ...]
    positions: dict[str, tuple[int, ...]]
    stems: tuple[str, ...]


def read_question(question: str, index: RoutingIndex) -> Reading:
    """The question's routing terms: stemmed, stop words out, typos corrected, compounds joined,
    and each synonym followed by the terms of its idea ("saturday" adds "after", "hour")."""
    words = tokens(question)
    capitals = shouted(question)
    positions: dict[str, list[int]] = {}
    stems: list[str] = []
    for i, word in enumerate(words):
        term = stem(word)
        if word in STOPWORDS and word not in capitals:
            stems.append(term)
            continue
        # A synonym counts only as typed: corrected into one, "discard" would become
        # "discord" and so social media.
        for idea_term in index.synonyms.get(term, ()):
            positions.setdefault(idea_term, []).append(i)
        stems.extend(index.synonym_words.get(term, ()))
        if term not in index.idf and term not in index.synonyms:
            term = _correct(term, index) or term
        stems.append(term)
        positions.setdefault(term, []).append(i)
        if i + 1 < len(words):
            joined = stem(word + words[i + 1])
            if joined in index.idf:
                positions.setdefault(joined, []).append(i)
    return Reading(tuple(positions), {t: tuple(p) for t, p in positions.items()}, tuple(stems))


def _close_together(
    terms: tuple[str, ...], positions: dict[str, tuple[int, ...]], width: int
) -> bool:
    """True when one stretch of ``width`` words holds every term."""
    for start in sorted({p for term in terms for p in positions[term]}):
        if all(any(start <= p < start + width for p in positions[term]) for term in terms):
            return True
    return False


def _fully_present(cue: Cue, reading: Reading) -> bool:
    """A cue whose terms are all in the question matches in full when they stand close
    together (a phrase's words scattered over a long message mean something else: "getting
    jumped ... along the way" is not "getting along"), and word for word when a particle
    carries its meaning ("drop out")."""
    if cue.exact:
        return _has_sequence(reading.stems, cue.exact)
    if len(cue.terms) == 1:
        return True
    return _close_together(cue.terms, reading.positions, cue.length + PROXIMITY_SLACK)


def _has_sequence(words: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    size = len(wanted)
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


@dataclass(frozen=True, slots=True)
class Scores:
    """What ``_score`` found in a question.

    ``anchored`` are the targets with at least one cue fully present: only those may be
    answered, partial matches merely add weight. ``gap_words`` says, for each anchored gap,
    at which words of the question its fully matched phrases stand.
    """

    totals: dict[str, float]
    evidence: Evidence
    anchored: set[str]
    gap_words: dict[str, set[int]]


def _score(reading: Reading, index: RoutingIndex) -> Scores:
    """Score every target reachable from the question's terms.

    A full match that another target's longer full match contains counts as partial
    ("attendance data" inside "attendance data system"): the longer phrase is the more
    specific reading.
    """
    present = set(reading.terms[:MAX_TERMS])
    anchored: set[str] = set()
    gap_words: dict[str, set[int]] = defaultdict(set)
    best: dict[str, dict[str, float]] = defaultdict(dict)
    evidence: Evidence = defaultdict(list)
    cue_numbers: set[int] = set()
    for term in present:
        cue_numbers.update(index.postings.get(term, ()))
    touched: list[tuple[int, Cue, list[str]]] = []
    full: set[int] = set()
    for number in cue_numbers:
        cue = index.cues[number]
        matched = [t for t in cue.terms if t in present]
        if len(matched) == len(cue.terms) and _fully_present(cue, reading):
            full.add(number)
        touched.append((number, cue, matched))
    outmatched = _outmatched(full, index)
    for number, cue, matched in touched:
        size = len(cue.terms)
        if number in full and number not in outmatched:
            factor = 1.0 + PHRASE_BONUS * (size - 1)
            anchored.add(cue.target)
            if index.is_gap(cue.target):
                gap_words[cue.target].update(p for t in cue.terms for p in reading.positions[t])
        else:
            # A cue only partly present earns nothing for its everyday words ("student" in
            # "medical leave for a student"): only its telling words count, at a fraction.
            matched = [t for t in matched if index.idf[t] >= COMMON_IDF]
            if not matched:
                continue
            factor = PARTIAL_CREDIT * len(matched) / size
        per_term = best[cue.target]
        gained = 0.0
        for term in matched:
            value = cue.weight * factor * index.idf[term]
            if value > per_term.get(term, 0.0):
                gained += value - per_term.get(term, 0.0)
                per_term[term] = value
        if gained > 0:
            evidence[cue.target].append((gained, cue.text))
    totals = {target: sum(values.values()) for target, values in best.items()}
    return Scores(totals, evidence, anchored, gap_words)


def _outmatched(full: set[int], index: RoutingIndex) -> set[int]:
    """The fully matched cues whose words all lie inside another target's longer full match."""
    cues = [(number, index.cues[number].target, set(index.cues[number].terms)) for number in full]
    return {
        number
        for number, target, terms in cues
        if any(other != target and terms < longer for _, other, longer in cues)
    }


def _strongest(evidence: list[tuple[float, str]], count: int = 3) -> tuple[str, ...]:
    """The cue texts that contributed most, for explanations and debugging."""
    return tuple(text for _, text in sorted(evidence, reverse=True)[:count])


def _with_parent_share(own: dict[str, float], index: RoutingIndex) -> dict[str, float]:
    total = dict(own)
    for target, score in own.items():
        parent = index.parents.get(target)
        if score >= MIN_SCORE and parent in own:
            total[target] = score + PARENT_SHARE * own[parent]
    return total


def _ancestors(office_id: str, index: RoutingIndex) -> list[str]:
    """The office's parent, grandparent and so on."""
    found = []
    parent = index.parents.get(office_id)
    while parent and parent not in found:
        found.append(parent)
        parent = index.parents.get(parent)
    return found


def _drop_ancestors(ids: list[str], index: RoutingIndex) -> list[str]:
    """Remove any choice that is an ancestor of another choice: the specific office wins,
    unless the question asked for the umbrella office (see ``_prefer_umbrella``)."""
    ancestors = {a for office_id in ids for a in _ancestors(office_id, index)}
    return [office_id for office_id in ids if office_id not in ancestors]


def _prefer_umbrella(
    offices: list[tuple[str, float]], index: RoutingIndex
) -> list[tuple[str, float]]:
    """Put the best answer's highest ancestor first, clear of the clarify margin, when that
    ancestor's own score is within reach of the best, or when the question names two or
    more of its departments.

    "Who oversees college and career overall?" uses a department's words but asks for the
    office above it; so does "which office is over counseling, athletics and JROTC?".
    """
    top_id, top = offices[0]
    scores = dict(offices)
    named = [office_id for office_id, score in offices if score >= UMBRELLA_RATIO * top]
    chosen = None
    for ancestor in _ancestors(top_id, index):
        departments = sum(ancestor in _ancestors(office_id, index) for office_id in named)
        if scores.get(ancestor, 0.0) >= UMBRELLA_RATIO * top or departments >= 2:
            chosen = ancestor
    if chosen is None:
        return offices
    ahead = top / CLARIFY_RATIO + 1e-6
    return [(chosen, ahead), *[(t, s) for t, s in offices if t != chosen]]


def _winning_gap(
    gaps: list[tuple[str, float]], top: float, index: RoutingIndex, owned: set[str]
) -> str | None:
    """The known gap that outweighs the best office, if any, best first.

    A gap must come close to the office; a personal one that the asker claims as their own
    (``owned``: "I", "me" or "my" stands near its phrase) need only come within
    PERSONAL_GAP_RATIO, because the office words around it are then context ("I'm a security
    officer and my overtime wasn't paid") rather than the request.
    """
    for target, score in gaps:
        personal = target in owned and target in index.personal_gaps
        ratio = PERSONAL_GAP_RATIO if personal else GAP_RATIO
        if score >= MIN_SCORE and score >= ratio * top:
            return target
    return None


def _confidence(top: float, runner_up: float) -> float:
    strength = 1.0 - math.exp(-top / 6.0)
    margin = (top - runner_up) / top if top else 0.0
    return round(strength * (0.5 + 0.5 * margin), 3)


def route(question: str, index: RoutingIndex) -> RouteResult:
    """Decide which office answers ``question``. Never raises for any string input."""
    words = tokens(question)
    hits = _frame_hits(words, index)
    field = _detect_field(hits)
    scores = _score(read_question(question, index), index)
    evidence = scores.evidence
    totals = _with_parent_share(scores.totals, index)
    ranked = sorted(
        ((t, s) for t, s in totals.items() if t in scores.anchored),
        key=lambda item: (-item[1], item[0]),
    )
    offices = [(t, s) for t, s in ranked if not index.is_gap(t)]
    gaps = [(t, s) for t, s in ranked if index.is_gap(t)]
    top = offices[0][1] if offices else 0.0
    first_person = [i for i, word in enumerate(words) if word in FIRST_PERSON]
    owned = {
        target
        for target, at in scores.gap_words.items()
        if any(abs(p - i) <= FIRST_PERSON_REACH for p in at for i in first_person)
    }
    gap = _winning_gap(gaps, top, index, owned)
    if gap is not None:
        return RouteResult(
            Outcome.UNKNOWN,
            _confidence(totals[gap], top),
            field=field,
            out_of_scope=index.gap_labels[gap],
        )
    if top < MIN_SCORE:
        meta = _detect_meta(hits) if words else Meta.HELP
        return RouteResult(Outcome.UNKNOWN, 0.0, field=field, meta=meta)

    umbrella = any(label == UMBRELLA for _, label in hits)
    if umbrella:
        offices = _prefer_umbrella(offices, index)
        top = offices[0][1]
    close = [t for t, s in offices if s >= CLARIFY_RATIO * top]
    if umbrella:
        chosen = [t for t in close if t == close[0] or close[0] not in _ancestors(t, index)]
    else:
        chosen = _drop_ancestors(close, index)
    chosen = chosen[:MAX_CHOICES]
    runner_up = next((s for t, s in offices if t not in chosen[:1]), 0.0)
    candidates = tuple(
        Candidate(t, round(totals.get(t, 0.0), 3), _strongest(evidence.get(t, []))) for t in chosen
    )
    outcome = Outcome.ANSWER if len(candidates) == 1 else Outcome.CLARIFY
    return RouteResult(outcome, _confidence(top, runner_up), candidates, field=field)
