"""Words of a message and what is known about each: safe, possibly a name, or unknown.

Privacy comes first: a word is SAFE only when it is on a list of common words that are not
names (or the hand-kept school list); a common word that is also a name is AMBIGUOUS and left
to context; anything else, including every name nobody thought of, is UNKNOWN and removed.
Case is recorded but never required: "marisol vega" is as unknown as "Marisol Vega".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from bot.privacy import terms, vocabulary
from bot.privacy.home_language_words import HOME_LANGUAGE_WORDS
from bot.privacy.patterns import PLACEHOLDER
from bot.privacy.spanish_words import COMMON_SPANISH_WORDS
from knowledge import english_words


class Kind(Enum):
    SAFE = "safe"
    AMBIGUOUS = "ambiguous"
    UNKNOWN = "unknown"


#: A word: letters joined by apostrophes or hyphens ("O'Brien", "Hernández-López", "re-entry").
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
TOKEN = re.compile(rf"{PLACEHOLDER.pattern}|{WORD.pattern}|\d+(?:[.:/,-]\d+)*[^\W\d_]*")
CLAUSE_BREAK = re.compile(r"[.!?;:()\"“”\n]|\s[-–—]\s|^\s*[-–—•*]")
POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
#: A letter typed three or more times in a row: "lmaooo", "pleeease".
STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
#: Spanish acute accents only. Vietnamese marks are left alone: "Lê" and "Dũng" are names
#: that would read as "le" and "dung" without them.
SPANISH_ACCENTS = str.maketrans("áéíóú", "aeiou")


@dataclass
class Token:
    """One word or number of the message, with its lexical kind and its surroundings."""

    text: str
    start: int
    end: int
    kind: Kind
    gap: str  # the text between the previous token and this one
    is_word: bool = True
    place: bool = False
    possessive: bool = False
    first_name: bool = False  # a common first name: a name even alone in lower case
    name_like: bool = False  # on a name list, even if kept as a word ("An", "My", "Do")
    frequent: bool = False  # a common first name or surname: "keisha brown"

    @property
    def key(self) -> str:
        """The casefolded word without a possessive 's."""
        return POSSESSIVE.sub("", self.text).casefold().replace("’", "'")

    @property
    def capitalised(self) -> bool:
        """First letter upper case and not shouted: "Faith", not "FAITH" or "faith"."""
        return self.text[:1].isupper() and not (len(self.text) > 1 and self.text.isupper())

    @property
    def shouted(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @property
    def breaks_before(self) -> bool:
        """Whether a sentence or clause may end between the previous token and this one."""
        return bool(CLAUSE_BREAK.search(self.gap))


#: Common first names, with the places that are common first names too ("Austin", "Madison").
FIRST_NAMES = frozenset(english_words.FIRST_NAME_WORDS.split()) | vocabulary.PLACE_FIRST_NAMES
FREQUENT_NAMES = FIRST_NAMES | frozenset(english_words.FREQUENT_SURNAME_WORDS.split())
ALL_NAME_WORDS = FREQUENT_NAMES | frozenset(english_words.OTHER_NAME_WORDS.split())
#: Words that are never taken for names from context alone, whatever the name lists say.
ALWAYS_WORDS = (
    terms.FUNCTION_WORDS
    | terms.SUBJECT_VERBS
    | terms.HONORIFICS
    | terms.ROLE_TITLES
    | terms.KIN_WORDS
    | terms.WEEKDAYS
    | terms.UNNAMED_MONTHS
    | vocabulary.SCHOOL_WORDS
) - terms.MODALS


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(safe words, name words), built once from the generated and hand-kept lists."""
    names = (
        FREQUENT_NAMES
        | frozenset(english_words.OTHER_NAME_WORDS.split())
        | vocabulary.PLACE_NAME_WORDS
    )
    common = frozenset(english_words.COMMON_WORDS.split()) | frozenset(
        english_words.PROPER_WORDS.split()
    )
    common |= vocabulary.SPANISH_WORDS | frozenset(COMMON_SPANISH_WORDS.split())
    common |= HOME_LANGUAGE_WORDS
    return (common | ALWAYS_WORDS) - (names - ALWAYS_WORDS), names - ALWAYS_WORDS


def classify(word: str) -> Kind:
    """SAFE, AMBIGUOUS or UNKNOWN for one word as written (case only matters for acronyms)."""
    safe, names = _lists()
    key = word.casefold().replace("’", "'")
    if key in terms.CAPS_ONLY and word.isupper():
        return Kind.SAFE
    if key in names:
        return Kind.AMBIGUOUS
    if key in safe:
        return Kind.SAFE
    base = POSSESSIVE.sub("", key)
    if base != key:
        return classify(base)
    stretched = STRETCHED.search(key)
    if stretched:  # "lmaooo", "heyyy", "sooo": the word said slowly
        return _unstretched(word, stretched.group(1))
    if "-" in key:
        return _compound(word)
    plain = key.translate(SPANISH_ACCENTS)
    if plain != key and classify(plain) is Kind.SAFE:
        return Kind.SAFE  # "México", "Perú": the lists spell a place or word without its accent
    return Kind.UNKNOWN


def _unstretched(word: str, letter: str) -> Kind:
    """Safe when the word, read with the run as one or two letters, is a plain word ("sooo"
    is "so", "lmaooo" is "lmao"); otherwise unknown, so a name called out ("jaydennn",
    "hopeee") stays a name."""
    run = re.compile(f"{re.escape(letter)}{{3,}}", re.IGNORECASE)
    for size in (1, 2):
        shorter = run.sub(letter * size, word)
        if shorter == word:
            break  # the run is only there once casefolded ("ßS" is "sss"): nothing to read
        if classify(shorter) is Kind.SAFE:
            return Kind.SAFE
    return Kind.UNKNOWN


def _compound(word: str) -> Kind:
    """A hyphenated word: unknown if any part is ("Al-Masri"); an ordinary compound when a name
    word is followed by plain lower-case words ("faith-based", "Long-term")."""
    parts = word.split("-")
    kinds = [classify(part) for part in parts]
    if Kind.UNKNOWN in kinds:
        return Kind.UNKNOWN
    if Kind.AMBIGUOUS not in kinds:
        return Kind.SAFE
    if all(p.islower() and k is Kind.SAFE for p, k in zip(parts[1:], kinds[1:], strict=True)):
        return Kind.SAFE
    return Kind.AMBIGUOUS


def tokenize(text: str) -> list[Token]:
    """The words, numbers and placeholders of ``text`` in order, each classified."""
    tokens: list[Token] = []
    end = 0
    for match in TOKEN.finditer(text):
        found = match.group(0)
        gap = text[end : match.start()]
        end = match.end()
        if not found[0].isalpha():
            tokens.append(Token(found, match.start(), end, Kind.SAFE, gap, is_word=False))
            continue
        whole = found.casefold().replace("’", "'")
        token = Token(found, match.start(), end, classify(found), gap or "\n" * (not tokens))
        token.place = token.key in vocabulary.PLACE_NAME_WORDS
        token.first_name = token.kind is Kind.AMBIGUOUS and token.key in FIRST_NAMES
        token.name_like = token.key in ALL_NAME_WORDS
        token.frequent = token.kind is Kind.AMBIGUOUS and token.key in FREQUENT_NAMES
        token.possessive = bool(POSSESSIVE.search(found)) and whole not in _lists()[0]
        tokens.append(token)
    return tokens


def caps_reliable(tokens: list[Token]) -> bool:
    """Whether capitals mean anything here: not in an ALL-CAPS message, nor in Title Case
    (where even plain words like "For" and "Needs" are capitalised)."""
    words = [t for t in tokens if t.is_word and len(t.text) > 1]
    shouted = sum(1 for t in words if t.shouted)
    if len(words) >= 3 and shouted / len(words) >= 0.6:
        return False
    plain = [t for t in words[1:] if t.kind is Kind.SAFE and not t.shouted and not t.breaks_before]
    return len(plain) < 3 or sum(1 for t in plain if t.capitalised) / len(plain) < 0.5
