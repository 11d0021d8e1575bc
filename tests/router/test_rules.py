"""The router's rules, each shown on a small invented district (tests/router/conftest.py):
four offices on one page, one topic phrase, two out-of-scope entries, one synonym and one
thesaurus entry. A curator's edit to the real YAML cannot break these."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from bot.service import Brain, load_brain
from intents import Field, Outcome, route, weights
from intents.router import decide
from tests.router.conftest import write_knowledge


def _route(small: Brain, question: str) -> tuple[Outcome, tuple[str, ...]]:
    result = route(question, small.index)
    return result.outcome, result.office_ids


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("OWS", "ows"),
        ("who runs the Office of Widget Safety", "ows"),
        ("who handles gadget inspections", "gadgets"),
        ("need a gadget check before friday", "gadgets"),
        ("Garden Partnerships", "gardens"),
    ],
)
def test_names_handles_and_phrases_answer(small: Brain, question: str, office: str) -> None:
    assert _route(small, question) == (Outcome.ANSWER, (office,))


def test_an_acronym_is_never_respelled_into_another(small: Brain) -> None:
    assert _route(small, "OWL phone")[1] == ()
    assert _route(small, "GPO phone") == (Outcome.ANSWER, ("gardens",))


def test_a_long_word_with_a_typo_is_corrected(small: Brain) -> None:
    reading = decide("who handles gadget inspektions", small.index).reading
    assert ("inspektions", "inspection") in reading.corrections


def test_a_real_word_is_never_taken_for_a_typo_of_a_page_word(small: Brain) -> None:
    """ "planet" is one letter from the page's "plant", but it is spelled right."""
    reading = decide("a planet jammed", small.index).reading
    assert reading.corrections == ()
    assert "planet" in reading.terms


def test_an_office_is_found_from_its_page_without_any_phrase(small: Brain) -> None:
    """No phrase of Sprocket Response matches; its page says sprockets jam and overheat."""
    assert _route(small, "a sprocket jammed and overheats") == (Outcome.ANSWER, ("sprockets",))


def test_a_thesaurus_phrase_leads_to_the_words_of_the_page(small: Brain) -> None:
    """ "too hot to touch" is not on the page; the thesaurus says it means "overheats"."""
    decision = decide("the sprocket jammed and is too hot to touch", small.index)
    assert ("too hot to touch", "overheats") in decision.reading.implied
    assert decision.result.office_ids == ("sprockets",)


def test_one_word_of_a_page_alone_does_not_answer(small: Brain) -> None:
    assert _route(small, "it jammed")[0] is Outcome.UNKNOWN


def test_page_words_scattered_over_a_long_message_do_not_answer(small: Brain) -> None:
    message = " ".join(["sprocket", *["lorem"] * 40, "jammed", *["ipsum"] * 40, "overheats"])
    assert _route(small, message)[0] is Outcome.UNKNOWN


def test_a_synonym_reads_as_its_idea(small: Brain) -> None:
    """ "cog" stands for "sprocket" as if typed."""
    assert _route(small, "a cog jammed and overheats") == (Outcome.ANSWER, ("sprockets",))


def test_an_out_of_scope_entry_declines_what_no_office_fits(small: Brain) -> None:
    result = route("who mows the lawn, mowing the lawn at school", small.index)
    assert (result.outcome, result.out_of_scope) == (Outcome.UNKNOWN, "lawn care")


def test_an_out_of_scope_phrase_an_office_covers_is_ignored(small: Brain) -> None:
    """The entry lists "vegetable gardens", but Garden Partnerships handles school vegetable
    gardens: the office answers (and kb check names the overlap, tested in test_kb_check)."""
    assert _route(small, "who helps with vegetable gardens") == (Outcome.ANSWER, ("gardens",))


def test_a_question_naming_an_office_is_not_declined(small: Brain) -> None:
    result = route("the Office of Widget Safety paycheck question", small.index)
    assert result.out_of_scope is None and result.office_ids[:1] == ("ows",)


def test_the_askers_own_affairs_are_declined_even_when_they_name_an_office(
    small: Brain,
) -> None:
    result = route("I work at OWS and my paycheck and direct deposit are wrong", small.index)
    assert (result.outcome, result.out_of_scope) == (Outcome.UNKNOWN, "payroll")


def test_a_child_with_its_own_words_inherits_from_its_parent(small: Brain) -> None:
    """ "OWS gadget inspections" is the team's; the parent's name only adds to it."""
    assert _route(small, "OWS gadget inspections") == (Outcome.ANSWER, ("gadgets",))


def test_a_child_with_only_its_parents_words_does_not(small: Brain) -> None:
    decision = decide("widget safety address", small.index)
    assert decision.result.office_ids == ("ows",)
    assert decision.totals.get("gadgets", 0.0) < decision.totals["ows"]


def test_the_umbrella_office_when_the_question_asks_for_it(small: Brain) -> None:
    question = "which office is over gadget inspections and sprocket emergencies overall"
    assert _route(small, question) == (Outcome.ANSWER, ("ows",))


def test_two_close_offices_are_offered_as_choices(small: Brain) -> None:
    outcome, offices = _route(small, "gadget inspection or garden partnerships?")
    assert outcome is Outcome.CLARIFY and set(offices) == {"gadgets", "gardens"}


def test_a_contact_field_is_read(small: Brain) -> None:
    result = route("fax for garden partnerships", small.index)
    assert (result.field, result.office_ids) == (Field.FAX, ("gardens",))


def test_a_single_word_is_never_a_confident_answer(small: Brain) -> None:
    result = route("sprocket", small.index)
    assert result.confidence < 0.8


def test_a_phrase_answer_another_department_s_page_contests_is_not_shown_as_sure(
    small: Brain,
) -> None:
    """Gadget Inspection's phrase answers, but "neighborhood growers plant" is what Garden
    Partnerships' page says: a phrase may be shadowing an office added later."""
    alone = decide("need a gadget check before friday", small.index)
    contested = decide("gadget check before the neighborhood growers plant", small.index)
    assert alone.result.office_ids == contested.result.office_ids == ("gadgets",)
    assert alone.result.confidence >= 0.8
    assert contested.result.confidence <= weights.CONTESTED_CAP
    assert "the pages of gardens also fit" in contested.reason


def test_pages_of_the_answer_s_own_department_do_not_contest_it(small: Brain) -> None:
    """Sprocket Response is Gadget Inspection's sibling: one department, one answer."""
    decision = decide("gadget check after a sprocket jammed and overheats", small.index)
    assert decision.result.office_ids == ("gadgets",)
    assert "also fit" not in decision.reason


def test_routing_never_raises_and_never_changes_the_index(small: Brain) -> None:
    before = (dict(small.index.idf), dict(small.index.documents))
    for text in ["", "   ", "???", "a" * 5000, "OWS " * 500, "\x00\x01", "🙂"]:
        route(text, small.index)
    assert (dict(small.index.idf), dict(small.index.documents)) == before


def test_every_constant_says_in_one_line_what_it_does() -> None:
    """intents/weights.py: each number is preceded by a #: comment."""
    path = Path(__file__).resolve().parents[2] / "intents" / "weights.py"
    lines = path.read_text().splitlines()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign):
            name = node.targets[0]
            assert isinstance(name, ast.Name)
            assert lines[node.lineno - 2].lstrip().startswith("#:"), name.id


def test_an_index_is_rebuilt_from_the_files(tmp_path: Path) -> None:
    """Another district: the same rules on files the test writes, from scratch."""
    brain = load_brain(*write_knowledge(tmp_path))
    assert dataclasses.is_dataclass(brain.index)
    assert route("gadget check", brain.index).office_ids == ("gadgets",)


def test_the_reason_for_not_answering_names_the_rule_that_decided(
    small: Brain, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Too little evidence is said as such, not as a chance below the bar."""
    monkeypatch.setattr(weights, "MIN_SCORE", 50.0)
    reason = decide("gadget check", small.index).reason
    assert reason == "not sure enough: best gadgets at 10.2 < 50.0, too little evidence"
    assert decide("zebra", small.index).reason == "not sure enough: no office has enough evidence"
