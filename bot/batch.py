"""``whohandles ask``: one question, or a batch on standard input, as text or JSON.

The batch contract (README, "The JSON contract"): one JSON object per input line, in input
order; a blank line gets the help object.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from bot.answer import answer_to_dict
from bot.render.text import render_text
from bot.service import Assistant


def answer_one(assistant: Assistant, question: str, *, as_json: bool) -> str:
    """The answer to ``question``: plain text, or one line of JSON."""
    answer = assistant.ask(question)
    text = render_text(answer)
    return json.dumps(answer_to_dict(answer, text), ensure_ascii=False) if as_json else text


def answer_lines(assistant: Assistant, lines: Iterable[str]) -> Iterator[str]:
    """One JSON line per input line, in order."""
    for line in lines:
        yield answer_one(assistant, line.rstrip("\r\n"), as_json=True)
