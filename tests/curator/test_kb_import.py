"""`whohandles kb import`: a saved department page becomes a source text and a draft of offices.

The pages here are written by the tests, with the clutter a browser's "Save page as" keeps:
menus, a header and footer, inline scripts and styles, a cookie banner, "Skip to main content"
and social links. Every draft is checked with the project's own loader and provenance check.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from knowledge import KnowledgeError, check_provenance, load_knowledge_base
from knowledge.importing import (
    Draft,
    DraftOffice,
    RegistryEditError,
    SourceEntry,
    add_source,
    compare_page,
    draft_offices,
    page_title,
    read_page,
    render_draft,
    slug,
)
from knowledge.importing.contacts import ContactBlock
from knowledge.importing.names import split_acronym
from knowledge.importing.page import tidy
from knowledge.importing.sections import first_sentence
from knowledge.loader import DEFAULT_ROOT as KNOWLEDGE_ROOT

SOURCES_YAML = "sources/sources.yaml"


def _add_to_registry(knowledge: Path, entry: str) -> None:
    registry = knowledge / SOURCES_YAML
    registry.write_text(registry.read_text() + entry)


# --- The registry's optional url field -----------------------------------------------------------


def test_registry_reads_a_source_url(knowledge_copy: Path) -> None:
    _add_to_registry(
        knowledge_copy,
        "  - id: extra\n    title: Extra\n    file: occs-overview.txt\n"
        "    url: https://www.cps.edu/about/departments/extra/\n",
    )
    kb = load_knowledge_base(knowledge_copy)
    assert kb.sources["extra"].url == "https://www.cps.edu/about/departments/extra/"
    assert kb.sources["occs-overview"].url is None


@pytest.mark.parametrize(
    "url",
    [
        "www.cps.edu/about/",  # no scheme
        "http://www.cps.edu/about/",  # not https
        "https://cps/about/",  # no dot in the host
        "https://www.cps.edu/about us/",  # a space
        "https://user@www.cps.edu/",  # credentials
        "https:/www.cps.edu/about/",  # one slash
    ],
)
def test_malformed_url_names_file_line_entry_and_field(knowledge_copy: Path, url: str) -> None:
    _add_to_registry(
        knowledge_copy,
        f"  - id: extra\n    title: Extra\n    file: occs-overview.txt\n    url: {url}\n",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    [problem] = caught.value.problems
    assert (problem.file, problem.entry, problem.field) == (
        "knowledge/sources/sources.yaml",
        "extra",
        "url",
    )
    assert problem.line == (knowledge_copy / SOURCES_YAML).read_text().count("\n") - 3


def test_misspelt_source_field_is_a_problem(knowledge_copy: Path) -> None:
    _add_to_registry(
        knowledge_copy,
        "  - id: extra\n    title: Extra\n    file: occs-overview.txt\n    link: https://x.org/\n",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    assert [(p.entry, p.field) for p in caught.value.problems] == [("extra", "link")]


def test_provenance_problem_names_the_entry_line(knowledge_copy: Path) -> None:
    occs = knowledge_copy / "offices" / "occs.yaml"
    occs.write_text(occs.read_text().replace('["773-553-2000"]', '["773-553-2001"]'))
    [problem] = check_provenance(load_knowledge_base(knowledge_copy))
    entry_line = occs.read_text().splitlines().index("  - id: ecce") + 1
    assert problem.line == entry_line
    assert str(problem).startswith(f"knowledge/offices/occs.yaml:{entry_line}, entry 'ecce'")


# --- Pages as a browser saves them ---------------------------------------------------------------

CLUTTER = (
    "Skip to main content",
    "We use cookies",
    "Accept all",
    "dataLayer",
    "font-family",
    "About CPS",
    "Find a School",
    "Facebook",
    "Instagram",
    "All rights reserved",
    "Search this site",
)


def saved_page(title: str, content: str) -> str:
    """``content`` inside the furniture of a real district page, as "Save page as" keeps it."""
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8"><title>{title} | Chicago Public Schools</title>
<style>body {{ font-family: Arial; }} .hero {{ color: #003; }}</style>
<script>window.dataLayer = window.dataLayer || []; gtag('js', new Date());</script>
</head>
<body class="page cookie-banner-visible">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience.</p>
<button>Accept all</button></div>
<header class="site-header"><a href="/">Chicago Public Schools</a>
<nav aria-label="Main"><ul><li><a href="/about">About CPS</a></li>
<li><a href="/schools">Find a School</a></li></ul></nav>
<form role="search"><input type="text" placeholder="Search this site"></form></header>
<main id="main">
<ol class="breadcrumb"><li><a href="/">Home</a></li><li>Departments</li></ol>
{content}
<div class="social-share"><a href="#">Facebook</a> <a href="#">Instagram</a></div>
<p>Share this page: <a href="#">Facebook</a> | <a href="#">X</a></p>
</main>
<aside><h2>Related Links</h2><ul><li><a href="/a">Find a School</a></li></ul></aside>
<footer class="site-footer"><p>42 W. Madison St., Chicago, IL 60602</p>
<ul class="social-links"><li>Facebook</li><li>Instagram</li></ul>
<p>&copy; 2026 Chicago Public Schools. All rights reserved.</p></footer>
<script>document.querySelector('.cookie-banner').remove();</script>
</body></html>
"""


# --- The pure core -------------------------------------------------------------------------------


@given(st.text(max_size=300))
def test_any_input_reads_as_single_clean_lines(raw: str) -> None:
    for page in (read_page(raw, "x.html"), read_page(raw, "x.txt")):
        for line in page.lines:
            assert line.text.splitlines() in ([line.text], [])
            assert line.text == " ".join(line.text.split())
        assert page.text.splitlines() == [line.text for line in page.lines]


def test_accordion_titles_and_their_collapsed_panels_are_content() -> None:
    html = saved_page(
        "Safety",
        '<h3><button aria-expanded="false" aria-controls="p1">Network Safety'
        '<span class="material-icons" aria-hidden="true">expand_more</span></button></h3>'
        '<div id="p1" hidden><p>Manages safety support for each network.</p></div>'
        "<details><summary>Safe Passage</summary><p>Runs the Safe Passage program.</p></details>"
        '<button class="close">Close</button>',
    )
    lines = [(line.kind, line.text) for line in read_page(html, "safety.html").lines if line.text]
    assert lines == [
        ("heading", "Network Safety"),
        ("text", "Manages safety support for each network."),
        ("heading", "Safe Passage"),
        ("text", "Runs the Safe Passage program."),
    ]


@given(st.text(min_size=1, max_size=120).map(tidy).filter(bool))
def test_any_page_text_reads_back_from_the_draft_yaml(text: str) -> None:
    block = ContactBlock(text, 1, address=(text,))
    office = DraftOffice("x", text, 1, aliases=(text,), role=text, handles=(text,), contacts=block)
    rendered = render_draft(Draft("s", (office,), todos=(text,)), title=text, source_file="s.txt")
    [entry] = yaml.safe_load(rendered)["offices"]
    assert (entry["name"], entry["aliases"], entry["handles"]) == (text, [text], [text])
    assert " ".join(entry["role"].split()) == text
    assert (entry["contacts"]["heading"], entry["contacts"]["address"]) == (text, [text])


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        ("Runs the program. Also more.", "Runs the program."),
        (
            "Based at 42 W. Madison St. in the Loop. More.",
            "Based at 42 W. Madison St. in the Loop.",
        ),
        (
            "Works with U.S. Department of Education staff. More.",
            "Works with U.S. Department of Education staff.",
        ),
        ("Helps schools (see the handbook.) Then more.", "Helps schools (see the handbook.)"),
        ("No full stop at all", "No full stop at all"),
    ],
)
def test_role_is_the_first_sentence(paragraph: str, sentence: str) -> None:
    assert first_sentence(paragraph) == sentence


@pytest.mark.parametrize(
    ("heading", "parts"),
    [
        (
            "Office of Language and Cultural Education (OLCE)",
            ("Office of Language and Cultural Education", "OLCE"),
        ),
        ("Department of JROTC Leadership", ("Department of JROTC Leadership", None)),
        ("773-553-1895 (Fax)", ("773-553-1895 (Fax)", None)),
        ("Family and Community Engagement (FACE)", ("Family and Community Engagement", "FACE")),
    ],
)
def test_acronyms_come_from_parentheses(heading: str, parts: tuple[str, str | None]) -> None:
    assert split_acronym(heading) == parts


def test_title_gives_the_id() -> None:
    assert slug(
        page_title("Office of Language and Cultural Education | Chicago Public Schools")
    ) == ("language-and-cultural-education")


def test_the_shipped_departments_page_drafts_like_the_curated_yaml() -> None:
    """The real page's traps: entries run together with " -", OSSE and OSEL named two ways,
    JROTC's block under "Department of JROTC Leadership", and SCS's under another name."""
    text = (KNOWLEDGE_ROOT / "sources" / "occs-departments-and-contacts.txt").read_text()
    draft = draft_offices(read_page(text, "occs.txt"), "occs-departments-and-contacts")
    curated = load_knowledge_base()
    by_id = {office.id: office for office in draft.offices}
    for office_id in ("ecce", "oscpa", "osse", "osel", "osa", "jrotc"):
        block, expected = by_id[office_id].contacts, curated.offices[office_id].contacts
        assert block and expected
        assert (block.heading, block.phone, block.fax, block.address) == (
            expected.heading,
            expected.phone,
            expected.fax,
            expected.address,
        ), office_id
    assert by_id["osse"].aliases == ("Office of Student Support and Engagement",)
    assert by_id["jrotc"].aliases == ("Department of JROTC Leadership",)
    assert by_id["scs"].contacts is None
    unmatched = by_id["community-schools-initiative"]
    assert unmatched.contacts and unmatched.contacts.phone == ("773-553-3138",)
    assert any("only over its contact lines" in todo for todo in unmatched.todos)


def test_contacts_kb_check_would_refuse_are_left_out_with_a_todo() -> None:
    """kb check reads the block under the first line equal to the heading. Here that line is
    the team's description heading, and another office's block stands between it and the
    phone, so the phone cannot be proven where it is and is left for the curator."""
    text = (
        "Office of Testing (OT)\nThe Office of Testing runs every district assessment.\n\n"
        "Scoring Team\nScores the spring tests for every school.\n\n"
        "Office of Testing\n773-555-0170\n\nScoring Team\n773-555-0171\n"
    )
    draft = draft_offices(read_page(text, "t.txt"), "testing")
    scoring = next(o for o in draft.offices if o.id == "scoring-team")
    assert scoring.contacts is None
    assert any("left out" in todo and "773-555-0171" in todo for todo in scoring.todos)
    office = next(o for o in draft.offices if o.id == "ot")
    assert office.contacts and office.contacts.phone == ("773-555-0170",)


def test_registry_edit_keeps_a_layout_with_items_at_the_margin_and_a_later_key() -> None:
    registry = "# Sources.\nsources:\n- id: a\n  title: A\n  file: a.txt\n\n# Notes.\nnotes: x\n"
    edited = add_source(registry, SourceEntry("b", "B: the page", "b.txt"))
    assert edited == (
        "# Sources.\nsources:\n- id: a\n  title: A\n  file: a.txt\n"
        '- id: b\n  title: "B: the page"\n  file: b.txt\n\n# Notes.\nnotes: x\n'
    )


def test_registry_that_cannot_be_extended_is_refused() -> None:
    with pytest.raises(RegistryEditError):
        add_source("sources: []\n", SourceEntry("b", "B", "b.txt"))


def test_compare_page_counts_a_shared_phone_once_per_office() -> None:
    old = "OSSE\n773-553-1830\n\nOSEL\n773-553-1830\n773-553-1895 (Fax)\n"
    new = "OSSE\n773-553-1830\n\nOSEL\n773-553-1899\n773-553-1895 (Fax)\n"
    changes = compare_page(old, new)
    assert [(c.line, c.heading) for c in changes.gone] == [("773-553-1830", "OSEL")]
    assert [(c.line, c.heading, c.number) for c in changes.added] == [("773-553-1899", "OSEL", 5)]
    assert changes.stale == ()
