"""Redaction: what may be written down of a question staff typed.

Staff describe real situations and sometimes name the student. Before any question is
stored (the unanswered log, feedback), phone numbers, email addresses, long digit runs
(student ids) and likely personal names are replaced with placeholders. A likely name is a
capitalised word that is neither a word the router knows (office names, aliases, topic
vocabulary, stop words) nor a common English word from a short list. Lower-case names cannot
be told from ordinary words and are not caught; that limit is why nothing is stored in full
and records expire.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from intents import RoutingIndex
from intents.vocabulary import STOPWORDS, stem

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b")
DIGITS = re.compile(r"\d{5,}")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

#: Capitalised words common in staff messages that are not names.
COMMON_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow yesterday morning
    afternoon evening week weekend year grade grader graders class teacher teachers principal
    clerk counselor coach parent parents mom dad mother father family student students kid
    kids child children son daughter brother sister guardian boy girl staff room building
    high elementary middle school schools team new last next first second third fourth fifth
    sixth seventh eighth ninth tenth eleventh twelfth freshman sophomore junior senior seniors
    mr mrs ms miss dr dear hope thank thanks sorry quick question urgent asap good great
    also still just any
    can could would should will what when where who why how which please hey hello hi is are
    was were the a an and or but if so not no yes ok okay i we our my they their he she his
    her it its this that there these those some one two three
    """.split()  # noqa: SIM905 - a word list reads best as prose
)


def known_word_checker(index: RoutingIndex) -> Callable[[str], bool]:
    """A predicate telling whether a word is one the bot knows, so it is not a name."""
    known = set(index.idf) | STOPWORDS | COMMON_WORDS

    def is_known(word: str) -> bool:
        lowered = word.casefold().replace("’", "'").replace("'", "")
        return lowered in known or stem(lowered) in known

    return is_known


def redact(text: str, is_known: Callable[[str], bool]) -> str:
    """``text`` with contact details, ids and likely names replaced by placeholders."""
    text = EMAIL.sub("[email]", text)
    text = PHONE.sub("[phone]", text)
    text = DIGITS.sub("[number]", text)

    def name_or_word(match: re.Match[str]) -> str:
        word = match.group(0)
        if word[0].isupper() and not is_known(word):
            return "[name]"
        return word

    return WORD.sub(name_or_word, text)
