"""The next steps an answer offers, and the directory's headings and lines.

Which steps an answer offers is decided here, once, from the Answer's data, so a Slack
button, a Teams button and a number typed in the terminal always lead to the same place:
help's examples, an unknown answer's way out (the office the question named, help, the
directory), the directory for an office nobody can be reached at.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answer import Answer, OfficeCard
from bot.directory import DirectoryGroup, SharedAddress
from bot.steps import Step, StepKind
from bot.wording.card import join_values, short_name
from intents import Meta, Outcome
from knowledge import Office

#: Directory heading for offices without a parent that are not themselves parents.
UNGROUPED_HEADING = "Other district departments (attendance partners)"
#: How to use a directory whose groups open and close (Teams).
DIRECTORY_HINT = "Tap a group to see its offices; Open shows an office's contact card."
#: The button that opens another office's card, in a list of offices.
OPEN_CARD = "Open"
#: Before the steps that are not questions, when both are offered (help's directory).
OR_ELSE = "Or:"
#: Above Helpful / Not helpful, setting them apart from the buttons that answer.
FEEDBACK_PROMPT = "Did this answer help?"


def open_card_tooltip(office: Office) -> str:
    """What an Open button says to a screen reader or on hover: whose card it opens."""
    return f"Open the contact card of {office.label}"


@dataclass(frozen=True, slots=True)
class NextStep:
    """One step as offered: ``title`` on a button, ``line`` in the terminal's numbered list."""

    title: str
    line: str
    step: Step


HELP_STEP = NextStep(
    "Examples", "Examples of questions I answer (or type `help`)", Step(StepKind.HELP)
)
DIRECTORY_STEP = NextStep(
    "Directory", "Every office I know (or type `directory`)", Step(StepKind.DIRECTORY)
)


def office_step(card: OfficeCard) -> NextStep:
    """Open one office's card, named on the button by its shortest name."""
    office = card.office
    return NextStep(
        f"Contact card for {short_name(office)}",
        f"Contact card for {office.label}",
        Step.office(office.id),
    )


def next_steps(answer: Answer) -> tuple[NextStep, ...]:
    """The steps ``answer`` offers, in the order to show them."""
    if answer.meta is Meta.HELP:
        examples = tuple(NextStep(e, e, Step.ask(e)) for e in answer.about.examples)
        return (*examples, DIRECTORY_STEP)
    if answer.meta is Meta.GREETING:
        return (HELP_STEP, DIRECTORY_STEP)
    if answer.meta is not None:
        return ()
    if answer.status is Outcome.UNKNOWN:
        named = (office_step(answer.named),) if answer.named is not None else ()
        return (*named, HELP_STEP, DIRECTORY_STEP)
    best = answer.best
    if answer.status is Outcome.ANSWER and best is not None and best.partners is not None:
        return () if best.partners.reachable else (DIRECTORY_STEP,)
    return ()


def steps_intro(answer: Answer, *, typed: bool) -> str | None:
    """The line before the steps: ``typed`` for the terminal, where a number picks one."""
    if answer.meta is Meta.HELP:
        return "For example (type a number to ask it):" if typed else "Tap an example to ask it:"
    if answer.meta is None and answer.status is Outcome.UNKNOWN:
        return "Rephrase it, or type a number:" if typed else "Rephrase it, or:"
    return "Or type a number:" if typed else None


def group_heading(group: DirectoryGroup) -> str:
    """A directory group's heading: its parent office, or the offices with none."""
    return group.head.label if group.head is not None else UNGROUPED_HEADING


def group_summary(group: DirectoryGroup) -> str:
    """What a closed group says about itself."""
    count = len(group.members)
    return f"{count} office" if count == 1 else f"{count} offices"


def address_line(shared: SharedAddress) -> str:
    """One address of a group, said once, with the offices that list it as their own."""
    names = ", ".join(short_name(office) for office in shared.offices)
    return f"At {join_values(shared.lines)}: {names}"
