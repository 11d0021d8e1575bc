"""What one office's card says, in reading order, for any renderer to lay out.

Never presents another office's contact as this office's: an ancestor's contacts come under
a heading naming the ancestor, and a partner's (another office on the same page) on a line
naming the partner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.answer import OfficeCard
from intents import Field
from knowledge import Contacts, Office

FIELD_LABELS = {Field.PHONE: "Phone", Field.FAX: "Fax", Field.ADDRESS: "Address"}
CONTACT_FIELDS = (Field.PHONE, Field.FAX, Field.ADDRESS)


def join_values(values: tuple[str, ...]) -> str:
    """Several numbers comma-separated; address lines as one line."""
    return ", ".join(values)


def short_name(office: Office) -> str:
    """The shortest name staff know an office by: its acronym, else its name. What fits on a
    button; the full name goes beside it."""
    return office.acronym or office.name


@dataclass(frozen=True, slots=True)
class ContactLine:
    """One contact field: its label ("Phone", or "Fax for OSEL" when it answers a question)
    and its values, kept apart so a renderer can make each phone number a link."""

    field: Field
    label: str
    values: tuple[str, ...]

    @property
    def text(self) -> str:
        return join_values(self.values)


@dataclass(frozen=True, slots=True)
class OfficeLine:
    """Another office on one line: its name and its own contacts."""

    office: Office
    contacts: tuple[ContactLine, ...]


def contact_lines(get: Callable[[Field], tuple[str, ...]]) -> tuple[ContactLine, ...]:
    """Phone, fax and address, those that have values, in that order."""
    return tuple(ContactLine(f, FIELD_LABELS[f], get(f)) for f in CONTACT_FIELDS if get(f))


def _lines_of(contacts: Contacts) -> tuple[ContactLine, ...]:
    return contact_lines(lambda f: getattr(contacts, f.value))


@dataclass(frozen=True, slots=True)
class CardText:
    """The sentences of one office card.

    ``lead`` answers a field question first, as a sentence ("Fax for OSEL: ..." or "The
    district pages I use list no fax for ..."); when the office lists the field, ``asked`` holds
    it too, for cards to make it the most prominent line, and ``contacts`` (the office's own)
    leave it out rather than say it twice. ``notes`` say plainly what is missing; ``borrowed``
    are an ancestor's contacts under ``borrowed_heading``, which names that ancestor;
    ``partners`` are other offices of the same page that list a contact, under
    ``partners_heading``, for an office nobody up its tree can be reached at.
    """

    title: str
    lead: str | None
    asked: ContactLine | None
    role: str
    contacts: tuple[ContactLine, ...]
    notes: tuple[str, ...]
    borrowed_heading: str | None
    borrowed: tuple[ContactLine, ...]
    partners_heading: str | None
    partners: tuple[OfficeLine, ...]
    parent: str | None
    source: str
    source_title: str
    source_url: str | None


def _field_lead(card: OfficeCard, field: Field) -> tuple[str, ContactLine | None]:
    values = card.own(field)
    label = FIELD_LABELS[field]
    if values:
        asked = ContactLine(field, f"{label} for {short_name(card.office)}", values)
        return f"{label} for {card.office.label}: {join_values(values)}", asked
    lead = f"The district pages I use list no {label.lower()} for {card.office.name}."
    if card.contacts is None:  # said once here, not again in the card's notes
        others = " or ".join(FIELD_LABELS[f].lower() for f in FIELD_LABELS if f is not field)
        lead = lead[:-1] + f", nor any {others}."
    if (found := card.field_fallback(field)) is not None:
        holder, held = found
        lead += f" Its parent office, {holder.label}, lists {label.lower()} {join_values(held)}."
    return lead, None


def _partners(card: OfficeCard) -> tuple[str | None, tuple[OfficeLine, ...], str | None]:
    """Heading and lines of the reachable partners, or the note that none is reachable."""
    if card.partners is None:
        return None, (), None
    if card.partners.reachable:
        short = short_name(card.office)
        heading = (
            f"Other offices on the same page list contacts of their own (theirs, not {short}'s):"
        )
        lines = tuple(OfficeLine(o, _lines_of(c)) for o, c in card.partners.reachable)
        return heading, lines, None
    if card.partners.named:
        count = card.partners.named
        return None, (), f"None of the {count} other offices on the same page lists one either."
    return None, (), None


def card_text(card: OfficeCard, field: Field | None = None) -> CardText:
    """Decide what one office card says. Never presents another office's contact as its own."""
    name = card.office.name
    lead, asked = _field_lead(card, field) if field is not None else (None, None)
    notes: list[str] = []
    borrowed_heading = None
    borrowed: tuple[ContactLine, ...] = ()
    if card.contacts is None:
        itself = " itself" if card.fallback is not None else ""
        if lead is None:
            notes.append(
                f"The district pages I use give no phone, fax or address for {name}{itself}."
            )
        if card.fallback is not None:
            holder, contacts = card.fallback
            borrowed_heading = f"Contact for its parent office, {holder.label}:"
            borrowed = _lines_of(contacts)
    elif not card.own(Field.PHONE) and field is not Field.PHONE:
        notes.append(f"No phone number is listed for {name}.")
    partners_heading, partners, none_reachable = _partners(card)
    if none_reachable:
        notes.append(none_reachable)
    own = contact_lines(card.own) if card.contacts is not None else ()
    return CardText(
        title=card.office.label,
        lead=lead,
        asked=asked,
        role=card.office.role,
        contacts=tuple(c for c in own if asked is None or c.field is not asked.field),
        notes=tuple(notes),
        borrowed_heading=borrowed_heading,
        borrowed=borrowed,
        partners_heading=partners_heading,
        partners=partners,
        parent=f"Part of {card.parent.label}" if card.parent else None,
        source=f"Source: {card.source.title}",
        source_title=card.source.title,
        source_url=card.source.url,
    )
