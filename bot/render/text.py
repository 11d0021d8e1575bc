"""Plain-text rendering, for the terminal, the CLI's JSON ``text`` and platform fallbacks.

Where Slack and Teams show a button, the terminal shows a numbered line the user can type
back (``bot.console``): the same next steps, from ``bot.wording``.
"""

from __future__ import annotations

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.directory import DirectoryGroup
from bot.wording import ContactLine, OfficeLine
from intents import Field, Meta, Outcome


def _inline(lines: tuple[ContactLine, ...]) -> str:
    return "; ".join(f"{line.label} {line.text}" for line in lines)


def office_line(line: OfficeLine) -> str:
    """Another office on one line: ``Name (ACR): Phone ...; Fax ...``."""
    contacts = _inline(line.contacts)
    return f"{line.office.label}: {contacts}" if contacts else line.office.label


def render_card(card: OfficeCard, field: Field | None = None) -> str:
    """One office: lead, name, role, contacts, what is missing, parent, partners, source."""
    text = wording.card_text(card, field)
    lines = [text.lead] if text.lead else []
    lines.append(text.title)
    if text.parent:
        lines.append(text.parent)
    lines.append(text.role)
    lines += [f"{line.label}: {line.text}" for line in text.contacts]
    lines += list(text.notes)
    if text.borrowed_heading:
        lines.append(text.borrowed_heading)
        lines += [f"  {line.label}: {line.text}" for line in text.borrowed]
    if text.partners_heading:
        lines.append(text.partners_heading)
        lines += [f"  {office_line(partner)}" for partner in text.partners]
    lines.append(f"{text.source} ({text.source_url})" if text.source_url else text.source)
    return "\n".join(lines)


def render_directory(groups: tuple[DirectoryGroup, ...]) -> str:
    """Every office grouped under its parent: each group's addresses once, then one line per
    office with its phone and fax."""
    lines = [wording.DIRECTORY_INTRO]
    for group in groups:
        lines += ["", wording.group_heading(group)]
        lines += [f"  {wording.address_line(shared)}" for shared in group.addresses]
        for card in group.members:
            own = wording.card_text(card).contacts
            contacts = _inline(tuple(c for c in own if c.field is not Field.ADDRESS))
            lines.append(f"  - {card.office.label}" + (f" ({contacts})" if contacts else ""))
    return "\n".join(lines)


def render_steps(answer: Answer, *, numbered: bool = True) -> str:
    """The answer's next steps, one a line; empty when none. ``numbered`` for the terminal,
    where a number typed back follows one (``bot.console``); otherwise (the text beside a
    Slack message or a Teams card, where they are buttons) as a plain list."""
    steps = wording.next_steps(answer)
    if not steps:
        return ""
    intro = wording.steps_intro(answer, typed=numbered)
    listed = [f"  {f'{n}.' if numbered else '-'} {s.line}" for n, s in enumerate(steps, 1)]
    return "\n".join([intro, *listed] if intro else listed)


def _with_steps(text: str, answer: Answer, numbered: bool) -> str:
    steps = render_steps(answer, numbered=numbered)
    return f"{text}\n{steps}" if steps else text


def render_help(answer: Answer, *, numbered: bool = True) -> str:
    """What the bot does, and its examples."""
    steps = render_steps(answer, numbered=numbered)
    return f"{wording.HELP_INTRO}\n{answer.about.scope}\n\n{steps}"


def render_text(answer: Answer, *, numbered: bool = True) -> str:
    """The whole answer as plain text; ``numbered`` False where steps are buttons. An
    emergency's general guidance comes first, a line each."""
    body = _render_body(answer, numbered)
    if answer.urgency is None:
        return body
    return "\n".join([*answer.urgency.guidance, body])


def _render_body(answer: Answer, numbered: bool) -> str:
    if answer.status is Outcome.ANSWER and answer.best is not None:
        card = render_card(answer.best, answer.field)
        if answer.no_parent:
            card = f"{wording.no_parent_text(answer.best)}\n{card}"
        return _with_steps(card, answer, numbered)
    if answer.status is Outcome.CLARIFY:
        options = "\n".join(
            f"  {n}. {card.office.label}: {card.office.role}"
            for n, card in enumerate(answer.offices, 1)
        )
        return f"{wording.CLARIFY_INTRO}\n{options}\nReply with the office's name or number."
    if answer.meta is Meta.DIRECTORY:
        return render_directory(answer.groups)
    if answer.meta is Meta.HELP:
        return render_help(answer, numbered=numbered)
    if answer.meta in (Meta.GREETING, Meta.THANKS):
        return _with_steps(wording.meta_text(answer.meta), answer, numbered)
    return _with_steps(wording.unknown_text(answer), answer, numbered)
