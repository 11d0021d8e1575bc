"""Two words that stand together in an office's page are a phrase of that office, found
without anyone writing it (``intents.index.page_pairs``), on the invented district."""

from __future__ import annotations

from pathlib import Path

from bot.service import Brain, load_brain
from intents import Outcome, route
from intents.index import page_pairs
from intents.router import decide
from tests.router.conftest import PAGE, write_knowledge


def _kinds(brain: Brain, question: str, office: str) -> set[str]:
    evidence = decide(question, brain.index).scores.evidence.get(office, {})
    return {e.kind for e in evidence.values()}


def test_two_words_of_a_page_lead_to_its_office(small: Brain) -> None:
    """Garden Partnerships' page says "neighborhood growers"; no phrase of its entry does."""
    question = "who connects us with neighborhood growers"
    result = route(question, small.index)
    assert (result.outcome, result.office_ids) == (Outcome.ANSWER, ("gardens",))
    assert "page" in _kinds(small, question, "gardens")


def test_a_pair_counts_only_in_its_order_and_close_together(small: Brain) -> None:
    question = "growers in our neighborhood, who connects us"
    assert "page" not in _kinds(small, question, "gardens")
    assert route(question, small.index).outcome is Outcome.UNKNOWN


def test_a_pair_from_another_offices_name_is_left_out(tmp_path: Path) -> None:
    """A team's page that says "widget safety" mentions the Office of Widget Safety: the pair
    stays the office's, not the team's."""
    knowledge, intents = write_knowledge(tmp_path)
    page = PAGE.replace(
        "keeps the register of inspected gadgets.",
        "keeps the register of inspected gadgets. Widget safety starts here.",
    )
    (knowledge / "sources" / "widgets.txt").write_text(page)
    brain = load_brain(knowledge, intents)
    pairs = {(cue.target, cue.terms) for cue in page_pairs(brain.kb, brain.index.stop_words)}
    assert ("ows", ("widget", "safety")) in pairs
    assert [p for p in pairs if p[0] == "gadgets" and p[1] == ("widget", "safety")] == []
    assert ("gadgets", ("inspect", "gadget")) in pairs


def test_numbers_on_a_page_make_no_pair(small: Brain) -> None:
    pairs = [cue.text for cue in page_pairs(small.kb, small.index.stop_words)]
    assert pairs and not any(ch.isdigit() for text in pairs for ch in text)
