"""A page saved from a browser ("Save page as", HTML) reduced to its content lines.

Saved pages carry the whole site around the content: menus, header and footer, scripts and
styles, cookie banners, skip links, share buttons. Those are dropped by element (and by the
id, class and role that sites give them); what remains becomes one line per heading,
paragraph, list item or table cell, with ``<br>`` breaks kept, because a contact block's
address is two lines on the page and must be two lines in the source for ``kb check``.
When the page marks its content with ``<main>``, only that is kept.
"""

from __future__ import annotations

from html.parser import HTMLParser

from knowledge.importing.page import LineKind, Page, PageLine, page_from_lines
from knowledge.importing.page import word_set as _words

_DROPPED = _words(
    "script style nav aside form noscript template svg iframe select dialog object canvas"
)
#: Site furniture when outside the content; an article's own header holds its heading.
_SITE_ONLY = _words("header footer")
_CONTENT = _words("main article")
_DROPPED_ROLES = _words(
    "navigation banner contentinfo search complementary dialog alertdialog menu menubar"
)
#: Pieces of id and class names that sites give their furniture. Compound on purpose: a
#: section named "social-work-services" or "sharing-resources" is content.
_FURNITURE_NAMES = _words(
    "cookie consent gdpr breadcrumb skip-link skiplink skip-to social-links social-icons"
    " social-share share-buttons share-links sharethis addthis navbar sr-only visually-hidden"
    " screen-reader mega-menu main-menu site-menu dropdown-menu sub-menu submenu offcanvas"
    " site-header site-footer global-header global-footer"
)
#: Never dropped by their names: a body class like "cookie-banner-shown" says nothing.
_NEVER_FURNITURE = _words("html body main article")
_VOID = _words("area base br col embed hr img input link meta source track wbr")
_KINDS: dict[str, LineKind] = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6", "dt", "summary"), "heading"),
    "li": "item",
}
_BLOCKS = _words(
    "p div section article main li ul ol dl dt dd table thead tbody tfoot tr td th caption"
    " figcaption blockquote pre address h1 h2 h3 h4 h5 h6 body details summary"
)
#: Blocks whose text is running text even inside a list item (``<li><p>...</p></li>``).
_TEXT_BLOCKS = _words("p dd td th blockquote caption figcaption")
_BOLD = _words("strong b")


def _is_hidden(attrs: dict[str, str]) -> bool:
    style = attrs.get("style", "").replace(" ", "").lower()
    return (
        "hidden" in attrs
        or attrs.get("aria-hidden", "").lower() == "true"
        or ("display:none" in style)
    )


def _is_furniture(tag: str, attrs: dict[str, str], *, in_heading: bool) -> bool:
    """True for an element that holds no content: by tag, role, or an id or class name.

    Hidden blocks are kept: a saved page's collapsed accordion panels are hidden, and they
    hold the teams' descriptions. Hidden inline elements are icons ("expand_more", "+").
    Buttons are dropped ("Accept", "Menu") unless they are an accordion's titles.
    """
    if tag in _DROPPED:
        return True
    if tag in _NEVER_FURNITURE:
        return False
    if attrs.get("role", "").lower() in _DROPPED_ROLES:
        return True
    if tag not in _BLOCKS and _is_hidden(attrs):
        return True
    if tag == "button" and not (in_heading or "aria-expanded" in attrs or "aria-controls" in attrs):
        return True
    names = f"{attrs.get('id', '')} {attrs.get('class', '')}".lower().replace("_", "-")
    return any(name in names for name in _FURNITURE_NAMES)


class _Region:
    """An element followed by tag name until it closes (its same-named children counted)."""

    def __init__(self, tag: str) -> None:
        self.tag, self.depth = tag, 1

    def start(self, tag: str) -> None:
        if tag == self.tag:
            self.depth += 1

    def end(self, tag: str) -> bool:
        """Note an end tag; True when it closes this region."""
        if tag == self.tag:
            self.depth -= 1
        return self.depth == 0


class _LineCollector(HTMLParser):
    """Collects content lines, each marked whether it lay inside ``<main>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[PageLine, bool]] = []
        self.title: list[str] = []
        self._skip: _Region | None = None
        self._content: list[_Region] = []
        self._main: list[_Region] = []
        self._blocks: list[str] = []
        self._chunks: list[tuple[str, bool]] = []
        self._bold = 0
        self._in_title = False

    def parse_html_declaration(self, i: int) -> int:
        """A declaration, or its first two characters as text when it is malformed: Python
        3.11's parser raises AssertionError on "<![0" (a broken CDATA or conditional
        comment in a saved page), and a page that cannot be parsed must still be read."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.handle_data(self.rawdata[i : i + 2])
            return i + 2

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        attrs = {name: value or "" for name, value in attr_list}
        for region in (*self._content, *self._main):
            region.start(tag)
        if self._skip is not None:
            self._skip.start(tag)
            return
        if tag == "title":
            self._in_title = True
        elif tag not in _VOID and (
            _is_furniture(tag, attrs, in_heading=self._kind() == "heading")
            or (tag in _SITE_ONLY and not self._content)
        ):
            self._skip = _Region(tag)
        elif tag in _BOLD:
            self._bold += 1
        elif tag in ("br", "hr"):
            self._flush()
        elif tag in _BLOCKS:
            self._open_block(tag, attrs)

    def _open_block(self, tag: str, attrs: dict[str, str]) -> None:
        self._flush()
        if self._blocks and self._blocks[-1] in {"p", "li", "dt", "dd"} and tag in {"p", "li"}:
            self._blocks.pop()  # an unclosed <p> or <li> ends where the next one starts
        self._blocks.append(tag)
        if tag in _CONTENT:
            self._content.append(_Region(tag))
        if tag == "main" or attrs.get("role", "").lower() == "main":
            self._main.append(_Region(tag))

    def handle_endtag(self, tag: str) -> None:
        self._content = [r for r in self._content if not r.end(tag)]
        self._main_closing(tag)
        if self._skip is not None:
            if self._skip.end(tag):
                self._skip = None
            return
        if tag == "title":
            self._in_title = False
        elif tag in _BOLD:
            self._bold = max(0, self._bold - 1)
        elif tag in _BLOCKS:
            self._flush()
            if tag in self._blocks:
                while self._blocks.pop() != tag:
                    pass

    def _main_closing(self, tag: str) -> None:
        """Flush before leaving ``<main>`` so its last line is marked as inside it."""
        if any(r.tag == tag and r.depth == 1 for r in self._main):
            self._flush()
        self._main = [r for r in self._main if not r.end(tag)]

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif self._skip is None:
            self._chunks.append((data, self._bold > 0))

    def _flush(self) -> None:
        text = " ".join("".join(chunk for chunk, _ in self._chunks).split())
        bold = all(b for chunk, b in self._chunks if chunk.strip())
        self._chunks = []
        if not text:
            return
        kind = self._kind()
        if bold and len(text.split()) <= 12:
            kind = "heading"  # a paragraph that is all bold is how many sites write a heading
        if kind == "heading":
            self.lines.append((PageLine(""), bool(self._main)))
        self.lines.append((PageLine(text, kind), bool(self._main)))

    def _kind(self) -> LineKind:
        """What the innermost telling block makes the current line."""
        for tag in reversed(self._blocks):
            if tag in _KINDS:
                return _KINDS[tag]
            if tag in _TEXT_BLOCKS:
                return "text"
        return "text"

    def close(self) -> None:
        super().close()
        self._flush()


def read_html_page(raw: str) -> Page:
    """The content of a saved HTML page as a Page; its title is the ``<title>`` text."""
    collector = _LineCollector()
    collector.feed(raw)
    collector.close()
    in_main = any(inside and line.text for line, inside in collector.lines)
    lines = [line for line, inside in collector.lines if inside or not in_main]
    return page_from_lines("".join(collector.title), lines)
