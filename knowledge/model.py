"""The knowledge base's data types: plain, frozen values with no I/O.

Everything here is immutable so one loaded knowledge base can be shared by every request and
swapped atomically on reload; nothing downstream can edit a fact by accident.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Source:
    """A public page the knowledge base is built from, stored under ``knowledge/sources/``.

    ``url`` is the page's public address when the registry gives one: where a curator captures
    the page again when the district changes it.
    """

    id: str
    title: str
    file: str
    url: str | None = None
    text: str = field(repr=False, compare=False, default="")


@dataclass(frozen=True, slots=True)
class Contacts:
    """How to reach an office, copied exactly from one source document.

    ``heading`` is the line in that document that opens this office's contact block; ``kb check``
    uses it to prove each phone, fax and address line belongs to this office and not a neighbour.
    """

    source: str
    heading: str | None = None
    phone: tuple[str, ...] = ()
    fax: tuple[str, ...] = ()
    address: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the documents give no way at all to reach the office."""
        return not (self.phone or self.fax or self.address)


@dataclass(frozen=True, slots=True)
class Office:
    """One office, department, team or partnership that staff may need to reach."""

    id: str
    name: str
    role: str
    source: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    handles: tuple[str, ...] = ()
    contacts: Contacts | None = None
    also_in: tuple[str, ...] = ()
    file: str = field(default="", compare=False)
    #: The line of ``file`` the entry starts on (0 when built in code), for curators' messages.
    line: int = field(default=0, compare=False)

    @property
    def label(self) -> str:
        """The name as staff see it in answers: ``Name (ACRONYM)`` when there is an acronym."""
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def sources(self) -> tuple[str, ...]:
        """Every source document this entry draws on, its primary one first."""
        return (self.source, *self.also_in)


@dataclass(frozen=True, slots=True)
class About:
    """How the bot describes itself to staff, from ``about.yaml``: district facts kept out of
    code, so another district edits a file rather than Python.

    ``scope`` is the sentence saying what the bot knows; ``examples`` are questions it answers
    well (help, the Home tab); ``lookup_examples`` and ``topic_examples`` are names and topics
    shown in usage hints ("/contact OSEL", "try a topic such as tornado drill").
    """

    district: str = "the district"
    scope: str = ""
    examples: tuple[str, ...] = ()
    lookup_examples: tuple[str, ...] = ()
    topic_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    """A validated, read-only set of offices, the sources they cite, and how the bot
    describes this knowledge."""

    offices: Mapping[str, Office]
    sources: Mapping[str, Source]
    about: About = About()

    def __post_init__(self) -> None:
        object.__setattr__(self, "offices", MappingProxyType(dict(self.offices)))
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))

    def __reduce__(
        self,
    ) -> tuple[type[KnowledgeBase], tuple[dict[str, Office], dict[str, Source], About]]:
        """Pickle as plain dicts (read-only views cannot be pickled), for the knowledge cache
        of one-shot commands (``bot.brain_cache``)."""
        return (KnowledgeBase, (dict(self.offices), dict(self.sources), self.about))

    def __iter__(self) -> Iterator[Office]:
        return iter(self.offices.values())

    def __len__(self) -> int:
        return len(self.offices)

    def get(self, office_id: str) -> Office | None:
        """The office with this id, or None: callers decide what an unknown id means to a user."""
        return self.offices.get(office_id)

    def parent_of(self, office: Office) -> Office | None:
        """The office's parent, or None for a top-level office."""
        return self.offices.get(office.parent) if office.parent else None

    def children_of(self, office_id: str) -> tuple[Office, ...]:
        """Direct children, in file order, for the directory."""
        return tuple(o for o in self.offices.values() if o.parent == office_id)

    def contact_lineage(self, office: Office) -> tuple[tuple[Office, Contacts], ...]:
        """The office's ancestors that list any contact, nearest first (the office excluded).

        Answers offer these when an office has no contact of its own, always labelled with
        the ancestor's name, so nobody is told an office has a number the documents do not give.
        """
        found: list[tuple[Office, Contacts]] = []
        seen = {office.id}
        current = self.parent_of(office)
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.contacts is not None and not current.contacts.is_empty:
                found.append((current, current.contacts))
            current = self.parent_of(current)
        return tuple(found)
