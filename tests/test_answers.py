"""What the user reads: honest contacts, labelled borrowing, field-first answers, JSON contract."""

from __future__ import annotations

import re

from bot.answer import answer_to_dict
from bot.render.text import render_text
from bot.service import Assistant

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


def test_office_with_no_contacts_and_no_parent(assistant: Assistant) -> None:
    text = render_text(assistant.ask("STLS"))
    assert "give no phone, fax or address for Students in Temporary Living Situations." in text
    assert not PHONE.search(text)


def test_field_question_leads_with_the_field(assistant: Assistant) -> None:
    text = render_text(assistant.ask("fax for OSEL"))
    assert text.splitlines()[0] == (
        "Fax for Office of Social & Emotional Learning (OSEL): 773-553-1895, 773-553-3654"
    )


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
    first = render_text(assistant.ask("phone number for safe passage")).splitlines()[0]
    assert first == "The district pages I use list no phone for Safe Passage."


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
    assert "`help`" in text and "`directory`" in text


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
    }


def test_json_never_puts_parent_contacts_in_the_offices_own_fields(assistant: Assistant) -> None:
    answer = assistant.ask("safe passage")
    office = answer_to_dict(answer, "")["offices"][0]
    assert (office["phone"], office["fax"], office["address"]) == ([], [], None)
    assert office["parent_contact"]["office"] == "osss"
    assert office["parent_contact"]["address"] == "42 W. Madison St., Chicago, IL 60602"


def test_directory_lists_every_office(assistant: Assistant) -> None:
    answer = assistant.ask("directory")
    text = render_text(answer)
    for office in assistant.brain.kb:
        assert office.label in text


def test_unknown_office_id_is_an_answer_not_an_error(assistant: Assistant) -> None:
    answer = assistant.office("no-such-office")
    assert answer.status.value == "unknown"
