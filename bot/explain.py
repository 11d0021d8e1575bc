"""``whohandles explain "QUESTION"``: why the router decided what it did, for a curator.

It prints how the question was read (words, corrections, what the thesaurus implied, the
field asked for), each leading office's evidence term by term (which phrase or document word
matched, fully or partly, and what it added), what the parent office contributed, every
out-of-scope entry that was considered and why it did or did not decline the question, and
why the outcome is answer, clarify or unknown, and whether the message reads as an emergency
happening now (and which phrases of ``emergency.yaml`` said so). A curator fixing a miss
starts here.
"""

from __future__ import annotations

from collections.abc import Callable

from intents import RoutingIndex
from intents.index import OUT_OF_SCOPE_PREFIX
from intents.router import Decision, decide
from intents.scoring import COVERED_KIND
from intents.urgent import assess
from knowledge import KnowledgeBase

#: Offices whose evidence is listed, best first.
SHOWN_OFFICES = 4


def explain(question: str, index: RoutingIndex, kb: KnowledgeBase) -> list[str]:
    """The explanation as lines of text."""
    decision = decide(question, index)
    lines = [f"question: {question!r}"]
    lines += _reading(decision)
    lines += _offices(decision, index, kb)
    lines += _out_of_scope(decision)
    if decision.signals is not None:
        values = ", ".join(f"{k} {v:.2f}" for k, v in decision.signals.values().items())
        lines.append(f"confidence signals for {decision.best}: {values}")
    result = decision.result
    chosen = ", ".join(result.office_ids) or "no office"
    lines.append(
        f"outcome: {result.outcome.value} ({chosen}), confidence {result.confidence:.2f}: "
        f"{decision.reason}"
    )
    return lines + _urgency(question, index)


def _urgency(question: str, index: RoutingIndex) -> list[str]:
    """Whether the message reads as an emergency happening now, and which phrases said so."""
    emergency = index.intents.emergency
    if emergency is None:
        return ["emergency: no intents/emergency.yaml, so never urgent"]
    found = assess(question, emergency)
    verdict = f"urgent ({', '.join(found.kinds)})" if found.urgent else "not urgent"
    office = emergency.office_for(found.kinds)
    answered = f"; answered with {office}" if found.urgent and office else ""
    return [f"emergency: {verdict}{answered}; {found.explain()}"]


def _reading(decision: Decision) -> list[str]:
    reading = decision.reading
    lines = [f"read as: {' '.join(reading.terms) or '(no words that tell offices apart)'}"]
    if reading.corrections:
        fixed = ", ".join(f"{typed} -> {known}" for typed, known in reading.corrections)
        lines.append(f"  corrected: {fixed}")
    if reading.implied:
        implied = ", ".join(f'"{said}" implies "{idea}"' for said, idea in reading.implied)
        lines.append(f"  thesaurus: {implied}")
    field = decision.result.field
    lines.append(f"  contact field asked for: {field.value if field else 'none'}")
    return lines


def _offices(decision: Decision, index: RoutingIndex, kb: KnowledgeBase) -> list[str]:
    ranked = sorted(
        (t for t in decision.totals if not index.is_out_of_scope(t)),
        key=lambda t: -decision.totals[t],
    )[:SHOWN_OFFICES]
    if not ranked:
        return ["offices: none has any evidence"]
    lines = ["offices (score = sum of each word's rarity x the weight of its best evidence):"]
    for target in ranked:
        office = kb.get(target)
        own = sum(e.value for e in decision.scores.evidence[target].values())
        total = decision.totals[target]
        eligible = "" if target in decision.scores.anchored else "  (not enough to answer alone)"
        lines.append(f"  {office.label if office else target}: {total:.2f}{eligible}")
        for evidence in sorted(decision.scores.evidence[target].values(), key=lambda e: -e.value):
            how = "in full" if evidence.full else "partly"
            rarity = f"rarity {index.idf.get(evidence.term, 0.0):.1f}"
            if evidence.kind == "document":
                kind = "a word of its entry or pages"
            elif evidence.kind == "page":
                kind = f"two words of its pages {how}, {rarity}"
            elif evidence.kind == COVERED_KIND:
                kind = f"an out-of-scope phrase of a subject its family's pages cover, {rarity}"
            else:
                kind = f"{evidence.kind} {how}, {rarity}"
            if evidence.elsewhere:
                kind += (
                    f"; at half weight: the pages of {evidence.elsewhere} say it, its own do not"
                )
            lines.append(
                f"    +{evidence.value:5.2f}  {evidence.term!r} from {evidence.source!r} ({kind})"
            )
        if total > own + 1e-9:
            parent = index.parents.get(target)
            lines.append(f"    +{total - own:5.2f}  share of its parent office's score ({parent})")
    return lines


def _out_of_scope(decision: Decision) -> list[str]:
    """Each out-of-scope entry considered, its verdict, and the phrases of it the question
    holds: a curator narrowing an entry needs to know which phrase declined a question."""
    if not decision.out_of_scope:
        return ["out-of-scope entries: none matched"]
    lines = ["out-of-scope entries considered:"]
    for label, verdict in decision.out_of_scope.items():
        found = decision.scores.evidence.get(OUT_OF_SCOPE_PREFIX + label, {}).values()
        phrases = sorted({e.source for e in found if e.full})
        said = f" (its phrases here: {', '.join(repr(p) for p in phrases)})" if phrases else ""
        lines.append(f"  {label}: {verdict}{said}")
    return lines


def print_explanation(
    question: str, index: RoutingIndex, kb: KnowledgeBase, write: Callable[[str], None]
) -> int:
    for line in explain(question, index, kb):
        write(line)
    return 0
