"""The one platform-neutral answer: what the bot says, before any platform dresses it up.

``compose`` joins a RouteResult with the knowledge base; the text, Slack and Teams renderers
only decide layout. Keeping the facts here means a missing phone is reported the same way
everywhere, and a parent's contact is always labelled as the parent's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.directory import DirectoryGroup, group_directory
from bot.mentions import mentioned_office
from intents import Field, Meta, Outcome, RouteResult, Urgency
from knowledge import About, Contacts, KnowledgeBase, Office, Source

#: Partners offered, at most, when an office has no way to reach it: enough to choose from,
#: few enough to read on a phone.
MAX_PARTNERS = 3


@dataclass(frozen=True, slots=True)
class Partners:
    """The other offices named on an office's source page, for an office the documents give
    no contact for and no ancestor with one: the nearest way forward the pages support.

    The attendance page names fifteen departments that work on attendance together and gives
    none of them a contact; three of them (OSEL, OSSS, OSCPA) have contacts on other pages.
    ``reachable`` holds up to ``MAX_PARTNERS`` of the offices that list a contact (those with a
    phone first), always shown as theirs; ``named`` counts every other office the page names,
    so an answer can say that none of them lists a contact either.
    """

    source: Source
    reachable: tuple[tuple[Office, Contacts], ...]
    named: int


@dataclass(frozen=True, slots=True)
class OfficeCard:
    """One office as an answer shows it.

    ``contacts`` are the office's own, as the documents give them (possibly none).
    ``lineage`` lists the ancestors that do have contacts, nearest first: an answer may offer
    theirs when the office lacks one, always under the ancestor's name, never as its own.
    ``partners`` is set only when both are empty (see ``Partners``).
    """

    office: Office
    parent: Office | None
    contacts: Contacts | None
    lineage: tuple[tuple[Office, Contacts], ...]
    source: Source
    partners: Partners | None = None

    def own(self, field: Field) -> tuple[str, ...]:
        """The office's own values for one contact field."""
        if self.contacts is None:
            return ()
        values: tuple[str, ...] = getattr(self.contacts, field.value)
        return values

    @property
    def fallback(self) -> tuple[Office, Contacts] | None:
        """The nearest ancestor's contacts, when the office has none of its own."""
        return self.lineage[0] if self.contacts is None and self.lineage else None

    def field_fallback(self, field: Field) -> tuple[Office, tuple[str, ...]] | None:
        """The nearest ancestor that lists ``field``, when the office itself does not."""
        if self.own(field):
            return None
        for holder, contacts in self.lineage:
            values: tuple[str, ...] = getattr(contacts, field.value)
            if values:
                return holder, values
        return None


#: The description of an empty knowledge base (frozen, so one shared default is safe).
NO_ABOUT = About()


@dataclass(frozen=True, slots=True)
class Answer:
    """Everything a renderer needs; nothing platform-specific."""

    question: str
    status: Outcome
    confidence: float
    offices: tuple[OfficeCard, ...] = ()
    field: Field | None = None
    meta: Meta | None = None
    out_of_scope: str | None = None
    directory: tuple[OfficeCard, ...] = ()
    #: The directory grouped by parent office, with shared addresses (directory answers).
    groups: tuple[DirectoryGroup, ...] = ()
    #: For an unknown answer: the office the question names, offered as a next step only.
    named: OfficeCard | None = None
    #: How the bot describes its knowledge (scope, examples), for help and "I don't know".
    about: About = NO_ABOUT
    #: The message describes an emergency happening now: its general guidance (911, 988)
    #: opens the answer on every platform, before the office.
    urgency: Urgency | None = None
    #: A follow-up ("what's their fax?") with no office to refer to: the bot asks which.
    needs_office: bool = False
    #: Asked which office this one is part of, and the documents name none.
    no_parent: bool = False

    @property
    def best(self) -> OfficeCard | None:
        """The answering office, or the first choice of a clarify."""
        return self.offices[0] if self.offices else None


def _own_contacts(office: Office) -> Contacts | None:
    return office.contacts if office.contacts and not office.contacts.is_empty else None


def partners_of(office: Office, kb: KnowledgeBase) -> Partners:
    """The other offices that cite ``office``'s source page, primary or ``also_in``."""
    others = [o for o in kb if o.id != office.id and office.source in o.sources]
    reachable = [(o, contacts) for o in others if (contacts := _own_contacts(o)) is not None]
    reachable.sort(key=lambda pair: not pair[1].phone)  # stable: file order within each
    return Partners(kb.sources[office.source], tuple(reachable[:MAX_PARTNERS]), len(others))


def office_card(office: Office, kb: KnowledgeBase) -> OfficeCard:
    """Resolve one office's parent, contacts, fallback contacts, source and, for an office
    with no contact anywhere up its tree, its partners."""
    own = _own_contacts(office)
    lineage = kb.contact_lineage(office)
    return OfficeCard(
        office=office,
        parent=kb.parent_of(office),
        contacts=own,
        lineage=lineage,
        source=kb.sources[office.source],
        partners=partners_of(office, kb) if own is None and not lineage else None,
    )


def compose(question: str, route: RouteResult, kb: KnowledgeBase) -> Answer:
    """Build the Answer for ``route``. Offices the KB no longer has are skipped, not crashed on."""
    cards = tuple(
        office_card(office, kb) for oid in route.office_ids if (office := kb.get(oid)) is not None
    )
    status = route.outcome if cards or route.outcome is Outcome.UNKNOWN else Outcome.UNKNOWN
    if status is Outcome.CLARIFY and len(cards) == 1:
        status = Outcome.ANSWER
    directory = tuple(office_card(o, kb) for o in kb) if route.meta is Meta.DIRECTORY else ()
    named = None
    if status is Outcome.UNKNOWN and route.meta is None:
        mentioned = mentioned_office(question, kb)
        named = office_card(mentioned, kb) if mentioned is not None else None
    return Answer(
        question=question,
        status=status,
        confidence=route.confidence,
        offices=cards,
        field=route.field,
        meta=route.meta,
        out_of_scope=route.out_of_scope,
        directory=directory,
        groups=group_directory(directory),
        named=named,
        about=kb.about,
    )


def card_to_dict(card: OfficeCard) -> dict[str, Any]:
    """The public JSON shape of one office (see README, "JSON contract")."""
    office = card.office
    data: dict[str, Any] = {
        "id": office.id,
        "name": office.name,
        "acronym": office.acronym,
        "aliases": list(office.aliases),
        "parent": office.parent,
        "role": office.role,
        "phone": list(card.own(Field.PHONE)),
        "fax": list(card.own(Field.FAX)),
        "address": ", ".join(card.own(Field.ADDRESS)) or None,
        "source": card.source.title,
        "source_url": card.source.url,
    }
    if card.fallback is not None:
        holder, contacts = card.fallback
        data["parent_contact"] = {
            "office": holder.id,
            "name": holder.name,
            "phone": list(contacts.phone),
            "fax": list(contacts.fax),
            "address": ", ".join(contacts.address) or None,
        }
    return data


def answer_to_dict(answer: Answer, text: str) -> dict[str, Any]:
    """The public JSON object for one answer, ``text`` being its rendering."""
    return {
        "question": answer.question,
        "status": answer.status.value,
        "confidence": answer.confidence,
        "offices": [card_to_dict(card) for card in answer.offices],
        "field": answer.field.value if answer.field else None,
        "meta": answer.meta.value if answer.meta else None,
        "out_of_scope": answer.out_of_scope,
        "urgent": answer.urgency is not None,
        "text": text,
    }
