"""The office a question names, when routing could not answer it.

"who is the STLS liaison for payday" is not a question the router should answer, but it
names an office, and that office's card is a fair next step to offer (never an answer).
The name lookup (``intents.lookup.lookup_office``) matches a whole query, so here it is run
on the runs of words in the question that spell an office's name, alias or acronym exactly.

Two rules keep ordinary words from passing for names: a name written in capitals (ITS, IT,
SEL) counts only when the question writes it in capitals too ("it" is not IT), and a
one-word name ("Legal", "Networks") only when the question capitalises it ("legal size
paper" names no office). Names of two words or more ("background check", "Safe Passage")
count however they are written.
"""

from __future__ import annotations

from intents import Outcome
from intents.lookup import lookup_office
from knowledge import KnowledgeBase, Office
from knowledge.text import MAX_QUESTION_CHARS, normalize

#: The longest run of words tried as a name: longer than any office's name.
MAX_NAME_WORDS = 8

#: Normalised names of the knowledge base last asked about, computed once per reload.
_names_of: tuple[KnowledgeBase, frozenset[str]] | None = None


def _names(office: Office) -> tuple[str, ...]:
    return (office.name, *office.aliases, *((office.acronym,) if office.acronym else ()))


def _known_names(kb: KnowledgeBase) -> frozenset[str]:
    global _names_of
    cached = _names_of
    if cached is None or cached[0] is not kb:
        cached = (kb, frozenset(normalize(name) for office in kb for name in _names(office)))
        _names_of = cached
    return cached[1]


def _written_as_a_name(written: str, name: str) -> bool:
    """Whether ``written`` (the question's words) spells ``name`` the way a name is written."""
    letters = "".join(ch for ch in written if ch.isalpha())
    if name.isupper():
        return letters.isupper()
    if len(name.split()) == 1:
        return letters[:1].isupper()
    return True


def mentioned_office(question: str, kb: KnowledgeBase) -> Office | None:
    """The office the question names, longest name first; None when it names none."""
    words = question[:MAX_QUESTION_CHARS].split()
    # Normalising word by word, once, gives what normalising each run would: every word
    # normalises on its own, and spaces join them.
    normalised = [normalize(word) for word in words]
    known = _known_names(kb)
    for size in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            wanted = " ".join(part for part in normalised[start : start + size] if part)
            if not wanted or wanted not in known:
                continue
            written = " ".join(words[start : start + size])
            found = lookup_office(written, kb)
            office = kb.get(found.office_ids[0]) if found.outcome is Outcome.ANSWER else None
            if office is not None and any(
                normalize(name) == wanted and _written_as_a_name(written, name)
                for name in _names(office)
            ):
                return office
    return None
