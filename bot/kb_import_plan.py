"""What one ``kb import`` run works with, gathered and checked before anything is written.

The page must be readable, its id well formed, and the id either new (with no file in the
way) or an existing source this page is a newer copy of. Each refusal is a KbImportError
whose message is the one line the curator sees.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from knowledge import KnowledgeBase, KnowledgeError, Source, load_knowledge_base
from knowledge.importing import Page, page_title, read_page, slug
from knowledge.loader import ID_PATTERN, load_sources
from knowledge.urls import url_problem
from knowledge.yamlio import display_path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Write = Callable[[str], None]


class KbImportError(Exception):
    """Why an import stops, in one line a curator can act on, with the exit code to give."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Plan:
    """What one run works with, gathered before anything is written."""

    page: Page
    source_id: str
    title: str
    url: str | None
    root: Path
    #: The knowledge base as it loads now, or None when it does not (a draft in progress).
    kb: KnowledgeBase | None
    #: The source this page is a newer copy of, or None for a new source.
    previous: Source | None

    def shown(self, path: Path) -> str:
        """``path`` as curators see it: ``knowledge/sources/x.txt``."""
        return display_path(path)


def read_page_file(path: Path) -> Page:
    """The page at ``path``, or KbImportError saying why it cannot be used."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KbImportError(f"{path}: no such file") from None
    except OSError as exc:
        raise KbImportError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if b"\x00" in data[:4096]:
        raise KbImportError(
            f"{path} is not a web page or a text file; save the page as HTML or text"
        )
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise KbImportError(f"{path} is not UTF-8 text; save the page again as UTF-8") from None
    page = read_page(raw, path.name)
    if page.is_empty:
        raise KbImportError(f"found no text in {path}; is it a page saved from a browser?")
    return page


def _knowledge(root: Path) -> tuple[KnowledgeBase | None, dict[str, Source]]:
    """The knowledge base if it loads, and the registered sources (which must load)."""
    try:
        kb = load_knowledge_base(root)
        return kb, dict(kb.sources)
    except KnowledgeError:
        pass
    try:
        return None, load_sources(root.resolve())
    except KnowledgeError as exc:
        first = str(exc.problems[0]) if exc.problems else str(exc)
        message = f"the source registry has problems ({first}); run whohandles kb check"
        raise KbImportError(message) from None


def _previous(
    sources: dict[str, Source], source_id: str, *, explicit: bool, title: str, url: str | None
) -> Source | None:
    """The source this page replaces, or None; KbImportError when the id is another page's.

    A derived id that happens to equal an existing one is not trusted to mean "the same
    page" unless the title or the url agrees; passing ``--id`` says so explicitly.
    """
    existing = sources.get(source_id)
    if existing is None or explicit or existing.title == title or (url and existing.url == url):
        return existing
    raise KbImportError(
        f"source '{source_id}' already exists ({existing.title}); if this page is a newer copy "
        f"of it, pass --id {source_id}; otherwise pass another --id"
    )


def make_plan(
    page_path: Path, root: Path, *, source_id: str | None, title: str | None, url: str | None
) -> Plan:
    """Everything one run needs, checked; KbImportError at the first thing that stops it."""
    if url is not None and (reason := url_problem(url)):
        raise KbImportError(f"--url: {reason}", EXIT_USAGE)
    page = read_page_file(page_path)
    title = title or page_title(page.title) or page_path.stem
    sid = source_id or slug(title)
    if not sid:
        raise KbImportError(f"cannot make an id from the title '{title}'; pass --id", EXIT_USAGE)
    if not ID_PATTERN.match(sid):
        raise KbImportError(
            f"--id '{sid}' must be lower-case letters, digits and dashes", EXIT_USAGE
        )
    kb, sources = _knowledge(root)
    previous = _previous(sources, sid, explicit=source_id is not None, title=title, url=url)
    plan = Plan(page, sid, title, url, root, kb, previous)
    if previous is None:
        _check_free(plan)
    return plan


def _check_free(plan: Plan) -> None:
    """KbImportError when a new source's text or draft would overwrite a file."""
    text = plan.root / "sources" / f"{plan.source_id}.txt"
    if text.exists():
        raise KbImportError(
            f"{plan.shown(text)} already exists but is not registered as source "
            f"'{plan.source_id}'; pass another --id"
        )
    draft = plan.root / "offices" / f"{plan.source_id}.yaml"
    if draft.exists():
        raise KbImportError(
            f"{plan.shown(draft)} already exists; pass another --id, or delete that file to "
            "draft it again"
        )
