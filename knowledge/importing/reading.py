"""One entry point for a page whatever its form: HTML saved from a browser, or plain text."""

from __future__ import annotations

import re

from knowledge.importing.html_page import read_html_page
from knowledge.importing.page import Page, read_text_page

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|main|div|p|h1)\b", re.IGNORECASE)


def looks_like_html(raw: str, name: str = "") -> bool:
    """True for a saved web page: by its file name, or by markup near its start."""
    return name.lower().endswith(_HTML_SUFFIXES) or bool(_HTML_START.search(raw[:4096]))


def read_page(raw: str, name: str = "") -> Page:
    """The page's content lines, read as HTML or as text (``name`` is its file's name)."""
    return read_html_page(raw) if looks_like_html(raw, name) else read_text_page(raw)
