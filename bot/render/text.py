"""Plain-text rendering, for the terminal, the CLI's JSON ``text`` and platform fallbacks."""

from __future__ import annotations

from bot import wording
from bot.answer import Answer, OfficeCard
from intents import Field, Meta, Outcome
from knowledge import About


def render_card(card: OfficeCard, field: Field | None = None) -> str:
    """One office: lead, name, role, contacts, honest gaps, parent, source."""
    text = wording.card_text(card, field)
    lines = [text.lead] if text.lead else []
    lines.append(text.title)
    if text.parent:
        lines.append(text.parent)
    lines.append(text.role)
    lines += [f"{label}: {value}" for label, value in text.contacts]
    lines += list(text.notes)
    if text.borrowed_heading:
        lines.append(text.borrowed_heading)
        lines += [f"  {label}: {value}" for label, value in text.borrowed]
    lines.append(text.source)
    return "\n".join(lines)


def render_directory(cards: tuple[OfficeCard, ...]) -> str:
    """Every office grouped under its parent, one line each with its own contacts."""
    lines = [wording.DIRECTORY_INTRO]
    for heading, members in wording.directory_groups(cards):
        lines.append("")
        lines.append(heading)
        for card in members:
            contacts = "; ".join(
                f"{label} {value}" for label, value in wording.card_text(card).contacts
            )
            lines.append(f"  - {card.office.label}" + (f" ({contacts})" if contacts else ""))
    return "\n".join(lines)


def render_help(about: About) -> str:
    """What the bot does and how to ask."""
    examples = "\n".join(f"  - {example}" for example in about.examples)
    return (
        f"{wording.HELP_INTRO}\n{about.scope}\n\nFor example:\n{examples}\n\n"
        "Type `directory` to list every office."
    )


def render_text(answer: Answer) -> str:
    """The whole answer as plain text."""
    if answer.status is Outcome.ANSWER and answer.best is not None:
        card = render_card(answer.best, answer.field)
        return f"{wording.no_parent_text(answer.best)}\n{card}" if answer.no_parent else card
    if answer.status is Outcome.CLARIFY:
        options = "\n".join(
            f"  {n}. {card.office.label}: {card.office.role}"
            for n, card in enumerate(answer.offices, 1)
        )
        return f"{wording.CLARIFY_INTRO}\n{options}\nReply with the office's name or number."
    if answer.meta is Meta.DIRECTORY:
        return render_directory(answer.directory)
    if answer.meta is Meta.HELP:
        return render_help(answer.about)
    if answer.meta in (Meta.GREETING, Meta.THANKS):
        return wording.meta_text(answer.meta)
    return wording.unknown_text(answer)
