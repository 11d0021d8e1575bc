"""Names that are part of a place: "at Harold Washington College", "from Kelly HS", "at
Washington Park", "the Roosevelt Red Line", "Six Flags". Never a name a cue made a person's.
"""

from __future__ import annotations

from functools import cache

from bot.privacy import terms, vocabulary
from bot.privacy.labels import Labels
from bot.privacy.patterns import PLACEHOLDER
from knowledge import place_words

#: Nouns after a place named for a person that make it the place, or the day: "Douglass
#: Park fields", "Garfield Park Conservatory", "Dan Ryan traffic", "Casimir Pulaski Day".
PLACE_HEADS = terms.INSTITUTION_WORDS | frozenset(
    {"neighborhood", "area", "community", "conservatory", "boathouse", "zoo", "pool", "beach"}
    | {"lagoon", "field", "fields", "day", "expressway", "traffic", "museum"}
)


def keep_places(labels: Labels) -> None:
    """Names that are part of a place: "at Harold Washington College", "from Kelly HS",
    "at Washington Park", "the Roosevelt Red Line", "Six Flags"."""
    keys = [t.key if t.is_word else "" for t in labels.tokens]
    for i, key in enumerate(keys):
        for words, everywhere in _phrases_by_first_word().get(key, ()):
            end = i + len(words)
            if tuple(keys[i:end]) != words:
                continue
            if everywhere or _placed(labels, i) or labels.key(end) in PLACE_HEADS:
                for j in range(i, end):
                    labels.unname(j)
    keep_systems(labels)
    keep_destinations(labels)
    if labels.reliable:
        _keep_named_institutions(labels)


#: Words that put a thing inside a system: "in aspen", "pulled from Aspen", "via aspen".
INTO_A_SYSTEM = frozenset({"in", "into", "from", "on", "the", "via", "thru", "through"})


def keep_systems(labels: Labels) -> None:
    """A system named like a person ("Aspen") is the system where a word puts something in it
    ("who updates addresses in aspen") or where what it holds follows ("aspen id", "aspen
    [id]", "Aspen attendance access"). Elsewhere it is left to the rules: "Aspen Brooks",
    "aspen said", "tell aspen". Not "to aspen" or "and aspen": those lead to a person too."""
    for i, token in enumerate(labels.tokens):
        if token.key not in vocabulary.SYSTEM_NAMES:
            continue
        after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
        holds = (
            after is not None
            and labels.tight(i + 1)
            and (
                after.key in vocabulary.SYSTEM_NOUNS
                or bool(PLACEHOLDER.fullmatch(after.text))
                or after.text[:1].isdigit()
            )
        )
        if holds or (labels.key(i - 1) in INTO_A_SYSTEM and labels.tight(i)):
            labels.unname(i)


#: Words of moving house or school: "moved to", "transferring in from", "relocating back to".
MOVING = frozenset(
    {"move", "moved", "moves", "moving", "relocate", "relocated", "relocating", "relocates"}
    | {"transfer", "transferred", "transferring", "transfers", "arrived", "arriving"}
    | {"enroll", "enrolled", "enrolling", "enrolls", "enrollment"}
    | {"immigrated", "emigrated", "deported", "returned", "returning", "flew", "flying"}
)
#: Words that may stand between the move and its "to" or "from": "moved back to".
MOVING_ASIDES = frozenset({"back", "here", "in", "out", "over", "away", "down", "up", "just"})


def keep_destinations(labels: Labels) -> None:
    """A place a family moves to or from is a place, though it is also a name: "moving to
    Indiana next week", "transferred in from gary", "new enroll from indiana". Only the
    places of ``knowledge.place_words``, never a possessive ("moved to Jordan's class"), and
    not after "went to" or "came from", which lead to people as often."""
    for i, token in enumerate(labels.tokens):
        if token.key not in place_words.PLACE_WORDS or token.possessive or not labels.tight(i):
            continue
        if labels.key(i - 1) not in {"to", "from"} or not _after_a_move(labels, i - 1):
            continue
        while (
            i < len(labels.tokens) and labels.key(i) in place_words.PLACE_WORDS and labels.tight(i)
        ):
            labels.unname(i)  # "buenos aires", "costa rica"
            i += 1


def _after_a_move(labels: Labels, i: int) -> bool:
    """Whether the "to" or "from" at ``i`` follows a word of moving, asides skipped."""
    j = i - 1
    while j >= 0 and labels.key(j) in MOVING_ASIDES and labels.tight(j + 1):
        j -= 1
    return j >= 0 and labels.key(j) in MOVING and labels.tight(j + 1)


@cache
def _phrases_by_first_word() -> dict[str, list[tuple[tuple[str, ...], bool]]]:
    """Each kept phrase under its first word, with whether it is kept everywhere (a safe
    phrase) or only where a word places it (a park, a school named after a person). Built
    once, so a message is walked once, not once for each of some three hundred phrases."""
    index: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    placed_only: tuple[str, ...] = vocabulary.NAMED_FOR_PEOPLE + vocabulary.PARK_PHRASES
    placed_only += place_words.PLACE_PHRASES  # "moved to St. Paul", not "Marie St. Louis"
    for phrase in vocabulary.SAFE_PHRASES + placed_only:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append((words, phrase in vocabulary.SAFE_PHRASES))
    return index


def _placed(labels: Labels, i: int) -> bool:
    return labels.key(i - 1) in terms.LOCATIVES | {"the", "attends", "attending"}


def _keep_named_institutions(labels: Labels) -> None:
    for i, token in enumerate(labels.tokens):
        head = token.key in terms.INSTITUTION_WORDS or (
            token.key in terms.LINE_COLOURS and labels.key(i + 1) == "line"
        )
        if not (head and token.text[:1].isupper() and labels.tight(i)):
            continue
        start = i - 1
        while labels.tight(start) and labels.tokens[start - 1].text[:1].isupper():
            if not (labels.is_name(start - 1) or labels.phrase[start - 1]):
                break
            start -= 1
        if _placed(labels, start):
            for j in range(start, i):
                labels.unname(j)
