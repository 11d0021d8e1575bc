"""What the user reads: honest contacts, labelled borrowing, field-first answers, JSON contract."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.answer import answer_to_dict
from bot.render.text import render_text
from bot.service import Assistant, load_brain
from intents import Outcome

PHONE = re.compile(r"\d{3}-\d{3}-\d{4}")


def test_office_with_contacts_shows_them_and_cites_source(assistant: Assistant) -> None:
    text = render_text(assistant.ask("jrotc"))
    assert "Phone: 773-535-1955" in text
    assert "Fax: 773-535-1957" in text
    assert "Address: 145 S. Campbell Ave., Chicago, IL 60612" in text
    assert "Part of Office of College and Career Success (OCCS)" in text
    assert text.splitlines()[-1].startswith("Source: CPS website: Office of College and Career")


def test_team_without_contacts_says_so_and_labels_parent_contact(assistant: Assistant) -> None:
    text = render_text(assistant.ask("volunteer background check"))
    assert "give no phone, fax or address for Safety Initiatives and Background Check" in text
    assert "Contact for its parent office, Office of School Safety and Security (OSSS):" in text
    assert "42 W. Madison St., Chicago, IL 60602" in text
    assert not PHONE.search(text), "OSSS has no phone in the documents; none may appear"


def test_office_with_no_contacts_and_no_parent_offers_its_partners(assistant: Assistant) -> None:
    text = render_text(assistant.ask("STLS"))
    assert "give no phone, fax or address for Students in Temporary Living Situations." in text
    heading = "Other offices on the same page list contacts of their own (theirs, not STLS's):"
    before, after = text.split(heading)
    assert not PHONE.search(before), "no number above the partners' heading"
    for line in after.strip("\n").splitlines()[:-1]:
        assert line.startswith("  ") and ": " in line, "each number on a line naming its office"
    assert "  School Counseling and Postsecondary Advising (OSCPA): Phone 773-553-3906" in after


def test_partners_are_the_offices_citing_the_same_page_those_with_a_phone_first(
    assistant: Assistant,
) -> None:
    stls = assistant.office("stls").best
    assert stls is not None and stls.partners is not None
    assert stls.partners.source.id == "attendance-partner-departments"
    assert stls.partners.named == 14, "the page names fifteen departments"
    assert [office.id for office, _ in stls.partners.reachable] == ["oscpa", "osel", "osss"]
    for office, contacts in stls.partners.reachable:
        assert office.contacts == contacts, "a partner's own contacts, never STLS's"
    assert answer_to_dict(assistant.office("stls"), "")["offices"][0]["phone"] == []


def test_partners_are_only_for_offices_nobody_up_the_tree_can_be_reached_at(
    assistant: Assistant,
) -> None:
    for card in assistant.directory():
        reachable = card.contacts is not None or bool(card.lineage)
        assert (card.partners is None) is reachable, card.office.id


def test_field_question_leads_with_the_field_and_does_not_repeat_it(
    assistant: Assistant,
) -> None:
    text = render_text(assistant.ask("fax for OSEL"))
    assert text.splitlines()[0] == (
        "Fax for Office of Social & Emotional Learning (OSEL): 773-553-1895, 773-553-3654"
    )
    assert text.count("773-553-1895") == 1
    assert "Phone: 773-553-1830" in text and "Address: 42 W. Madison St." in text


def test_missing_field_says_so_and_offers_the_parents(assistant: Assistant) -> None:
    first = render_text(assistant.ask("fax for ECCE")).splitlines()[0]
    assert first.startswith(
        "The district pages I use list no fax for Early College and Career Education."
    )
    assert (
        "Its parent office, Office of College and Career Success (OCCS), lists fax 773-553-3543."
        in first
    )


def test_phone_for_office_whose_tree_has_none(assistant: Assistant) -> None:
    text = render_text(assistant.ask("phone number for safe passage"))
    first = text.splitlines()[0]
    assert (
        first == "The district pages I use list no phone for Safe Passage, nor any fax or address."
    )


def test_a_missing_phone_is_said_once(assistant: Assistant) -> None:
    text = render_text(assistant.ask("phone for STLS"))
    assert text.count("no phone") == 1, text


def test_shared_phone_appears_for_both_offices(assistant: Assistant) -> None:
    assert "773-553-1830" in render_text(assistant.ask("phone for OSSE"))
    assert "773-553-1830" in render_text(assistant.ask("phone for OSEL"))


def test_clarify_lists_choices(assistant: Assistant) -> None:
    answer = assistant.ask("psychologist for a student with asthma")
    text = render_text(answer)
    assert text.startswith("A few offices could fit.")
    assert "1. Health and Wellness" in text and "2. Related Service Providers" in text


def test_unknown_points_to_help_and_directory(assistant: Assistant) -> None:
    text = render_text(assistant.ask("when is payday"))
    assert "I don't know who handles that" in text
    assert "payroll" in text
    assert text.splitlines()[1:] == [
        "Rephrase it, or type a number:",
        "  1. Examples of questions I answer (or type `help`)",
        "  2. Every office I know (or type `directory`)",
    ]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("my paycheck from JROTC was short", "jrotc"),
        ("who is the STLS contact for my paycheck", "stls"),
        ("my landlord wants a background check for my apartment", "background-checks"),
        (
            "I am being sued over a fender bender, does the Law Department represent employees",
            "legal",
        ),
        ("forgot my CPS email password, who resets it", None),  # "it" is not IT
        ("heat isn't working and its freezing", None),  # "its" is not ITS
        ("legal size paper for the copier", None),  # a one-word name must be capitalised
        ("xyzzy frobnicate", None),
    ],
)
def test_unknown_offers_the_office_the_question_names(
    assistant: Assistant, question: str, named: str | None
) -> None:
    answer = assistant.ask(question)
    assert answer.status is Outcome.UNKNOWN, "precondition: a question the bot declines"
    assert (answer.named.office.id if answer.named else None) == named
    if named is not None:
        assert answer.named is not None
        assert f"  1. Contact card for {answer.named.office.label}" in render_text(answer)
        assert answer.offices == (), "offered, never answered"


def test_directory_groups_say_each_address_once_with_the_offices_at_it(
    assistant: Assistant,
) -> None:
    answer = assistant.ask("directory")
    assert [g.key for g in answer.groups] == ["occs", "osss", "other"]
    occs = answer.groups[0]
    assert [(a.lines, [o.id for o in a.offices]) for a in occs.addresses] == [
        (("42 W. Madison St.", "Chicago, IL 60602"), ["occs", "ecce", "oscpa", "osse", "osel"]),
        (("2651 W. Washington Blvd.", "Chicago, IL 60612"), ["scs", "osa"]),
        (("145 S. Campbell Ave.", "Chicago, IL 60612"), ["jrotc"]),
    ]
    text = render_text(answer)
    assert text.count("42 W. Madison St") == 2, "once for OCCS's group, once for OSSS's"
    assert "  - Junior Reserve Officers' Training Corps (JROTC) (Phone 773-535-1955; Fax" in text


def test_json_contract(assistant: Assistant) -> None:
    answer = assistant.ask("where is the JROTC office")
    data = answer_to_dict(answer, render_text(answer))
    assert set(data) >= {"question", "status", "confidence", "offices", "text"}
    assert data["status"] == "answer"
    assert data["field"] == "address"
    office = data["offices"][0]
    assert set(office) >= {"id", "name", "acronym", "aliases", "parent", "role", "phone", "fax",
                           "address", "source"}  # fmt: skip
    assert office == office | {
        "id": "jrotc",
        "acronym": "JROTC",
        "parent": "occs",
        "phone": ["773-535-1955"],
        "fax": ["773-535-1957"],
        "address": "145 S. Campbell Ave., Chicago, IL 60612",
        "source_url": "https://cps.edu/about/departments/college-and-career-success",
    }


def test_json_never_puts_parent_contacts_in_the_offices_own_fields(assistant: Assistant) -> None:
    answer = assistant.ask("safe passage")
    office = answer_to_dict(answer, "")["offices"][0]
    assert (office["phone"], office["fax"], office["address"]) == ([], [], None)
    assert office["parent_contact"]["office"] == "osss"
    assert office["parent_contact"]["address"] == "42 W. Madison St., Chicago, IL 60602"


def test_a_source_with_a_url_shows_it(knowledge_copy: Path) -> None:
    registry = knowledge_copy / "sources" / "sources.yaml"
    text = registry.read_text(encoding="utf-8").replace(
        "    url: https://cps.edu/about/departments/college-and-career-success\n",
        "    url: https://www.example.org/occs\n",
        1,
    )
    registry.write_text(text, encoding="utf-8")
    answer = Assistant(load_brain(knowledge_copy)).ask("jrotc")
    assert render_text(answer).splitlines()[-1] == (
        "Source: CPS website: Office of College and Career Success, departments and contact "
        "information (https://www.example.org/occs)"
    )


def test_every_shipped_source_names_its_public_page(assistant: Assistant) -> None:
    urls = [s.url for s in assistant.brain.kb.sources.values()]
    assert len(urls) == 5 and all(u is not None and u.startswith("https://") for u in urls)


def test_directory_lists_every_office(assistant: Assistant) -> None:
    answer = assistant.ask("directory")
    text = render_text(answer)
    for office in assistant.brain.kb:
        assert office.label in text


def test_unknown_office_id_is_an_answer_not_an_error(assistant: Assistant) -> None:
    answer = assistant.office("no-such-office")
    assert answer.status.value == "unknown"


def test_the_readme_states_the_json_contract_the_code_keeps(assistant: Assistant) -> None:
    """Every key the README's contract names is in the output, and no key is left out of it."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    contract = readme.split("### The JSON contract", 1)[1].split("```json", 1)[1].split("```")[0]
    outer, inner = contract.split('"offices":', 1)
    inner, rest = inner.split("}]", 1)
    promised = set(re.findall(r'"(\w+)"', outer + '"offices"' + rest))
    promised_office = set(re.findall(r'"(\w+)"', inner))
    data = answer_to_dict(assistant.ask("safe passage"), "")
    assert set(data) == promised
    assert set(data["offices"][0]) == promised_office
