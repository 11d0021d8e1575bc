"""Registering a new source in ``sources.yaml`` by editing its text, never by re-dumping it.

Curators keep comments and an order in that file; a YAML dump would drop the one and could
change the other. The new entry is appended to the ``sources:`` list in the file's own
layout, and the result is parsed back to prove it says what was meant.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

_LIST_KEY = re.compile(r"^sources:\s*(?:#.*)?$")
_ITEM = re.compile(r"^(\s*)- ")


class RegistryEditError(ValueError):
    """``sources.yaml`` is laid out in a way this edit cannot safely extend."""


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """What registers a source: the fields of one ``sources.yaml`` entry."""

    id: str
    title: str
    file: str
    url: str | None = None

    def lines(self, indent: str) -> list[str]:
        """The entry in the registry's layout (titles double-quoted, as the file has them)."""
        lines = [
            f"{indent}- id: {self.id}",
            f"{indent}  title: {json.dumps(self.title, ensure_ascii=False)}",
            f"{indent}  file: {self.file}",
        ]
        return lines + ([f"{indent}  url: {self.url}"] if self.url else [])


def _list_end(lines: list[str], start: int) -> tuple[int, str]:
    """The index after the list's last line, and the indent its items use."""
    last, indent = start, "  "
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace() and not line.startswith("- "):
            break  # the next top-level key
        if (item := _ITEM.match(line)) and last == start:
            indent = item[1]
        last = index
    return last + 1, indent


def add_source(registry: str, entry: SourceEntry) -> str:
    """``registry`` (the text of ``sources.yaml``) with ``entry`` appended to its list."""
    lines = registry.splitlines()
    start = next((i for i, line in enumerate(lines) if _LIST_KEY.match(line)), None)
    if start is None:
        raise RegistryEditError("has no 'sources:' list to add to")
    end, indent = _list_end(lines, start)
    edited = "\n".join([*lines[:end], *entry.lines(indent), *lines[end:]]) + "\n"
    try:
        items = yaml.safe_load(edited)["sources"]
    except (yaml.YAMLError, TypeError, KeyError) as exc:
        raise RegistryEditError(f"could not be extended ({exc}); add the entry by hand") from exc
    if not isinstance(items, list) or items[-1:] != [_as_mapping(entry)]:
        raise RegistryEditError("could not be extended in its layout; add the entry by hand")
    return edited


def _as_mapping(entry: SourceEntry) -> dict[str, str]:
    mapping = {"id": entry.id, "title": entry.title, "file": entry.file}
    return mapping | ({"url": entry.url} if entry.url else {})
