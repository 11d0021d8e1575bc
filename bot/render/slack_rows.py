"""Block Kit rows shared by answers and the App Home tab: phone numbers that dial, other
offices with a button to their card, next-step buttons, and the directory's sections.

Everything that goes into ``mrkdwn`` passes through ``escape``; button values are fitted to
Slack's limit (``bot.render.blockkit``).
"""

from __future__ import annotations

from bot import wording
from bot.answer import Answer
from bot.directory import DirectoryGroup
from bot.links import tel_uri
from bot.render.blockkit import (
    MAX_SECTION_TEXT,
    Block,
    button,
    clip,
    context,
    escape,
    fit_value,
    header,
    mrkdwn,
)
from bot.steps import Step, StepKind
from bot.wording import ContactLine, NextStep, OfficeLine
from intents import Field

#: Next-step buttons: ``step_<kind>_<n>`` (``bot.steps``), one listener per kind.
ACTION_STEP = "step"


def step_action_id(kind: StepKind, n: int) -> str:
    """The action id of the ``n``-th next-step button of ``kind`` in one message."""
    return f"{ACTION_STEP}_{kind.value}_{n}"


def step_button(title: str, step: Step, n: int, style: str | None = None) -> Block:
    """A button that follows ``step``; its value is the step, fitted to Slack's limit."""
    value = fit_value(lambda size: Step(step.kind, step.query[:size]).dumps(), len(step.query))
    return button(title, step_action_id(step.kind, n), value, style)


def link(label: str, url: str) -> str:
    """A mrkdwn link showing ``label`` (escaped); ``|`` cannot end the address early."""
    return f"<{escape(url).replace('|', '%7C')}|{escape(label)}>"


def values(line: ContactLine) -> str:
    """A contact's values as mrkdwn, escaped: each phone number a link that dials it."""
    if line.field is not Field.PHONE:
        return escape(line.text)
    return ", ".join(link(v, uri) if (uri := tel_uri(v)) else escape(v) for v in line.values)


def office_row(line: OfficeLine, n: int) -> Block:
    """Another office: its name and contacts, with a button that opens its card."""
    contacts = " · ".join(f"{escape(c.label)} {values(c)}" for c in line.contacts)
    text = f"*{escape(line.office.label)}*" + (f"\n{contacts}" if contacts else "")
    block = mrkdwn(text)
    block["accessory"] = step_button(wording.OPEN_CARD, Step.office(line.office.id), n)
    return block


def step_elements(steps: tuple[NextStep, ...]) -> list[Block]:
    """Buttons for ``steps``, numbered per kind; the one opening an office's card is primary."""
    counts: dict[StepKind, int] = {}
    elements = []
    for step in steps:
        n = counts[step.step.kind] = counts.get(step.step.kind, -1) + 1
        style = "primary" if step.step.kind is StepKind.OFFICE else None
        elements.append(step_button(step.title, step.step, n, style))
    return elements


def steps_blocks(answer: Answer) -> list[Block]:
    """The answer's next steps as buttons after their intro; questions to ask (help's
    examples) in one row, the steps that show a list in another."""
    steps = wording.next_steps(answer)
    if not steps:
        return []
    intro = wording.steps_intro(answer, typed=False)
    asks = tuple(s for s in steps if s.step.kind is StepKind.ASK)
    others = tuple(s for s in steps if s.step.kind is not StepKind.ASK)
    blocks = [mrkdwn(f"*{escape(intro)}*")] if intro else []
    if asks:
        blocks.append({"type": "actions", "block_id": "examples", "elements": step_elements(asks)})
    if others:
        blocks.append({"type": "actions", "block_id": "steps", "elements": step_elements(others)})
    return blocks


def directory_sections(groups: tuple[DirectoryGroup, ...], start: int = 0) -> list[Block]:
    """The directory: a header per group, its addresses once, a row per office whose button
    opens its card (buttons numbered from ``start``, unique in one message or view)."""
    blocks: list[Block] = []
    n = start
    for group in groups:
        blocks.append(header(wording.group_heading(group)))
        if group.addresses:
            blocks.append(
                context(
                    clip(
                        "\n".join(escape(wording.address_line(a)) for a in group.addresses),
                        MAX_SECTION_TEXT,
                    )
                )
            )
        for card in group.members:
            own = wording.card_text(card).contacts
            line = OfficeLine(card.office, tuple(c for c in own if c.field is not Field.ADDRESS))
            blocks.append(office_row(line, n))
            n += 1
    return blocks
