"""`whohandles kb import`: a saved department page becomes a source text and a draft of offices.

The pages here are written by the tests, with the clutter a browser's "Save page as" keeps:
menus, a header and footer, inline scripts and styles, a cookie banner, "Skip to main content"
and social links. Every draft is checked with the project's own loader and provenance check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from bot.kb_import import run_import
from knowledge import Contacts, KnowledgeError, check_provenance, load_knowledge_base
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
    assert (
        kb.sources["occs-overview"].url
        == "https://cps.edu/about/departments/college-and-career-success"
    )


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
@example("<![0")  # Python 3.11's HTML parser raises AssertionError on it
@example("text <![if !IE]> more <![endif]>")
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


def test_a_heading_that_stands_twice_keeps_its_contacts() -> None:
    """The team's name heads its description and, further down, its contact block, with
    another office's block between: kb check reads every block under the heading, so the
    phone is proven where it stands and the draft keeps it."""
    text = (
        "Office of Testing (OT)\nThe Office of Testing runs every district assessment.\n\n"
        "Scoring Team\nScores the spring tests for every school.\n\n"
        "Office of Testing\n773-555-0170\n\nScoring Team\n773-555-0171\n"
    )
    draft = draft_offices(read_page(text, "t.txt"), "testing")
    scoring = next(o for o in draft.offices if o.id == "scoring-team")
    assert scoring.contacts is not None and scoring.contacts.phone == ("773-555-0171",)
    assert not any("left out" in todo for todo in scoring.todos)
    office = next(o for o in draft.offices if o.id == "ot")
    assert office.contacts and office.contacts.phone == ("773-555-0170",)


def test_contacts_kb_check_would_refuse_are_left_out_with_a_todo() -> None:
    """A phone written another way ("Phone: (773) 555-0171") cannot be proven as a line of
    the page in kb check's exact form, so the draft leaves it for the curator."""
    text = (
        "Office of Testing (OT)\nThe Office of Testing runs every district assessment.\n\n"
        "Office of Testing\nPhone: (773) 555-0170\n"
    )
    draft = draft_offices(read_page(text, "t.txt"), "testing")
    office = next(o for o in draft.offices if o.id == "ot")
    assert office.contacts is None or not office.contacts.phone


def test_contacts_under_contact_us_go_to_the_pages_office_for_the_curator_to_confirm() -> None:
    html = (
        "<main><h1>Office of Testing (OT)</h1><p>The Office of Testing runs every assessment.</p>"
        "<h2>Contact Us</h2><p><strong>Main Office</strong><br>773-555-0170<br>"
        "125 S. Clark St., 10th Floor<br>Chicago, IL 60603</p></main>"
    )
    [office] = draft_offices(read_page(html, "testing.html"), "testing").offices
    assert office.contacts and office.contacts.heading == "Main Office"
    assert office.contacts.address == ("125 S. Clark St., 10th Floor", "Chicago, IL 60603")
    assert office.aliases == ()  # "Main Office" is not a name of the office
    assert office.todos == (
        "contacts taken from under 'Main Office' (source line 6): check they are this office's",
    )


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


# --- The command, on a saved department page -----------------------------------------------------

OLCE_CONTENT = """
<h1>Office of Language and Cultural Education (OLCE)</h1>
<p>The Office of Language and Cultural Education (OLCE) supports English learners and
   world language programs across the district. It also partners with families.</p>
<div class="contact-card"><p><strong>Office of Language and Cultural Education</strong><br>
773-555-0142<br>
773-555-0143 (Fax)<br>
42 W. Madison St.<br>
Chicago, IL&nbsp;60602</p></div>
<h2>Our Teams</h2>
<h3>Bilingual Education Programs</h3>
<p>Supports schools in running bilingual education and English as a second language
   programs. Staff visit every school.</p>
<ul><li>Program reviews &amp; compliance</li><li>ELPT testing support</li></ul>
<h3>World Language Team</h3>
<p>Helps schools offer world language courses, including the Seal of Biliteracy.</p>
<p><b>World Language Team</b><br>773-555-0150</p>
<h3>Newcomer Support</h3>
<p>Welcomes students new to the country and connects their families to services.</p>
"""
OLCE_ID = "language-and-cultural-education"


@dataclass
class Run:
    """One ``run_import`` call: its exit code and what it printed."""

    code: int
    lines: list[str]

    @property
    def output(self) -> str:
        return "\n".join(self.lines)


def run(page: Path, knowledge: Path, **options: Any) -> Run:
    lines: list[str] = []
    code = run_import(page, knowledge, write=lines.append, **options)
    return Run(code, lines)


def write_page(tmp_path: Path, text: str, name: str = "olce.html") -> Path:
    page = tmp_path / "saved" / name
    page.parent.mkdir(exist_ok=True)
    page.write_text(text, encoding="utf-8")
    return page


@pytest.fixture
def olce_page(tmp_path: Path) -> Path:
    return write_page(
        tmp_path, saved_page("Office of Language and Cultural Education", OLCE_CONTENT)
    )


@pytest.fixture
def imported(olce_page: Path, knowledge_copy: Path) -> Run:
    """The OLCE page imported into a copy of the knowledge folder."""
    result = run(olce_page, knowledge_copy, url="https://www.cps.edu/olce/")
    assert result.code == 0, result.output
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_clean_text_keeps_the_content_and_drops_the_clutter(
    imported: Run, knowledge_copy: Path
) -> None:
    text = (knowledge_copy / "sources" / f"{OLCE_ID}.txt").read_text()
    lines = text.splitlines()
    assert lines[0] == "Office of Language and Cultural Education (OLCE)"
    assert lines[1].startswith("The Office of Language and Cultural Education (OLCE) supports")
    assert lines[1].endswith("It also partners with families.")  # one line, whitespace collapsed
    for line in ("773-555-0143 (Fax)", "Chicago, IL 60602", "Program reviews & compliance"):
        assert line in lines  # entities decoded, <br> breaks kept as lines
    for clutter in CLUTTER:
        assert clutter not in text, clutter
    assert "Home" not in lines and "Share this page: Facebook | X" not in text


def test_the_import_says_what_it_wrote(imported: Run) -> None:
    assert imported.lines == [
        f"wrote knowledge/sources/{OLCE_ID}.txt (24 lines)",
        f"registered source '{OLCE_ID}' in knowledge/sources/sources.yaml",
        f"wrote draft knowledge/offices/{OLCE_ID}.yaml: 4 offices, 3 TODOs",
        "next: edit the TODOs, then run whohandles kb check",
    ]


def test_draft_loads_and_passes_provenance(imported: Run, knowledge_copy: Path) -> None:
    kb = load_knowledge_base(knowledge_copy)
    assert check_provenance(kb) == []
    drafted = [o for o in kb if o.source == OLCE_ID]
    assert [o.id for o in drafted] == [
        "olce",
        "bilingual-education-programs",
        "world-language-team",
        "newcomer-support",
    ]
    source = kb.sources[OLCE_ID]
    assert (source.title, source.url) == (
        "Office of Language and Cultural Education",
        "https://www.cps.edu/olce/",
    )


def test_names_roles_and_handles_are_the_pages_words(imported: Run, knowledge_copy: Path) -> None:
    kb = load_knowledge_base(knowledge_copy)
    olce, bilingual = kb.get("olce"), kb.get("bilingual-education-programs")
    assert olce and bilingual
    assert (olce.name, olce.acronym) == ("Office of Language and Cultural Education", "OLCE")
    assert olce.role == (
        "The Office of Language and Cultural Education (OLCE) supports English learners and "
        "world language programs across the district."
    )
    assert bilingual.role.endswith("English as a second language programs.")
    assert bilingual.handles == ("Program reviews & compliance", "ELPT testing support")


def test_contacts_are_copied_exactly_under_their_headings(
    imported: Run, knowledge_copy: Path
) -> None:
    kb = load_knowledge_base(knowledge_copy)
    olce, world = kb.get("olce"), kb.get("world-language-team")
    assert olce and olce.contacts and world and world.contacts
    assert olce.contacts == Contacts(
        source=OLCE_ID,
        heading="Office of Language and Cultural Education",
        phone=("773-555-0142",),
        fax=("773-555-0143",),
        address=("42 W. Madison St.", "Chicago, IL 60602"),
    )
    assert (world.contacts.heading, world.contacts.phone) == (
        "World Language Team",
        ("773-555-0150",),
    )


def test_a_team_without_contacts_gets_a_todo_and_no_contacts(
    imported: Run, knowledge_copy: Path
) -> None:
    newcomer = load_knowledge_base(knowledge_copy).get("newcomer-support")
    assert newcomer and newcomer.contacts is None
    entry = _entry_text(knowledge_copy / "offices" / f"{OLCE_ID}.yaml", "newcomer-support")
    assert "# TODO: no contact lines found for this office on the page" in entry
    assert "contacts:" not in entry


def test_teams_on_the_page_are_part_of_its_office(imported: Run, knowledge_copy: Path) -> None:
    kb = load_knowledge_base(knowledge_copy)
    assert kb.get("olce").parent is None  # type: ignore[union-attr]
    assert {o.id for o in kb.children_of("olce")} == {
        "bilingual-education-programs",
        "world-language-team",
        "newcomer-support",
    }


def test_registry_entry_is_appended_with_comments_and_order_kept(
    olce_page: Path, knowledge_copy: Path
) -> None:
    registry = knowledge_copy / SOURCES_YAML
    before = registry.read_text()
    run(olce_page, knowledge_copy, url="https://www.cps.edu/olce/")
    assert registry.read_text() == before + (
        f"  - id: {OLCE_ID}\n"
        '    title: "Office of Language and Cultural Education"\n'
        f"    file: {OLCE_ID}.txt\n"
        "    url: https://www.cps.edu/olce/\n"
    )


def _entry_text(path: Path, office_id: str) -> str:
    """The lines of one entry in a YAML offices file, up to the next entry."""
    text = path.read_text()
    start = text.index(f"  - id: {office_id}\n")
    end = text.find("\n  - id: ", start + 1)
    return text[start : end if end != -1 else len(text)]


# --- A plain-text page, with the traps of the real ones ------------------------------------------

#: Saved as text: a "Top of Page" link, bullets, the office named two ways, a contact block
#: that runs entries together with " -" line ends, a phone kb check cannot prove, and a team
#: with no contacts.
TRANSPORT_TEXT = """Top of Page

Office of Student Transportation Services (OSTS)

The Office of Student Transportation Services (OSTS) arranges bus service for eligible \
students. It works with the CTA.

Routing and Scheduling
Plans bus routes for students with IEPs and for magnet and selective enrollment schools.
  • Bus stop requests
  • Route changes

Field Trips
Approves and books buses for school field trips.

Contact Information
-
Student Transportation Services
773-555-0100
773-555-0101 (Fax)
42 W. Madison St.
Chicago, IL 60602 -
Department of Routing and Scheduling
773-555-0110 -
Phone: (773) 555-0199
"""
TRANSPORT_ID = "student-transportation-services"


@pytest.fixture
def transport(tmp_path: Path, knowledge_copy: Path) -> Run:
    result = run(write_page(tmp_path, TRANSPORT_TEXT, "transport.txt"), knowledge_copy)
    assert result.code == 0, result.output
    return result


def test_a_plain_text_page_is_drafted_too(transport: Run, knowledge_copy: Path) -> None:
    kb = load_knowledge_base(knowledge_copy)
    assert check_provenance(kb) == []
    osts, routing = kb.get("osts"), kb.get("routing-and-scheduling")
    assert osts and osts.contacts and routing and routing.contacts
    assert osts.aliases == ("Student Transportation Services",)  # the office named two ways
    assert (osts.contacts.phone, osts.contacts.fax, osts.contacts.address) == (
        ("773-555-0100",),
        ("773-555-0101",),
        ("42 W. Madison St.", "Chicago, IL 60602"),  # the run-together " -" is layout
    )
    assert routing.parent == "osts"
    assert routing.aliases == ("Department of Routing and Scheduling",)
    assert routing.contacts.phone == ("773-555-0110",)
    assert routing.handles == ("Bus stop requests", "Route changes")
    text = (knowledge_copy / "sources" / f"{TRANSPORT_ID}.txt").read_text()
    assert "Top of Page" not in text


def test_plain_text_doubts_become_todos(transport: Run, knowledge_copy: Path) -> None:
    draft = (knowledge_copy / "offices" / f"{TRANSPORT_ID}.yaml").read_text()
    assert "'Phone: (773) 555-0199' looks like a contact" in draft
    field_trips = _entry_text(knowledge_copy / "offices" / f"{TRANSPORT_ID}.yaml", "field-trips")
    assert "# TODO: no contact lines found for this office on the page" in field_trips
    assert "# TODO: check that 'Field Trips' is an office or team" in field_trips
    assert transport.lines[2] == (
        f"wrote draft knowledge/offices/{TRANSPORT_ID}.yaml: 3 offices, 3 TODOs"
    )


# --- A newer copy of a page ----------------------------------------------------------------------


def test_reimport_reports_the_changed_phone_and_the_stale_entry(
    imported: Run, tmp_path: Path, knowledge_copy: Path
) -> None:
    newer = OLCE_CONTENT.replace("773-555-0142", "773-555-0199")
    page = write_page(tmp_path, saved_page("Office of Language and Cultural Education", newer))
    offices_before = snapshot(knowledge_copy / "offices")
    registry_before = (knowledge_copy / SOURCES_YAML).read_text()

    result = run(page, knowledge_copy)

    assert result.code == 0
    heading = "(under 'Office of Language and Cultural Education')"
    assert result.lines[1:6] == [
        "contact lines gone:",
        f"  - 773-555-0142  {heading}",
        "contact lines added:",
        f"  + 773-555-0199  {heading}",
        "entries that no longer match the new page (kb check fails until they are fixed):",
    ]
    stale = result.lines[6]
    assert stale.startswith(
        f"  knowledge/offices/{OLCE_ID}.yaml:7, entry 'olce', field 'contacts.phone'"
    )
    assert result.lines[-1].startswith("next: update those entries")
    source = (knowledge_copy / "sources" / f"{OLCE_ID}.txt").read_text()
    assert "773-555-0199" in source and "773-555-0142" not in source
    assert snapshot(knowledge_copy / "offices") == offices_before  # no new draft
    assert (knowledge_copy / SOURCES_YAML).read_text() == registry_before
    problems = check_provenance(load_knowledge_base(knowledge_copy))
    assert [(p.entry, p.field) for p in problems] == [("olce", "contacts.phone")]


def test_reimport_of_a_shipped_page_names_the_entry_to_fix(
    tmp_path: Path, knowledge_copy: Path
) -> None:
    shipped = (knowledge_copy / "sources" / "occs-departments-and-contacts.txt").read_text()
    page = write_page(tmp_path, shipped.replace("773-553-2000", "773-553-2999"), "occs.txt")
    result = run(page, knowledge_copy, source_id="occs-departments-and-contacts")
    assert "  - 773-553-2000  (under 'Early College and Career Education')" in result.lines
    assert "  + 773-553-2999  (under 'Early College and Career Education')" in result.lines
    assert [line for line in result.lines if "entry '" in line] == [
        "  knowledge/offices/occs.yaml:27, entry 'ecce', field 'contacts.phone': '773-553-2000' "
        "is not under 'Early College and Career Education' in occs-departments-and-contacts.txt "
        "(looked for the line '773-553-2000')"
    ]


def test_reimport_of_the_same_page_changes_nothing(
    imported: Run, olce_page: Path, knowledge_copy: Path
) -> None:
    before = snapshot(knowledge_copy)
    result = run(olce_page, knowledge_copy)
    assert result.lines == [
        f"knowledge/sources/{OLCE_ID}.txt: the page is unchanged, nothing to do"
    ]
    assert snapshot(knowledge_copy) == before


# --- --dry-run -----------------------------------------------------------------------------------


def test_dry_run_of_a_new_page_writes_nothing(olce_page: Path, knowledge_copy: Path) -> None:
    before = snapshot(knowledge_copy)
    result = run(olce_page, knowledge_copy, dry_run=True)
    assert result.code == 0
    assert result.lines == [
        f"would write knowledge/sources/{OLCE_ID}.txt (24 lines)",
        f"would register source '{OLCE_ID}' in knowledge/sources/sources.yaml",
        f"would write draft knowledge/offices/{OLCE_ID}.yaml: 4 offices, 3 TODOs",
        "dry run: nothing written",
    ]
    assert snapshot(knowledge_copy) == before


def test_dry_run_of_a_newer_copy_shows_the_changes_and_writes_nothing(
    imported: Run, tmp_path: Path, knowledge_copy: Path
) -> None:
    newer = OLCE_CONTENT.replace("773-555-0142", "773-555-0199")
    page = write_page(tmp_path, saved_page("Office of Language and Cultural Education", newer))
    before = snapshot(knowledge_copy)
    result = run(page, knowledge_copy, dry_run=True)
    assert "  - 773-555-0142  (under 'Office of Language and Cultural Education')" in result.lines
    assert any("entry 'olce', field 'contacts.phone'" in line for line in result.lines)
    assert result.lines[-2:] == [
        f"would write knowledge/sources/{OLCE_ID}.txt (24 lines)",
        "dry run: nothing written",
    ]
    assert snapshot(knowledge_copy) == before


# --- Refusals: one line, an exit code, nothing written -------------------------------------------


def _refused(page: Path, knowledge: Path, code: int = 1, **options: Any) -> str:
    before = snapshot(knowledge)
    result = run(page, knowledge, **options)
    assert result.code == code
    assert len(result.lines) == 1 and result.lines[0].startswith("kb import: "), result.lines
    assert snapshot(knowledge) == before
    return result.lines[0]


def test_missing_page(tmp_path: Path, knowledge_copy: Path) -> None:
    line = _refused(tmp_path / "nowhere.html", knowledge_copy)
    assert line == f"kb import: {tmp_path / 'nowhere.html'}: no such file"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a web page or a text file"),
        ("Caf\u00e9 de l'\u00e9cole".encode("latin-1"), "is not UTF-8 text"),
        (
            saved_page("Empty", "<script>var x = 1;</script><nav>Menu</nav>").encode(),
            "found no text in",
        ),
    ],
)
def test_unreadable_page(tmp_path: Path, knowledge_copy: Path, content: bytes, says: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    assert says in _refused(page, knowledge_copy)


def test_an_id_that_is_another_sources(tmp_path: Path, knowledge_copy: Path) -> None:
    # "OCCS Overview" makes the id occs-overview, a shipped source with another title.
    page = write_page(tmp_path, saved_page("OCCS Overview", OLCE_CONTENT))
    line = _refused(page, knowledge_copy)
    assert line.startswith("kb import: source 'occs-overview' already exists")
    assert "pass --id occs-overview" in line


def test_an_offices_file_that_already_exists(olce_page: Path, knowledge_copy: Path) -> None:
    (knowledge_copy / "offices" / f"{OLCE_ID}.yaml").write_text("offices: []\n")
    line = _refused(olce_page, knowledge_copy)
    assert line == (
        f"kb import: knowledge/offices/{OLCE_ID}.yaml already exists; pass another --id, "
        "or delete that file to draft it again"
    )


def test_a_source_text_that_is_not_registered(olce_page: Path, knowledge_copy: Path) -> None:
    (knowledge_copy / "sources" / f"{OLCE_ID}.txt").write_text("an old capture\n")
    assert "is not registered as source" in _refused(olce_page, knowledge_copy)


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"url": "http://www.cps.edu/olce/"}, "--url: 'http://www.cps.edu/olce/' must start"),
        ({"source_id": "OLCE_2026"}, "--id 'OLCE_2026' must be lower-case"),
        ({"title": "* * *"}, "cannot make an id from the title '* * *'; pass --id"),
    ],
)
def test_bad_options(
    olce_page: Path, knowledge_copy: Path, options: dict[str, str], says: str
) -> None:
    assert says in _refused(olce_page, knowledge_copy, code=2, **options)


# --- When the draft cannot pass yet, kb check says exactly where ---------------------------------


def test_an_office_named_only_over_its_contacts_fails_on_its_role(
    tmp_path: Path, knowledge_copy: Path
) -> None:
    content = OLCE_CONTENT + "<h2>Family Outreach Unit</h2><p>773-555-0160</p>"
    page = write_page(tmp_path, saved_page("Office of Language and Cultural Education", content))
    run(page, knowledge_copy)
    draft = knowledge_copy / "offices" / f"{OLCE_ID}.yaml"
    entry = _entry_text(draft, "family-outreach-unit")
    assert "# TODO: write the role in your own words" in entry
    assert "contacts:" in entry and '"773-555-0160"' in entry
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    [problem] = caught.value.problems
    line = draft.read_text().splitlines().index("  - id: family-outreach-unit") + 1
    assert (problem.file, problem.line, problem.entry, problem.field) == (
        f"knowledge/offices/{OLCE_ID}.yaml",
        line,
        "family-outreach-unit",
        "role",
    )


def test_a_name_the_knowledge_base_already_has_is_a_todo(
    tmp_path: Path, knowledge_copy: Path
) -> None:
    content = OLCE_CONTENT + (
        "<h3>Sports Administration (OSA)</h3><p>Runs the language bowl and other contests.</p>"
    )
    page = write_page(tmp_path, saved_page("Office of Language and Cultural Education", content))
    run(page, knowledge_copy)
    entry = _entry_text(knowledge_copy / "offices" / f"{OLCE_ID}.yaml", "osa")
    assert (
        "# TODO: 'Sports Administration' is already a name of 'osa' (knowledge/offices/occs.yaml)"
        in entry
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    assert ("osa", "id") in {(p.entry, p.field) for p in caught.value.problems}
