"""Each office's own section of the pages it cites: what the documents say about it.

The router reads these sections as evidence, so an office a curator adds from its page is found
from the page's own words, not only from phrases somebody wrote for it. Pure: text in, text
out.

How a page is cut, line by line:
- A line that starts with one of an office's names (its name, acronym or an alias, as written,
  after a bullet) opens that office's section, if the office cites the page. The attendance
  page has one line per department ("Networks Provide implementation..."); the safety page a
  heading line per team, then paragraphs and bullets; the contact blocks repeat the headings.
- A section ends where another office's section opens. It also ends at a standalone short line
  such as "Our Mission" or "Learn more" (a page heading, not an office), except the section of
  the page's title office, whose page it is.
- Text in no office's section (introductions, "Skilled Trades Exposure") belongs to the page's
  title office: the office named in its first lines, or else the one office above all the
  offices citing the page, when there is exactly one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.model import KnowledgeBase, Office, Source
from knowledge.text import normalize

#: A line this short (in words) with no sentence ending is a page heading, not prose.
HEADING_WORDS = 5
#: The title office must be named within this many non-blank lines of the page's start.
TITLE_LINES = 3
_BULLET = re.compile(r"^[\s•\-*]+")
_DIGIT = re.compile(r"\d")


def _names(office: Office) -> list[str]:
    return [office.name, *office.aliases, *([office.acronym] if office.acronym else [])]


@dataclass(frozen=True)
class _Name:
    office: Office
    text: str
    #: Normalised, for names matched whatever their case.
    folded: str
    #: Names in capitals (acronyms, "IT") must match in capitals: "It is..." is not ITS.
    capitals: bool


def _all_names(offices: list[Office]) -> list[_Name]:
    """Every name of every office, longest first, so the longest match wins."""
    found = [
        _Name(office, name, normalize(name), name.isupper())
        for office in offices
        for name in _names(office)
        if normalize(name)
    ]
    return sorted(found, key=lambda name: -len(name.text))


def _opener(line: str, names: list[_Name]) -> Office | None:
    """The office whose section this line opens: the longest name it starts with, as whole
    words."""
    text = _BULLET.sub("", line).strip()
    folded = normalize(text)
    for name in names:
        if name.capitals:
            if (
                text.startswith(name.text)
                and not text[len(name.text) : len(name.text) + 1].isalnum()
            ):
                return name.office
        elif folded == name.folded or folded.startswith(name.folded + " "):
            return name.office
    return None


def _is_page_heading(line: str) -> bool:
    text = _BULLET.sub("", line).strip()
    words = text.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and not text.endswith((".", ":"))
        and (not _DIGIT.search(text))
    )


def _titled(line: str, office: Office) -> bool:
    """Whether ``line`` is exactly one of the office's names, perhaps with its acronym."""
    text = normalize(_BULLET.sub("", line))
    acronym = normalize(office.acronym or "")
    return any(
        text in (normalize(name), f"{normalize(name)} {acronym}".strip()) for name in _names(office)
    )


def _title_office(lines: list[str], citing: list[Office], kb: KnowledgeBase) -> Office | None:
    """The office the page is about: its title among the first lines, else the one ancestor
    of all the offices citing it."""
    for line in [line for line in lines if line.strip()][:TITLE_LINES]:
        for office in citing:
            if _titled(line, office):
                return office
    tops = {_top(office, kb).id for office in citing}
    if len(tops) == 1 and (top := kb.get(tops.pop())) in citing:
        return top
    return None


def _top(office: Office, kb: KnowledgeBase) -> Office:
    seen = {office.id}
    while (parent := kb.parent_of(office)) is not None and parent.id not in seen:
        seen.add(parent.id)
        office = parent
    return office


def page_sections(source: Source, kb: KnowledgeBase) -> dict[str, list[str]]:
    """Office id -> the lines of ``source`` that are about it."""
    citing = [office for office in kb if source.id in office.sources]
    names = _all_names(citing)
    lines = source.text.splitlines()
    title = _title_office(lines, citing, kb)
    found: dict[str, list[str]] = defaultdict(list)
    current: Office | None = None
    for line in lines:
        if not line.strip():
            continue
        opener = _opener(line, names)
        if opener is not None:
            current = opener
        elif current is not None and current is not title and _is_page_heading(line):
            current = None
        owner = current or title
        if owner is not None:
            found[owner.id].append(_BULLET.sub("", line).strip())
    return dict(found)


def office_sections(kb: KnowledgeBase) -> dict[str, str]:
    """Office id -> the text of its sections in every page it cites, joined."""
    texts: dict[str, list[str]] = defaultdict(list)
    for source in kb.sources.values():
        for office_id, lines in page_sections(source, kb).items():
            texts[office_id].extend(lines)
    return {office_id: "\n".join(lines) for office_id, lines in texts.items()}


def words(text: str) -> Iterable[str]:
    """The normalised words of a section (for counting in ``kb check``)."""
    return normalize(text).split()
