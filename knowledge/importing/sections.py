"""A page's sections: each heading with the paragraph and the bullet items under it.

HTML says which lines are headings; plain text does not, so a line also counts as one when
it is shaped like a title (short, capitalised, no closing punctuation) and a paragraph
follows it. The line above a contact block counts too, unless it is a paragraph: then the
contact lines belong to the section that paragraph describes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from knowledge.importing.contacts import ContactBlock, clean_lines, is_odd_contact
from knowledge.importing.page import Page, word_set

_BULLET = re.compile(r"^[•·▪◦‣*-]\s+")
#: Words a title leaves in lower case ("Office of Language and Cultural Education").
_SMALL = word_set("a an and as at by for from in of on or the to with & -")
#: Where a sentence may end: ". " before a capital. "St." and "W." are not ends.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z0-9\"“‘(])")
_ABBREVIATIONS = word_set("st ave blvd dr mr mrs ms dept no inc co jr sr vs etc e.g i.e u.s")


@dataclass(frozen=True, slots=True)
class Section:
    """A heading, where it stands, and the page's own words under it."""

    heading: str
    line: int
    paragraph: str | None
    items: tuple[str, ...]


def looks_like_title(text: str) -> bool:
    """Short, every main word capitalised, no closing punctuation: "Safe Passage"."""
    words = text.split()
    if not 0 < len(words) <= 12 or len(text) > 100 or text[-1] in ".!?:;,":
        return False
    return all(w[0].isupper() or w[0] in "(0123456789" or w.lower() in _SMALL for w in words)


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence, as written (an abbreviation like "St." does not end it)."""
    for match in _SENTENCE_END.finditer(paragraph):
        words = paragraph[: match.start()].split()
        before = words[-1].lower() if words else ""
        if before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
            continue
        return paragraph[: match.end()].rstrip()
    return paragraph


def without_bullet(text: str) -> str:
    """An item's words without the bullet a plain-text page puts before them."""
    return _BULLET.sub("", text)


def find_sections(page: Page, blocks: Sequence[ContactBlock]) -> tuple[Section, ...]:
    """Every heading on the page with the paragraph and items under it, in page order."""
    lines = clean_lines([line.text for line in page.lines])
    kinds = [line.kind for line in page.lines]
    block_headings = {block.heading_line - 1 for block in blocks}
    contact_lines = {number - 1 for block in blocks for number, _ in block.lines}
    content = [i for i, text in enumerate(lines) if text and i not in contact_lines]
    following = dict(pairwise(content))

    def is_paragraph(index: int | None) -> bool:
        if index is None or looks_like_title(lines[index]) or is_odd_contact(lines[index]):
            return False
        return len(lines[index].split()) >= 6 or lines[index][-1] in ".!?:"

    headings = [
        i
        for i in content
        if (i in block_headings and not is_paragraph(i))
        or (kinds[i] == "heading" and not is_odd_contact(lines[i]))
        or (looks_like_title(lines[i]) and is_paragraph(following.get(i)))
    ]
    first_contact = {block.heading_line - 1: block.lines[0][0] - 1 for block in blocks}
    sections = []
    for start, end in pairwise([*headings, len(lines)]):
        # Under a contact block's heading, what follows the contact lines is the next topic.
        end = min(end, first_contact.get(start, end))
        body = [i for i in content if start < i < end]
        paragraphs = [lines[i] for i in body if kinds[i] != "item" and is_paragraph(i)]
        items = [without_bullet(lines[i]) for i in body if kinds[i] == "item"]
        paragraph = paragraphs[0] if paragraphs else None
        sections.append(Section(lines[start], start + 1, paragraph, tuple(items)))
    return tuple(sections)
