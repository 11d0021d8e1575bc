"""Gaps about the asker's own affairs (``personal: true`` in intents/out_of_scope.yaml).

Staff often describe their own pay or job in the words of an office's work: a security
officer's overtime from a basketball game mentions two offices and asks about neither.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Brain, load_brain
from intents import Outcome, route
from intents.loader import load_intents
from knowledge import KnowledgeError, load_knowledge_base


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("I work security and my overtime from the football game is missing", "payroll and pay"),
        ("how do i apply to be a school security officer", "human resources and benefits"),
        ("my grandmother passed away, how many bereavement days do i get", "a personal matter"),
        # "my own": the asker's own health, not a student's.
        ("i'm a counselor and need support for my own anxiety", "a personal matter"),
        ("as an employee can i get counseling for stress", "a personal matter"),
    ],
)
def test_the_askers_own_affairs_outweigh_the_office_words_around_them(
    brain: Brain, question: str, topic: str
) -> None:
    result = route(question, brain.index)
    assert (result.outcome, result.out_of_scope) == (Outcome.UNKNOWN, topic)


@pytest.mark.parametrize(
    ("question", "office"),
    [
        # The same office words with the pay or the job belonging to students, or to the school.
        ("a student's grandmother passed away and he is grieving", "clinical-crisis"),
        ("our school security officers need training on de-escalation", "network-safety"),
        ("my student's own counselor quit, who covers crisis support", "clinical-crisis"),
        # First person, but only in the frame of the question: the pay is the students'.
        ("a firm wants to offer paid summer internships to our juniors, who do i connect them with",
         "ecce"),
    ],
)  # fmt: skip
def test_office_work_stays_with_the_office(brain: Brain, question: str, office: str) -> None:
    assert route(question, brain.index).office_ids[:1] == (office,)


def test_an_i_far_from_the_out_of_scope_phrase_only_introduces_the_writer(brain: Brain) -> None:
    """ "I" opens the message; the shift change belongs to a bell schedule, not to the writer."""
    question = (
        "I coordinate Safe Passage for a community group. Our routes changed after the bell "
        "schedule shifted; who approves new route plans?"
    )
    assert route(question, brain.index).office_ids == ("safe-passage",)


def test_without_the_first_person_the_office_words_still_count(brain: Brain) -> None:
    """The same overtime, asked about a colleague, is not plainly the asker's own pay; the
    ordinary rule (the out-of-scope topic must come close to the best office) applies."""
    mine = route("I work security and my overtime from the football game is missing", brain.index)
    theirs = route(
        "the security officer says overtime from the football game is missing", brain.index
    )
    assert mine.outcome is Outcome.UNKNOWN
    assert theirs.outcome is not Outcome.UNKNOWN


def test_without_the_personal_mark_the_office_words_win(
    knowledge_copy: Path, intents_copy: Path
) -> None:
    path = intents_copy / "out_of_scope.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    personal: true\n", ""))
    brain = load_brain(knowledge_copy, intents_copy)
    question = "I work security and my overtime from the football game is missing"
    assert route(question, brain.index).outcome is not Outcome.UNKNOWN


def test_a_personal_mark_that_is_not_true_or_false_is_named(
    knowledge_copy: Path, intents_copy: Path
) -> None:
    path = intents_copy / "out_of_scope.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    personal: true", "    personal: maybe", 1))
    with pytest.raises(KnowledgeError) as raised:
        load_intents(load_knowledge_base(knowledge_copy), intents_copy)
    message = str(raised.value)
    assert "out_of_scope.yaml" in message
    assert "payroll and pay" in message
    assert "personal" in message
    assert "true or false" in message
