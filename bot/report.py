"""The curator's report: what staff asked that the bot could not answer, and how it is doing.

Questions are grouped by likeness (rapidfuzz token-set similarity), so twenty rewordings of
one missing topic show as one line with a count. Only redacted text ever reaches here.
"""

from __future__ import annotations

import csv
import html
import io
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from bot.stores.sql_feedback import SQLFeedbackStore, StoredEvent

if TYPE_CHECKING:
    from bot.runtime import StoreSettings
    from bot.service import Assistant
from knowledge.text import normalize

#: Two questions at least this similar (0-100, token-set ratio) are one unanswered topic.
LIKENESS = 75.0
TOP = 15


@dataclass(frozen=True, slots=True)
class UnansweredTopic:
    """A group of similar questions the bot did not answer outright."""

    example: str
    count: int
    outcomes: tuple[str, ...]
    offered: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Week:
    """Answer counts for one ISO week (its Monday)."""

    start: date
    answered: int
    clarified: int
    unknown: int

    @property
    def rate(self) -> float:
        total = self.answered + self.clarified + self.unknown
        return self.answered / total if total else 0.0


@dataclass(frozen=True, slots=True)
class Report:
    days: int
    unanswered: tuple[UnansweredTopic, ...]
    not_helpful: tuple[tuple[str, int, int], ...]
    weeks: tuple[Week, ...]
    #: Where the figures come from, said in the report so nobody reads the wrong store.
    source: str = ""

    @property
    def empty(self) -> bool:
        return not (self.unanswered or self.not_helpful or self.weeks)


def group_unanswered(events: list[StoredEvent]) -> list[UnansweredTopic]:
    """Cluster unanswered questions greedily by likeness, biggest cluster first."""
    clusters: list[tuple[str, list[StoredEvent]]] = []
    keys: list[str] = []
    for event in events:
        if event.helpful is not None or event.outcome == "answer":
            continue
        key = normalize(event.question)
        found = process.extractOne(key, keys, scorer=fuzz.token_set_ratio, score_cutoff=LIKENESS)
        if found is None:
            keys.append(key)
            clusters.append((event.question, [event]))
        else:
            clusters[found[2]][1].append(event)
    topics = [
        UnansweredTopic(
            example=example,
            count=len(members),
            outcomes=tuple(sorted({m.outcome for m in members})),
            offered=tuple(sorted({o for m in members for o in m.office_ids})),
        )
        for example, members in clusters
    ]
    return sorted(topics, key=lambda g: -g.count)


def weekly(counts: list[tuple[str, str, int]]) -> list[Week]:
    """Fold daily counts into ISO weeks."""
    totals: dict[date, Counter[str]] = {}
    for day, outcome, n in counts:
        parsed = date.fromisoformat(day)
        monday = date.fromordinal(parsed.toordinal() - parsed.weekday())
        totals.setdefault(monday, Counter())[outcome] += n
    return [
        Week(monday, c["answer"], c["clarify"], c["unknown"])
        for monday, c in sorted(totals.items())
    ]


def build_report(store: SQLFeedbackStore, days: int, source: str = "") -> Report:
    """Read the store and assemble the figures."""
    events = store.events(days)
    helpful = Counter(e.office_ids[0] for e in events if e.helpful is True and e.office_ids)
    unhelpful = Counter(e.office_ids[0] for e in events if e.helpful is False and e.office_ids)
    return Report(
        days=days,
        unanswered=tuple(group_unanswered(events)[:TOP]),
        not_helpful=tuple((office, n, helpful[office]) for office, n in unhelpful.most_common(TOP)),
        weeks=tuple(weekly(store.answer_counts(days))),
        source=source,
    )


NOTHING_YET = (
    "Nothing recorded yet. Once the bot runs on Slack or Teams, it records here the questions "
    "it could not answer outright (redacted) and every Helpful / Not helpful click."
)


def render_text(report: Report) -> str:
    lines = [f"whohandles report: last {report.days} days"]
    if report.source:
        lines.append(f"Data: {report.source}")
    if report.empty:
        return "\n".join([*lines, "", NOTHING_YET])
    lines += ["", "Most asked, not answered outright:"]
    for topic in report.unanswered:
        offered = f"  [offered: {', '.join(topic.offered)}]" if topic.offered else ""
        lines.append(f"  {topic.count:4d}  {topic.example}{offered}")
    if not report.unanswered:
        lines.append("  none")
    lines += ["", "Offices with the most 'Not helpful' clicks (not helpful / helpful):"]
    lines += [f"  {n:4d} / {h:<4d} {office}" for office, n, h in report.not_helpful] or ["  none"]
    lines += ["", "Answer rate by week (answered / clarify / unknown):"]
    lines += [
        f"  {w.start}  {w.rate:6.1%}  {w.answered} / {w.clarified} / {w.unknown}"
        for w in report.weeks
    ] or ["  no questions yet"]
    return "\n".join(lines)


def render_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "key", "count", "detail"])
    for topic in report.unanswered:
        writer.writerow(["unanswered", topic.example, topic.count, " ".join(topic.offered)])
    for office, n, h in report.not_helpful:
        writer.writerow(["not_helpful", office, n, f"helpful={h}"])
    for week in report.weeks:
        writer.writerow(
            [
                "week",
                week.start.isoformat(),
                week.answered,
                f"clarify={week.clarified} unknown={week.unknown}",
            ]
        )
    return out.getvalue()


def _chart(weeks: tuple[Week, ...]) -> str:
    """Inline SVG: answered and unknown bars per week. No scripts, no external assets."""
    if not weeks:
        return "<p>No questions yet.</p>"
    width, height, bar = 60 * len(weeks) + 40, 220, 20
    peak = max(max(w.answered, w.unknown) for w in weeks) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 40}" '
        'role="img" aria-label="Answered and unknown questions per week">'
    ]
    for i, week in enumerate(weeks):
        x = 30 + i * 60
        series = (
            (0, week.answered, "#2e7d32", "answered"),
            (bar + 2, week.unknown, "#c62828", "unknown"),
        )
        for offset, value, color, kind in series:
            h = round(height * value / peak)
            parts.append(
                f'<rect class="{kind}" data-week="{week.start}" data-count="{value}" '
                f'x="{x + offset}" y="{height - h}" width="{bar}" height="{h}" fill="{color}">'
                f"<title>{kind} {value}</title></rect>"
            )
        parts.append(
            f'<text x="{x}" y="{height + 16}" font-size="10">{week.start.strftime("%b %d")}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def render_html(report: Report) -> str:
    """One self-contained page: inline CSS and SVG, every text escaped."""
    esc = html.escape
    unanswered_rows = (
        "".join(
            f"<tr><td class='count'>{g.count}</td><td>{esc(g.example)}</td>"
            f"<td>{esc(', '.join(g.offered))}</td></tr>"
            for g in report.unanswered
        )
        or "<tr><td colspan='3'>none</td></tr>"
    )
    office_rows = (
        "".join(
            f"<tr><td>{esc(o)}</td><td class='count'>{n}</td><td class='count'>{h}</td></tr>"
            for o, n, h in report.not_helpful
        )
        or "<tr><td colspan='3'>none</td></tr>"
    )
    empty = f"<p id='nothing'>{esc(NOTHING_YET)}</p>" if report.empty else ""
    total_answered = sum(w.answered for w in report.weeks)
    total_unknown = sum(w.unknown for w in report.weeks)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>whohandles report</title>
<style>body{{font:14px system-ui,sans-serif;margin:2em;max-width:60em}}
table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:4px 8px}}
.count{{text-align:right}}</style></head><body>
<h1>whohandles report: last {report.days} days</h1>
<p id="source">Data: {esc(report.source)}</p>{empty}
<p id="totals">Answered: <span id="answered">{total_answered}</span>,
unknown: <span id="unknown">{total_unknown}</span></p>
<h2>Answers and unknowns per week</h2>{_chart(report.weeks)}
<h2>Most asked, not answered outright</h2>
<table id="unanswered"><tr><th>count</th><th>question (redacted)</th><th>offered</th></tr>
{unanswered_rows}</table>
<h2>Most "Not helpful" clicks</h2><table id="not-helpful"><tr><th>office</th>
<th>not helpful</th><th>helpful</th></tr>{office_rows}</table>
</body></html>
"""


RENDERERS = {"text": render_text, "csv": render_csv, "html": render_html}


def report_command(
    settings: StoreSettings, assistant: Assistant, days: int, form: str, output: Path | None
) -> int:
    """``whohandles report``: read the store and print (or write) the report. A store that
    does not exist yet is an empty report saying where the data will come from, not an error."""
    from bot.runtime import feedback_sink

    if settings.database_url:
        source = "PostgreSQL (DATABASE_URL)"
    elif settings.db_path == "off":
        source = "nothing: the store is off (WHOHANDLES_DB_PATH=off keeps no questions)"
    else:
        source = f"SQLite file {settings.db_path} (WHOHANDLES_DB_PATH)"
    stored = settings.database_url or (
        settings.db_path != "off" and Path(settings.db_path).exists()
    )
    if not stored:
        report = Report(days, (), (), (), source)
    else:
        sink = feedback_sink(settings)
        assert isinstance(sink, SQLFeedbackStore)
        try:
            report = build_report(sink, days, source)
        finally:
            sink.close()
    rendered = RENDERERS[form](report)
    if output is not None:
        output.write_text(rendered, encoding="utf-8")
        print(f"whohandles report: wrote {output}", file=sys.stderr)
    else:
        print(rendered, flush=True)
    return 0
