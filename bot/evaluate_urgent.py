"""Measure emergencies on labelled messages: ``whohandles eval tests/eval/urgent/...``.

An urgent set is a list of ``{q, urgent: true|false, expect: [office ids]}``: emergencies
happening now, and look-alikes that are not (drills, training, policies, incidents that are
over). Each message is answered as a user would get it (``Assistant.ask``), and three figures
are kept:

- recall: urgent messages whose answer opens with the emergency guidance;
- false alarms: look-alikes whose answer does;
- fitting office: urgent messages flagged whose answer still names an acceptable office.

False alarms over the ordinary sets are counted by ``bot.evaluate`` (every question there is
a look-alike at worst), and ``run_eval`` adds them up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.service import Assistant
from knowledge import KnowledgeError, Problem
from knowledge.yamlio import read_yaml


@dataclass(frozen=True, slots=True)
class UrgentCase:
    question: str
    urgent: bool
    expect: tuple[str, ...] = ()


@dataclass
class UrgentReport:
    """Counts and misses for one urgent set."""

    urgent: int = 0
    flagged: int = 0
    fitting: int = 0
    calm: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return "\n".join(
            [
                f"urgent recall:          {self.flagged}/{self.urgent} = "
                f"{_share(self.flagged, self.urgent)}",
                f"false alarms:           {self.false_alarms}/{self.calm} = "
                f"{_share(self.false_alarms, self.calm)}",
                f"urgent, fitting office: {self.fitting}/{self.flagged} = "
                f"{_share(self.fitting, self.flagged)}",
            ]
        )


def _share(hits: int, total: int) -> str:
    return f"{hits / total:.1%}" if total else "-"


def is_urgent_file(data: object) -> bool:
    """Whether a parsed evaluation file holds labelled emergencies."""
    first = data[0] if isinstance(data, list) and data else None
    return isinstance(first, dict) and "urgent" in first


def load_urgent(path: Path) -> list[UrgentCase]:
    """Read an urgent set; a malformed item is reported by number."""
    data = read_yaml(path)
    if not isinstance(data, list):
        raise KnowledgeError([Problem(str(path), "must be a list of {q, urgent, expect} items")])
    cases = []
    for number, item in enumerate(data, 1):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("q"), str)
            and isinstance(item.get("urgent"), bool)
        ):
            raise KnowledgeError(
                [Problem(str(path), f"item {number} needs a 'q' text and 'urgent: true|false'")]
            )
        cases.append(UrgentCase(item["q"], item["urgent"], tuple(item.get("expect") or ())))
    return cases


def evaluate_urgent(cases: list[UrgentCase], assistant: Assistant) -> UrgentReport:
    """Answer every message and tally recall, false alarms and fitting offices."""
    report = UrgentReport()
    for case in cases:
        answer = assistant.ask(case.question)
        flagged = answer.urgency is not None
        if not case.urgent:
            report.calm += 1
            report.false_alarms += flagged
            if flagged:
                report.misses.append(f"false alarm: {case.question!r}")
            continue
        report.urgent += 1
        report.flagged += flagged
        got = answer.offices[0].office.id if answer.offices else None
        report.fitting += flagged and got in case.expect
        if not flagged:
            report.misses.append(f"missed: {case.question!r}")
        elif got not in case.expect:
            report.misses.append(
                f"urgent, answered {got}, want {list(case.expect)}: {case.question!r}"
            )
    return report
