"""The stemmer folds the word forms staff vary, so a cue written one way meets a question
written another ("anger management" and "manage their anger")."""

from __future__ import annotations

import pytest

from bot.service import Brain
from intents.router import route
from intents.vocabulary import stem


@pytest.mark.parametrize(
    "forms",
    [
        ("manage", "managing", "managed", "management", "manages"),
        ("graduate", "graduates", "graduating", "graduated"),
        ("detector", "detectors"),
        ("policy", "policies"),
        ("drill", "drills", "drilling"),
        ("screening", "screenings"),
        ("crisis", "crises"),
        ("promise", "promises"),
    ],
)
def test_forms_of_one_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1, {form: stem(form) for form in forms}


@pytest.mark.parametrize(
    ("one", "other"),
    [("police", "policy"), ("agree", "agent"), ("free", "fre"), ("ment", "men"), ("caring", "car")],
)
def test_different_words_stay_apart(one: str, other: str) -> None:
    assert stem(one) != stem(other)


def test_a_verb_meets_the_noun_in_a_cue(brain: Brain) -> None:
    result = route("how do i help kids manage their anger", brain.index)
    assert result.office_ids[:1] == ("osel",)


@pytest.mark.parametrize(
    ("question", "office"),
    [("safty operations", "safety-operations"), ("safe pasage", "safe-passage")],
)
def test_a_short_misspelled_word_is_still_corrected(
    brain: Brain, question: str, office: str
) -> None:
    assert route(question, brain.index).office_ids[:1] == (office,)


@pytest.mark.parametrize("question", ["OSLE fax #?", "osle fax"])
def test_an_acronym_with_two_letters_swapped_is_corrected(brain: Brain, question: str) -> None:
    assert route(question, brain.index).office_ids == ("osel",)


def test_a_four_letter_word_is_not_otherwise_respelled(brain: Brain) -> None:
    """One changed letter in an acronym is another office (OSSS, OSSE), and the first letter
    is trusted, as in every other correction."""
    assert route("OSSA fax", brain.index).office_ids == ()
    assert route("SOEL fax", brain.index).office_ids == ()


def test_a_real_word_is_not_respelled_into_another(brain: Brain) -> None:
    """ "cleanings" is not a typo of "cleared" (a background check)."""
    result = route("does our plan cover dental cleanings", brain.index)
    assert "background-checks" not in result.office_ids


@pytest.mark.parametrize(
    "question",
    [
        # "ITS" here is a possessive, not Information Technology Services.
        "a student and its family are living in a shelter",
        "the team lost its bus for the away game",
        "the school and its parents need a family liaison",
    ],
)
def test_a_message_in_capitals_reads_like_the_same_in_lowercase(
    brain: Brain, question: str
) -> None:
    lower = route(question, brain.index)
    upper = route(question.upper(), brain.index)
    assert (upper.outcome, upper.office_ids) == (lower.outcome, lower.office_ids)
    assert upper.confidence == pytest.approx(lower.confidence)


def test_an_acronym_in_capitals_is_kept_even_when_it_spells_a_stop_word(brain: Brain) -> None:
    assert route("our ITS ticket for the attendance system", brain.index).office_ids[:1] == ("its",)
