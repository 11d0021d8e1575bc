"""The router: outcomes, acronyms, typos, fields and robustness, on the real knowledge base."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.service import Brain
from intents import Field, Meta, Outcome, route
from intents.lookup import lookup_office
from intents.router import decide
from knowledge.place_words import PLACE_WORDS


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("who do I call about a volunteer's background check?", "background-checks"),
        ("jrotc scolarships", "jrotc"),
        ("a kid in my class is staying at a shelter and keeps missing school", "stls"),
        ("there's a fight brewing on TikTok", "network-safety"),
        ("our metal detectors keep beeping at nothing", "student-safety-services"),
        ("when do we have to run the tornado drill", "safety-operations"),
        ("students need CTA passes", "transportation"),
        ("need a councelor for college applications", "oscpa"),
        ("backgroud check for a new vendor employee", "background-checks"),
        ("Community Schools Initiative", "scs"),
        ("Department of JROTC Leadership", "jrotc"),
        ("Student Safety Center", "student-safety-services"),
        ("a student passed away this weekend and the staff are shaken", "clinical-crisis"),
        ("City Colleges partnership", "chicago-roadmap"),
        # "sped teacher" is who is asking; the ride is what they ask about.
        (
            "sped teacher here, my student should get a ride to school and it keeps not coming",
            "transportation",
        ),
    ],
)
def test_situations_route_to_the_office(brain: Brain, question: str, office: str) -> None:
    result = route(question, brain.index)
    assert result.outcome is Outcome.ANSWER
    assert result.office_ids == (office,)
    assert 0 < result.confidence <= 1


@pytest.mark.parametrize(
    ("acronym", "office"),
    [("OSSS", "osss"), ("OSSE", "osse"), ("OSEL", "osel"), ("STLS", "stls"), ("FACE", "face"),
     ("JROTC", "jrotc"), ("CCC", "chicago-roadmap"), ("ITS", "its"), ("osss", "osss"),
     ("osse", "osse")],
)  # fmt: skip
def test_acronyms_are_exact_even_when_one_letter_apart(
    brain: Brain, acronym: str, office: str
) -> None:
    assert route(acronym, brain.index).office_ids == (office,)


def test_a_place_is_never_read_as_a_typo(brain: Brain) -> None:
    """ "mexico" is one letter from "medico" (a Spanish word of an out-of-scope phrase); a
    family moving back to Mexico is not asking about a doctor. No place is respelled."""
    reading = decide("kid is moving back to Mexico next week with his dad", brain.index).reading
    assert reading.corrections == ()
    respelled = [
        (place, fixed)
        for place in sorted(PLACE_WORDS)
        for fixed in [decide(f"family moved to {place}", brain.index).reading.corrections]
        if fixed
    ]
    assert respelled == []


@pytest.mark.parametrize(
    "question",
    [
        "when is payday",
        "I need to reset my password",
        "what's on the lunch menu tomorrow",
        "who do I talk to about an IEP",
        "need a sped evaluation for a student",
        "the roof in room 204 is leaking",
        "how do I enroll my son in kindergarten",
        "what's the weather like",
        "asdfghjkl qwerty",
        "a tv reporter called about the fight outside our school, who handles press inquiries",
        "we want to report contract fraud by a vendor to the inspector general",
    ],
)
def test_out_of_scope_is_unknown_not_a_guess(brain: Brain, question: str) -> None:
    result = route(question, brain.index)
    assert result.outcome is Outcome.UNKNOWN
    assert result.candidates == ()


def test_an_out_of_scope_topic_is_named(brain: Brain) -> None:
    result = route("my paycheck is wrong", brain.index)
    assert result.out_of_scope == "payroll and pay"


@pytest.mark.parametrize(
    "question",
    [
        "how do I change my 403b contribution",
        "who handles bereavement leave",
        "is a 20 minute duty free lunch allowed under our contract",
        "when is benefits open enrollment",
    ],
)
def test_a_staff_members_own_employment_is_named_as_human_resources(
    brain: Brain, question: str
) -> None:
    result = route(question, brain.index)
    assert (result.outcome, result.out_of_scope) == (
        Outcome.UNKNOWN,
        "human resources and benefits",
    )


@pytest.mark.parametrize(
    ("question", "field", "office"),
    [
        ("fax for OSEL", Field.FAX, "osel"),
        ("what's the fax for counseling", Field.FAX, "oscpa"),
        ("where is the JROTC office", Field.ADDRESS, "jrotc"),
        ("phone number of sports administration", Field.PHONE, "osa"),
        ("address for community schools", Field.ADDRESS, "scs"),
        ("número de teléfono de la oficina de deportes", Field.PHONE, "osa"),
        ("OSA main line?", Field.PHONE, "osa"),
        ("direct line for JROTC", Field.PHONE, "jrotc"),
        ("OSA main number", Field.PHONE, "osa"),
        ("JROTC number please", Field.PHONE, "jrotc"),
        ("need the number for sports administration", Field.PHONE, "osa"),
        ("dirección de la oficina de consejería escolar", Field.ADDRESS, "oscpa"),
    ],
)
def test_field_questions(brain: Brain, question: str, field: Field, office: str) -> None:
    result = route(question, brain.index)
    assert (result.field, result.office_ids) == (field, (office,))


@pytest.mark.parametrize(
    "question",
    [
        "who do I call about safe passage",
        "who works on raising the number of graduates who earn a credential",
        "the number of students in temporary living keeps growing, who tracks it",
        "a fight down the street after school",
    ],
)
def test_a_question_that_does_not_ask_for_a_contact_has_no_field(
    brain: Brain, question: str
) -> None:
    assert route(question, brain.index).field is None


@pytest.mark.parametrize(
    ("message", "meta"),
    [
        ("", Meta.HELP),
        ("   ", Meta.HELP),
        ("help", Meta.HELP),
        ("hi there", Meta.GREETING),
        ("thanks!", Meta.THANKS),
        ("list all offices", Meta.DIRECTORY),
        ("🙂🙂", Meta.HELP),
    ],
)
def test_meta(brain: Brain, message: str, meta: Meta | None) -> None:
    result = route(message, brain.index)
    assert result.outcome is Outcome.UNKNOWN
    assert result.meta is meta


def test_greeting_with_a_question_answers_the_question(brain: Brain) -> None:
    result = route("hi! who handles jrotc?", brain.index)
    assert result.office_ids == ("jrotc",)


def test_close_candidates_ask_to_clarify(brain: Brain) -> None:
    result = route("psychologist for a student with asthma", brain.index)
    assert result.outcome is Outcome.CLARIFY
    assert 2 <= len(result.candidates) <= 3
    assert {"related-service-providers", "health-wellness"} <= set(result.office_ids)


def test_specific_team_beats_its_umbrella_office(brain: Brain) -> None:
    assert route("OSSS background check", brain.index).office_ids == ("background-checks",)


@pytest.mark.parametrize(
    ("question", "umbrella"),
    [
        ("which office is over counseling, athletics and jrotc overall?", "occs"),
        ("who oversees safe passage and background checks", "osss"),
        ("which office sits over the college and career teams, like sports and jrotc", "occs"),
    ],
)
def test_naming_several_departments_asks_for_the_office_above(
    brain: Brain, question: str, umbrella: str
) -> None:
    assert route(question, brain.index).office_ids == (umbrella,)


@pytest.mark.parametrize(
    ("question", "office"),
    [("the attendance dashboard is stale, is that an IT thing", "its"), ("is it broken", None)],
)
def test_it_in_capitals_is_the_it_department(
    brain: Brain, question: str, office: str | None
) -> None:
    """ "IT" is the name staff use for Information Technology Services; "it" is a pronoun."""
    assert route(question, brain.index).office_ids[:1] == ((office,) if office else ())


def test_one_department_overseen_is_still_that_department(brain: Brain) -> None:
    assert route("who oversees sports programs district wide", brain.index).office_ids == ("osa",)


@pytest.mark.parametrize(
    ("query", "office"),
    [("osel", "osel"), ("OSSE", "osse"), ("osss", "osss"), ("jrotc", "jrotc"),
     ("Sports Adminstration", "osa"), ("Community Schools Initiative", "scs"),
     ("Students in Temporary Living Situation", "stls")],
)  # fmt: skip
def test_contact_lookup(brain: Brain, query: str, office: str) -> None:
    assert lookup_office(query, brain.kb).office_ids == (office,)


def test_contact_lookup_never_fuzzes_acronyms(brain: Brain) -> None:
    assert lookup_office("osso", brain.kb).outcome is Outcome.UNKNOWN


BAD_INPUTS = [
    "",
    " \t\n ",
    "x" * 50_000,
    "fight " * 10_000,
    "🙂" * 500,
    "\x00\x01\x02\x1b[31m",
    "¿Dónde está la oficina de seguridad?",
    "学校的安全办公室在哪里",
    "OSSS",
    "| name | phone |\n|---|---|\n" * 2_000,
]


@pytest.mark.parametrize("text", BAD_INPUTS, ids=lambda t: repr(t[:20]))
def test_bad_input_gets_a_result(brain: Brain, text: str) -> None:
    result = route(text, brain.index)
    assert result.outcome in set(Outcome)
    if result.outcome is Outcome.UNKNOWN:
        assert result.candidates == ()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_route_never_raises_and_is_well_formed(brain: Brain, text: str) -> None:
    result = route(text, brain.index)
    assert 0.0 <= result.confidence <= 1.0
    if result.outcome is Outcome.ANSWER:
        assert len(result.candidates) == 1
    elif result.outcome is Outcome.CLARIFY:
        assert 2 <= len(result.candidates) <= 3
    else:
        assert result.candidates == ()
    assert all(brain.kb.get(oid) is not None for oid in result.office_ids)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=100))
def test_route_is_pure(brain: Brain, text: str) -> None:
    before = copy.deepcopy(brain.index.postings), dict(brain.index.idf)
    first = route(text, brain.index)
    assert route(text, brain.index) == first
    assert (brain.index.postings, brain.index.idf) == before


@pytest.mark.parametrize(
    ("question", "office"),
    [
        # "drop out" is a phrase: its words must come in order, not "drop" alone.
        ("drop off the forms for the sports office", "osa"),
        ("a senior dropped out last month, can we get him back", "osse"),
        # "getting along" is about peers, not words far apart in a longer message.
        ("kids getting jumped on the walk home, we need adults along the route", "safe-passage"),
        ("two of my kids are not getting along at recess", "osel"),
        # A synonym reads as its whole idea: "overnight" is "after hours".
        ("something happened at school overnight, who do i call", "student-safety-services"),
    ],
)
def test_a_phrase_means_its_words_together(brain: Brain, question: str, office: str) -> None:
    result = route(question, brain.index)
    assert (result.outcome, result.office_ids[:1]) == (Outcome.ANSWER, (office,))


@pytest.mark.parametrize("phrase", ["metal detector", "background check", "peace circle"])
def test_a_pasted_page_does_not_assemble_phrases_from_scattered_words(
    brain: Brain, phrase: str
) -> None:
    """The phrase's words appear, but a page apart: the page is not about the phrase."""
    first, second = phrase.split()
    assert route(phrase, brain.index).outcome is Outcome.ANSWER
    page = " ".join([first, *["lorem"] * 60, second])
    assert route(page, brain.index).outcome is Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("question", "office"),
    [
        ("who handles career stuff", "ecce"),
        ("a lawyer for a student", "legal"),
        ("one of my students is living in a car with her mom", "stls"),
    ],
)
def test_an_out_of_scope_topic_means_exactly_its_words(
    brain: Brain, question: str, office: str
) -> None:
    """A personal matter is 'my career' or 'my lawyer', not 'career' or 'lawyer' alone."""
    assert route(question, brain.index).office_ids[:1] == (office,)


@pytest.mark.parametrize(
    "question",
    [
        "i'm thinking about my career, should i move from teaching into admin",
        "can cps pay my tuition for a masters",
        "the cta bus i take to work is always late",
    ],
)
def test_a_staff_members_own_matters_are_not_guessed(brain: Brain, question: str) -> None:
    assert route(question, brain.index).outcome is Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("problema con mi nomina este mes", "payroll and pay"),
        ("no hay calefaccion en el salon 204", "building repairs and facilities"),
        ("necesito un maestro sustituto manana", "human resources and benefits"),
    ],
)
def test_an_out_of_scope_topic_is_named_in_spanish_too(
    brain: Brain, question: str, topic: str
) -> None:
    result = route(question, brain.index)
    assert (result.outcome, result.out_of_scope) == (Outcome.UNKNOWN, topic)
