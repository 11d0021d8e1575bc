"""A curator's phrase that another office's pages say outright, and its own office's do not,
weighs less (``intents.index._said_elsewhere``): a department added from its page is not
shadowed by an older office's list of words. On the invented district."""

from __future__ import annotations

from pathlib import Path

from bot.explain import explain
from bot.service import Brain, load_brain
from intents import Outcome, route
from intents.router import decide
from tests.router.conftest import TOPICS, write_knowledge

#: An old phrase list gives Sprocket Response the words of Garden Partnerships' page.
SHADOWING = (
    TOPICS
    + """\
  - id: sprocket-growers
    office: sprockets
    phrases: [neighborhood growers, jammed sprocket, tend]
"""
)


def _brain(tmp_path: Path) -> Brain:
    knowledge, intents = write_knowledge(tmp_path)
    (intents / "topics" / "widgets.yaml").write_text(SHADOWING)
    return load_brain(knowledge, intents)


def test_the_office_whose_page_says_it_wins_over_a_phrase_its_own_page_lacks(
    tmp_path: Path,
) -> None:
    brain = _brain(tmp_path)
    result = route("we want neighborhood growers for a garden", brain.index)
    assert (result.outcome, result.office_ids) == (Outcome.ANSWER, ("gardens",))
    # With nothing else said, the old phrase no longer answers on its own.
    result = route("who handles neighborhood growers", brain.index)
    assert result.office_ids[:1] != ("sprockets",)


def test_the_phrase_still_counts_and_explain_says_why_it_weighs_less(tmp_path: Path) -> None:
    brain = _brain(tmp_path)
    evidence = decide("we want neighborhood growers for a garden", brain.index).scores.evidence
    phrased = [e for e in evidence["sprockets"].values() if e.kind == "phrase"]
    assert phrased and all(e.elsewhere == "gardens" for e in phrased)
    lines = explain("we want neighborhood growers for a garden", brain.index, brain.kb)
    said = [line for line in lines if "'neighborhood growers'" in line and "phrase" in line]
    assert said and all("the pages of gardens say it, its own do not" in line for line in said)


def test_a_phrase_its_own_page_says_keeps_its_weight(tmp_path: Path) -> None:
    brain = _brain(tmp_path)
    evidence = decide("a jammed sprocket", brain.index).scores.evidence["sprockets"]
    assert [e.elsewhere for e in evidence.values() if e.kind == "phrase"] == ["", ""]


def test_a_word_another_page_says_once_in_passing_does_not_weigh_a_phrase_down(
    tmp_path: Path,
) -> None:
    """Garden Partnerships' page says "tend" once: Sprocket Response's "tend" keeps its
    weight; "neighborhood growers", said in its role and its page, does not."""
    cues = {cue.text: cue for cue in _brain(tmp_path).index.cues if cue.target == "sprockets"}
    assert cues["tend"].elsewhere == ""
    assert cues["neighborhood growers"].elsewhere == "gardens"
    assert cues["neighborhood growers"].weight < cues["tend"].weight
