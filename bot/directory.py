"""The directory as groups: each top-level parent office with its descendants, then the rest,
with the addresses its offices share said once per group.

Plain data for every renderer: which office belongs to which group and who shares which
address is a fact about the knowledge base, decided once here; the renderers only lay it
out. Saying an address once per group, naming the offices at it, shortens the directory
without ever suggesting that an office with no address of its own is at the group's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from intents import Field
from knowledge import Office
from knowledge.text import normalize

if TYPE_CHECKING:  # bot.answer builds groups with group_directory: import only for types
    from bot.answer import OfficeCard


@dataclass(frozen=True, slots=True)
class SharedAddress:
    """One address and the offices of a group that list it (as their own), in order."""

    lines: tuple[str, ...]
    offices: tuple[Office, ...]


@dataclass(frozen=True, slots=True)
class DirectoryGroup:
    """A parent office with its descendants (``head`` None: offices with no parent and no
    children, such as the attendance partners)."""

    head: Office | None
    members: tuple[OfficeCard, ...]
    addresses: tuple[SharedAddress, ...]

    @property
    def key(self) -> str:
        """A stable name for the group: its head office's id, or ``other``."""
        return self.head.id if self.head is not None else "other"


def _address_key(lines: tuple[str, ...]) -> tuple[str, ...]:
    # "42 W. Madison St." and "42 W. Madison St" are one address: the pages differ only in
    # punctuation, which normalize() drops.
    return tuple(normalize(line) for line in lines)


def shared_addresses(members: tuple[OfficeCard, ...]) -> tuple[SharedAddress, ...]:
    """Each distinct address the members list as their own, with who lists it, first seen
    first; the wording of the first office that lists it is kept."""
    found: dict[tuple[str, ...], tuple[tuple[str, ...], list[Office]]] = {}
    for card in members:
        lines = card.own(Field.ADDRESS)
        if lines:
            found.setdefault(_address_key(lines), (lines, []))[1].append(card.office)
    return tuple(SharedAddress(lines, tuple(offices)) for lines, offices in found.values())


def group_directory(cards: tuple[OfficeCard, ...]) -> tuple[DirectoryGroup, ...]:
    """Offices grouped for the directory: each parent with its descendants, depth-first, in
    file order, then the top-level offices with no children in one group."""
    children: dict[str, list[OfficeCard]] = {}
    for card in cards:
        if card.office.parent:
            children.setdefault(card.office.parent, []).append(card)

    def family(card: OfficeCard, seen: set[str]) -> list[OfficeCard]:
        seen.add(card.office.id)
        members = [card]
        for child in children.get(card.office.id, []):
            if child.office.id not in seen:
                members += family(child, seen)
        return members

    groups: list[DirectoryGroup] = []
    ungrouped: list[OfficeCard] = []
    for card in cards:
        if card.office.parent is None and card.office.id in children:
            members = tuple(family(card, set()))
            groups.append(DirectoryGroup(card.office, members, shared_addresses(members)))
        elif card.office.parent is None:
            ungrouped.append(card)
    if ungrouped:
        rest = tuple(ungrouped)
        groups.append(DirectoryGroup(None, rest, shared_addresses(rest)))
    return tuple(groups)
