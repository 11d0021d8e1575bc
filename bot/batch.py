"""``whohandles ask``: one question, or a batch on standard input, as text or JSON.

The batch contract (README, "The JSON contract"): one JSON object per input line, in input
order; a blank line gets the help object. A line may be a JSON object
``{"question": "...", "thread": "ID"}``: lines with the same thread are one conversation, in
input order, as if typed one after another in one Slack thread; lines of different threads
may be interleaved. A plain line, or an object without ``thread``, is answered alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from bot.answer import Answer, answer_to_dict
from bot.conversation import Conversation
from bot.render.text import render_text
from bot.service import Assistant
from bot.stores.feedback import NoFeedbackSink

PLATFORM = "cli"


def as_json(answer: Answer) -> str:
    return json.dumps(answer_to_dict(answer, render_text(answer)), ensure_ascii=False)


def answer_one(assistant: Assistant, question: str, *, as_json_line: bool) -> str:
    """The answer to ``question``: plain text, or one line of JSON."""
    answer = assistant.ask(question)
    return as_json(answer) if as_json_line else render_text(answer)


def read_line(line: str) -> tuple[str, str | None]:
    """(question, thread) of one input line: a plain question, or a JSON object with
    ``question`` and optionally ``thread``. A line that looks like JSON but is not a usable
    object is taken as the question it is."""
    text = line.rstrip("\r\n")
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except ValueError:
            return text, None
        if isinstance(data, dict) and isinstance(data.get("question"), str):
            thread = data.get("thread")
            return data["question"], str(thread) if thread not in (None, "") else None
    return text, None


def answer_lines(assistant: Assistant, lines: Iterable[str]) -> Iterator[str]:
    """One JSON line per input line, in order; threads are conversations."""
    # Batch questions are the caller's own: nothing is noted for the curator.
    conversation = Conversation(assistant, sink=NoFeedbackSink())
    for line in lines:
        question, thread = read_line(line)
        yield as_json(conversation.ask(question, platform=PLATFORM, thread=thread))
