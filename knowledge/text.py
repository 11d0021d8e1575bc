"""Text normalisation: the one place that decides when two strings say the same thing.

The loader uses it to catch duplicate aliases and the router uses it on every question, so a
curator's "Social & Emotional Learning" and a teacher's "social and emotional learning" meet
in the middle. It lives in ``knowledge`` because that is the innermost package: ``intents``
imports it, never the other way round.
"""

from __future__ import annotations

import re
import unicodedata

#: Routing looks at this many characters at most. A question is a sentence or two; a pasted
#: 50,000-character table still gets an answer, from its opening, in bounded time.
MAX_QUESTION_CHARS = 2_000

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_AMPERSAND = re.compile(r"&|\+")
_NON_WORD = re.compile(r"[^0-9a-z]+")
#: Latin letters that NFKD does not split into a base letter and an accent, so folding would
#: drop them and cut the word in two: Polish "zaginęło" must read as "zaginelo".
_UNSPLIT_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "æ": "ae", "Æ": "ae",
     "œ": "oe", "Œ": "oe", "þ": "th", "Þ": "th"}
)  # fmt: skip


def normalize(text: str) -> str:
    """Return ``text`` lower-cased, ASCII-folded, with ``&`` spelt out and punctuation removed.

    Apostrophes vanish rather than split words ("officers'" -> "officers", "don't" -> "dont"),
    and every other run of non-letters becomes one space. The result is empty for input with
    no letters or digits (emoji, symbols). Platform markup (Slack's ``<@U123>``) is the
    adapters' to remove before text gets here.
    """
    text = text[:MAX_QUESTION_CHARS]
    if not text.isascii():  # accents to fold; plain ASCII (most text) skips the work
        text = unicodedata.normalize("NFKD", text).translate(_UNSPLIT_LETTERS)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    text = _APOSTROPHES.sub("", text)
    text = _AMPERSAND.sub(" and ", text)
    return _NON_WORD.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    """The words of ``normalize(text)``."""
    return normalize(text).split()
