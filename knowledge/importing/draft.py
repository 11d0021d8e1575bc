"""A draft of office entries from a page, every fact copied and every doubt left as a TODO.

The drafter never invents: names, acronyms, roles (the first sentence under a heading),
handles (its bullet items) and contacts are the page's own lines. Whatever it cannot tell
(no description, no contacts, whether a heading is an office at all, a name another entry
already has) becomes a TODO for the curator. Before it is returned, the draft goes through
the real provenance check against the page's text, and a contact the check would refuse is
left out with a TODO, so a draft's contacts always pass ``kb check``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from knowledge.importing.contacts import ContactBlock, find_blocks, odd_contact_lines
from knowledge.importing.entries import Entry, build_entries
from knowledge.importing.names import core_name, names_an_office, page_title, slug
from knowledge.importing.page import Page
from knowledge.importing.sections import find_sections
from knowledge.model import Contacts, KnowledgeBase, Office, Source
from knowledge.provenance import check_office
from knowledge.text import normalize

NO_CONTACTS = "no contact lines found for this office on the page"
NO_ROLE = "write the role in your own words: the page gives no description under this heading"


@dataclass(frozen=True, slots=True)
class DraftOffice:
    """One drafted entry: what the page says, and what the curator must still decide."""

    id: str
    name: str
    line: int
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    role: str | None = None
    handles: tuple[str, ...] = ()
    contacts: ContactBlock | None = None
    todos: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    """The offices drafted from one source, and the TODOs that concern the whole page."""

    source_id: str
    offices: tuple[DraftOffice, ...]
    todos: tuple[str, ...] = ()

    @property
    def todo_count(self) -> int:
        """How many TODOs the curator has to resolve."""
        return len(self.todos) + sum(len(office.todos) for office in self.offices)


def _page_office(entries: Sequence[Entry], page: Page) -> Entry | None:
    """The office the page is about: named by its title, else its first line's office."""
    title = page_title(page.title)
    for entry in entries:
        if core_name(title) == core_name(entry.name) or title == entry.acronym:
            return entry
    first = next((n + 1 for n, line in enumerate(page.lines) if line.text), 0)
    return entries[0] if entries and entries[0].line == first else None


def _ids(entries: Sequence[Entry]) -> list[str]:
    """An id per entry: its acronym, else a slug of its name; numbered when two agree."""
    ids: list[str] = []
    for entry in entries:
        base = slug(entry.acronym or entry.name) or "office"
        candidate, number = base, 1
        while candidate in ids:
            number += 1
            candidate = f"{base}-{number}"
        ids.append(candidate)
    return ids


def _doubts(entry: Entry, is_page_office: bool) -> None:
    """The TODOs every entry may need: no role, no contacts, maybe not an office."""
    if entry.role is None:
        entry.todos.insert(0, NO_ROLE)
    if entry.contacts is None:
        entry.todos.append(NO_CONTACTS)
        if not (is_page_office or entry.acronym or names_an_office(entry.name)):
            entry.todos.append(
                f"check that '{entry.name}' is an office or team: neither its name nor a "
                "contact says so (delete the entry if the heading is only a topic)"
            )


def _clashes(entry: Entry, office_id: str, existing: KnowledgeBase, source_id: str) -> None:
    """TODOs for a name or id that an entry already in the knowledge base has."""
    taken = {normalize(n): o for o in existing for n in (o.name, *o.aliases, o.acronym) if n}
    for name in entry.names():
        if (other := taken.get(normalize(name))) is not None:
            entry.todos.append(
                f"'{name}' is already a name of '{other.id}' ({other.file}): if they are one "
                f"office, add {source_id} to that entry's also_in and delete this one"
            )
            return
    if (other_by_id := existing.get(office_id)) is not None:
        entry.todos.append(f"the id '{office_id}' is taken in {other_by_id.file}: choose another")


def _proven(offices: Sequence[DraftOffice], source: Source) -> tuple[DraftOffice, ...]:
    """The offices as drafted, less any contacts ``kb check`` would refuse (with a TODO).

    All offices are checked together, as ``kb check`` will: each one's heading ends the
    others' blocks. Leaving contacts out only lengthens other blocks, so what passed still does.
    """
    as_entries = {
        o.id: Office(o.id, o.name, "-", source.id, contacts=_contacts(o.contacts, source.id))
        for o in offices
    }
    kb = KnowledgeBase(offices=as_entries, sources={source.id: source})
    proven = []
    for office in offices:
        problems = check_office(as_entries[office.id], kb)
        reasons = "; ".join(p.message for p in problems if (p.field or "").startswith("contacts"))
        if reasons and office.contacts is not None:
            todo = f"contact lines under '{office.contacts.heading}' left out: {reasons}"
            office = replace(office, contacts=None, todos=(*office.todos, todo))
        proven.append(office)
    return tuple(proven)


def _contacts(block: ContactBlock | None, source_id: str) -> Contacts | None:
    if block is None:
        return None
    return Contacts(source_id, block.heading, block.phone, block.fax, block.address)


def _place_loose(loose: Sequence[ContactBlock], main: Entry | None) -> list[str]:
    """Blocks under headings like "Contact Us": the page office's if it has none, else TODOs."""
    todos = []
    for block in loose:
        where = f"under '{block.heading}' (source line {block.heading_line})"
        if main is not None and main.contacts is None:
            main.take(block, block.heading, named=False)
            main.todos.append(f"contacts taken from {where}: check they are this office's")
        else:
            lines = ", ".join(line for _, line in block.lines)
            todos.append(f"contact lines {where} belong to no office in this draft: {lines}")
    return todos


def _frozen(entry: Entry, office_id: str, parent: str | None) -> DraftOffice:
    return DraftOffice(
        id=office_id,
        name=entry.name,
        line=entry.line,
        acronym=entry.acronym,
        aliases=tuple(entry.aliases),
        parent=parent,
        role=entry.role,
        handles=entry.handles,
        contacts=entry.contacts,
        todos=tuple(entry.todos),
    )


def draft_offices(page: Page, source_id: str, existing: KnowledgeBase | None = None) -> Draft:
    """Draft the offices ``page`` describes, to be cited as source ``source_id``.

    ``existing`` is the knowledge base the draft joins: a name or id already there becomes a
    TODO. Every office but the page's own gets the page's office as its parent.
    """
    raw = [line.text for line in page.lines]
    blocks = find_blocks(raw)
    entries, loose = build_entries(find_sections(page, blocks), blocks)
    main = _page_office(entries, page)
    todos = _place_loose(loose, main)
    todos += [
        f"source line {n}: '{line}' looks like a contact, but kb check proves only lines "
        "written 773-553-1830 or 773-553-1830 (Fax), so it was left out"
        for n, line in odd_contact_lines(raw)
    ]
    if not entries:
        todos.append(f"no office headings found on the page: add entries citing {source_id}")
    ids = _ids(entries)
    main_id = ids[entries.index(main)] if main is not None else None
    offices = []
    for entry, office_id in zip(entries, ids, strict=True):
        _doubts(entry, entry is main)
        if existing is not None:
            _clashes(entry, office_id, existing, source_id)
        offices.append(_frozen(entry, office_id, None if entry is main else main_id))
    source = Source(source_id, page.title, f"{source_id}.txt", text=page.text)
    return Draft(source_id, _proven(offices, source), tuple(todos))
