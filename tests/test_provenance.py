"""`kb check` provenance: every contact must stand, exactly, under its office in its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import check_provenance, load_knowledge_base


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("old", "new", "entry", "field"),
    [
        # A mistyped digit.
        ('phone: ["773-553-2000"]', 'phone: ["773-553-2001"]', "ecce", "contacts.phone"),
        # A fax filed as a phone: the number exists, but only with "(Fax)" beside it.
        ('phone: ["773-553-3906"]', 'phone: ["773-553-3470"]', "oscpa", "contacts.phone"),
        # A neighbour's number under the wrong office (SCS's phone pasted into Sports).
        ('phone: ["773-534-0700"]', 'phone: ["773-553-3138"]', "osa", "contacts.phone"),
        # An address "tidied" by adding the period the source does not have.
        (
            'address: ["42 W. Madison St", "Chicago, IL 60602"]',
            'address: ["42 W. Madison St.", "Chicago, IL 60602"]',
            "oscpa",
            "contacts.address",
        ),
        # A heading that is not in the document.
        ("heading: Sports Administration", "heading: Athletics Office", "osa", "contacts.heading"),
        # A name that does not appear in any cited document.
        ("name: Sports Administration", "name: Sports Administration Office", "osa", "name"),
    ],
)
def test_provenance_catches(
    knowledge_copy: Path, old: str, new: str, entry: str, field: str
) -> None:
    _edit(knowledge_copy / "offices" / "occs.yaml", old, new)
    problems = check_provenance(load_knowledge_base(knowledge_copy))
    assert [(p.entry, p.field) for p in problems] == [(entry, field)]
    assert "occs.yaml" in str(problems[0])


def test_contact_invented_for_office_without_one(knowledge_copy: Path) -> None:
    _edit(
        knowledge_copy / "offices" / "osss.yaml",
        '      address: ["42 W. Madison St.", "Chicago, IL 60602"]\n',
        '      address: ["42 W. Madison St.", "Chicago, IL 60602"]\n'
        '      phone: ["773-553-1830"]\n',
    )
    problems = check_provenance(load_knowledge_base(knowledge_copy))
    assert [(p.entry, p.field) for p in problems] == [("osss", "contacts.phone")]
