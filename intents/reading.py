"""Reading a question: its words, their stems, typo corrections, what the thesaurus says they
imply, and its frame (a contact field asked for, small talk, a request for the umbrella office).

1. ``tokens`` folds case, accents, punctuation and ``&``; stop words go; words are stemmed.
2. Words the index does not know are corrected to the one nearest known word (rapidfuzz's
   optimal string alignment, so a swapped pair of letters is one edit), only when the word is
   long enough for a correction to be safe. A real English word, a name or a place is never
   a typo, even when no page uses it: "steam" is not "STEM", nor "past" the PSAT, nor
   "Mexico" a "medico". Acronyms are never respelled:
   OSSS and OSSE are one letter apart and mean different offices.
3. A synonym ("overnight") adds the terms of its idea ("after hours") as if typed; a word or
   phrase of the district thesaurus ("sleeping in a car") adds its idea ("homeless") at a
   little less than full strength.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from intents import weights
from intents.index import UMBRELLA, FrameLabel, RoutingIndex
from intents.model import Field
from intents.vocabulary import FIRST_PERSON, shouted, stem
from knowledge import english_words
from knowledge.place_words import PLACE_WORDS
from knowledge.text import tokens

#: Spelled right, so never a typo of a word the pages use: every word of SCOWL's lists, names
#: among them ("prince" is not "price"), and places ("mexico" is not "medico").
SPELLED_RIGHT = PLACE_WORDS.union(
    *(
        words.split()
        for words in (
            english_words.COMMON_WORDS,
            english_words.PROPER_WORDS,
            english_words.FIRST_NAME_WORDS,
            english_words.FREQUENT_SURNAME_WORDS,
            english_words.OTHER_NAME_WORDS,
        )
    )
)


@dataclass(frozen=True, slots=True)
class Reading:
    """A question as the router reads it.

    ``terms`` are its routing terms in order; ``positions`` says at which word each occurs, so
    a phrase's terms can be required to lie close together; ``strength`` is 1 for a typed term
    and ``weights.IMPLIED`` for one only the thesaurus adds; ``stems`` has every word, stop
    words included, for phrases that must match word for word.
    """

    words: tuple[str, ...]
    terms: tuple[str, ...]
    positions: dict[str, tuple[int, ...]]
    strength: dict[str, float]
    stems: tuple[str, ...]
    corrections: tuple[tuple[str, str], ...] = ()
    implied: tuple[tuple[str, str], ...] = ()
    frames: tuple[tuple[int, FrameLabel], ...] = ()
    #: Word positions inside a phone, fax or small-talk phrase ("fax number", "thanks"): they
    #: say what kind of answer is wanted, not which office, so documents do not count them
    #: (pages say "phone" and "fax" in their contact lines). Address words are left out of
    #: it: staff speak of a family's "address" or a school's "location" as often as they ask
    #: for the office's, and a page on residency or boundaries says them in its prose.
    framed: frozenset[int] = frozenset()
    first_person: tuple[int, ...] = ()


def _correct(term: str, index: RoutingIndex) -> str | None:
    """The one known word ``term`` is most likely a typo of, or None when unsure."""
    if len(term) < weights.MIN_TRANSPOSED or not term.isalpha():
        return None
    if len(term) < weights.MIN_CORRECTABLE:
        return _transposed(term, index)
    max_edits = 1 if len(term) < weights.LONG_WORD else 2
    matches = process.extract(
        term,
        index.vocabulary.get(term[0], ()),
        scorer=OSA.distance,
        score_cutoff=max_edits,
        limit=3,
    )
    # A known word that the typed one only extends is the stem of another word ("freezing"
    # reads "freez", which is not "free"), not a typo of it.
    matches = [m for m in matches if not term.startswith(m[0])]
    if len(term) < weights.SAFE_TO_RESPELL:
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
    and OSSE) but two swapped letters are a slip of the fingers ("OSLE" for OSEL). The first
    letter is trusted, as in every correction ("OSLE" is not "SOLE").
    """
    swapped = {term[:i] + term[i + 1] + term[i] + term[i + 2 :] for i in range(1, len(term) - 1)}
    known = [word for word in swapped - {term} if word in index.idf]
    return known[0] if len(known) == 1 else None


def _frames(
    words: list[str], index: RoutingIndex
) -> tuple[tuple[tuple[int, FrameLabel], ...], frozenset[int]]:
    """Every field, meta and umbrella phrase in the question, with the word it starts at; and
    the positions the phone, fax and meta phrases cover."""
    hits = []
    covered: set[int] = set()
    for i, word in enumerate(words):
        for phrase, label in index.frame_phrases.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                hits.append((i, label))
                if label not in (UMBRELLA, Field.ADDRESS):
                    covered.update(range(i, i + len(phrase)))
    return tuple(hits), frozenset(covered)


def read_question(question: str, index: RoutingIndex) -> Reading:
    """The question's routing terms: stemmed, stop words out, typos corrected, compounds
    joined, and what the thesaurus says its words and phrases imply."""
    words = tokens(question)
    capitals = shouted(question)
    positions: dict[str, list[int]] = {}
    strength: dict[str, float] = {}
    stems = [stem(word) for word in words]
    # Synonyms and the thesaurus count only as typed: corrected into one, "discard" would
    # become "discord" (social media) and "alteration" "altercation" (a fight).
    as_typed = list(stems)
    corrections: list[tuple[str, str]] = []

    def add(term: str, at: int, value: float) -> None:
        positions.setdefault(term, []).append(at)
        strength[term] = max(strength.get(term, 0.0), value)

    for i, word in enumerate(words):
        district = word in index.intents.stop_words  # "CPS" says nothing, even in capitals
        if word in index.stop_words and (word not in capitals or district):
            continue
        term = stems[i]
        if term not in index.idf and term not in index.thesaurus and word not in SPELLED_RIGHT:
            corrected = _correct(term, index)
            if corrected is not None:
                corrections.append((word, corrected))
                term = stems[i] = corrected
        add(term, i, 1.0)
        if i + 1 < len(words) and (joined := stem(word + words[i + 1])) in index.idf:
            add(joined, i, 1.0)
    implied = _imply(as_typed, index, add)
    frames, framed = _frames(words, index)
    return Reading(
        words=tuple(words),
        terms=tuple(positions),
        positions={term: tuple(found) for term, found in positions.items()},
        strength=strength,
        stems=tuple(stems) + tuple(stem(w) for _, idea in implied for w in tokens(idea)),
        corrections=tuple(corrections),
        implied=tuple(implied),
        frames=frames,
        framed=framed,
        first_person=tuple(i for i, word in enumerate(words) if word in FIRST_PERSON),
    )


def _imply(
    stems: list[str], index: RoutingIndex, add: Callable[[str, int, float], None]
) -> list[tuple[str, str]]:
    """Add each thesaurus idea the question's words or phrases stand for; what was implied."""
    found: list[tuple[str, str]] = []
    for i, first in enumerate(stems):
        for entry in index.thesaurus.get(first, ()):
            size = len(entry.words)
            if tuple(stems[i : i + size]) != entry.words:
                continue
            for term in entry.terms:
                for at in range(i, i + size):
                    add(term, at, entry.strength)
            found.append((" ".join(entry.words), entry.idea))
    return found
