"""The emergency vocabulary and the general guidance, as frozen values the urgency detector
(``intents.urgent``) reads. ``intents.emergency_file`` loads them from ``emergency.yaml``.

The guidance (call 911; 988 for self-harm) is general public advice, not a fact about the
district: it lives in its own file, is never an office's contact and never passes through the
knowledge base's provenance check. Phrases are compiled once, at load, into the words the
detector compares, so reading a message costs a dictionary look-up per word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from intents.vocabulary import STOPWORDS, stem
from knowledge.text import tokens

#: Other words allowed between two words of a phrase ("huele muchisimo a gas"), except between
#: two of the router's stop words, which must stand side by side ("are there").
MAX_GAP = 2
#: Marks a word compared as typed rather than by its stem (``as_written``). Normalised text has
#: no such character, so "=missing" never meets a stem.
AS_WRITTEN = "="
#: ``<name>`` in a phrase: any one word of the list ``name`` under ``words:``.
SLOT = re.compile(r"<(\w+)>")

#: One word of a compiled phrase: a stem, a word as written ("=missing"), or the stems of a
#: word list (``<child>``).
Word = str | frozenset[str]


class Role(StrEnum):
    """What a phrase found in a message says about it."""

    SIGNAL = "signal"  # names an emergency of its kind
    NEEDED = "needed"  # what a kind with ``needs`` must also find (someone hurt in a fight)
    NEUTRAL = "neutral"  # looks like an emergency but is not ("fire alarm")
    NOW = "now"  # it is happening now or about to
    NOT_NOW = "not_now"  # a drill, a plan, a hypothetical, or over
    #: Asks about a rule for something ("the policy on", "guidelines for"): weighs as two signs
    #: that it is not now, so a place or a moment alone ("at the game") cannot tie with it.
    PROCEDURE = "procedure"


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase of ``emergency.yaml``, as written and as compared."""

    text: str
    words: tuple[Word, ...]
    role: Role
    #: The kind of emergency, for a SIGNAL or NEEDED phrase.
    kind: str = ""
    #: How many other words may stand before each word after the first: MAX_GAP, or none
    #: between two stop words ("are there" is not "are all out there").
    gaps: tuple[int, ...] = ()
    #: Its plain words: a message without all of them cannot hold the phrase, which rules
    #: out most phrases before any word is compared in order.
    plain: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Guidance:
    """One line of general guidance and the kinds of emergency it is shown for (None: all)."""

    text: str
    kinds: frozenset[str] | None = None

    def applies(self, kinds: tuple[str, ...]) -> bool:
        """Whether this line is shown for an emergency of these kinds."""
        return self.kinds is None or bool(self.kinds.intersection(kinds))


@dataclass(frozen=True)
class Emergency:
    """Everything in ``emergency.yaml``: the guidance, and the phrases keyed by the word (stem,
    or "=" and the word as written) a message must have for the phrase to start there."""

    label: str
    guidance: tuple[Guidance, ...]
    #: The kinds of emergency, in the file's order.
    kinds: tuple[str, ...]
    #: Kinds that count only with one of their ``needs`` phrases in the message.
    needy: frozenset[str] = frozenset()
    #: Kind -> the office the documents say responds to it as it happens (``office:``).
    offices: dict[str, str] = field(default_factory=dict)
    phrases: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    #: Words compared as typed, not by stem: tense matters here ("missing" is now, "missed"
    #: is over, and both stem to "miss").
    as_written: frozenset[str] = frozenset()
    file: str = ""

    def office_for(self, kinds: tuple[str, ...]) -> str | None:
        """The office that responds to an emergency of these kinds: the first kind's."""
        return next((self.offices[k] for k in kinds if k in self.offices), None)

    def lines(self, kinds: tuple[str, ...]) -> tuple[str, ...]:
        """The guidance for an emergency of these kinds, labelled, in the file's order."""
        return tuple(f"{self.label}: {g.text}" for g in self.guidance if g.applies(kinds))


def compile_phrase(
    text: str,
    role: Role,
    kind: str = "",
    lists: dict[str, frozenset[str]] | None = None,
    as_written: frozenset[str] = frozenset(),
) -> Phrase | str:
    """The phrase as the detector compares it (normalised and stemmed as the router reads a
    question), or why it cannot be."""
    lists = lists or {}
    words: list[Word] = []
    everyday: list[bool] = []
    for piece in text.split():
        slot = SLOT.fullmatch(piece)
        if slot:
            if slot.group(1) not in lists:
                return f"'{piece}' in {text!r} names no list under 'words:'"
            words.append(lists[slot.group(1)])
            everyday.append(False)
        else:
            found = tokens(piece)
            words += [AS_WRITTEN + w if w in as_written else stem(w) for w in found]
            everyday += [w in STOPWORDS for w in found]
    if not words:
        return f"{text!r} has no words once case and punctuation are set aside"
    gaps = tuple(0 if everyday[i - 1] and everyday[i] else MAX_GAP for i in range(1, len(words)))
    plain = frozenset(w for w in words if isinstance(w, str))
    return Phrase(text, tuple(words), role, kind, gaps, plain)
