"""Capitals: a capitalised name word mid-sentence is a name, unless it belongs to the name of a
thing ("Parent Advisory Council", "Brown Line"), dates a month ("late April"), names a
language ("speak English") or a street in its place ("at Garfield", "Cicero and Madison").
"""

from __future__ import annotations

import itertools

from bot.privacy import terms, vocabulary
from bot.privacy.labels import PROPER, TITLES, Labels
from bot.privacy.lexicon import Kind

PLACE_PREPOSITIONS = frozenset({"on", "at", "near", "off", "in"})
STREET_TYPES = frozenset({"st", "ave", "blvd", "rd", "street", "avenue", "boulevard"})


def apply_phrases(labels: Labels) -> None:
    """Capitalised runs holding an ordinary word are names of things, not people:
    "Parent Advisory Council", "Brown Line", "King College Prep", "Back to School". A
    name word beside an unknown one stays a name ("Faith Johnson Bus Pass Request")."""
    if not labels.reliable:
        return
    i = 0
    while i < len(labels.tokens):
        run_end = _run_end(labels, i)
        parts = _conjuncts(labels, i, run_end)
        for start, end in parts:
            _settle_thing(labels, start, end, among_people=len(parts) > 1)
        i = run_end + 1


def _settle_thing(labels: Labels, i: int, end: int, *, among_people: bool) -> None:
    """Mark the capitalised words ``i`` to ``end`` as the name of a thing when one of them
    makes it one. Among people ("Sierra Day and Jon Smith") a first name and a name word
    that is also a thing are a person, and capitals will say so."""
    if among_people and _first_name_pair(labels, i, end):
        return
    last = end
    while last > i and labels.tokens[last].shouted and not _program(labels, i, last):
        last -= 1  # "Faith Johnson BUS PASS": shouting is not part of a name of a thing
    person = labels.key(i) in terms.HONORIFICS or any(labels.cued[i : last + 1])
    if last > i and not person and any(_phrase_word(labels, j) for j in range(i + 1, last + 1)):
        for j in range(i, end + 1):
            if _beside_unknown(labels, j):
                continue
            labels.phrase[j] = True
            if labels.tokens[j].kind is Kind.AMBIGUOUS:
                labels.mark(j, False, sure=not _first_name_pair(labels, i, end))


def _conjuncts(labels: Labels, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a capitalised run that "and" joins, each judged on its own: in "Sierra
    Day and Jon Smith" or "Royal Ford and Royal Day" a head noun ("Day") of one part does not
    make the other the name of a thing. Only a run with a part that reads as a person's name
    is cut, so "Marquette Park and Chicago Lawn" is judged whole, and so is a run with a part
    of a single word ("Grant and Scholarship Office"), which can share the other's head noun."""
    cuts = [j for j in range(start + 1, end) if labels.key(j) in terms.COORDINATORS]
    bounds = [start - 1, *cuts, end + 1]
    parts = [(a + 1, b - 1) for a, b in itertools.pairwise(bounds)]
    several = len(parts) > 1 and all(last > first for first, last in parts)
    if several and any(_reads_as_person(labels, first, last) for first, last in parts):
        return parts
    return [(start, end)]


def _reads_as_person(labels: Labels, first: int, last: int) -> bool:
    """A first name or an unknown word, then name words with no word of a thing's name:
    "Sierra Day", "Jon Smith"; not "Marquette Park" ("Marquette" is no first name)."""
    opener = labels.tokens[first]
    named = opener.first_name or opener.kind is Kind.UNKNOWN
    return named and not any(_phrase_word(labels, j) for j in range(first + 1, last + 1))


def _first_name_pair(labels: Labels, start: int, end: int) -> bool:
    """Two capitalised words, a first name then a name word that is also a thing ("Austin
    Church", "River Day", "Ivy Field"): a person as often as a place, so the run is left
    undecided for what the message says of it, not settled as a thing's name."""
    first, second = labels.tokens[start], labels.tokens[end]
    return end == start + 1 and first.first_name and second.kind is Kind.AMBIGUOUS


def _program(labels: Labels, start: int, i: int) -> bool:
    """Whether a district program or office by its initials ends the name of a thing after
    an article: "the Marine JROTC program", not "ask Banks OSSS" (a person in an office)."""
    article = labels.key(start - 1) in terms.ARTICLES
    return article and labels.key(i) in vocabulary.OFFICE_ACRONYMS


def _beside_unknown(labels: Labels, i: int) -> bool:
    before = labels.tight(i) and labels.tokens[i - 1].kind is Kind.UNKNOWN
    after = labels.tight(i + 1) and labels.tokens[i + 1].kind is Kind.UNKNOWN
    return before or after


def _phrase_word(labels: Labels, i: int) -> bool:
    """A word that makes a capitalised run the name of a thing: an ordinary safe word
    ("Advisory", "Line", "Time") or a head noun ("Council", "Center")."""
    token = labels.tokens[i]
    if token.key in terms.PHRASE_HEADS:
        return True
    plain = terms.FUNCTION_WORDS | TITLES | PROPER | terms.CONNECTORS | terms.PARTICLES
    plain |= terms.NICKNAME_PREFIXES  # "Lil Kev and Big Mike" are people, not a thing
    return token.kind is Kind.SAFE and len(token.key) > 1 and token.key not in plain


def _run_end(labels: Labels, i: int) -> int:
    """The last token of the capitalised run starting at ``i`` (``i`` itself if none)."""
    token = labels.word(i)
    if token is None or not token.text[:1].isupper() or token.key in terms.FUNCTION_WORDS:
        return i
    end = i
    while True:
        k = end + 1
        if labels.key(k) in terms.CONNECTORS and labels.tight(k):
            k += 1
        nxt = labels.word(k)
        if nxt is None or not labels.tight(k) or not nxt.text[:1].isupper():
            return end
        end = k


def apply_capitals(labels: Labels) -> None:
    """A capitalised name word mid-sentence is a name, unless it is a dated month or a
    street in its place."""
    for i in range(len(labels.tokens)):
        if labels.name[i] is not None:
            continue
        if _month(labels, i) or _place(labels, i) or _language(labels, i):
            labels.mark(i, False, sure=True)
        elif labels.capital(i):
            labels.mark(i, True)


def _month(labels: Labels, i: int) -> bool:
    if labels.key(i) not in terms.MONTHS:
        return False
    before = labels.tokens[i - 1] if i else None
    after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    dated = after is not None and not after.is_word and labels.tight(i + 1)
    return dated or (before is not None and (not before.is_word or before.key in terms.MONTH_CUES))


def _language(labels: Labels, i: int) -> bool:
    """ "speak English", "French interpreting": a language, not Ms. English."""
    if labels.key(i) not in terms.LANGUAGE_NAMES:
        return False
    return labels.key(i - 1) in terms.LANGUAGE_CUES or labels.key(i + 1) in terms.LANGUAGE_CUES


def _place(labels: Labels, i: int) -> bool:
    """A street or place word in its place: "at Garfield", "in Austin", "Garfield Blvd",
    "63rd and Halsted", "on Cicero and Madison" (but not "Taylor and Morgan Hill")."""
    if not labels.tokens[i].place:
        return False
    if labels.key(i + 1) in STREET_TYPES:
        return True
    prepositions = {"in"} if labels.key(i) in vocabulary.PLACE_FIRST_NAMES else PLACE_PREPOSITIONS
    if labels.key(i - 1) in prepositions:
        return True
    corner = [(i - 2, i - 3)] if labels.key(i - 1) in {"and", "&"} else []
    corner += [(i + 2, i - 1)] if labels.key(i + 1) in {"and", "&"} else []
    return any(_street_like(labels, j, labels.key(k) in PLACE_PREPOSITIONS) for j, k in corner)


def _street_like(labels: Labels, i: int, placed: bool) -> bool:
    """A numbered street ("55th"), or a named one when the pair follows "on" or "at"."""
    if not 0 <= i < len(labels.tokens):
        return False
    token = labels.tokens[i]
    return (not token.is_word and token.text[:1].isdigit()) or (
        placed and token.key in vocabulary.SCHOOL_WORDS | vocabulary.CHICAGO_STREETS
    )
