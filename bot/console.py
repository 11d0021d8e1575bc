"""The interactive terminal chat: the same answers as Slack and Teams, in plain text.

A number picks one of the choices of the last "which one did you mean?" answer, as a button
would on Slack or Teams.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.answer import Answer
from bot.render.text import render_text
from bot.service import Assistant
from intents import Outcome

BANNER = (
    "whohandles: ask who handles something at CPS. "
    "Type `help` for examples, `directory` for the list, `quit` to leave."
)
QUIT_WORDS = frozenset({"quit", "exit", "bye", ":q"})


def reply_to(line: str, assistant: Assistant, last: Answer | None) -> Answer:
    """The answer to one typed line, resolving a number against the last clarify answer."""
    choice = line.strip()
    if last is not None and last.status is Outcome.CLARIFY and choice.isdigit():
        number = int(choice)
        if 1 <= number <= len(last.offices):
            return assistant.office(last.offices[number - 1].office.id)
    return assistant.ask(line)


def chat(
    assistant: Assistant,
    lines: Iterable[str],
    write: Callable[[str], None],
    *,
    prompt: Callable[[], None] = lambda: None,
) -> int:
    """Answer each line until ``quit`` or the input ends. Returns the number of questions."""
    write(BANNER)
    last: Answer | None = None
    asked = 0
    prompt()
    for line in lines:
        if line.strip().casefold() in QUIT_WORDS:
            break
        last = reply_to(line, assistant, last)
        asked += 1
        write(render_text(last))
        write("")
        prompt()
    return asked
