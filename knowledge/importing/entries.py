"""From sections and contact blocks to office entries, with each block given to its office.

A section whose heading names an office and that says something (a paragraph, items) is an
entry. A contact block goes to the entry whose section holds it, else to the entry its heading
names (same name without "Office of", or the entry's acronym as a word of the heading, which
is how "Department of JROTC Leadership" is JROTC), else it makes an entry of its own. A block
under a heading that names nobody ("Contact Us") is left loose for the drafter to place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from knowledge.importing.contacts import ContactBlock
from knowledge.importing.names import core_name, is_generic, split_acronym
from knowledge.importing.sections import Section, first_sentence
from knowledge.text import normalize

_WORD = re.compile(r"[A-Za-z0-9&]+")


@dataclass
class Entry:
    """An office being drafted (mutable while the drafter works on it)."""

    name: str
    line: int
    acronym: str | None = None
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    handles: tuple[str, ...] = ()
    contacts: ContactBlock | None = None
    todos: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        """Every name the entry goes by."""
        return [self.name, *self.aliases, *([self.acronym] if self.acronym else [])]

    def answers_to(self, heading: str) -> bool:
        """True when ``heading`` names this entry: same core name, or its acronym as a word."""
        if core_name(heading) in {core_name(name) for name in (self.name, *self.aliases)}:
            return True
        return self.acronym is not None and self.acronym in _WORD.findall(heading)

    def take(self, block: ContactBlock, heading: str, *, named: bool = True) -> None:
        """Give the entry a contact block found under ``heading``.

        When the heading ``named`` the entry, it is one of the entry's names from then on.
        """
        if self.contacts is not None:
            self.todos.append(
                f"a second contact block, under '{heading}' (source line {block.heading_line}), "
                "was left out: an entry's contacts stand under one heading; pick one"
            )
            return
        self.contacts = replace(block, heading=heading)
        alias = split_acronym(heading)[0]
        if named and normalize(alias) not in {normalize(name) for name in self.names()}:
            self.aliases.append(alias)


def _names_an_office(heading: str) -> bool:
    return not is_generic(heading) and heading[-1] not in ".!?:" and len(heading.split()) <= 12


def _entry(section: Section) -> Entry:
    name, acronym = split_acronym(section.heading)
    role = first_sentence(section.paragraph) if section.paragraph else None
    return Entry(name, section.line, acronym, role=role, handles=section.items)


def _owner(block: ContactBlock, sections: Sequence[Section]) -> Section | None:
    """The section a block stands in: the last one starting at or above its heading."""
    above = [s for s in sections if s.line <= block.heading_line]
    return above[-1] if above else None


def _place(
    block: ContactBlock, heading: str, entries: dict[int, Entry], loose: list[ContactBlock]
) -> None:
    """Give a block under a heading of its own to the entry it names, or make it one."""
    named = [entry for entry in entries.values() if entry.answers_to(heading)]
    if len(named) == 1:
        named[0].take(block, heading)
    elif named:
        loose.append(replace(block, heading=heading))
    else:
        entry = entries[block.heading_line] = _entry(Section(heading, block.heading_line, None, ()))
        entry.take(block, heading)
        entry.todos.append(
            "the page names this office only over its contact lines: if it is an office above "
            "under another name, move the contacts there and delete this entry"
        )


def build_entries(
    sections: Sequence[Section], blocks: Sequence[ContactBlock]
) -> tuple[list[Entry], list[ContactBlock]]:
    """The entries a page describes, and the contact blocks whose heading names no office.

    A loose block's ``heading`` is the heading it stands under ("Contact Us").
    """
    entries = {
        s.line: _entry(s)
        for s in sections
        if _names_an_office(s.heading) and (s.paragraph or s.items)
    }
    loose: list[ContactBlock] = []
    for block in blocks:
        section = _owner(block, sections)
        heading = section.heading if section else block.heading
        if section is not None and section.line in entries:
            entries[section.line].take(block, heading)
        elif _names_an_office(heading):
            _place(block, heading, entries, loose)
        else:
            loose.append(replace(block, heading=heading))
    return [entries[line] for line in sorted(entries)], loose
