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
from bot.conversation import Conversation
from bot.render.text import render_text
from bot.service import Assistant
from bot.steps import Step
from bot.stores.feedback import LoggingFeedbackSink
from intents import Outcome

BANNER = (
    "whohandles: ask who handles something. "
    "Type `help` for examples, `directory` for the list, `quit` to leave."
)
PROMPT = "you> "
QUIT_WORDS = frozenset({"quit", "exit", "bye", ":q"})
PLATFORM = "terminal"


def step_typed(line: str, last: Answer | None) -> Step | None:
    """The next step a number typed back picks, when the last answer offered steps (help's
    examples, an unknown answer's suggestions). A clarify's numbers are choices, which the
    conversation reads itself, as a Slack thread does."""
    choice = line.strip()
    if last is None or not choice.isdigit() or last.status is Outcome.CLARIFY:
        return None
    steps = wording.next_steps(last)
    number = int(choice)
    return steps[number - 1].step if 1 <= number <= len(steps) else None


def chat(assistant: Assistant, lines: Iterable[str], write: Callable[[str], None]) -> int:
    """Answer each line until ``quit`` or the input ends. Returns the number of questions.

    The chat is one conversation: "what's their fax?" and "2" (after "which one did you
    mean?") read what came before, as in a Slack thread.
    """
    write(BANNER)
    conversation = Conversation(assistant, sink=LoggingFeedbackSink())
    last: Answer | None = None
    asked = 0
    for line in lines:
        if line.strip().casefold() in QUIT_WORDS:
            break
        step = step_typed(line, last)
        if step is not None:
            last = conversation.next_step(step, platform=PLATFORM)
        else:
            last = conversation.ask(line.rstrip("\r\n"), platform=PLATFORM, thread="chat")
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
