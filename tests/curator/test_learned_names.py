"""The learned last pass of redaction: an everyday word used as a person, and what it may
never touch. The figures it earns are in benchmarks/README.md ("a learned last pass")."""

from __future__ import annotations

import importlib.util
import json
import math
import random
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from bot.privacy import learned, redact
from bot.privacy.context import rule_decisions
from bot.privacy.lexicon import tokenize

ROOT = Path(__file__).resolve().parents[2]


@cache
def _training_script() -> ModuleType:
    """scripts/train_name_model.py, imported by path: scripts/ is not a package."""
    path = ROOT / "scripts" / "train_name_model.py"
    spec = importlib.util.spec_from_file_location("train_name_model", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_the_shipped_model_was_trained_on_the_current_rules_word_lists_and_tuning_sets() -> None:
    shipped = json.loads((ROOT / "bot" / "privacy" / learned.MODEL_FILE).read_text("utf-8"))
    current = _training_script().built_from()
    stale = sorted(
        path
        for path in shipped["built_from"].keys() | current.keys()
        if shipped["built_from"].get(path) != current.get(path)
    )
    assert stale == [], f"retrain: python scripts/train_name_model.py (changed: {stale})"
    assert not any("holdout" in path for path in current)


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        ("bear has 14 absences this semester, who does truancy", "[name] has 14 absences"),
        ("can duke cover the east doors at dismissal", "can [name] cover the east doors"),
        ("pull the attendance for ace and rocky", "for [name] and [name]"),
        ("is legend still on the roster", "is [name] still on the roster"),
        ("ocean needs a bus aide", "[name] needs a bus aide"),
        ("who do i tell about ace getting picked up by a stranger", "about [name] getting"),
    ],
)
def test_an_everyday_word_used_as_a_person_goes(message: str, stored: str) -> None:
    assert stored in redact(message)


@pytest.mark.parametrize(
    "message",
    [
        "the bus has 22 seats",
        "we need a tank of gas for the van",
        "who handles the gold team schedule",
        "the fox 32 reporter is outside",
        "honey mustard is on the lunch menu",
        "glass door by the gym is broken",
        "spring break starts friday",
        "the honor roll list is late",
    ],
)
def test_the_same_kind_of_word_used_plainly_stays(message: str) -> None:
    assert redact(message) == message


@pytest.mark.parametrize(
    ("message", "stored"),
    [
        # A word staff never write about a thing, before a relative: a possessive typed
        # without its apostrophe. Words staff write every day stay.
        ("pickles mom called about the bus", "[name] mom called about the bus"),
        ("the kids mom called about the bus", "the kids mom called about the bus"),
        ("students mom is here for the meeting", "students mom is here for the meeting"),
        ("hammer in kinder bit a kid at recess", "[name] in kinder bit a kid at recess"),
        ("the hammer in the shop is broken", "the hammer in the shop is broken"),
    ],
)
def test_how_often_staff_write_a_word_tells_a_nickname_from_a_thing(
    message: str, stored: str
) -> None:
    assert redact(message) == stored


def test_the_plain_word_lists_hold_what_staff_write_and_not_what_they_never_do() -> None:
    assert {"bus", "door", "kids"} <= learned.PLAIN_OFTEN
    assert not {"tank", "biscuit", "pickles"} & (learned.PLAIN_OFTEN | learned.PLAIN_ONCE)


def _with_model(monkeypatch: pytest.MonkeyPatch, bias: float) -> None:
    model = learned.NameModel(weights={"bias": bias}, threshold=0.5)
    monkeypatch.setattr(learned, "shipped_model", lambda: model)


def test_a_model_that_names_everything_still_spares_what_is_plainly_a_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Function words, a word after a determiner, a modal before a verb and the words of a
    place the rules settled are never weighed, whatever the weights say."""
    _with_model(monkeypatch, 50.0)
    stored = redact("the star and tavion will need a bus to the Brown Line")
    assert stored == "the star and [name] will [name] a bus to the Brown [name]"


def test_a_model_that_names_nothing_leaves_the_rules_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    message = "faith says winter is at 14 absences, tavion too, see Ms. Price"
    tokens = tokenize(message)
    by_rules = [
        t.text for t, flag in zip(tokens, rule_decisions(tokens).flags, strict=True) if flag
    ]
    _with_model(monkeypatch, -50.0)
    stored = redact(message)
    assert by_rules == ["faith", "winter", "tavion", "Price"]
    assert stored == "[name] says [name] is at 14 absences, [name] too, see Ms. [name]"


def test_training_learns_a_context_from_labelled_messages(tmp_path: Path) -> None:
    """The training script on a small labelled set: a word seen as a person before "has N
    absences" and as a thing elsewhere scores higher in the person's place."""
    labelled = tmp_path / "redaction_tune_x.yaml"
    people = ["tank", "bean", "moose", "ace", "rocky", "biscuit"]
    messages = [
        {"text": f"{who} has {n} absences", "personal": [{"text": who, "kind": "name"}]}
        for n, who in enumerate(people, start=3)
    ] + [
        {"text": f"the {thing} is broken again", "personal": []}
        for thing in ("tank", "ace", "door")
    ]
    labelled.write_text(json.dumps(messages), encoding="utf-8")
    script = _training_script()
    examples = script.examples([labelled])
    model = learned.NameModel(script.train(examples), threshold=0.5)
    person, thing = tokenize("sparky has 7 absences"), tokenize("the gate is broken again")
    as_person = model.probability(learned.features(person, [False] * 4, 0, reliable=True))
    as_thing = model.probability(learned.features(thing, [False] * 5, 1, reliable=True))
    assert as_person > 0.5 > as_thing


def test_a_model_that_names_everything_spares_adverbs_and_pairs_of_colours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An English word in -ly says how, not who ("newly arrived"), and a colour joined to a
    colour is school colours or a dress code: neither is weighed, whatever the weights say."""
    _with_model(monkeypatch, 50.0)
    assert redact("newly arrived: black and white") == "newly [name]: black and white"
    assert redact("inside for rain and snow, see p. 4").endswith(" rain and snow, [name] p. 4")


def test_a_model_that_names_everything_spares_a_verb_before_its_object_and_a_closing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A word between "and" and "our" is a verb with its object, and a greeting or closing
    before a comma signs off. A person in the same place comes with a comma ("and chase,
    our clerk"), and stays weighed."""
    _with_model(monkeypatch, 50.0)
    assert redact("come and train our staff").endswith(" and train our staff")
    assert redact("Best, D. Ruiz") == "Best, [name]. [name]"
    assert redact("ask me and chase, our clerk").endswith(" and [name], our clerk")


def test_training_labels_a_name_where_it_stands_as_a_word(tmp_path: Path) -> None:
    """A labelled name marks its own word, also with a possessive s typed without the
    apostrophe ("keishas"), but not the same letters inside another word: "ice" in
    "voicemail" is not the nickname Ice."""
    script = _training_script()
    text = "ice left a voicemail, keishas mom too"
    tokens = tokenize(text)
    items = [{"text": "ice", "kind": "name"}, {"text": "keisha", "kind": "name"}]
    marked = script._name_tokens(text, tokens, items)
    assert [t.text for t, name in zip(tokens, marked, strict=True) if name] == ["ice", "keishas"]


def test_training_writes_the_average_of_every_step_not_the_last(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The weights written are the mean of the weights after each step (from zero), so the
    last few examples of the shuffle cannot swing a borderline name either way."""
    script = _training_script()
    monkeypatch.setattr(script, "EPOCHS", 1)
    monkeypatch.setattr(script, "L2", 0.0)
    labels = [True, False, False, True, False]
    data = [script.Example(["bias"], is_name, True, "set") for is_name in labels]
    order = list(data)
    random.Random(script.SEED).shuffle(order)  # the script's own fixed order
    weight, history = 0.0, [0.0]
    for example in order:
        probability = 1.0 / (1.0 + math.exp(-weight))
        error = probability - example.is_name
        weight -= script.LEARNING_RATE * error * (script.NAME_WEIGHT if example.is_name else 1.0)
        history.append(weight)
    assert script.train(data)["bias"] == pytest.approx(sum(history) / len(history), abs=1e-4)
    assert abs(weight - sum(history) / len(history)) > 0.01  # the last step differs


def test_a_word_named_elsewhere_in_the_message_is_seen_the_same_counted_once() -> None:
    """The count of named words made once per message gives each word the features it would
    get alone: each "faith" is named elsewhere, by the other; "is", said twice, is not."""
    tokens = tokenize("Ms. Faith said faith is out and the bus is late")
    flags = rule_decisions(tokens).flags
    named = learned.named_words(tokens, flags)
    elsewhere = []
    for i, token in enumerate(tokens):
        alone = learned.features(tokens, flags, i, reliable=True)
        assert alone == learned.features(tokens, flags, i, True, named)
        if "named_elsewhere" in alone:
            elsewhere.append(token.text)
    assert elsewhere == ["Faith", "faith"]
