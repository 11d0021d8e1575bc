"""The knowledge base: coverage of the documents, their traps, and the loader's errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Brain
from knowledge import KnowledgeError, check_provenance, load_knowledge_base

OCCS_DEPARTMENTS = {"ecce", "oscpa", "osse", "osel", "scs", "osa", "jrotc"}
OSSS_TEAMS = {
    "network-safety",
    "student-safety-services",
    "clinical-crisis",
    "safe-passage",
    "background-checks",
    "safety-operations",
}
ATTENDANCE_DEPARTMENTS = [
    "Networks",
    "Social and Emotional Learning",
    "Family and Community Engagement",
    "Accountability",
    "Information Technology Services",
    "Teaching and Learning",
    "Safety and Security",
    "Health and Wellness",
    "Procurement",
    "Transportation",
    "Related Service Providers",
    "School Counseling and Postsecondary Advising",
    "Students in Temporary Living Situations",
    "Policy and Procedures",
    "Legal",
]


def test_every_office_the_documents_name_is_present(brain: Brain) -> None:
    kb = brain.kb
    assert {o.id for o in kb.children_of("occs")} >= OCCS_DEPARTMENTS
    assert {o.id for o in kb.children_of("osss")} == OSSS_TEAMS
    assert kb.get("chicago-roadmap") is not None
    names = {n for o in kb for n in (o.name, *o.aliases)}
    missing = [d for d in ATTENDANCE_DEPARTMENTS if d not in names]
    assert missing == []
    cited = [o for o in kb if "attendance-partner-departments" in o.sources]
    assert len(cited) == 15


def test_shared_phone_is_kept_on_both_offices(brain: Brain) -> None:
    osse, osel = brain.kb.get("osse"), brain.kb.get("osel")
    assert osse and osel and osse.contacts and osel.contacts
    assert osse.contacts.phone == osel.contacts.phone == ("773-553-1830",)


def test_osel_has_both_faxes(brain: Brain) -> None:
    osel = brain.kb.get("osel")
    assert osel and osel.contacts
    assert osel.contacts.fax == ("773-553-1895", "773-553-3654")


def test_one_office_many_names(brain: Brain) -> None:
    scs = brain.kb.get("scs")
    jrotc = brain.kb.get("jrotc")
    assert scs and "Community Schools Initiative" in scs.aliases
    assert jrotc and "Department of JROTC Leadership" in jrotc.aliases
    sss = brain.kb.get("student-safety-services")
    assert sss and "Student Safety Center" in sss.aliases


def test_no_invented_contacts_where_documents_give_none(brain: Brain) -> None:
    kb = brain.kb
    osss = kb.get("osss")
    assert osss and osss.contacts and osss.contacts.phone == () and osss.contacts.address
    for office in kb:
        if office.source == "attendance-partner-departments":
            assert office.contacts is None, office.id
        if office.parent == "osss":
            assert office.contacts is None, office.id
    occs = kb.get("occs")
    assert occs and occs.contacts and occs.contacts.phone == ()
    assert occs.contacts.fax == ("773-553-3543",)


def test_bundled_knowledge_is_proven_against_its_sources(brain: Brain) -> None:
    assert check_provenance(brain.kb) == []


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"test setup: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "occs.yaml",
            "parent: occs\n",
            "parent: occss\n",
            "field 'parent': names unknown parent 'occss'",
        ),
        ("occs.yaml", "id: ecce", "id: oscpa", "field 'id': duplicates an id"),
        ("occs.yaml", 'phone: ["773-553-2000"]', 'phone: ["773-553-200"]', "is not a phone number"),
        (
            "occs.yaml",
            "    source: occs-departments-and-contacts\n    also_in: [occs-overview, career",
            "    also_in: [occs-overview, career",
            "field 'source': is required",
        ),
        (
            "occs.yaml",
            "aliases: [Early College and Career, Career Connected Learning]",
            "aliases: [Early College and Career, Community Schools Initiative]",
            "'Community Schools Initiative' is already a name of",
        ),
        (
            "occs.yaml",
            "    acronym: ECCE\n",
            "    acronymn: ECCE\n",
            "field 'acronymn': is not a known field",
        ),
        (
            "occs.yaml",
            "source: occs-departments-and-contacts",
            "source: nowhere",
            "cites unknown source 'nowhere'",
        ),
    ],
)
def test_loader_names_file_entry_and_field(
    knowledge_copy: Path, file: str, old: str, new: str, expected: str
) -> None:
    _edit(knowledge_copy / "offices" / file, old, new)
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    message = str(caught.value)
    assert f"knowledge/offices/{file}:" in message
    assert expected in message


def test_broken_yaml_names_file_and_line(knowledge_copy: Path) -> None:
    path = knowledge_copy / "offices" / "osss.yaml"
    lines = path.read_text().splitlines()
    lines[20] = "    handles: [unclosed"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    problem = caught.value.problems[0]
    assert problem.file.endswith("osss.yaml")
    assert problem.line is not None and 20 <= problem.line <= 23
    assert "not valid YAML" in str(caught.value)


def test_parent_cycle_is_rejected(knowledge_copy: Path) -> None:
    _edit(
        knowledge_copy / "offices" / "occs.yaml",
        "    acronym: OCCS\n",
        "    acronym: OCCS\n    parent: ecce\n",
    )
    with pytest.raises(KnowledgeError, match="parent cycle"):
        load_knowledge_base(knowledge_copy)


def test_every_problem_is_reported_at_once(knowledge_copy: Path) -> None:
    path = knowledge_copy / "offices" / "occs.yaml"
    _edit(path, 'phone: ["773-553-2000"]', 'phone: ["555"]')
    _edit(path, "parent: occs\n", "parent: nobody\n")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge_base(knowledge_copy)
    assert len(caught.value.problems) >= 2
