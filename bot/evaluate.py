"""Measure answer quality on a labelled question set: ``whohandles eval FILE``.

Figures, each over the questions it applies to:
- top-1: in-scope questions answered outright (not "clarify") with an acceptable office;
- top-1 with clarify: the same, also counting a clarify whose first choice is acceptable;
- out-of-scope rejected: out-of-scope questions answered "unknown";
- field accuracy: field questions whose answer leads with the asked field of a right office;
- field exact when routed: the same, over the field questions routed to a right office, which
  separates a wrong contact (never acceptable) from a wrong office (a routing miss);
- fields not asked for: in-scope questions with no field whose answer still leads with one
  ("raise the number of graduates" is not asking for a phone number);
- invented phones: phone-shaped numbers in any answer text that no source document contains.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.answer import Answer
from bot.render.text import render_text
from bot.service import Assistant
from intents import Field, Outcome
from knowledge import KnowledgeError, Problem
from knowledge.yamlio import read_yaml

if TYPE_CHECKING:
    from bot.evaluate_threads import ThreadReport
    from bot.evaluate_urgent import UrgentReport

PHONE_SHAPE = re.compile(r"\b\d{3}-\d{3}-\d{4}\b")


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled question."""

    question: str
    expect: tuple[str, ...]
    field: Field | None = None


#: The confidence bands of the calibration table.
CONFIDENCE_BANDS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01))


@dataclass
class Report:
    """Counts and misses for one evaluation run."""

    total: int = 0
    in_scope: int = 0
    top1: int = 0
    top1_or_clarify: int = 0
    out_of_scope: int = 0
    rejected: int = 0
    field_questions: int = 0
    field_correct: int = 0
    field_routed: int = 0
    fields_not_asked: int = 0
    #: Questions answered as emergencies happening now: none of an ordinary set is labelled
    #: one, so these count as false alarms (``bot.evaluate_urgent``).
    flagged_urgent: int = 0
    invented_phones: set[str] = field(default_factory=set)
    misses: list[str] = field(default_factory=list)
    #: (confidence, right?) of every outright answer, for the calibration table. An answer
    #: to an out-of-scope question is never right.
    answers: list[tuple[float, bool]] = field(default_factory=list)

    @staticmethod
    def rate(hits: int, total: int) -> float:
        """A share in [0, 1]; 1.0 when there is nothing to measure."""
        return hits / total if total else 1.0

    @property
    def top1_rate(self) -> float:
        return self.rate(self.top1, self.in_scope)

    @property
    def rejection_rate(self) -> float:
        return self.rate(self.rejected, self.out_of_scope)

    @property
    def field_rate(self) -> float:
        return self.rate(self.field_correct, self.field_questions)

    def summary(self) -> str:
        """The figures as the README and issue notes quote them."""
        return "\n".join(
            [
                f"questions:              {self.total}",
                f"top-1:                  {self.top1}/{self.in_scope} = {self.top1_rate:.1%}",
                f"top-1 incl. clarify:    {self.top1_or_clarify}/{self.in_scope} = "
                f"{self.rate(self.top1_or_clarify, self.in_scope):.1%}",
                f"out-of-scope rejected:  {self.rejected}/{self.out_of_scope} = "
                f"{self.rejection_rate:.1%}",
                f"field accuracy:         {self.field_correct}/{self.field_questions} = "
                f"{self.field_rate:.1%}",
                f"  exact when routed:    {self.field_correct}/{self.field_routed} = "
                f"{self.rate(self.field_correct, self.field_routed):.1%}",
                f"fields not asked for:   {self.fields_not_asked}",
                f"flagged urgent:         {self.flagged_urgent}",
                f"invented phone numbers: {len(self.invented_phones)}"
                + (f" ({', '.join(sorted(self.invented_phones))})" if self.invented_phones else ""),
                *self.calibration(),
            ]
        )

    def calibration(self) -> list[str]:
        """How often answers were right, by the confidence they showed."""
        lines = ["calibration (confidence: answers, right):"]
        for low, high in CONFIDENCE_BANDS:
            band = [right for value, right in self.answers if low <= value < high]
            share = f"{sum(band) / len(band):6.1%}" if band else "     -"
            lines.append(f"  {low:.1f}-{min(high, 1.0):.1f}: {len(band):5d}  {share}")
        return lines


def load_cases(path: Path) -> list[Case]:
    """Read an evaluation YAML file: a list of {q, expect, field?}."""
    data = read_yaml(path)
    if not isinstance(data, list):
        raise KnowledgeError([Problem(str(path), "must be a list of {q, expect, field} items")])
    cases = []
    for number, item in enumerate(data, 1):
        if not isinstance(item, dict) or not isinstance(item.get("q"), str):
            raise KnowledgeError([Problem(str(path), f"item {number} needs a 'q' text")])
        raw_field = item.get("field")
        cases.append(
            Case(
                question=item["q"],
                expect=tuple(item.get("expect") or ()),
                field=Field(raw_field) if raw_field else None,
            )
        )
    return cases


def evaluate(cases: list[Case], assistant: Assistant) -> Report:
    """Answer every case and tally the figures."""
    report = Report()
    known_text = "\n".join(s.text for s in assistant.brain.kb.sources.values())
    for case in cases:
        answer = assistant.ask(case.question)
        text = render_text(answer)
        report.invented_phones |= {p for p in PHONE_SHAPE.findall(text) if p not in known_text}
        got = answer.offices[0].office.id if answer.offices else None
        if answer.status is Outcome.ANSWER:
            report.answers.append((answer.confidence, bool(case.expect) and got in case.expect))
        report.total += 1
        report.flagged_urgent += answer.urgency is not None
        if not case.expect:
            report.out_of_scope += 1
            if answer.status is Outcome.UNKNOWN:
                report.rejected += 1
            else:
                report.misses.append(f"out of scope, answered {got}: {case.question!r}")
            continue
        report.in_scope += 1
        right = got in case.expect
        report.top1 += right and answer.status is Outcome.ANSWER
        report.top1_or_clarify += right
        if not (right and answer.status is Outcome.ANSWER):
            shown = f"{answer.status.value} {[card.office.id for card in answer.offices]}"
            report.misses.append(f"want {list(case.expect)}, got {shown}: {case.question!r}")
        if case.field is None:
            report.fields_not_asked += answer.field is not None
        else:
            report.field_questions += 1
            report.field_routed += right
            report.field_correct += right and leads_with_field(text, answer, case.field)
            if not (right and leads_with_field(text, answer, case.field)):
                report.misses.append(f"field {case.field.value} not led with: {case.question!r}")
    return report


#: A set whose file name starts with this is held out: nobody reads its misses, so they are
#: never printed, whatever the flags (tests/eval/README.md).
HELD_OUT_PREFIX = "holdout"


def is_held_out(path: Path) -> bool:
    """Whether ``path`` is a held-out set."""
    return path.name.startswith(HELD_OUT_PREFIX)


def combine(reports: list[Report]) -> Report:
    """One report over several sets: counts added, misses dropped."""
    total = Report()
    for report in reports:
        for name in (
            "total",
            "in_scope",
            "top1",
            "top1_or_clarify",
            "out_of_scope",
            "rejected",
            "field_questions",
            "field_correct",
            "field_routed",
            "fields_not_asked",
            "flagged_urgent",
        ):
            setattr(total, name, getattr(total, name) + getattr(report, name))
        total.invented_phones |= report.invented_phones
        total.answers += report.answers
    return total


def run_eval(
    paths: list[Path], assistant: Assistant, *, quiet: bool, write: Callable[[str], None]
) -> int:
    """``whohandles eval``: each set's figures (and misses, unless quiet or held out), then a
    combined line for the held-out sets and for all of them when there are several. A set of
    conversations (``tests/eval/threads/``) or of emergencies (``tests/eval/urgent/``) gets its
    own figures; false alarms are added up over every message that is not an emergency."""
    from bot.evaluate_threads import evaluate_threads, is_thread_file, load_threads
    from bot.evaluate_urgent import evaluate_urgent, is_urgent_file, load_urgent

    reports: list[tuple[Path, Report]] = []
    calm, alarms = 0, 0
    for path in paths:
        found: Report | ThreadReport | UrgentReport
        data = read_yaml(path)
        if is_thread_file(data):
            found = evaluate_threads(load_threads(path), assistant)
        elif is_urgent_file(data):
            found = evaluate_urgent(load_urgent(path), assistant)
            calm, alarms = calm + found.calm, alarms + found.false_alarms
        else:
            found = evaluate(load_cases(path), assistant)
            reports.append((path, found))
            calm, alarms = calm + found.total, alarms + found.flagged_urgent
        write(f"== {path}" + (" (held out: misses not shown)" if is_held_out(path) else ""))
        write(found.summary())
        if not quiet and not is_held_out(path) and found.misses:
            write("misses:")
            for miss in found.misses:
                write(f"  - {miss}")
    held_out = [report for path, report in reports if is_held_out(path)]
    if len(held_out) > 1:
        write(f"== all {len(held_out)} held-out sets")
        write(combine(held_out).summary())
    if len(reports) > 1 and len(held_out) < len(reports):
        write(f"== all {len(reports)} sets")
        write(combine([report for _, report in reports]).summary())
    if len(paths) > 1 and calm:
        write(
            f"== false alarms over every message that is not an emergency: {alarms}/{calm} = "
            f"{alarms / calm:.2%}"
        )
    return 0


def leads_with_field(text: str, answer: Answer, field: Field) -> bool:
    """True when the first line gives exactly the office's own values for ``field``, or
    says plainly that the documents list none."""
    if answer.field is not field or answer.best is None:
        return False
    guidance = len(answer.urgency.guidance) if answer.urgency else 0
    lines = text.splitlines()
    first = lines[guidance] if len(lines) > guidance else ""
    values = answer.best.own(field)
    if values:
        return ", ".join(values) in first
    return "list no" in first
