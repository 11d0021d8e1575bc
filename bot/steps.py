"""A next step a button offers: ask a question, open an office's card, show help or the
directory. One small value shared by Slack (a button's ``value``), Teams (an Action.Submit's
``data``) and the terminal (a number typed back), so every platform offers and follows the
same steps.

What comes back from a platform is untrusted (a stale message, a forged request): ``parse``
and ``loads`` return None for anything that is not a well-formed step.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

#: Characters of a question an "ask" step carries; the longest example is far shorter, and
#: Slack allows 2,000 characters per button value, JSON included.
MAX_QUERY_CHARS = 1_500


class StepKind(StrEnum):
    """What following the step does."""

    ASK = "ask"  # answer ``query`` as a question (a help example)
    OFFICE = "office"  # show the card of the office whose id is ``query``
    HELP = "help"  # show help, with its examples
    DIRECTORY = "directory"  # show every office


#: Kinds that need a ``query``; the others ignore one.
_WITH_QUERY = frozenset({StepKind.ASK, StepKind.OFFICE})


@dataclass(frozen=True, slots=True)
class Step:
    """One next step. ``query`` is the question (ASK) or the office id (OFFICE)."""

    kind: StepKind
    query: str = ""

    @classmethod
    def ask(cls, question: str) -> Step:
        return cls(StepKind.ASK, question[:MAX_QUERY_CHARS])

    @classmethod
    def office(cls, office_id: str) -> Step:
        return cls(StepKind.OFFICE, office_id)

    def data(self) -> dict[str, str]:
        """The step as a small mapping: ``{"k": kind, "q": query}``."""
        return {"k": self.kind.value, "q": self.query} if self.query else {"k": self.kind.value}

    def dumps(self) -> str:
        """``data`` as compact JSON, for a Slack button's value."""
        return json.dumps(self.data(), separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def parse(cls, data: Mapping[str, Any]) -> Step | None:
        """The step ``data`` describes, or None when it is not one."""
        raw = data.get("k")
        if not isinstance(raw, str) or raw not in StepKind.__members__.values():
            return None
        kind = StepKind(raw)
        if kind not in _WITH_QUERY:
            return cls(kind)
        query = data.get("q")
        if not isinstance(query, str) or not query.strip():
            return None
        return cls(kind, query[:MAX_QUERY_CHARS])

    @classmethod
    def loads(cls, raw: str) -> Step | None:
        """The step in a button value written by ``dumps``, or None."""
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        return cls.parse(data) if isinstance(data, dict) else None
