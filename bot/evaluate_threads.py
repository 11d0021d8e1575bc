"""Measure follow-ups on labelled conversations: ``whohandles eval tests/eval/threads/...``.

A thread file is a list of ``{thread: name, turns: [...]}``; each turn is ``{q, kind,
expect?, field?, choice?}`` with ``kind`` one of the reply kinds of ``bot.dialogue``. Every
thread is played in order against a fresh context, each turn seeing what the bot actually
answered before it (no turn is given the right context for free), and a turn is right when:

- question: the first office offered is acceptable (an outright answer or a clarify), or,
  with nothing expected, the bot says it does not know;
- choice: an outright answer with the chosen office (``choice: n``, the n-th offered) or an
  acceptable one (``expect``). A choice by number after a question the bot answered outright
  offered nothing to choose from: it is counted apart, as not played;
- field, switch, parent: an outright answer with an acceptable office, leading with the field
  asked for (field and switch); with nothing expected (the office asked about is not in the
  documents), no office at all;
- thanks: a courtesy reply;
- no-context: the bot asks which office is meant, and names none.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.answer import Answer
from bot.dialogue import reply
from bot.evaluate import leads_with_field
from bot.render.text import render_text
from bot.service import Assistant
from bot.stores.context import ThreadContext
from intents import Field, Outcome
from knowledge import KnowledgeError, Problem
from knowledge.yamlio import read_yaml

KINDS = ("question", "choice", "field", "switch", "parent", "thanks", "no-context")


@dataclass(frozen=True, slots=True)
class Turn:
    """One labelled message of a conversation."""

    question: str
    kind: str
    expect: tuple[str, ...] = ()
    field: Field | None = None
    choice: int | None = None


@dataclass(frozen=True, slots=True)
class Thread:
    name: str
    turns: tuple[Turn, ...]


@dataclass
class ThreadReport:
    """Turns right by kind, whole threads right, and the misses (name and turn number)."""

    threads: int = 0
    threads_right: int = 0
    #: Choices by number that had nothing to choose from (the question was answered outright).
    not_played: int = 0
    #: Follow-ups with nothing to refer to that were answered with an office anyway (goal: 0).
    guessed: int = 0
    turns: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    @property
    def follow_ups(self) -> int:
        """Turns that refer to the conversation: every kind but an opening question."""
        return sum(self.turns.values()) - self.turns["question"]

    @property
    def follow_ups_right(self) -> int:
        return sum(self.right.values()) - self.right["question"]

    def summary(self) -> str:
        total, right = sum(self.turns.values()), sum(self.right.values())
        follow, follow_right = self.follow_ups, self.follow_ups_right
        lines = [
            f"conversations:          {self.threads_right}/{self.threads} = "
            f"{_share(self.threads_right, self.threads)} right throughout",
            f"turns:                  {right}/{total} = {_share(right, total)}",
            f"follow-ups:             {follow_right}/{follow} = {_share(follow_right, follow)}",
            f"guessed with no context: {self.guessed}",
        ]
        lines += [
            f"  {kind + ':':21} {self.right[kind]}/{self.turns[kind]} = "
            f"{_share(self.right[kind], self.turns[kind])}"
            for kind in KINDS
            if self.turns[kind]
        ]
        if self.not_played:
            lines.append(f"choices not played:     {self.not_played} (nothing was offered)")
        return "\n".join(lines)


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.1%}" if total else "-"


def is_thread_file(data: object) -> bool:
    """Whether a parsed evaluation file holds conversations rather than single questions."""
    first = data[0] if isinstance(data, list) and data else None
    return isinstance(first, dict) and "turns" in first


def load_threads(path: Path) -> list[Thread]:
    """Read a conversation file; a malformed one is reported with the thread's number."""
    data = read_yaml(path)
    if not isinstance(data, list):
        raise KnowledgeError([Problem(str(path), "must be a list of {thread, turns} items")])
    threads = []
    for number, item in enumerate(data, 1):
        raw_turns = item.get("turns") if isinstance(item, dict) else None
        if not isinstance(raw_turns, list) or not raw_turns:
            raise KnowledgeError([Problem(str(path), f"thread {number} needs a list of turns")])
        turns = []
        for turn in raw_turns:
            if not isinstance(turn, dict) or not isinstance(turn.get("q"), str):
                raise KnowledgeError([Problem(str(path), f"thread {number}: a turn needs 'q'")])
            if turn.get("kind") not in KINDS:
                raise KnowledgeError(
                    [Problem(str(path), f"thread {number}: kind must be one of {KINDS}")]
                )
            turns.append(
                Turn(
                    question=turn["q"],
                    kind=turn["kind"],
                    expect=tuple(turn.get("expect") or ()),
                    field=Field(turn["field"]) if turn.get("field") else None,
                    choice=int(turn["choice"]) if turn.get("choice") else None,
                )
            )
        threads.append(Thread(str(item.get("thread", number)), tuple(turns)))
    return threads


def evaluate_threads(threads: list[Thread], assistant: Assistant) -> ThreadReport:
    """Play every conversation and tally the turns right."""
    report = ThreadReport()
    for thread in threads:
        context: ThreadContext | None = None
        offered: tuple[str, ...] = ()
        all_right = True
        for number, turn in enumerate(thread.turns, 1):
            if turn.choice is not None and not offered:
                report.not_played += 1
                continue
            played = reply(turn.question, context, assistant, float(number))
            right = _right(turn, played.answer, offered)
            report.turns[turn.kind] += 1
            report.guessed += turn.kind == "no-context" and bool(played.answer.offices)
            report.right[turn.kind] += right
            if not right:
                all_right = False
                got = f"{played.answer.status.value} {[c.office.id for c in played.answer.offices]}"
                report.misses.append(f"{thread.name} turn {number} ({turn.kind}): got {got}")
            offered = ()
            if played.answer.status is Outcome.CLARIFY:
                offered = tuple(card.office.id for card in played.answer.offices)
            context = played.context
        report.threads += 1
        report.threads_right += all_right
    return report


def _right(turn: Turn, answer: Answer, offered: tuple[str, ...]) -> bool:
    got = answer.offices[0].office.id if answer.offices else None
    outright = answer.status is Outcome.ANSWER
    if turn.kind == "question":
        return got in turn.expect if turn.expect else answer.status is Outcome.UNKNOWN
    if turn.kind == "choice":
        if turn.choice is not None:
            wanted = offered[turn.choice - 1] if turn.choice <= len(offered) else None
            return outright and got is not None and got == wanted
        return outright and got in turn.expect
    if turn.kind in ("field", "switch", "parent"):
        if not turn.expect:
            return not answer.offices
        if not (outright and got in turn.expect):
            return False
        return turn.field is None or leads_with_field(render_text(answer), answer, turn.field)
    if turn.kind == "thanks":
        return answer.meta is not None
    return answer.needs_office and not answer.offices
