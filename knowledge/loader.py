"""Load and validate the curated YAML under ``knowledge/`` into a KnowledgeBase.

Validation is the curator's safety net: every problem is reported at once, each naming the
file, the line, the entry and the field, and nothing half-loaded ever reaches the router.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from knowledge.errors import KnowledgeError, Problem
from knowledge.model import About, Contacts, KnowledgeBase, Office, Source
from knowledge.text import normalize
from knowledge.urls import url_problem
from knowledge.yamlio import LineDict, display_path, read_yaml

#: The folder holding this package's data: ``offices/*.yaml`` and ``sources/``.
DEFAULT_ROOT = Path(__file__).resolve().parent

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
PHONE_PATTERN = re.compile(r"^\d{3}-\d{3}-\d{4}$")

_OFFICE_FIELDS = {
    "id",
    "name",
    "acronym",
    "aliases",
    "parent",
    "role",
    "handles",
    "source",
    "also_in",
    "contacts",
}
_CONTACT_FIELDS = {"source", "heading", "phone", "fax", "address"}
_SOURCE_FIELDS = {"id", "title", "file", "url"}


class _Checker:
    """Collects problems for one file so a single load reports all of them."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, message: str, *, line: int | None, entry: str | None, field: str | None) -> None:
        self.problems.append(Problem(self.file, message, line=line, entry=entry, field=field))

    def text(self, raw: LineDict, key: str, entry: str | None, *, required: bool) -> str | None:
        value = raw.get(key)
        if value is None:
            if required:
                self.add("is required", line=raw.line, entry=entry, field=key)
            return None
        if not isinstance(value, str) or not value.strip():
            self.add("must be non-empty text", line=raw.line, entry=entry, field=key)
            return None
        return " ".join(value.split())

    def texts(self, raw: LineDict, key: str, entry: str | None) -> tuple[str, ...]:
        value = raw.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.add("must be a list of non-empty texts", line=raw.line, entry=entry, field=key)
            return ()
        return tuple(" ".join(v.split()) for v in value)

    def unknown_keys(self, raw: LineDict, allowed: set[str], entry: str | None) -> None:
        for key in sorted(set(raw) - allowed):
            self.add(
                f"is not a known field (known: {', '.join(sorted(allowed))})",
                line=raw.line,
                entry=entry,
                field=str(key),
            )


def load_sources(root: Path) -> dict[str, Source]:
    """Read ``sources/sources.yaml``, the registry of documents that entries may cite."""
    path = root / "sources" / "sources.yaml"
    shown = display_path(path)
    data = read_yaml(path, shown_as=shown)
    check = _Checker(shown)
    sources: dict[str, Source] = {}
    items = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise KnowledgeError([Problem(shown, "must hold a list under 'sources:'")])
    for raw in items:
        if not isinstance(raw, LineDict):
            check.add("each source must be a mapping", line=None, entry=None, field=None)
            continue
        sid = check.text(raw, "id", None, required=True)
        check.unknown_keys(raw, _SOURCE_FIELDS, sid)
        title = check.text(raw, "title", sid, required=True)
        file = check.text(raw, "file", sid, required=True)
        url = check.text(raw, "url", sid, required=False)
        if url is not None and (reason := url_problem(url)):
            check.add(reason, line=raw.line, entry=sid, field="url")
        if not (sid and title and file):
            continue
        try:
            text = (root / "sources" / file).read_text(encoding="utf-8")
        except OSError as exc:
            check.add(f"cannot be read: {exc}", line=raw.line, entry=sid, field="file")
            continue
        sources[sid] = Source(id=sid, title=title, file=file, url=url, text=text)
    if check.problems:
        raise KnowledgeError(check.problems)
    return sources


ABOUT_FILE = "about.yaml"
_ABOUT_FIELDS = {"district", "scope", "examples", "lookup_examples", "topic_examples"}


def load_about(root: Path) -> About:
    """Read ``about.yaml``: how the bot describes its knowledge (district, scope, examples)."""
    path = root / ABOUT_FILE
    shown = display_path(path)
    data = read_yaml(path, shown_as=shown)
    if not isinstance(data, LineDict):
        raise KnowledgeError([Problem(shown, "must be a mapping with 'district:' and 'scope:'")])
    check = _Checker(shown)
    check.unknown_keys(data, _ABOUT_FIELDS, None)
    district = check.text(data, "district", None, required=True)
    scope = check.text(data, "scope", None, required=True)
    examples = check.texts(data, "examples", None)
    if not examples:
        check.add(
            "must list at least one example question", line=data.line, entry=None, field="examples"
        )
    if check.problems:
        raise KnowledgeError(check.problems)
    assert district is not None and scope is not None
    return About(
        district=district,
        scope=scope,
        examples=examples,
        lookup_examples=check.texts(data, "lookup_examples", None),
        topic_examples=check.texts(data, "topic_examples", None),
    )


def _parse_contacts(raw: Any, office: LineDict, oid: str, check: _Checker) -> Contacts | None:
    if raw is None:
        return None
    if not isinstance(raw, LineDict):
        check.add("must be a mapping", line=office.line, entry=oid, field="contacts")
        return None
    check.unknown_keys(raw, _CONTACT_FIELDS, oid)
    phones = check.texts(raw, "phone", oid)
    faxes = check.texts(raw, "fax", oid)
    for key, numbers in (("phone", phones), ("fax", faxes)):
        for number in numbers:
            if not PHONE_PATTERN.match(number):
                check.add(
                    f"'{number}' is not a phone number like 773-553-1830",
                    line=raw.line,
                    entry=oid,
                    field=f"contacts.{key}",
                )
    source = check.text(raw, "source", oid, required=False) or str(office.get("source") or "")
    return Contacts(
        source=source,
        heading=check.text(raw, "heading", oid, required=False),
        phone=phones,
        fax=faxes,
        address=check.texts(raw, "address", oid),
    )


def _parse_office(raw: Any, check: _Checker) -> Office | None:
    if not isinstance(raw, LineDict):
        check.add("each office must be a mapping", line=None, entry=None, field=None)
        return None
    oid = check.text(raw, "id", None, required=True)
    if oid and not ID_PATTERN.match(oid):
        check.add(
            "must be lower-case letters, digits and dashes", line=raw.line, entry=oid, field="id"
        )
    entry = oid or f"(entry at line {raw.line})"
    check.unknown_keys(raw, _OFFICE_FIELDS, entry)
    name = check.text(raw, "name", entry, required=True)
    role = check.text(raw, "role", entry, required=True)
    source = check.text(raw, "source", entry, required=True)
    contacts = _parse_contacts(raw.get("contacts"), raw, entry, check)
    if not (oid and name and role and source):
        return None
    return Office(
        id=oid,
        name=name,
        role=role,
        source=source,
        acronym=check.text(raw, "acronym", oid, required=False),
        aliases=check.texts(raw, "aliases", oid),
        parent=check.text(raw, "parent", oid, required=False),
        handles=check.texts(raw, "handles", oid),
        contacts=contacts,
        also_in=check.texts(raw, "also_in", oid),
        file=check.file,
        line=raw.line,
    )


def _cross_check(offices: list[tuple[Office, int]], sources: dict[str, Source]) -> list[Problem]:
    """Checks that need every entry: unique ids and names, known parents and sources, no cycles."""
    problems: list[Problem] = []
    by_id: dict[str, Office] = {}
    names: dict[str, str] = {}
    for office, line in offices:

        def flag(message: str, field: str, office: Office = office, line: int = line) -> None:
            problems.append(Problem(office.file, message, line=line, entry=office.id, field=field))

        if office.id in by_id:
            flag(f"duplicates an id already used in {by_id[office.id].file}", "id")
        by_id.setdefault(office.id, office)
        for field_name, value in _names_of(office):
            key = normalize(value)
            owner = names.setdefault(key, office.id)
            if owner != office.id:
                flag(f"'{value}' is already a name of '{owner}'", field_name)
        for sid in office.sources:
            if sid not in sources:
                flag(
                    f"cites unknown source '{sid}' (known: {', '.join(sorted(sources))})", "source"
                )
        if office.contacts is not None and office.contacts.source not in sources:
            flag(f"cites unknown source '{office.contacts.source}'", "contacts.source")
    lines = {office.id: line for office, line in offices}
    for office in by_id.values():
        if office.parent and office.parent not in by_id:
            problems.append(
                Problem(
                    office.file,
                    f"names unknown parent '{office.parent}'",
                    line=lines[office.id],
                    entry=office.id,
                    field="parent",
                )
            )
        elif _in_cycle(office, by_id):
            problems.append(
                Problem(
                    office.file,
                    "is its own ancestor (a parent cycle)",
                    line=lines[office.id],
                    entry=office.id,
                    field="parent",
                )
            )
    return problems


def _names_of(office: Office) -> list[tuple[str, str]]:
    names = [("name", office.name)] + [("aliases", a) for a in office.aliases]
    if office.acronym:
        names.append(("acronym", office.acronym))
    # An alias that merely repeats the entry's own name or acronym is harmless.
    seen: set[str] = set()
    unique = []
    for field_name, value in names:
        if normalize(value) not in seen:
            seen.add(normalize(value))
            unique.append((field_name, value))
    return unique


def _in_cycle(office: Office, by_id: dict[str, Office]) -> bool:
    seen = {office.id}
    current = by_id.get(office.parent or "")
    while current is not None:
        if current.id in seen:
            return True
        seen.add(current.id)
        current = by_id.get(current.parent or "")
    return False


def load_knowledge_base(root: Path | None = None) -> KnowledgeBase:
    """Load every ``offices/*.yaml`` under ``root`` (default: this package), validated, with
    ``sources/sources.yaml`` and ``about.yaml``.

    Raises KnowledgeError listing every problem found, each naming file, line, entry and field.
    """
    root = (root or DEFAULT_ROOT).resolve()
    sources = load_sources(root)
    about = load_about(root)
    problems: list[Problem] = []
    offices: list[tuple[Office, int]] = []
    files = sorted((root / "offices").glob("*.yaml"))
    if not files:
        raise KnowledgeError([Problem(str(root / "offices"), "holds no *.yaml files")])
    for path in files:
        shown = display_path(path)
        try:
            data = read_yaml(path, shown_as=shown)
        except KnowledgeError as exc:
            problems.extend(exc.problems)
            continue
        items = data.get("offices") if isinstance(data, dict) else None
        if not isinstance(items, list):
            problems.append(Problem(shown, "must hold a list under 'offices:'"))
            continue
        check = _Checker(shown)
        for raw in items:
            office = _parse_office(raw, check)
            if office is not None:
                offices.append((office, raw.line))
        problems.extend(check.problems)
    problems.extend(_cross_check(offices, sources))
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(offices={o.id: o for o, _ in offices}, sources=sources, about=about)
