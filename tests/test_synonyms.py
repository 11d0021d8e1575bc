"""Synonyms (intents/synonyms.yaml): single words read as an idea a topic phrase already uses,
checked like every other curator file; and the longer of two matching phrases winning."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Brain, load_brain
from intents import Outcome, route
from intents.loader import load_intents
from intents.reading import read_question
from knowledge import KnowledgeError, load_knowledge_base

AFTER_HOURS_QUESTION = "something happened at the school at 11pm, who do i report it to"


def _best(brain: Brain, question: str) -> tuple[Outcome, list[str]]:
    result = route(question, brain.index)
    return result.outcome, [c.office_id for c in result.candidates]


def test_a_time_of_night_reads_as_after_hours(brain: Brain) -> None:
    assert _best(brain, AFTER_HOURS_QUESTION) == (Outcome.ANSWER, ["student-safety-services"])


def test_without_the_synonym_the_same_question_is_not_understood(
    knowledge_copy: Path, intents_copy: Path
) -> None:
    (intents_copy / "synonyms.yaml").unlink()
    brain = load_brain(knowledge_copy, intents_copy)
    assert _best(brain, AFTER_HOURS_QUESTION)[1][:1] != ["student-safety-services"]


@pytest.mark.parametrize(
    "question",
    ["transcript alteration", "how do I discard old student records", "who is to blame"],
)
def test_a_near_miss_of_a_synonym_is_not_read_as_its_idea(brain: Brain, question: str) -> None:
    """Synonyms count only as typed: "alteration" is not a typo of "altercation" (a fight),
    nor "discard" of "discord" (social media), nor "blame" of "blade" (a weapon)."""
    assert _best(brain, question) != (Outcome.ANSWER, ["network-safety"])


def test_a_synonym_does_not_hide_the_word_itself(brain: Brain) -> None:
    """ "tiktok" adds "social media"; a phrase naming tiktok still matches as before."""
    assert _best(brain, "fight brewing on tiktok")[1][:1] == ["network-safety"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  - idea: after hours\n    words: [the, of the]\n", "'the' is only words the router"),
        ("  - idea: fight\n    words: [midnight]\n", "'midnight' already stands for 'after hours'"),
        ("  - idea: fight\n    words: [blades]\n", "'blades' already stands for 'weapon'"),
        ("  - idea: fight\n    words: []\n", "must be a non-empty list"),
        ("  - words: [brawl]\n", "each entry needs an 'idea:'"),
    ],
)
def test_bad_synonyms_are_named_with_file_and_entry(
    knowledge_copy: Path, intents_copy: Path, entry: str, message: str
) -> None:
    path = intents_copy / "synonyms.yaml"
    path.write_text(path.read_text() + "\n" + entry)
    kb = load_knowledge_base(knowledge_copy)
    with pytest.raises(KnowledgeError) as failure:
        load_intents(kb, intents_copy)
    text = str(failure.value)
    assert "synonyms.yaml" in text and message in text


def test_a_word_stands_for_one_idea_across_synonyms_and_thesaurus(
    knowledge_copy: Path, intents_copy: Path
) -> None:
    path = intents_copy / "thesaurus.yaml"
    path.write_text(path.read_text() + "\n  - idea: fight\n    words: [overnight]\n")
    with pytest.raises(KnowledgeError, match="'overnight' already stands for 'after hours'"):
        load_intents(load_knowledge_base(knowledge_copy), intents_copy)


def test_a_phrase_of_the_thesaurus_implies_its_idea(brain: Brain) -> None:
    """The thesaurus takes phrases: "sleeping in a car" implies homelessness, which STLS's
    entry says, in a question that never says "homeless"."""
    reading = read_question("kid has been sleeping in a car with his dad", brain.index)
    assert "homeless" in [idea for _, idea in reading.implied]
    assert "homeless" not in reading.words


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("our convection oven is broken", "kitchen equipment"),
        ("the milk delivery never came", "dairy food"),
        ("we are out of copy paper", "office supplies"),
    ],
)
def test_a_thing_staff_name_implies_its_kind(brain: Brain, question: str, kind: str) -> None:
    """Staff name the thing; a department's page names its kind."""
    reading = read_question(question, brain.index)
    assert kind in [idea for _, idea in reading.implied]


def test_a_shortened_word_of_an_office_name_reads_as_the_word(brain: Brain) -> None:
    """Staff shorten the words of a name: "safety ops team" is the Safety Operations Team,
    not its parent office, which a bare "safety" would lead to."""
    assert _best(brain, "safety ops team phone number") == (Outcome.ANSWER, ["safety-operations"])


def test_the_longer_matching_phrase_is_the_more_specific_reading(brain: Brain) -> None:
    """ "attendance data" (Accountability's reports) sits inside "attendance data system"
    (the systems IT builds): the system question goes to IT first."""
    assert _best(brain, "who maintains the attendance data system")[1][:1] == ["its"]
    assert _best(brain, "who makes the attendance data reports")[1][:1] == ["accountability"]


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("hay una pelea planeada after school, who do i tell", "network-safety"),
        ("la familia vive en un refugio y el nino tiene muchas ausencias", "stls"),
        ("un estudiante trajo un cuchillo a la escuela", "network-safety"),
        ("pandillas near the school at dismissal", "network-safety"),
        ("my student has a beca question for college", "oscpa"),
        ("la politica de asistencia del distrito, donde la encuentro", "policy-procedures"),
        ("problemas de salud y el nino falta mucho a la escuela", "health-wellness"),
        ("estudiantes desconectados, quien ayuda", "osse"),
    ],
)
def test_spanish_words_staff_mix_in_are_understood(
    brain: Brain, question: str, office: str
) -> None:
    result = route(question, brain.index)
    assert (result.outcome, result.office_ids) == (Outcome.ANSWER, (office,))


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("bkgrnd chk for a new volunteer", "background-checks"),
        ("familia sin hogar, necesitan ayuda", "stls"),
        ("escuelas comunitarias sostenibles", "scs"),
        ("quien mantiene los sistemas de datos de asistencia", "its"),
        ("simulacro de incendio, como lo hacemos bien?", "safety-operations"),
        (
            "can the psych join the attendance intervention for this student",
            "related-service-providers",
        ),
    ],
)
def test_shorthand_and_spanish_reach_the_office(brain: Brain, question: str, office: str) -> None:
    assert _best(brain, question) == (Outcome.ANSWER, [office])
