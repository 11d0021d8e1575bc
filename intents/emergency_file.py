"""Load ``intents/emergency.yaml`` into an Emergency, validating it the way the other intent
files are: every problem at once, each naming the file, line, entry and field.

A list item has no line of its own once YAML is parsed; the line reported is the one where
the phrase is written (searched from its section's line), which is the line a curator edits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from intents.emergency import (
    AS_WRITTEN,
    Emergency,
    Guidance,
    Phrase,
    Role,
    Word,
    compile_phrase,
)
from intents.vocabulary import stem
from knowledge.errors import Problem
from knowledge.text import tokens
from knowledge.yamlio import LineDict, read_yaml

#: The lists of phrases at the top of the file, by what a phrase found there says.
CUE_SECTIONS = ("neutral", "now", "not_now", "procedure")
SECTIONS = frozenset({"label", "guidance", "words", "as_written", "kinds", *CUE_SECTIONS})
#: ``kinds: all`` on a guidance line: shown for every kind of emergency.
ALL_KINDS = "all"

#: (text, role, kind, line, field) of one phrase before it is compiled.
Raw = tuple[str, Role, str, int, str]


class _Reader:
    """The file's lines, and the problems found in it."""

    def __init__(self, shown: str, text: str) -> None:
        self.shown = shown
        self.text_lines = text.splitlines()
        self.problems: list[Problem] = []

    def problem(self, message: str, line: int, entry: str, field: str) -> None:
        self.problems.append(Problem(self.shown, message, line=line, entry=entry, field=field))

    def line_of(self, text: str, start: int) -> int:
        """The first line at or after ``start`` where ``text`` is written."""
        start = max(start, 1)
        for number, line in enumerate(self.text_lines[start - 1 :], start=start):
            if text in line:
                return number
        return start

    def texts(self, raw: Any, line: int, entry: str, field: str) -> tuple[str, ...]:
        """A non-empty list of words or phrases, each with its spaces tidied."""
        found = tuple(" ".join(str(p).split()) for p in raw) if isinstance(raw, list) else ()
        valid = all(isinstance(p, str | int) for p in raw) if isinstance(raw, list) else False
        if not found or not valid or not all(found):
            self.problem("must be a non-empty list of words or phrases", line, entry, field)
        return tuple(text for text in found if text) if valid else ()


def _word_lists(
    data: LineDict, reader: _Reader, exact: frozenset[str]
) -> dict[str, frozenset[str]]:
    """``words:``: list name -> the stems of its words, or "=" and the word as typed for a word
    under ``as_written`` (``<moment>`` holds "game", not "games": "at the game" is now, "at
    games" a habit)."""
    block = data.get("words", LineDict())
    start = getattr(block, "line", data.line)
    if not isinstance(block, dict):
        reader.problem("must map list names to words", start, "words", "words")
        return {}
    lists: dict[str, frozenset[str]] = {}
    for name, raw in block.items():
        line = reader.line_of(f"{name}:", start)
        words = reader.texts(raw, line, name, "words")
        several = [text for text in words if len(tokens(text)) != 1]
        if several:
            reader.problem(f"holds {several[0]!r}: one word per item", line, name, "words")
        lists[str(name)] = frozenset(
            AS_WRITTEN + w if w in exact else stem(w) for text in words for w in tokens(text)
        )
    return lists


def _kind_offices(data: LineDict, reader: _Reader, known: Callable[[str], bool]) -> dict[str, str]:
    """Each kind's ``office:``, the office the documents say responds to it, checked against
    the knowledge base."""
    block = data.get("kinds")
    offices: dict[str, str] = {}
    for kind, raw in block.items() if isinstance(block, LineDict) else ():
        office = raw.get("office") if isinstance(raw, LineDict) else None
        if office is None:
            continue
        line = reader.line_of("office:", raw.line)
        if not isinstance(office, str) or not known(office):
            reader.problem(
                f"names no office in the knowledge base: {office!r}", line, kind, "office"
            )
            continue
        offices[str(kind)] = office
    return offices


def _kind_phrases(data: LineDict, reader: _Reader) -> tuple[list[Raw], list[str], set[str]]:
    """Every phrase under ``kinds:``, the kinds in order, and the kinds with ``needs``."""
    block = data.get("kinds")
    if not isinstance(block, LineDict) or not block:
        reader.problem(
            "must map each kind of emergency to its signals", data.line, "kinds", "kinds"
        )
        return [], [], set()
    found: list[Raw] = []
    needy: set[str] = set()
    for kind, raw in block.items():
        if not isinstance(raw, LineDict):
            line = reader.line_of(f"{kind}:", block.line)
            reader.problem("must be a mapping with 'signals:'", line, kind, "signals")
            continue
        for extra in sorted(set(raw) - {"signals", "needs", "office"}):
            line = reader.line_of(f"{extra}:", raw.line)
            reader.problem("is not a field of a kind (signals, needs, office)", line, kind, extra)
        for name, role in (("signals", Role.SIGNAL), ("needs", Role.NEEDED)):
            if name in raw or role is Role.SIGNAL:
                needy.update([kind] if role is Role.NEEDED else [])
                line = reader.line_of(f"{name}:", raw.line)
                for text in reader.texts(raw.get(name), line, kind, name):
                    found.append((text, role, kind, reader.line_of(text, line), name))
    return found, [str(k) for k in block], needy


def _guidance(data: LineDict, reader: _Reader, kinds: list[str]) -> tuple[Guidance, ...]:
    """``guidance:``: each line's text and the kinds it is shown for."""
    items = data.get("guidance")
    if not isinstance(items, list) or not items:
        reader.problem("must hold a list of {text, kinds}", data.line, "guidance", "guidance")
        return ()
    lines: list[Guidance] = []
    for number, raw in enumerate(items, 1):
        entry, line = f"guidance line {number}", getattr(raw, "line", data.line)
        text = raw.get("text") if isinstance(raw, LineDict) else None
        if not isinstance(text, str) or not text.strip():
            reader.problem("must be the text to show", line, entry, "text")
            continue
        wanted = raw.get("kinds", ALL_KINDS)
        names = [str(k) for k in wanted] if isinstance(wanted, list) else []
        unknown = [k for k in names if k not in kinds]
        if wanted != ALL_KINDS and (not names or unknown):
            why = f"names unknown kind '{unknown[0]}'" if unknown else "must be 'all' or a list"
            line = reader.line_of("kinds:", line)
            reader.problem(f"{why}; the kinds are {', '.join(kinds)}", line, entry, "kinds")
            continue
        chosen = None if wanted == ALL_KINDS else frozenset(names)
        lines.append(Guidance(" ".join(text.split()), chosen))
    return tuple(lines)


def _table(
    raw: list[Raw], lists: dict[str, frozenset[str]], exact: frozenset[str], reader: _Reader
) -> dict[str, tuple[Phrase, ...]]:
    """Phrases keyed by each word they can start with. Variants that read the same ("gun",
    "guns") count once; a phrase in two places is named, since only one meaning could count."""
    table: dict[str, list[Phrase]] = defaultdict(list)
    seen: dict[tuple[Word, ...], tuple[str, str]] = {}
    for text, role, kind, line, name in raw:
        phrase = compile_phrase(text, role, kind, lists, exact)
        if isinstance(phrase, str):
            reader.problem(phrase, line, kind or name, name)
            continue
        where = f"{kind} {name}" if kind else name
        # A needed phrase may also be a signal: it is only looked for, never competes.
        key = (*phrase.words, where) if role is Role.NEEDED else phrase.words
        first, place = seen.setdefault(key, (text, where))
        if place != where:
            message = f"{text!r} reads as {first!r}, already under {place}"
            reader.problem(message, line, kind or name, name)
        if (first, place) != (text, where):
            continue
        head = phrase.words[0]
        for start in sorted(head) if isinstance(head, frozenset) else [head]:
            table[start].append(phrase)
    return {start: tuple(found) for start, found in table.items()}


def load_emergency(
    path: Path, shown: str, known: Callable[[str], bool] = lambda office: True
) -> tuple[Emergency | None, list[Problem]]:
    """The Emergency in ``path`` (named ``shown`` in messages), or None and every problem found;
    ``known`` says whether an office id is in the knowledge base. A file that is not valid YAML
    raises KnowledgeError naming its line."""
    data = read_yaml(path, shown_as=shown)
    if not isinstance(data, LineDict):
        return None, [Problem(shown, "must be a mapping with 'label:', 'guidance:' and 'kinds:'")]
    reader = _Reader(shown, path.read_text(encoding="utf-8"))
    for extra in sorted(set(data) - SECTIONS):
        line = reader.line_of(f"{extra}:", 1)
        reader.problem(
            f"is not a section; they are {', '.join(sorted(SECTIONS))}", line, extra, extra
        )
    label = data.get("label")
    if not isinstance(label, str) or not label.strip():
        reader.problem("must say the guidance is general guidance", data.line, "label", "label")
    exact_line = reader.line_of("as_written:", 1)
    written = reader.texts(data.get("as_written", ["-"]), exact_line, "as_written", "as_written")
    exact = frozenset(w for text in written for w in tokens(text))
    lists = _word_lists(data, reader, exact)
    raw, kinds, needy = _kind_phrases(data, reader)
    offices = _kind_offices(data, reader, known)
    guidance = _guidance(data, reader, kinds)
    for section in CUE_SECTIONS:
        start = reader.line_of(f"{section}:", 1)
        for text in reader.texts(data.get(section), start, section, section):
            raw.append((text, Role(section), "", reader.line_of(text, start), section))
    table = _table(raw, lists, exact, reader)
    if reader.problems:
        return None, reader.problems
    emergency = Emergency(
        label=" ".join(str(label).split()),
        guidance=guidance,
        kinds=tuple(kinds),
        needy=frozenset(needy),
        offices=offices,
        phrases=table,
        as_written=exact,
        file=shown,
    )
    return emergency, []
