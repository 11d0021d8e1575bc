"""An out-of-scope entry never shadows an office whose pages now cover its subject.

The invented district gains an entry, "machine repairs", written before anyone documented
Sprocket Response: three of its four phrases are things Sprocket Response's section of the
page says. The entry stops declining: its phrases now lead to that family of offices, even
the one the page never says ("bicycle chains"), since staff name the subject in them; an
entry no family covers still declines; and ``kb check`` names the covered entry with its
file and line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.explain import explain
from bot.service import Brain, load_brain
from intents import Outcome, route, weights
from intents.overlaps import overlaps
from intents.router import decide
from tests.router.conftest import OUT_OF_SCOPE, write_knowledge

MACHINE_REPAIRS = """\
  - label: machine repairs
    phrases: [sprocket jams, sprocket overheats, restores sprockets, bicycle chains]
"""


def _district(root: Path) -> tuple[Path, Path]:
    knowledge, intents = write_knowledge(root)
    (intents / "out_of_scope.yaml").write_text(OUT_OF_SCOPE + MACHINE_REPAIRS)
    return knowledge, intents


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> Brain:
    return load_brain(*_district(tmp_path_factory.mktemp("grown")))


def test_the_office_whose_page_covers_the_entry_answers(grown: Brain) -> None:
    """Sprocket Response's page says "jams", "overheats" and "restores": it fits, and the
    entry's "sprocket jams" no longer declines."""
    result = route("our sprocket jams and overheats every morning, who restores it", grown.index)
    assert (result.outcome, result.office_ids) == (Outcome.ANSWER, ("sprockets",))


def test_explain_says_why_the_entry_stepped_aside(grown: Brain) -> None:
    decision = decide("our sprocket jams and overheats every morning, who restores it", grown.index)
    assert decision.out_of_scope == {
        "machine repairs": "covered by the pages of ows and the offices under it"
    }


def test_a_phrase_the_page_never_says_leads_to_the_family_head(grown: Brain) -> None:
    """No page of the family says "bicycle chains", and no office of it has evidence of its
    own: the covered entry's phrase leads to the head office, not to "machine repairs, which
    no office here handles"."""
    result = route("who fixes bicycle chains", grown.index)
    assert (result.outcome, result.office_ids) == (Outcome.ANSWER, ("ows",))
    # Not shown as sure: the phrase was written for a gap, not for the office.
    assert result.confidence <= weights.LENT_CAP < 0.8
    lines = explain("who fixes bicycle chains", grown.index, grown.kb)
    assert any(
        "from 'bicycle chains' (an out-of-scope phrase of a subject" in line for line in lines
    )


def test_a_covered_phrase_goes_to_the_office_the_question_points_at(grown: Brain) -> None:
    """The family's office with evidence of its own takes the entry's phrase, not the head."""
    result = route("bicycle chains and sprocket jams, who handles", grown.index)
    assert (result.outcome, result.office_ids) == (Outcome.ANSWER, ("sprockets",))


def test_an_entry_no_family_covers_still_declines(grown: Brain) -> None:
    result = route("who handles mowing the lawn at the office", grown.index)
    assert (result.outcome, result.out_of_scope) == (Outcome.UNKNOWN, "lawn care")


def test_explain_names_the_phrase_that_declined(grown: Brain) -> None:
    """A curator narrowing an entry needs the phrase that declined the question."""
    lines = explain("who handles mowing the lawn at the office", grown.index, grown.kb)
    assert "  lawn care: declines (its phrases here: 'mowing the lawn')" in lines


def test_without_the_page_the_entry_would_decline(
    grown: Brain, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same files with coverage switched off: the entry claims the question. (So the
    first test passes because of the coverage rule, not by chance.)"""
    monkeypatch.setattr(weights, "COVERED_PHRASES", 99)
    brain = load_brain(*_district(tmp_path))
    result = route("our sprocket jams and overheats every morning, who restores it", brain.index)
    assert (result.outcome, result.out_of_scope) == (Outcome.UNKNOWN, "machine repairs")


def test_kb_check_names_the_covered_entry_with_file_and_line(grown: Brain) -> None:
    found = [str(p) for p in overlaps(grown.kb, grown.index) if "machine" in str(p)]
    assert found == [
        f"{grown.index.intents.out_of_scope[-1].file}:7, entry 'machine repairs', field "
        "'phrases': the pages of office 'ows' and the offices under it now say 3 of this "
        "out-of-scope entry's 4 phrases: its phrases now lead to them; move any they do not "
        "handle to another entry"
    ]
