"""Overlaps ``kb check`` names, so a curator sees where the knowledge contradicts itself.

- An out-of-scope phrase that an office's name, acronym, aliases or ``handles`` say word for
  word: the office now covers that subject, so the entry must lose the phrase or narrow it.
  (The router already ignores such a phrase: ``intents.index``.)
- A phrase listed both under an office (a topic file) and under an out-of-scope entry.
- A phrase listed twice, under offices or under out-of-scope entries.
- An out-of-scope entry whose subject a family of offices now documents: enough of its
  phrases have all their words in the family's pages (``intents.index.covering_families``).
  The router no longer lets it decline what those offices answer; the curator should narrow
  it to what they do not handle, or remove it.
Each names the file and the line of the phrase (or of the entry).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from intents.index import OUT_OF_SCOPE_PREFIX, RoutingIndex, covering_office, entry_phrases
from knowledge import KnowledgeBase, Problem
from knowledge.text import normalize


def _line(file: str, start: int, phrase: str) -> int:
    """The line of ``phrase`` in ``file`` (named as ``display_path`` names it, so it opens from
    the working folder), searching from the entry's own line."""
    try:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return start
    wanted = phrase.casefold()
    for number in range(max(start, 1), len(lines) + 1):
        if wanted in lines[number - 1].casefold():
            return number
    return start


def overlaps(kb: KnowledgeBase, index: RoutingIndex) -> list[Problem]:
    """Every overlap, each a Problem naming file, line, entry and field."""
    intents = index.intents
    problems: list[Problem] = []
    entries = entry_phrases(kb)
    places: dict[str, list[tuple[str, str, int, str]]] = defaultdict(list)
    for entry in intents.out_of_scope:
        for phrase in entry.phrases:
            line = _line(entry.file, entry.line, phrase)
            places[normalize(phrase)].append(("out-of-scope entry", entry.label, line, entry.file))
            office = covering_office(phrase, entries)
            if office is not None:
                problems.append(
                    Problem(
                        entry.file,
                        f"'{phrase}' is what office '{office}' says it is or handles: this "
                        "out-of-scope entry now covers an office; remove the phrase or narrow it",
                        line=line,
                        entry=entry.label,
                        field="phrases",
                    )
                )
    for entry in intents.out_of_scope:
        coverage = index.covered.get(OUT_OF_SCOPE_PREFIX + entry.label)
        if coverage is None:
            continue
        problems.append(
            Problem(
                entry.file,
                f"the pages of office '{coverage.head}' and the offices under it now say "
                f"{coverage.covered} of this out-of-scope entry's {coverage.phrases} phrases: "
                "its phrases now lead to them; move any they do not handle to another "
                "entry",
                line=entry.line,
                entry=entry.label,
                field="phrases",
            )
        )
    for intent in intents.intents:
        for phrase in intent.phrases:
            line = _line(intent.file, intent.line, phrase)
            places[normalize(phrase)].append(("office", intent.office, line, intent.file))
    for phrase, found in places.items():
        for kind, owner, line, file in found[1:]:
            first_kind, first_owner, first_line, first_file = found[0]
            what = "is also" if (kind, owner) != (first_kind, first_owner) else "is listed twice"
            problems.append(
                Problem(
                    file,
                    f"'{phrase}' {what} under {first_kind} '{first_owner}' "
                    f"({first_file}:{first_line}); keep it in one place",
                    line=line,
                    entry=owner,
                    field="phrases",
                )
            )
    return problems
