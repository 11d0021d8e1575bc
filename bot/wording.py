"""The bot's words, shared by every renderer so Slack, Teams and the terminal say the same thing.

Renderers decide layout (Block Kit, Adaptive Card, plain text); the sentences live here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.answer import Answer, OfficeCard
from intents import Field, Meta
from knowledge import About

HELP_INTRO = (
    "Ask me who handles something, in your own words, and I'll name the office, say what it "
    "does and how to reach it, and cite the page it comes from."
)

GREETING = "Hi! " + HELP_INTRO
THANKS = "You're welcome. Ask again any time."
DIRECTORY_INTRO = "Here is every office I know, grouped by parent office."
CLARIFY_INTRO = "A few offices could fit. Which one did you mean?"
THANKS_HELPFUL = "Thanks! Glad that helped."
THANKS_NOT_HELPFUL = "Thanks for telling me. A curator reviews answers that missed."
UNREADABLE_ACTION = "Sorry, I couldn't read that button. Please ask again."


def _listed(items: tuple[str, ...], fallback: str) -> str:
    return ", ".join(items) if items else fallback


def contact_usage(about: About) -> str:
    """What ``/contact`` with nothing after it says."""
    names = " or ".join(f"`/contact {name}`" for name in about.lookup_examples[:2])
    example = f", for example {names}" if names else ""
    return f"Give me an office name or acronym{example}. Typos are fine."


def search_no_match(about: About) -> str:
    """What the Teams office search says when nothing matches."""
    names = _listed(about.lookup_examples[:2], "an office's name")
    topics = _listed(about.topic_examples[:2], "what it handles")
    return f"No office matches that. Try a name or an acronym ({names}) or a topic ({topics})."


FIELD_LABELS = {Field.PHONE: "Phone", Field.FAX: "Fax", Field.ADDRESS: "Address"}

#: Directory heading for offices without a parent that are not themselves parents.
UNGROUPED_HEADING = "Other district departments (attendance partners)"


def which_office_text(answer: Answer) -> str:
    """A follow-up with nothing to refer to: ask which office, with an example."""
    names = answer.about.lookup_examples
    example = f", for example \u201cfax for {names[0]}\u201d" if names else ""
    return f"Which office do you mean? Ask again with its name{example}."


def no_parent_text(card: OfficeCard) -> str:
    """The office asked about is not part of a larger office in the documents."""
    return f"The pages I use do not say {card.office.label} is part of a larger office."


def unknown_text(answer: Answer) -> str:
    """Why the bot is not answering, and what to try instead. Never a guess."""
    if answer.needs_office:
        return which_office_text(answer)
    if answer.out_of_scope:
        lead = (
            f"I don't know who handles that. It sounds like {answer.out_of_scope}, "
            "which isn't in my directory."
        )
    else:
        lead = "I'm not sure which office handles that, so I won't guess."
    scope = answer.about.scope
    return f"{lead} {scope} Try rephrasing, type `help` for examples, or `directory` for the list."


def meta_text(meta: Meta) -> str:
    """The opening sentence for conversation about the bot itself."""
    return {
        Meta.HELP: HELP_INTRO,
        Meta.GREETING: GREETING,
        Meta.THANKS: THANKS,
        Meta.DIRECTORY: DIRECTORY_INTRO,
    }[meta]


def join_values(values: tuple[str, ...]) -> str:
    """Several numbers comma-separated; address lines as one line."""
    return ", ".join(values)


@dataclass(frozen=True, slots=True)
class CardText:
    """The sentences of one office card, in reading order, for any renderer to lay out.

    ``lead`` answers a field question first ("Fax for OSEL: ..."); ``contacts`` are the office's
    own; ``notes`` say plainly what is missing; ``borrowed`` are an ancestor's contacts under
    ``borrowed_heading``, which names that ancestor.
    """

    title: str
    lead: str | None
    role: str
    contacts: tuple[tuple[str, str], ...]
    notes: tuple[str, ...]
    borrowed_heading: str | None
    borrowed: tuple[tuple[str, str], ...]
    parent: str | None
    source: str


def _contact_pairs(get: Callable[[Field], tuple[str, ...]]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (FIELD_LABELS[f], join_values(get(f)))
        for f in (Field.PHONE, Field.FAX, Field.ADDRESS)
        if get(f)
    )


def card_text(card: OfficeCard, field: Field | None = None) -> CardText:
    """Decide what one office card says. Never presents an ancestor's contact as the office's."""
    name = card.office.name
    lead = None
    notes: list[str] = []
    borrowed_heading = None
    borrowed: tuple[tuple[str, str], ...] = ()
    if field is not None:
        values = card.own(field)
        label = FIELD_LABELS[field]
        if values:
            lead = f"{label} for {card.office.label}: {join_values(values)}"
        else:
            lead = f"The district pages I use list no {label.lower()} for {name}."
            if (found := card.field_fallback(field)) is not None:
                holder, held = found
                given = f"{label.lower()} {join_values(held)}"
                lead += f" Its parent office, {holder.label}, lists {given}."
    if card.contacts is None:
        itself = " itself" if card.fallback is not None else ""
        notes.append(f"The district pages I use give no phone, fax or address for {name}{itself}.")
        if card.fallback is not None:
            holder, contacts = card.fallback
            borrowed_heading = f"Contact for its parent office, {holder.label}:"
            borrowed = _contact_pairs(lambda f: getattr(contacts, f.value))
    elif not card.own(Field.PHONE) and field is not Field.PHONE:
        notes.append(f"No phone number is listed for {name}.")
    return CardText(
        title=card.office.label,
        lead=lead,
        role=card.office.role,
        contacts=_contact_pairs(card.own) if card.contacts is not None else (),
        notes=tuple(notes),
        borrowed_heading=borrowed_heading,
        borrowed=borrowed,
        parent=f"Part of {card.parent.label}" if card.parent else None,
        source=f"Source: {card.source.title}",
    )


def directory_groups(cards: tuple[OfficeCard, ...]) -> list[tuple[str, list[OfficeCard]]]:
    """Offices grouped for the directory: each parent with its descendants, then the rest.

    A top-level office with children heads its own group, its descendants listed depth-first;
    top-level offices with no children (the attendance partners) share one group.
    """
    children: dict[str, list[OfficeCard]] = {}
    for card in cards:
        if card.office.parent:
            children.setdefault(card.office.parent, []).append(card)

    def family(card: OfficeCard) -> list[OfficeCard]:
        members = [card]
        for child in children.get(card.office.id, []):
            members += family(child)
        return members

    groups: list[tuple[str, list[OfficeCard]]] = []
    ungrouped: list[OfficeCard] = []
    for card in cards:
        if card.office.parent is None and card.office.id in children:
            groups.append((card.office.label, family(card)))
        elif card.office.parent is None:
            ungrouped.append(card)
    if ungrouped:
        groups.append((UNGROUPED_HEADING, ungrouped))
    return groups
