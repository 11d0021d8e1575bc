"""Provenance: prove every name and contact in the YAML comes from the document it cites.

This is what lets a curator trust an edit. A phone number typed with one digit wrong, a fax
filed as a phone, or a neighbour's address pasted under the wrong office all fail here, because
each contact must stand, in its exact form, inside the cited document's block for that office.
"""

from __future__ import annotations

from knowledge.errors import Problem
from knowledge.model import Contacts, KnowledgeBase, Office, Source


def clean_line(line: str) -> str:
    """A source line without layout: bullets, indentation and the run-together " -" separator.

    The departments page runs entries together ("Chicago, IL 60602 -" then the next heading);
    the trailing dash is layout, not part of the address. Public because ``kb import`` must
    read a page's lines exactly as this check will.
    """
    line = " ".join(line.split())
    line = line.lstrip("•").strip()
    if line.endswith(" -"):
        line = line[:-2].rstrip()
    return line


def _section(source: Source, heading: str | None, other_headings: set[str]) -> list[str] | None:
    """The cleaned lines of ``heading``'s blocks in ``source``, or the whole document.

    A block runs from a line that equals the heading to the next line that is another
    office's heading. A heading may stand more than once (a team's section heading, then its
    contact block further down): every block counts. None means the heading is not in the
    document.
    """
    lines = [clean_line(line) for line in source.text.splitlines()]
    if heading is None:
        return lines
    starts = [number for number, line in enumerate(lines) if line == heading]
    if not starts:
        return None
    block = []
    for start in starts:
        for line in lines[start + 1 :]:
            if line in other_headings or line == heading:
                break
            block.append(line)
    return block


def _expected_lines(contacts: Contacts) -> list[tuple[str, str, str]]:
    """(field, value, the exact line the document must hold) for every contact value."""
    wanted = [("phone", p, p) for p in contacts.phone]
    wanted += [("fax", f, f"{f} (Fax)") for f in contacts.fax]
    wanted += [("address", a, a) for a in contacts.address]
    return wanted


def check_office(office: Office, kb: KnowledgeBase) -> list[Problem]:
    """Every provenance problem with one office's name and contacts."""
    problems: list[Problem] = []

    def flag(message: str, field: str) -> None:
        problems.append(
            Problem(office.file, message, line=office.line or None, entry=office.id, field=field)
        )

    cited = [kb.sources[s] for s in office.sources if s in kb.sources]
    if not any(office.name in source.text for source in cited):
        flag(f"'{office.name}' does not appear in any cited source", "name")
    contacts = office.contacts
    if contacts is None or contacts.source not in kb.sources:
        return problems
    source = kb.sources[contacts.source]
    others = {
        o.contacts.heading
        for o in kb
        if o.contacts and o.contacts.heading and o.contacts.source == contacts.source
    } - {contacts.heading}
    block = _section(source, contacts.heading, others)
    if block is None:
        flag(f"heading '{contacts.heading}' is not a line of {source.file}", "contacts.heading")
        return problems
    where = f"under '{contacts.heading}' in {source.file}" if contacts.heading else source.file
    for field, value, line in _expected_lines(contacts):
        if line not in block:
            flag(f"'{value}' is not {where} (looked for the line '{line}')", f"contacts.{field}")
    return problems


def check_provenance(kb: KnowledgeBase) -> list[Problem]:
    """Provenance problems across the whole knowledge base, in file order."""
    return [problem for office in kb for problem in check_office(office, kb)]
