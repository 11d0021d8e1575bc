"""Urgency: does a message describe an emergency happening now, and which guidance opens the
answer? A pure function of the message and ``intents/emergency.yaml``, run on every question.

The rules, all data-driven (see the file's header for curators):
1. The message is read as the router reads it (``knowledge.text.tokens``, then
   ``intents.vocabulary.stem``), and every phrase of the file is looked for: its words in order,
   at most ``MAX_GAP`` other words between two of them (none between two stop words).
2. Where two phrases claim the same word, the longer wins, then the tighter: "fire drill" is a
   drill, not a fire; "missing school" an absence, not a missing child.
3. A kind of emergency is found when one of its signals survives, and, for a kind with
   ``needs``, one of those phrases is in the message too (a fight with someone hurt).
4. The message is urgent when some kind is found and at least as many phrases say "now" as
   say "not now": "a student has a gun" and "gun in room 210" are urgent, "the policy on
   guns" is not. A tie is urgent: a false alarm costs a line of guidance, a miss far more.
5. A question about a rule for something ("the policy on", "guidelines for") counts as
   two signs of "not now": "the policy on weapons in the gym" asks about a rule, and the place
   in it says where the rule applies, not that anything is happening; it takes two signs of
   now ("... in the gym right now") to make it urgent.
"""

from __future__ import annotations

from dataclasses import dataclass

from intents.emergency import AS_WRITTEN, Emergency, Phrase, Role
from intents.index import RoutingIndex
from intents.vocabulary import stem
from knowledge.text import tokens

#: How many signs of "not now" one question about a rule for something ("procedure:") counts as.
PROCEDURE_WEIGHT = 2


@dataclass(frozen=True, slots=True)
class Urgency:
    """An emergency happening now: its kinds, in the file's order, the guidance lines to show
    first, in order (911 first), the signals that named it, for explanations, and the office
    that responds."""

    kinds: tuple[str, ...]
    guidance: tuple[str, ...]
    signals: tuple[str, ...] = ()
    #: The office that responds as it happens (the first kind's ``office:``), if the file says.
    office: str | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """One phrase found in a message, at the positions of its words."""

    phrase: Phrase
    positions: tuple[int, ...]

    def rank(self) -> tuple[int, int, int]:
        """Longer first, then tighter, then earlier: which of two overlapping phrases counts."""
        span = self.positions[-1] - self.positions[0]
        return (-len(self.positions), span, self.positions[0])


@dataclass(frozen=True, slots=True)
class Assessment:
    """The working behind a verdict: what counted, so a curator can see why."""

    urgent: bool
    kinds: tuple[str, ...]
    #: Every phrase that counted, by role: signals, needed, neutral, now, not_now, procedure.
    counted: tuple[Found, ...]

    def texts(self, role: Role) -> tuple[str, ...]:
        """The phrases of one role that counted, as written in the file."""
        return tuple(f.phrase.text for f in self.counted if f.phrase.role is role)

    def explain(self) -> str:
        """One line: each role and its phrases."""
        parts = [
            f"{role.value}: {', '.join(self.texts(role))}" for role in Role if self.texts(role)
        ]
        return "; ".join(parts) or "nothing found"


def _matches(phrase: Phrase, keys: list[tuple[str, str]], start: int) -> tuple[int, ...] | None:
    """The positions of the phrase's words found in order from ``start``, or None. ``keys``
    holds each word of the message as its stem and as written."""
    positions = [start]
    for word, gap in zip(phrase.words[1:], phrase.gaps, strict=True):
        at = positions[-1] + 1
        for i in range(at, min(at + gap + 1, len(keys))):
            if word in keys[i] if isinstance(word, str) else not word.isdisjoint(keys[i]):
                positions.append(i)
                break
        else:
            return None
    return tuple(positions)


def _find(words: list[str], emergency: Emergency) -> list[Found]:
    keys = [(stem(w), AS_WRITTEN + w if w in emergency.as_written else "") for w in words]
    present = {term for key in keys for term in key}
    found = []
    for i, key in enumerate(keys):
        for term in key:
            for phrase in emergency.phrases.get(term, ()) if term else ():
                if len(phrase.words) == 1:
                    found.append(Found(phrase, (i,)))
                elif phrase.plain <= present and (positions := _matches(phrase, keys, i)):
                    found.append(Found(phrase, positions))
    return found


def _counted(found: list[Found]) -> list[Found]:
    """The phrases that count: overlapping ones give way to the longer, except the ``needs``
    phrases, which only have to be present."""
    taken: set[int] = set()
    kept = [f for f in found if f.phrase.role is Role.NEEDED]
    for item in sorted((f for f in found if f.phrase.role is not Role.NEEDED), key=Found.rank):
        if taken.isdisjoint(item.positions):
            taken.update(item.positions)
            kept.append(item)
    return sorted(kept, key=lambda f: f.positions)


def assess(question: str, emergency: Emergency) -> Assessment:
    """Read ``question`` against the emergency vocabulary. Never raises for any string."""
    counted = _counted(_find(tokens(question), emergency))
    roles = [f.phrase for f in counted]
    signalled = {p.kind for p in roles if p.role is Role.SIGNAL}
    needed = {p.kind for p in roles if p.role is Role.NEEDED}
    kinds = tuple(
        k for k in emergency.kinds if k in signalled and (k not in emergency.needy or k in needed)
    )
    now = sum(p.role is Role.NOW for p in roles)
    not_now = sum(p.role is Role.NOT_NOW for p in roles)
    not_now += PROCEDURE_WEIGHT * sum(p.role is Role.PROCEDURE for p in roles)
    urgent = bool(kinds) and now >= not_now
    return Assessment(urgent, kinds, tuple(counted))


def urgency_of(question: str, emergency: Emergency | None) -> Urgency | None:
    """The emergency ``question`` describes as happening now, or None (always None without an
    ``emergency.yaml``)."""
    if emergency is None:
        return None
    found = assess(question, emergency)
    if not found.urgent:
        return None
    signals = tuple(
        f.phrase.text
        for f in found.counted
        if f.phrase.role is Role.SIGNAL and f.phrase.kind in found.kinds
    )
    office = emergency.office_for(found.kinds)
    return Urgency(found.kinds, emergency.lines(found.kinds), signals, office)


def urgency(question: str, index: RoutingIndex) -> Urgency | None:
    """The emergency ``question`` describes as happening now, with the guidance to open the
    answer with, or None. Pure and fast (well under a millisecond); never raises."""
    return urgency_of(question, index.intents.emergency)
