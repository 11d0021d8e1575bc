"""Safe YAML reading that remembers where each mapping started, for curator-friendly errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from knowledge.errors import KnowledgeError, Problem


class LineDict(dict[str, Any]):
    """A mapping read from YAML that knows the 1-based line it starts on."""

    line: int = 0


#: libyaml's parser when PyYAML was built with it (the wheels are): about ten times faster,
#: which keeps start-up and reloads quick as the intents grow.
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeBase):  # type: ignore[valid-type,misc]
    """SafeLoader whose mappings are LineDicts (never constructs arbitrary Python objects)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict({str(k): v for k, v in loader.construct_mapping(node, deep=True).items()})
    mapping.line = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def display_path(path: Path) -> str:
    """``path`` as a curator can open it from where they ran the command: relative to the
    working folder when it lies inside it ("knowledge/offices/occs.yaml"), else in full
    ("/srv/kb/offices/occs.yaml", never the ambiguous "kb/offices/occs.yaml")."""
    absolute = path.resolve()
    try:
        return str(absolute.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(absolute)


def read_yaml(path: Path, *, shown_as: str | None = None) -> Any:
    """Parse one YAML file; a syntax error becomes a KnowledgeError naming the file and line."""
    name = shown_as or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError([Problem(name, f"cannot be read: {exc}")]) from exc
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeError([Problem(name, f"is not valid YAML: {reason}", line=line)]) from exc
