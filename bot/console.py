"""The interactive terminal chat: the same answers as Slack and Teams, in plain text.

One chat is one conversation, like a Slack thread. Where Slack and Teams show buttons, the
terminal numbers the choices (a clarify's offices, help's examples, an unknown answer's next
steps), and a number typed back picks one. In a real terminal the prompt has line
editing and history (``readline``), and answers wrap at the terminal's width without
breaking words; piped input is read line by line and answered unwrapped.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator

from bot import wording
from bot.answer import Answer
from bot.render.text import render_text
from bot.service import Assistant
from intents import Outcome

BANNER = (
    "whohandles: ask who handles something. "
    "Type `help` for examples, `directory` for the list, `quit` to leave."
)
PROMPT = "you> "
QUIT_WORDS = frozenset({"quit", "exit", "bye", ":q"})


def reply_to(line: str, assistant: Assistant, last: Answer | None) -> Answer:
    """The answer to one typed line, resolving a number against the last answer's numbered
    choices: a clarify's offices, or the next steps it offered."""
    choice = line.strip()
    if last is not None and choice.isdigit():
        number = int(choice)
        if last.status is Outcome.CLARIFY:
            if 1 <= number <= len(last.offices):
                return assistant.office(last.offices[number - 1].office.id)
        elif 1 <= number <= len(steps := wording.next_steps(last)):
            return assistant.step(steps[number - 1].step)
    return assistant.ask(line)


def chat(assistant: Assistant, lines: Iterable[str], write: Callable[[str], None]) -> int:
    """Answer each line until ``quit`` or the input ends. Returns the number of questions."""
    write(BANNER)
    last: Answer | None = None
    asked = 0
    for line in lines:
        if line.strip().casefold() in QUIT_WORDS:
            break
        last = reply_to(line, assistant, last)
        asked += 1
        write(render_text(last))
        write("")
    return asked


def wrap(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` columns, line by line, never inside a word; indented
    lines keep their indent."""
    wrapped = []
    for line in text.splitlines() or [""]:
        indent = line[: len(line) - len(line.lstrip())]
        wrapped.append(
            textwrap.fill(
                line,
                width=width,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            if line.strip()
            else line
        )
    return "\n".join(wrapped)


def _typed_lines() -> Iterator[str]:
    """Lines typed at a prompt with line editing and history, until Ctrl-D."""
    # Importing readline gives input() line editing and history; without it (Windows),
    # plain input still works.
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            print()
            return


def chat_in_terminal(assistant: Assistant) -> int:
    """``whohandles chat``: interactive in a terminal, line by line from a pipe."""
    if sys.stdin.isatty():
        width = min(shutil.get_terminal_size((100, 24)).columns, 100)
        return chat(assistant, _typed_lines(), lambda text: print(wrap(text, width), flush=True))
    return chat(assistant, sys.stdin, lambda text: print(text, flush=True))
