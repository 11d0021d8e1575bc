"""The one exception the knowledge and intent loaders raise, shaped for a curator to act on."""

from __future__ import annotations


class KnowledgeError(ValueError):
    """A YAML file that cannot be used, naming the file, line, entry and field at fault.

    Curators fix YAML by hand, so the message reads like an editor's margin note
    ("knowledge/offices/occs.yaml:42: entry 'osel', field 'fax': ...") rather than a traceback.
    Loaders collect every problem they find and raise once, so one run shows all of them.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in problems))


class Problem:
    """One thing wrong in one place."""

    __slots__ = ("entry", "field", "file", "line", "message")

    def __init__(
        self,
        file: str,
        message: str,
        *,
        line: int | None = None,
        entry: str | None = None,
        field: str | None = None,
    ) -> None:
        self.file = file
        self.message = message
        self.line = line
        self.entry = entry
        self.field = field

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        parts = [where]
        if self.entry:
            parts.append(f"entry '{self.entry}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join([", ".join(parts), self.message])

    def __repr__(self) -> str:
        return f"Problem({self})"
