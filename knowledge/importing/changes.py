"""What changed between two copies of a page: contact lines gone and added, stale entries.

This is how a curator notices that the district changed a phone number: importing the newer
copy of a page lists the contact lines that disappeared and appeared, and runs the provenance
check of every entry citing the page against the new text, so the entries that would now fail
``kb check`` are named before anyone is given an old number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from knowledge.errors import Problem
from knowledge.importing.contacts import find_blocks
from knowledge.model import KnowledgeBase, Office
from knowledge.provenance import check_office


@dataclass(frozen=True, slots=True)
class ContactLine:
    """One contact line of a page, under the heading of its block, at its line number."""

    line: str
    heading: str
    number: int


@dataclass(frozen=True, slots=True)
class PageChanges:
    """The difference a newer copy of a source page makes."""

    gone: tuple[ContactLine, ...]
    added: tuple[ContactLine, ...]
    #: Problems ``kb check`` would report against the new text and did not against the old.
    stale: tuple[Problem, ...]


def contact_lines(text: str) -> tuple[ContactLine, ...]:
    """Every contact line of a page's text, in page order."""
    return tuple(
        ContactLine(line, block.heading, number)
        for block in find_blocks(text.splitlines())
        for number, line in block.lines
    )


def _missing(ours: Sequence[ContactLine], theirs: Sequence[ContactLine]) -> tuple[ContactLine, ...]:
    """Lines of ``ours`` that ``theirs`` lacks, counting repeats (two offices, one phone)."""
    left = Counter((c.heading, c.line) for c in theirs)
    missing = []
    for contact in ours:
        key = (contact.heading, contact.line)
        if left[key]:
            left[key] -= 1
        else:
            missing.append(contact)
    return tuple(missing)


def _cites(office: Office, source_id: str) -> bool:
    contacts = office.contacts
    return source_id in office.sources or (contacts is not None and contacts.source == source_id)


def stale_entries(kb: KnowledgeBase, source_id: str, new_text: str) -> tuple[Problem, ...]:
    """Problems of entries citing ``source_id`` once its text is ``new_text`` (new ones only)."""
    source = replace(kb.sources[source_id], text=new_text)
    renewed = KnowledgeBase(offices=kb.offices, sources={**kb.sources, source_id: source})
    stale: list[Problem] = []
    for office in kb:
        if _cites(office, source_id):
            before = {str(p) for p in check_office(office, kb)}
            stale += [p for p in check_office(office, renewed) if str(p) not in before]
    return tuple(stale)


def compare_page(
    old_text: str, new_text: str, kb: KnowledgeBase | None = None, source_id: str = ""
) -> PageChanges:
    """Contact lines gone and added between two copies of a page, and (given the knowledge
    base the page is source ``source_id`` of) the entries the new copy no longer supports."""
    old, new = contact_lines(old_text), contact_lines(new_text)
    stale = stale_entries(kb, source_id, new_text) if kb and source_id in kb.sources else ()
    return PageChanges(gone=_missing(old, new), added=_missing(new, old), stale=stale)
