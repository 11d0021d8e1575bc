"""The router: a pure function from (question, routing index) to a ranked RouteResult.

``decide`` reads the question (``intents.reading``), scores every office and out-of-scope
entry (``intents.scoring``), then decides, in order:
1. An office inherits half its parent's score when its own evidence is enough to answer, so
   "OSSS background check" lands on the team rather than the umbrella office.
2. An out-of-scope entry declines the question only when no office fits it better: it must
   come close to the best office, the question must name no office (unless it is about the
   asker's own affairs: "I'm a JROTC instructor and my direct deposit is wrong" is payroll).
   An entry's phrases that an office's own words cover are not even indexed
   (``intents.index``): a special-education office's entry says "IEP", so the entry for special
   education stops claiming it. And an entry whose subject a family of offices' pages now
   cover (``intents.index.covering_families``) never declines: its phrases are evidence for
   that family (``intents.scoring``), so a question it claims goes to the family's best office
   with evidence of its own, else to the family's head office.
3. One clear winner answers; two or three close ones ask the user to choose; a weak best score
   is "unknown". Confidence says how strong and how clear the winner is; an answer resting on
   one word that does not name the office is never confident.
``route`` returns the verdict; ``decide`` also keeps the working, which ``whohandles explain``
prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from intents import weights
from intents.confidence import Signals, calibrated, probability, signals
from intents.index import UMBRELLA, RoutingIndex, family_root
from intents.model import Candidate, Field, Meta, Outcome, RouteResult
from intents.reading import Reading, read_question
from intents.scoring import COVERED_KIND, PAGE_KINDS, Scores, score


@dataclass(frozen=True)
class Decision:
    """The verdict and how it was reached."""

    result: RouteResult
    reading: Reading
    scores: Scores
    #: Target -> score after the parent's share.
    totals: dict[str, float]
    #: Out-of-scope label -> why it did or did not decline the question.
    out_of_scope: dict[str, str]
    reason: str
    #: The best office, the signals of its evidence and the chance that it is right.
    best: str = ""
    signals: Signals | None = None
    chance: float = 0.0


def _field(reading: Reading) -> Field | None:
    """The contact field asked for, by the earliest field phrase in the question."""
    found = [(i, label) for i, label in reading.frames if isinstance(label, Field)]
    return min(found)[1] if found else None


def _meta(reading: Reading) -> Meta | None:
    present = {label for _, label in reading.frames if isinstance(label, Meta)}
    for meta in (Meta.DIRECTORY, Meta.HELP, Meta.THANKS, Meta.GREETING):
        if meta in present:
            return meta
    return None


def _with_parent_share(scores: Scores, index: RoutingIndex) -> dict[str, float]:
    """Each office's score plus, for a child with enough evidence of its own, a share of its
    parent's: "OSSS background check" is the team's. A child whose words the parent has
    too ("address for school safety and security") adds nothing specific and inherits nothing.
    """
    own = scores.totals
    total = dict(own)
    for target, value in own.items():
        parent = index.parents.get(target)
        if value < weights.MIN_SCORE or parent not in own:
            continue
        if set(scores.evidence[target]) - set(scores.evidence[parent]):
            total[target] = value + weights.PARENT_SHARE * own[parent]
    return total


def ancestors(office_id: str, index: RoutingIndex) -> list[str]:
    """The office's parent, grandparent and so on."""
    found = []
    parent = index.parents.get(office_id)
    while parent and parent not in found:
        found.append(parent)
        parent = index.parents.get(parent)
    return found


def _prefer_umbrella(
    offices: list[tuple[str, float]], index: RoutingIndex
) -> list[tuple[str, float]]:
    """Put the best answer's highest ancestor first, when that ancestor's own score is within
    reach of the best, or when the question names two or more of its departments ("which
    office is over counseling, athletics and JROTC?")."""
    top_id, top = offices[0]
    found = dict(offices)
    named = [oid for oid, value in offices if value >= weights.UMBRELLA_RATIO * top]
    chosen = None
    for ancestor in ancestors(top_id, index):
        departments = sum(ancestor in ancestors(oid, index) for oid in named)
        if found.get(ancestor, 0.0) >= weights.UMBRELLA_RATIO * top or departments >= 2:
            chosen = ancestor
    if chosen is None:
        return offices
    ahead = top / weights.CLARIFY_RATIO + 1e-6
    return [(chosen, ahead), *[(t, s) for t, s in offices if t != chosen]]


def _out_of_scope_verdicts(
    entries: list[tuple[str, float]],
    best: tuple[str, float] | None,
    reading: Reading,
    scores: Scores,
    index: RoutingIndex,
) -> dict[str, str]:
    """Why each out-of-scope entry the question touches does or does not decline it. The
    first entry whose verdict is "declines" wins."""
    verdicts: dict[str, str] = {}
    top_id, top = best or ("", 0.0)
    # What the best office has firm evidence for: a phrase in full, or a document word.
    firm = {t for t, e in scores.evidence.get(top_id, {}).items() if e.full}
    for target, value in entries:
        label = index.labels[target]
        owned = any(
            abs(p - i) <= weights.FIRST_PERSON_REACH
            for p in scores.out_of_scope_at.get(target, ())
            for i in reading.first_person
        )
        ratio = (
            weights.PERSONAL_RATIO
            if owned and target in index.personal
            else (weights.OUT_OF_SCOPE_RATIO)
        )
        personal = owned and target in index.personal
        own = scores.evidence[target]
        covered = sorted(term for term in own if term in firm)
        share = sum(own[t].value for t in covered) / (sum(e.value for e in own.values()) or 1.0)
        if top_id in index.covering(target):
            head = index.covered[target].head
            verdicts[label] = f"covered by the pages of {head} and the offices under it"
        elif value < weights.MIN_SCORE:
            verdicts[label] = f"too weak ({value:.1f} < {weights.MIN_SCORE})"
        elif value < ratio * top:
            verdicts[label] = f"{top_id} fits better ({value:.1f} < {ratio} x {top:.1f})"
        elif scores.named and not personal:
            verdicts[label] = f"the question names {', '.join(sorted(scores.named))}"
        elif share >= weights.EXPLAINED_SHARE and not personal:
            verdicts[label] = f"{top_id} explains its words ({', '.join(covered)})"
        else:
            verdicts[label] = "declines" + (" (the asker's own affairs)" if personal else "")
    return verdicts


def _within_covering_family(
    offices: list[tuple[str, float]],
    entries: list[tuple[str, float]],
    totals: dict[str, float],
    scores: Scores,
    index: RoutingIndex,
) -> list[tuple[str, float]]:
    """The offices to answer from when an out-of-scope entry whose subject a family's pages
    now cover claims the question: that family's offices with evidence, best first. "Early
    childhood special ed phone?" belongs to the special-education department a curator
    added, even when another office's "early childhood" scores higher."""
    top = offices[0][1] if offices else 0.0
    for target, value in entries:
        family = index.covering(target)
        if not family or value < max(weights.MIN_SCORE, weights.OUT_OF_SCOPE_RATIO * top):
            continue
        if offices and offices[0][0] in family:
            return offices
        inside = [(t, s) for t, s in _ranked(totals, scores.anchored.__contains__) if t in family]
        if inside:
            return inside
    return offices


def _choices(offices: list[tuple[str, float]], umbrella: bool, index: RoutingIndex) -> list[str]:
    """The offices close enough to the best to offer, without an ancestor beside its child
    (unless the question asked for the umbrella office)."""
    top = offices[0][1]
    close = [t for t, s in offices if s >= weights.CLARIFY_RATIO * top]
    if umbrella:
        chosen = [t for t in close if t == close[0] or close[0] not in ancestors(t, index)]
    else:
        above = {a for oid in close for a in ancestors(oid, index)}
        chosen = [t for t in close if t not in above]
    return chosen[: weights.MAX_CHOICES]


def _contesting(
    best: str, totals: dict[str, float], scores: Scores, index: RoutingIndex
) -> str | None:
    """Another department's office whose own pages hold ``weights.CONTESTED_WORDS`` telling
    words of the question that ``best``'s evidence does not: a curator's phrase may be
    shadowing an office added later, so the answer is not shown as sure."""
    family = family_root(best, index.parents)
    explained = set(scores.evidence.get(best, {}))
    for target, _ in _ranked(totals, scores.anchored.__contains__):
        if index.is_out_of_scope(target) or family_root(target, index.parents) == family:
            continue
        found = scores.evidence.get(target, {}).values()
        words = {e.term for e in found if e.kind in PAGE_KINDS and e.term in index.telling}
        if len(words - explained) >= weights.CONTESTED_WORDS:
            return target
    return None


def decide(question: str, index: RoutingIndex) -> Decision:
    """Route ``question``, keeping the working. Never raises for any string input."""
    reading = read_question(question, index)
    scores = score(reading, index)
    # First way in: the offices with a phrase of theirs in full (a name, a handles phrase, a
    # topic phrase), as the router has always answered. Second, when none has one: the office
    # whose documents fit best, if the confidence model finds it likely enough to be right.
    totals = _with_parent_share(scores, index)
    phrased = _ranked(totals, lambda t: t in scores.phrased and not index.is_out_of_scope(t))
    anchored = _ranked(totals, lambda t: t in scores.anchored and not index.is_out_of_scope(t))
    # An office found by its documents goes ahead of the phrases when it is far ahead of them:
    # another office's stray phrase ("records") must not hide the office whose page fits.
    far_ahead = (
        bool(anchored)
        and anchored[0][0] not in scores.phrased
        and (not phrased or anchored[0][1] >= weights.DOCUMENTS_AHEAD * phrased[0][1])
    )
    by_phrase = bool(phrased) and phrased[0][1] >= weights.MIN_SCORE and not far_ahead
    offices = phrased if by_phrase else anchored
    entries = _ranked(totals, lambda t: index.is_out_of_scope(t) and t in scores.anchored)
    offices = _within_covering_family(offices, entries, totals, scores, index)
    verdicts = _out_of_scope_verdicts(
        entries, offices[0] if offices else None, reading, scores, index
    )
    field = _field(reading)
    umbrella = any(label == UMBRELLA for _, label in reading.frames)
    pool = offices
    if umbrella and pool:
        pool = _prefer_umbrella(pool, index)
    chosen = _choices(pool, umbrella, index) if pool else []
    best, top = (chosen[0], pool[0][1]) if chosen else ("", 0.0)
    runner_up = next((s for t, s in offices if t not in chosen[:1]), 0.0)
    found = signals(best, top, runner_up, reading, scores, index) if best else None
    chance = probability(found) if found else 0.0

    def done(result: RouteResult, reason: str) -> Decision:
        return Decision(result, reading, scores, totals, verdicts, reason, best, found, chance)

    declining = next((label for label, v in verdicts.items() if v.startswith("declines")), None)
    if declining is not None:
        result = RouteResult(
            Outcome.UNKNOWN, round(1 - calibrated(chance), 3), field=field, out_of_scope=declining
        )
        return done(result, f"out of scope: {declining}")
    sure = by_phrase or chance >= weights.ANSWER_AT
    if not best or top < weights.MIN_SCORE or not sure:
        meta = _meta(reading) if reading.words else Meta.HELP
        result = RouteResult(Outcome.UNKNOWN, 0.0, field=field, meta=meta)
        if not best:
            why = "no office has enough evidence"
        elif top < weights.MIN_SCORE:
            why = f"best {best} at {top:.1f} < {weights.MIN_SCORE}, too little evidence"
        else:
            why = f"best {best} at {top:.1f}, chance {chance:.2f} < {weights.ANSWER_AT}"
        return done(result, f"not sure enough: {why}")
    candidates = tuple(
        Candidate(t, round(totals.get(t, 0.0), 3), _strongest(scores, t)) for t in chosen
    )
    outcome = Outcome.ANSWER if len(candidates) == 1 else Outcome.CLARIFY
    shown = calibrated(chance)
    confidence = min(shown, weights.ONE_WORD_CAP) if found and found.one_word else shown
    rival = _contesting(best, totals, scores, index) if by_phrase else None
    if rival is not None:
        confidence = min(confidence, weights.CONTESTED_CAP)
    lent = _rests_on_a_lent_phrase(best, scores)
    if lent:
        confidence = min(confidence, weights.LENT_CAP)
    way = "a phrase" if by_phrase else "its documents"
    reason = f"{best} leads with {top:.1f} by {way}, chance {chance:.2f}"
    if rival is not None:
        reason += f"; shown at most {weights.CONTESTED_CAP}: the pages of {rival} also fit"
    if lent:
        reason += f"; shown at most {weights.LENT_CAP}: its only phrase is an out-of-scope entry's"
    if len(chosen) > 1:
        reason += f", {len(chosen)} offices within {weights.CLARIFY_RATIO} of it"
    return done(RouteResult(outcome, round(confidence, 3), candidates, field=field), reason)


def _rests_on_a_lent_phrase(best: str, scores: Scores) -> bool:
    """Whether ``best``'s only phrase is one an out-of-scope entry lent it (its pages cover
    the entry's subject): right more often than not, but less often than its own phrases."""
    found = scores.evidence.get(best, {}).values()
    own = any(e.full and e.kind not in PAGE_KINDS | {COVERED_KIND} for e in found)
    return not own and any(e.kind == COVERED_KIND for e in found)


def _ranked(totals: dict[str, float], keep: Callable[[str], bool]) -> list[tuple[str, float]]:
    return sorted(
        ((t, s) for t, s in totals.items() if keep(t)), key=lambda item: (-item[1], item[0])
    )


def _strongest(scores: Scores, target: str, count: int = 3) -> tuple[str, ...]:
    """The phrases (or "its documents") that contributed most, for explanations."""
    found: dict[str, float] = {}
    for evidence in scores.evidence.get(target, {}).values():
        found[evidence.source] = found.get(evidence.source, 0.0) + evidence.value
    return tuple(sorted(found, key=lambda source: -found[source])[:count])


def route(question: str, index: RoutingIndex) -> RouteResult:
    """Decide which office answers ``question``. Never raises for any string input."""
    return decide(question, index).result
