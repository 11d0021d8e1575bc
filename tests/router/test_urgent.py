"""Urgency (intents/urgent.py, intents/emergency.yaml): an emergency happening now opens the
answer with general guidance; drills, plans, policies, hypotheticals and incidents that are
over do not. The rules are shown on a tiny vocabulary of the test's own; the examples, on the
shipped file. None of these sentences comes from an evaluation set."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import urgent as benchmark
from bot.service import Assistant, Brain, load_brain
from intents.emergency import Emergency
from intents.emergency_file import load_emergency
from intents.loader import EMERGENCY_FILE
from intents.urgent import Urgency, assess, urgency, urgency_of
from knowledge import KnowledgeError
from knowledge.provenance import check_provenance

CALL_911 = "General emergency guidance: if anyone is in danger now, call 911."
SHOWN_988 = "988"

URGENT = [
    ("a boy in 7th grade has a gun in his backpack", "weapon"),
    ("someone is waving a knife in the main office", "weapon"),
    ("we just heard shots fired by the north doors", "weapon"),
    ("there is an intruder on the third floor", "intruder"),
    ("a man nobody knows walked in behind a parent and is in the hallway", "intruder"),
    ("a brawl in the lunchroom and a girl is bleeding from her ear", "fight"),
    ("fight at dismissal, one student is knocked out", "fight"),
    ("my student says she is going to kill herself", "self_harm"),
    ("boy in my class is cutting himself in the bathroom", "self_harm"),
    ("a teacher collapsed and is not breathing", "medical"),
    ("kid having a seizure in the gym right now", "medical"),
    ("we cant find a kindergartner since recess", "missing_child"),
    ("a third grader ran out of the building and we lost sight of him", "missing_child"),
    ("the art room is on fire", "fire"),
    ("black smoke in the stairwell", "fire"),
    ("it smells like gas in the band room", "gas"),
    ("GAS LEAK 2ND FLOOR", "gas"),
    ("a preschooler wandered off from the playground", "missing_child"),
    ("a student collapsed during the fire drill and isnt breathing", "medical"),
    ("an ex boyfriend of a teacher is in the lobby refusing to leave", "intruder"),
    ("there is smoke in the library", "fire"),
    ("a sophomore pulled a glock out in the locker room", "weapon"),
    ("a man who is not staff got past the main office", "intruder"),
    ("her lips are blue and she is wheezing", "medical"),
    ("no sign of the first grader since lunch", "missing_child"),
    ("a junior says he is going to end it after school", "self_harm"),
    ("whats the protocol, a man with a knife is in the lobby", "weapon"),
    ("a stranger keeps banging on the door screaming", "intruder"),  # screaming outweighs keeps
    ("a girl is cutting her wrist with a razor in the stall", "self_harm"),  # 988, not a weapon
]
SPANISH = [
    ("un alumno tiene una pistola en el pasillo", "weapon"),
    ("hay un hombre desconocido en el patio", "intruder"),
    ("dos niños peleando y uno está sangrando", "fight"),
    ("la niña dice que se quiere morir", "self_harm"),
    ("un maestro se desmayó y no respira", "medical"),
    ("no encontramos a un niño de segundo grado", "missing_child"),
    ("hay humo en la cocina", "fire"),
    ("huele a gas en el salón", "gas"),
    ("no encuentro a mi alumna", "missing_child"),
    ("uczen ma noz w szatni", "weapon"),  # Polish: a student has a knife in the locker room
]
NOT_URGENT = [
    "what is the district policy on pocket knives",
    "who trains our deans for an active shooter drill",
    "we had a gun scare two years ago, who reviews our safety plan",
    "who handles intruder alarm codes",
    "how do we keep strangers from walking in at arrival",
    "two boys had a fight last week, where do i send the report",
    "a kid who keeps getting into fights needs a behavior plan",
    "suicide prevention training for new counselors",
    "a student attempted suicide over the summer and is back, who helps with reentry",
    "who trains aides on seizure first aid",
    "a kid fainted in pe yesterday and he is fine now, which form do i file",
    "a student keeps missing school because of asthma",
    "our roster is missing two students, who fixes enrollment",
    "when is our next fire drill",
    "who inspects the fire extinguishers",
    "we smelled gas last month and it turned out to be the sewer, who follows up",
    "how many fire drills a year",
    "quien organiza el simulacro de incendio",
    "cual es la politica sobre armas",
    "who handles the fire department walkthrough",
    "kids keep smoking in the third floor bathroom",
    "who do i talk to about a student who self harms",
    "the student missed most of last week",
    "our robotics team is on fire this season lol",
    "the kitchen needs a new knife set, who do we order from",
    "the news covered a stabbing across town, how do we talk to kids about it",
    "what are the rules on pocket knives in the building",
    "whats the policy for box cutters at recess",
]


def shipped(brain: Brain) -> Emergency:
    emergency = brain.index.intents.emergency
    assert emergency is not None
    return emergency


@pytest.mark.parametrize(("message", "kind"), URGENT + SPANISH)
def test_an_emergency_happening_now_is_urgent(brain: Brain, message: str, kind: str) -> None:
    found = urgency(message, brain.index)
    assert found is not None, assess(message, shipped(brain)).explain()
    assert kind in found.kinds


@pytest.mark.parametrize("message", NOT_URGENT)
def test_drills_plans_policies_and_the_past_are_not_urgent(brain: Brain, message: str) -> None:
    assert urgency(message, brain.index) is None, assess(message, shipped(brain)).explain()


def test_911_opens_every_urgent_answer_and_988_only_self_harm(brain: Brain) -> None:
    for message, _ in URGENT + SPANISH:
        found = urgency(message, brain.index)
        assert found is not None
        assert found.guidance[0] == CALL_911
        assert all(line.startswith("General emergency guidance: ") for line in found.guidance)
        shows_988 = any(SHOWN_988 in line for line in found.guidance)
        assert shows_988 == ("self_harm" in found.kinds), message
    lifeline = urgency("my student says she is going to kill herself", brain.index)
    assert lifeline is not None
    assert lifeline.guidance[1].endswith("988, the Suicide & Crisis Lifeline.")


def test_the_numbers_are_never_an_office_contact(brain: Brain) -> None:
    """911 and 988 are general guidance: no office lists them, the answer's office cards never
    carry them, and the knowledge base's provenance check neither sees nor needs them."""
    for office in brain.kb:
        contacts = office.contacts
        values = (*contacts.phone, *contacts.fax, *contacts.address) if contacts else ()
        assert not any(n in value for value in values for n in ("911", "988")), office.id
    for message, _ in URGENT:
        for card in Assistant(brain).ask(message).offices:
            blocks = [card.contacts, *(contacts for _, contacts in card.lineage)]
            text = " ".join(" ".join((*c.phone, *c.fax)) for c in blocks if c is not None)
            assert "911" not in text and "988" not in text
    assert check_provenance(brain.kb) == []


# --- The rules, on a vocabulary the test writes itself ----------------------------------------

RULES = """\
label: General emergency guidance
guidance:
  - {text: "call 911.", kinds: all}
  - {text: "call 988.", kinds: [self_harm]}
words:
  child: [kid, student]
  place: [hallway, gym]
  event: [game]
as_written: [missing, game]
kinds:
  fire:
    signals: [fire]
  self_harm:
    signals: [hurt himself]
  fight:
    signals: [fight]
    needs: [bleeding]
  missing_child:
    signals: [missing]
    needs: [<child>]
neutral: [fire alarm]
now: [now, in <place>, at <event>]
not_now: [drill, fire drill, is there, yesterday, policy]
procedure: [policy on]
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Emergency:
    path = tmp_path_factory.mktemp("rules") / EMERGENCY_FILE
    path.write_text(RULES)
    emergency, problems = load_emergency(path, EMERGENCY_FILE)
    assert emergency is not None, problems
    return emergency


@pytest.mark.parametrize(
    ("message", "kinds"),
    [
        ("fire", ("fire",)),  # a signal and no sign either way
        ("fire drill", ()),  # the longer phrase wins: a drill, not a fire
        ("the fire alarm is loud", ()),  # neutral: a look-alike, not a fire
        ("fire yesterday", ()),  # over
        ("fire yesterday and again now", ("fire",)),  # a tie is urgent
        ("fire policy yesterday but fire now", ()),  # more says not now
        ("fire in the hallway, policy says leave", ("fire",)),
        ("fight", ()),  # a fight counts only with someone hurt
        ("fight and a kid bleeding", ("fight",)),
        ("student missing", ("missing_child",)),
        ("the student missed class", ()),  # "missing" is compared as written
        ("missing forms", ()),  # needs a child
        ("is there a fire", ()),  # "is there" is a question about fires
        ("is anyone there fire", ("fire",)),  # two stop words must stand side by side
        ("he wants to hurt himself", ("self_harm",)),
        ("fire yesterday at the game", ("fire",)),  # a moment of the day says now: a tie
        ("fire yesterday at games", ()),  # a list word compared as written: games are a habit
        ("fire policy at the game", ("fire",)),  # a tie is urgent
        ("fire policy at games", ()),  # the habit does not count, the policy does
        ("the policy on fire in the gym", ()),  # a question about a rule weighs two
        ("the policy on fire in the gym now", ("fire",)),  # two signs of now tie with it
    ],
)
def test_the_rules(rules: Emergency, message: str, kinds: tuple[str, ...]) -> None:
    found = urgency_of(message, rules)
    assert (found.kinds if found else ()) == kinds, assess(message, rules).explain()


def test_guidance_lines_come_labelled_in_file_order(rules: Emergency) -> None:
    both = urgency_of("fire and he wants to hurt himself", rules)
    assert both == Urgency(
        ("fire", "self_harm"),
        ("General emergency guidance: call 911.", "General emergency guidance: call 988."),
        ("fire", "hurt himself"),
    )


def test_the_working_names_what_counted(rules: Emergency) -> None:
    assert (
        assess("fire drill in the gym", rules).explain() == "now: in <place>; not_now: fire drill"
    )


def test_without_the_file_nothing_is_urgent(small: Brain) -> None:
    """The invented district of tests/router/conftest.py writes no emergency.yaml."""
    assert small.index.intents.emergency is None
    assert urgency("there is a fire in the gym right now", small.index) is None


@pytest.mark.parametrize(
    ("old", "new", "wanted", "field"),
    [
        ("now: [now,", "now: [<moment>, now,", "'<moment>' in '<moment>' names no list", "now"),
        ("kinds: [self_harm]", "kinds: [flood]", "names unknown kind 'flood'", "kinds"),
        ("    needs: [bleeding]", "    need: [bleeding]", "is not a field of a kind", "need"),
        ("not_now: [drill,", "not_now: [fire, drill,", "'fire' reads as 'fire'", "not_now"),
        ("label: General emergency guidance", "label: General: guidance", "not valid YAML", None),
    ],
)
def test_a_broken_file_is_named_with_its_line(
    tmp_path: Path, old: str, new: str, wanted: str, field: str | None
) -> None:
    text = RULES.replace(old, new)
    assert text != RULES
    path = tmp_path / EMERGENCY_FILE
    path.write_text(text)
    try:
        emergency, problems = load_emergency(path, "intents/emergency.yaml")
        assert emergency is None
        message = str(KnowledgeError(problems))
    except KnowledgeError as exc:  # not YAML at all: the parser names the line
        message = str(exc)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if new.strip() in row)
    assert f"intents/emergency.yaml:{line}" in message and wanted in message
    if field:
        assert f"field '{field}'" in message


def test_the_loader_reports_a_broken_file(intents_copy: Path, knowledge_copy: Path) -> None:
    path = intents_copy / EMERGENCY_FILE
    path.write_text(path.read_text().replace("kinds: [self_harm]", "kinds: [selfharm]"))
    with pytest.raises(KnowledgeError, match=r"intents/emergency\.yaml:\d+, entry 'guidance"):
        load_brain(knowledge_copy, intents_copy)


def test_a_missing_file_loads_without_urgency(intents_copy: Path, knowledge_copy: Path) -> None:
    (intents_copy / EMERGENCY_FILE).unlink()
    assert load_brain(knowledge_copy, intents_copy).index.intents.emergency is None


# --- Robust and fast: it runs on every question ------------------------------------------------


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=600))
def test_never_raises_for_any_text(brain: Brain, text: str) -> None:
    found = urgency(text, brain.index)
    assert found is None or (found.kinds and found.guidance[0] == CALL_911)


WORDS = sorted(
    {word for message, _ in URGENT + SPANISH for word in message.split()}
    | {word for message in NOT_URGENT for word in message.split()}
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_any_mix_of_emergency_words_is_well_formed(brain: Brain, text: str) -> None:
    found = urgency(text, brain.index)
    if found is not None:
        assert found.guidance[0] == CALL_911
        assert set(found.kinds) <= set(shipped(brain).kinds)
        assert found == urgency(text, brain.index)


def test_fast_enough_for_every_question(brain: Brain) -> None:
    messages = [m for m, _ in URGENT + SPANISH] + NOT_URGENT
    start = time.perf_counter()
    for _ in range(20):
        for message in messages:
            urgency(message, brain.index)
    per_call = (time.perf_counter() - start) / (20 * len(messages))
    assert per_call < 0.001
    start = time.perf_counter()
    urgency("a kid has a gun in the hallway right now " * 200, brain.index)
    assert time.perf_counter() - start < 0.05


def test_the_shipped_file_is_next_to_the_other_intent_files() -> None:
    """Not under knowledge/: the provenance check never reads general guidance."""
    root = Path(__file__).resolve().parents[2]
    assert (root / "intents" / EMERGENCY_FILE).exists()
    assert not list((root / "knowledge").rglob(EMERGENCY_FILE))


def test_the_benchmark_never_lists_a_held_out_sets_misses(tmp_path: Path) -> None:
    """Refused before the file is even read."""
    with pytest.raises(SystemExit) as refused:
        benchmark.main([str(tmp_path / "holdout_anything.yaml"), "--show-misses"])
    assert refused.value.code == 2
