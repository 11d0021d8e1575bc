"""Contact blocks on a page: a heading line, then phone, fax and address lines.

Only lines ``kb check`` can prove are taken: ``773-553-1830``, ``773-553-1830 (Fax)`` and
address lines, each read through ``clean_line`` exactly as the check reads them (so the
departments page's run-together "Chicago, IL 60602 -" is the address "Chicago, IL 60602").
A phone written another way ("Phone: (773) 553-1830") is reported, never rewritten: rewriting
would put a line in the YAML that is not on the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.loader import PHONE_PATTERN
from knowledge.provenance import clean_line

_FAX = re.compile(r"^(\d{3}-\d{3}-\d{4}) \(Fax\)$")
#: The last line of an address: "Chicago, IL 60602" (or the whole address on one line).
_CITY = re.compile(r"^.{2,80}, ?(?:[A-Z]{2}|[A-Z][a-z]+)\.? \d{5}(?:-\d{4})?$")
#: Lines above it: a street ("42 W. Madison St."), a suite, a floor, a post office box.
_STREET = re.compile(
    r"^(?:\d+[A-Za-z]?\s+\S|\d+(?:st|nd|rd|th)\s"
    r"|(?:Suite|Ste\.?|Room|Rm\.?|Floor|P\.?\s?O\.? Box)\b)"
)
_PHONE_LIKE = re.compile(r"\(?\b\d{3}\)?[-. ]?\d{3}[-. ]\d{4}\b")
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_LABEL = re.compile(r"^[A-Za-z ]{2,30}:$")
_SEPARATORS = frozenset({"", "-", "–", "—", "*", "•", "|"})


@dataclass(frozen=True, slots=True)
class ContactBlock:
    """One office's contact lines on a page, under the line that names it."""

    heading: str
    heading_line: int
    phone: tuple[str, ...] = ()
    fax: tuple[str, ...] = ()
    address: tuple[str, ...] = ()
    #: Each contact line as ``kb check`` reads it, with its 1-based line number.
    lines: tuple[tuple[int, str], ...] = ()


def clean_lines(lines: Sequence[str]) -> list[str]:
    """Each line as ``kb check`` reads it; separator lines ("-") become blank."""
    cleaned = [clean_line(line) for line in lines]
    return ["" if line in _SEPARATORS else line for line in cleaned]


def is_odd_contact(line: str) -> bool:
    """A phone written in a form ``kb check`` cannot prove ("Phone: (773) 553-1830")."""
    return bool(_PHONE_LIKE.search(line)) and not (PHONE_PATTERN.match(line) or _FAX.match(line))


def _passable(line: str) -> bool:
    """Lines a contact block may hold between its contact lines: blanks, labels, emails."""
    return not line or bool(_LABEL.match(line) or _EMAIL.fullmatch(line)) or is_odd_contact(line)


def _address_end(lines: list[str], start: int) -> int | None:
    """The end of an address starting at ``start`` (streets, then a city line), or None."""
    for index in range(start, min(start + 4, len(lines))):
        line = lines[index]
        if _CITY.match(line):
            return index + 1
        if not _STREET.match(line) or len(line) > 60:
            return None
    return None


def _read_run(lines: list[str], start: int, heading: ContactBlock) -> tuple[int, ContactBlock]:
    """Read contact lines from ``start`` on: the index after them, and the block they make."""
    phone: list[str] = []
    fax: list[str] = []
    address: list[str] = []
    taken: list[int] = []
    index = start
    while index < len(lines):
        line, end = lines[index], _address_end(lines, index)
        if PHONE_PATTERN.match(line) or _FAX.match(line):
            (phone if PHONE_PATTERN.match(line) else fax).append(line.removesuffix(" (Fax)"))
            taken.append(index)
        elif end is not None:
            address += lines[index:end]
            taken += range(index, end)
            index = end - 1
        elif not _passable(line):
            break
        index += 1
    block = ContactBlock(
        heading.heading,
        heading.heading_line,
        tuple(phone),
        tuple(fax),
        tuple(address),
        tuple((n + 1, lines[n]) for n in taken),
    )
    return index, block


def _starts_run(lines: list[str], index: int) -> bool:
    line = lines[index]
    return bool(PHONE_PATTERN.match(line) or _FAX.match(line)) or (
        _address_end(lines, index) is not None
    )


def find_blocks(raw_lines: Sequence[str]) -> tuple[ContactBlock, ...]:
    """Every contact block on a page, in page order."""
    lines = clean_lines(raw_lines)
    blocks: list[ContactBlock] = []
    index = 0
    while index < len(lines):
        if not _starts_run(lines, index):
            index += 1
            continue
        above = index - 1
        while above >= 0 and _passable(lines[above]):
            above -= 1
        heading = ContactBlock(lines[above], above + 1) if above >= 0 else ContactBlock("", 0)
        index, block = _read_run(lines, index, heading)
        if block.heading:
            blocks.append(block)
    return tuple(blocks)


def odd_contact_lines(raw_lines: Sequence[str]) -> tuple[tuple[int, str], ...]:
    """Lines that look like contacts ``kb check`` cannot prove, with their line numbers."""
    return tuple(
        (n + 1, line) for n, line in enumerate(clean_lines(raw_lines)) if is_odd_contact(line)
    )
