"""``whohandles kb import PAGE``: a saved department page into a source text and a draft.

The file work around ``knowledge.importing``: a new source gets its text, its ``sources.yaml``
entry and a draft of office entries; a newer copy of a source gets a report of what changed
and replaces the old text. Every outcome is a few plain lines through ``write``; every refusal
is one line and an exit code, never a traceback, because the person running this edits YAML,
not Python. ``bot.kb_import_plan`` decides which of the two a run is.
"""

from __future__ import annotations

from pathlib import Path

from bot.kb_import_plan import EXIT_OK, KbImportError, Plan, Write, make_plan
from knowledge import Source
from knowledge.importing import (
    PageChanges,
    RegistryEditError,
    SourceEntry,
    add_source,
    compare_page,
    draft_offices,
    render_draft,
)

NOTHING_WRITTEN = "dry run: nothing written"


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _lines(text: str) -> int:
    return len(text.splitlines())


def _save(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KbImportError(f"cannot write {path}: {exc.strerror or exc}") from None


def import_new(plan: Plan, *, dry_run: bool, write: Write) -> int:
    """Write the source text, register it and write a draft of its offices."""
    sid, sources = plan.source_id, plan.root / "sources"
    text_path, registry_path = sources / f"{sid}.txt", sources / "sources.yaml"
    draft_path = plan.root / "offices" / f"{sid}.yaml"
    try:
        registry = add_source(
            registry_path.read_text(encoding="utf-8"),
            SourceEntry(sid, plan.title, text_path.name, plan.url),
        )
    except RegistryEditError as exc:
        raise KbImportError(f"{plan.shown(registry_path)} {exc}") from None
    draft = draft_offices(plan.page, sid, plan.kb)
    draft_text = render_draft(draft, title=plan.title, source_file=plan.shown(text_path))
    if not dry_run:  # in this order, so a running bot never sees a draft citing no source
        _save(text_path, plan.page.text)
        _save(registry_path, registry)
        _save(draft_path, draft_text)
    wrote, registered = ("would write", "would register") if dry_run else ("wrote", "registered")
    write(f"{wrote} {plan.shown(text_path)} ({_count(_lines(plan.page.text), 'line')})")
    write(f"{registered} source '{sid}' in {plan.shown(registry_path)}")
    offices, todos = _count(len(draft.offices), "office"), _count(draft.todo_count, "TODO")
    write(f"{wrote} draft {plan.shown(draft_path)}: {offices}, {todos}")
    if plan.kb is None:
        write("note: the knowledge base does not load as it is, so no name was compared with it")
    write(NOTHING_WRITTEN if dry_run else "next: edit the TODOs, then run whohandles kb check")
    return EXIT_OK


def _report_contacts(changes: PageChanges, write: Write) -> None:
    for title, sign, lines in (("gone", "-", changes.gone), ("added", "+", changes.added)):
        if lines:
            write(f"contact lines {title}:")
            for contact in lines:
                write(f"  {sign} {contact.line}  (under '{contact.heading}')")
    if not (changes.gone or changes.added):
        write("contact lines: none gone, none added")


def _report_entries(plan: Plan, changes: PageChanges, write: Write) -> None:
    if plan.kb is None:
        write("note: the knowledge base does not load as it is, so no entry was checked")
    elif changes.stale:
        write("entries that no longer match the new page (kb check fails until they are fixed):")
        for problem in changes.stale:
            write(f"  {problem}")
    else:
        write(f"entries citing '{plan.source_id}': all still match the new page")


def reimport(plan: Plan, previous: Source, *, dry_run: bool, write: Write) -> int:
    """Show what a newer copy of a source changes, then put its text in place of the old."""
    path = plan.root / "sources" / previous.file
    new_text = plan.page.text
    if new_text == previous.text:
        write(f"{plan.shown(path)}: the page is unchanged, nothing to do")
        return EXIT_OK
    old_count, new_count = _lines(previous.text), _lines(new_text)
    copy = f"a newer copy of source '{plan.source_id}'"
    write(f"{plan.shown(path)}: {copy} ({_count(old_count, 'line')}, now {new_count})")
    changes = compare_page(previous.text, new_text, plan.kb, plan.source_id)
    _report_contacts(changes, write)
    _report_entries(plan, changes, write)
    if plan.url and plan.url != previous.url:
        given = previous.url or "no url"
        write(f"note: sources.yaml gives this source {given}; edit it there if the page moved")
    if not dry_run:
        _save(path, new_text)
    write(
        f"{'would write' if dry_run else 'wrote'} {plan.shown(path)} ({_count(new_count, 'line')})"
    )
    if dry_run:
        write(NOTHING_WRITTEN)
    elif changes.stale:
        write("next: update those entries in knowledge/offices/, then run whohandles kb check")
    return EXIT_OK


def run_import(
    page: Path,
    knowledge_root: Path,
    *,
    source_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    dry_run: bool = False,
    write: Write = print,
) -> int:
    """``whohandles kb import PAGE``: the exit code, with progress and results through ``write``.

    A page whose id is not yet a source becomes ``sources/<id>.txt``, an entry in
    ``sources.yaml`` and a draft ``offices/<id>.yaml``. A newer copy of an existing source
    (same id) reports the contact lines gone and added and the entries that no longer match,
    then replaces the text. ``dry_run`` reports the same and writes nothing.
    """
    try:
        plan = make_plan(page, knowledge_root, source_id=source_id, title=title, url=url)
        if plan.previous is not None:
            return reimport(plan, plan.previous, dry_run=dry_run, write=write)
        return import_new(plan, dry_run=dry_run, write=write)
    except KbImportError as refusal:
        write(f"kb import: {refusal}")
        return refusal.code
