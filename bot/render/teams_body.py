"""The bodies of the Teams cards: what each kind of answer shows, in order.

Every phone number is a ``tel:`` link, and an office's own numbers get a "Call" button too; a
question about one field shows that field first and largest. Choices carry an office's short
name, with the full name beside it; other offices are rows with an Open button; next steps
are buttons, or lines that wrap when a title would be cut on a phone
(``bot.render.adaptive``). The envelope, the feedback buttons and the size limit are
``bot.render.teams``'s.
"""

from __future__ import annotations

import re

from bot import wording
from bot.answer import Answer, OfficeCard
from bot.directory import DirectoryGroup
from bot.links import tel_uri
from bot.render.adaptive import (
    Card,
    action_rows,
    choice_rows,
    facts,
    fits_a_button,
    md_link,
    open_url,
    row_with_button,
    submit,
    tappable,
    text,
    toggle,
)
from bot.render.teams_data import choice_data, step_data
from bot.steps import Step, StepKind
from bot.wording import CardText, ContactLine, NextStep, OfficeLine
from intents import Field, Meta, Outcome

#: "Call" buttons on one card, at most: an office lists one or two numbers.
MAX_CALL_BUTTONS = 2

_CODE = re.compile(r"`([^`]+)`")


def _inline(value: str) -> str:
    """Wording's `code` spans as bold: Adaptive Card Markdown has no code span."""
    return _CODE.sub(r"**\1**", value)


def _value(line: ContactLine) -> str:
    """A contact's values as Markdown: each phone number a link that dials it."""
    if line.field is not Field.PHONE:
        return line.text
    return ", ".join(md_link(v, uri) if (uri := tel_uri(v)) else v for v in line.values)


def _facts(lines: tuple[ContactLine, ...]) -> Card:
    return facts([(line.label, _value(line)) for line in lines])


def _calls(said: CardText) -> list[Card]:
    """A "Call" button per number the office itself lists: the primary action on a phone."""
    phones = [line for line in (said.asked, *said.contacts) if line and line.field is Field.PHONE]
    numbers = [v for line in phones for v in line.values][:MAX_CALL_BUTTONS]
    calls = [open_url(f"Call {v}", uri, style="positive") for v in numbers if (uri := tel_uri(v))]
    return action_rows(calls, spacing="Small") if calls else []


def office_row(line: OfficeLine, *, buttons: bool = True) -> Card:
    """Another office on a row: its name and contacts, and a button that opens its card."""
    office = line.office
    items = [text(office.label, weight="Bolder")]
    contacts = " · ".join(f"{c.label} {_value(c)}" for c in line.contacts)
    if contacts:
        items.append(text(contacts, isSubtle=True, size="Small", spacing="None"))
    if not buttons:
        return {"type": "Container", "spacing": "Small", "items": items}
    action = submit(wording.OPEN_CARD, step_data(Step.office(office.id)))
    action["tooltip"] = wording.open_card_tooltip(office)
    return row_with_button(items, action)


def _source(said: CardText) -> Card:
    title = md_link(said.source_title, said.source_url) if said.source_url else said.source_title
    return text(f"Source: {title}", size="Small", isSubtle=True)


def office_body(
    card: OfficeCard,
    field: Field | None = None,
    *,
    buttons: bool = True,
    steps: list[Card] | None = None,
) -> list[Card]:
    """One office: the field asked for first and largest, then name, parent, role, contacts,
    what is missing, borrowed or partners' contacts, ``steps`` (beside what they stand in
    for), source.
    ``buttons`` False leaves out the buttons that need the bot (the messaging extension's
    card is sent by a person, not the bot)."""
    said = wording.card_text(card, field)
    body: list[Card] = []
    if said.asked is not None:
        body += [
            text(said.asked.label, weight="Bolder", isSubtle=True),
            text(_value(said.asked), size="ExtraLarge", weight="Bolder", spacing="None"),
        ]
        if said.asked.field is Field.PHONE:
            body += _calls(said)
    elif said.lead:
        body.append(text(said.lead, weight="Bolder"))
    body.append(text(said.title, size="Large", weight="Bolder", style="heading"))
    if said.parent:
        body.append(text(said.parent, isSubtle=True, spacing="None"))
    body.append(text(said.role))
    if said.contacts:
        body.append(_facts(said.contacts))
    if said.asked is None or said.asked.field is not Field.PHONE:
        body += _calls(said)
    body += [text(note) for note in said.notes]
    if said.borrowed_heading:
        body += [text(said.borrowed_heading, weight="Bolder"), _facts(said.borrowed)]
    if said.partners_heading:
        body.append(text(said.partners_heading, weight="Bolder"))
        body += [office_row(partner, buttons=buttons) for partner in said.partners]
    body += steps or []
    body.append(_source(said))
    return body


def _step_button(step: NextStep) -> Card:
    style = "positive" if step.step.kind is StepKind.OFFICE else None
    return submit(step.title, step_data(step.step), style=style)


def _steps(answer: Answer) -> list[Card]:
    """The answer's next steps (``bot.wording.next_steps``) as buttons, after their intro;
    questions to ask (help's examples) apart from the steps that show a list."""
    steps = wording.next_steps(answer)
    if not steps:
        return []
    intro = wording.steps_intro(answer, typed=False)
    asks = [_step_button(s) for s in steps if s.step.kind is StepKind.ASK]
    others = [_step_button(s) for s in steps if s.step.kind is not StepKind.ASK]
    body = [text(intro, weight="Bolder")] if intro else []
    if all(fits_a_button(a["title"]) for a in asks):
        body += action_rows(asks)
    else:  # examples read as one list: all wrapping lines when one would not fit a button
        body += [tappable(a) for a in asks]
    if asks and others:
        body.append(text(wording.OR_ELSE, spacing="Medium"))
    return body + _buttons(others)


def _buttons(actions: list[Card]) -> list[Card]:
    """Buttons packed in rows; one whose title would be cut on a phone as a wrapping line."""
    body: list[Card] = []
    pending: list[Card] = []
    for action in actions:
        if fits_a_button(action["title"]):
            pending.append(action)
            continue
        body += [*action_rows(pending), tappable(action)]
        pending = []
    return body + action_rows(pending)


def _clarify_body(answer: Answer) -> list[Card]:
    """Each choice: its short name on a primary button, its full name and role in text."""
    choices = []
    for card in answer.offices:
        office = card.office
        details = [text(office.label, weight="Bolder")] if office.acronym else []
        details.append(text(office.role, size="Small", spacing="None"))
        choose = submit(wording.short_name(office), choice_data(office.id), style="positive")
        choices.append((choose, details))
    return [text(wording.CLARIFY_INTRO, weight="Bolder"), *choice_rows(choices)]


def _group_rows(group: DirectoryGroup, *, contacts: bool) -> list[Card]:
    rows: list[Card] = [
        text(wording.address_line(shared), isSubtle=True, size="Small", spacing="None")
        for shared in group.addresses
    ]
    for card in group.members:
        own = wording.card_text(card).contacts if contacts else ()
        line = OfficeLine(card.office, tuple(c for c in own if c.field is not Field.ADDRESS))
        rows.append(office_row(line))
    return rows


def directory_body(answer: Answer, *, contacts: bool = True) -> list[Card]:
    """Every office, one closed group per parent office; a group opens on a tap."""
    body = [text(wording.DIRECTORY_INTRO, weight="Bolder"), text(wording.DIRECTORY_HINT)]
    for group in answer.groups:
        rows = _group_rows(group, contacts=contacts)
        heading, summary = wording.group_heading(group), wording.group_summary(group)
        body += toggle(heading, summary, f"group-{group.key}", rows)
    return body


def _help_body(answer: Answer) -> list[Card]:
    return [text(wording.HELP_INTRO), text(answer.about.scope), *_steps(answer)]


def _meta_body(answer: Answer) -> list[Card]:
    if answer.meta is Meta.DIRECTORY:
        return directory_body(answer)
    if answer.meta is Meta.HELP:
        return _help_body(answer)
    assert answer.meta is not None
    return [text(wording.meta_text(answer.meta)), *_steps(answer)]


def urgency_container(guidance: tuple[str, ...]) -> Card:
    """An emergency's general guidance, at the top of the card in an attention-styled box."""
    items = [text(line, weight="Bolder") for line in guidance]
    return {"type": "Container", "style": "attention", "bleed": True, "items": items}


def answer_body(answer: Answer) -> list[Card]:
    """The card's body: an emergency's guidance first, then the answer."""
    body = _answer_body(answer)
    if answer.urgency is None:
        return body
    return [urgency_container(answer.urgency.guidance), *body]


def _answer_body(answer: Answer) -> list[Card]:
    if answer.status is Outcome.ANSWER and answer.best is not None:
        note = [text(wording.no_parent_text(answer.best))] if answer.no_parent else []
        return note + office_body(answer.best, answer.field, steps=_steps(answer))
    if answer.status is Outcome.CLARIFY:
        return _clarify_body(answer)
    if answer.meta is not None:
        return _meta_body(answer)
    return [text(_inline(wording.unknown_text(answer))), *_steps(answer)]
