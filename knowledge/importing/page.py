"""A department page as clean lines: the text ``kb import`` keeps as a source document.

Both readers (HTML and plain text) produce a ``Page``; everything after that works on lines,
so a page saved from a browser and one pasted into a text file are drafted the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

#: What a line was on the page. Only HTML can say "heading" for sure; the drafter guesses the
#: rest from the line's shape, so plain text works too.
LineKind = Literal["heading", "item", "text"]

#: Lines that are page furniture, never content: skip links, back-to-top links, "Learn more".
_FURNITURE = re.compile(
    r"^(skip to (the )?(main )?(content|navigation|search)|(back to |top of )(top|page)"
    r"|(learn|read) more|print( this page)?|share( this( page)?)?|follow us)$",
    re.IGNORECASE,
)


def word_set(text: str) -> frozenset[str]:
    """The words of ``text``: how this package writes its word lists."""
    return frozenset(text.split())


#: A line made only of these words is a row of share and follow links.
_SOCIAL = word_set(
    "facebook twitter x instagram linkedin youtube tiktok threads flickr pinterest bluesky"
    " follow us on share this page email | ·"
)
_COOKIE_WORDS = ("accept", "consent", "we use", "uses cookies", "cookie policy", "cookie settings")
_BULLET = re.compile(r"^[•·▪◦‣*-]\s+\S")


@dataclass(frozen=True, slots=True)
class PageLine:
    """One line of the clean text, with what it was on the page."""

    text: str
    kind: LineKind = "text"


@dataclass(frozen=True, slots=True)
class Page:
    """A page reduced to its content: a title and lines ("" lines separate blocks)."""

    title: str
    lines: tuple[PageLine, ...]

    @property
    def text(self) -> str:
        """The clean source text, one line per page line, ending with a newline."""
        return "".join(f"{line.text}\n" for line in self.lines)

    @property
    def is_empty(self) -> bool:
        """True when nothing of the page survived cleaning."""
        return not any(line.text for line in self.lines)


#: Control characters, surrogates and non-characters: nothing a page means, and YAML (where
#: names and roles go) cannot hold them.
_UNWANTED = frozenset({"Cc", "Cs", "Cn"})


def tidy(text: str) -> str:
    """One line of page text: whitespace collapsed, control characters gone.

    Collapsing also removes characters ``str.splitlines`` would split on (form feeds, U+2028),
    so each kept line stays exactly one line of the source file ``kb check`` reads.
    """
    text = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) not in _UNWANTED)
    return " ".join(text.split())


def is_clutter(line: str) -> bool:
    """True for page furniture: skip links, "Learn more", a row of social links, cookie text."""
    lowered = line.casefold()
    if _FURNITURE.match(line):
        return True
    if set(lowered.replace(":", " ").split()) <= _SOCIAL:
        return True
    return "cookie" in lowered and any(word in lowered for word in _COOKIE_WORDS)


def page_from_lines(title: str, lines: list[PageLine]) -> Page:
    """A Page from raw lines: tidied, clutter dropped, blank runs collapsed, ends trimmed."""
    kept: list[PageLine] = []
    for line in lines:
        text = tidy(line.text)
        if text and is_clutter(text):
            continue
        if not text and (not kept or not kept[-1].text):
            continue
        kept.append(PageLine(text, line.kind if text else "text"))
    while kept and not kept[-1].text:
        kept.pop()
    return Page(title=tidy(title), lines=tuple(kept))


def read_text_page(raw: str) -> Page:
    """A plain-text page: its lines as they are, bulleted lines marked as list items.

    The title is the first line when it is short enough to be one; a page that opens with a
    paragraph has no title (``kb import`` then takes the file's name, unless given ``--title``).
    """
    lines = [
        PageLine(line, "item" if _BULLET.match(line.strip()) else "text")
        for line in raw.splitlines()
    ]
    page = page_from_lines("", lines)
    first = next((line.text for line in page.lines if line.text), "")
    title = first if len(first.split()) <= 12 and not first.endswith(".") else ""
    return Page(title=title, lines=page.lines)
