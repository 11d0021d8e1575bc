"""Importing a department page: clean source text, a draft of offices, what a new copy changes.

Pure functions over strings and frozen values: reading files, writing them and printing are
``bot.kb_import``'s job, so everything here is tested without a disk and reused by any front
end. The steps, each in its own module:

- ``reading``, ``html_page``, ``page``: HTML or text to clean lines, the page's furniture gone;
- ``contacts``, ``sections``: contact blocks, headings and the words under them;
- ``entries``, ``draft``: office entries, each fact copied, each doubt a TODO, proven by the
  real provenance check before they are returned; ``render``: the draft as YAML text;
- ``changes``: contact lines gone and added between two copies of a page, and stale entries;
- ``registry``: a new source appended to ``sources.yaml`` as text, comments kept.
"""

from knowledge.importing.changes import ContactLine, PageChanges, compare_page
from knowledge.importing.draft import Draft, DraftOffice, draft_offices
from knowledge.importing.names import page_title, slug
from knowledge.importing.page import Page, PageLine
from knowledge.importing.reading import read_page
from knowledge.importing.registry import RegistryEditError, SourceEntry, add_source
from knowledge.importing.render import render_draft

__all__ = [
    "ContactLine",
    "Draft",
    "DraftOffice",
    "Page",
    "PageChanges",
    "PageLine",
    "RegistryEditError",
    "SourceEntry",
    "add_source",
    "compare_page",
    "draft_offices",
    "page_title",
    "read_page",
    "render_draft",
    "slug",
]
