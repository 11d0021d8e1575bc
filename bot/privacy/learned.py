"""The last word on a word every rule kept: a small model learned from labelled messages.

The rules name a word where the message says why: a title, a naming verb, a subject's verb,
a list of names. What they leave is the everyday word used as a person with nothing but the
sense of the sentence to say so: "tank has 22 absences", "can miles watch that door",
"attendance for tank and bean". No rule can list those contexts without also taking "the
bus has 22 seats", but the words around them, seen across thousands of labelled staff
messages, can weigh them.

So a logistic model over a kept word, its neighbours (a neighbour the rules named reads as a
name) and what the word lists say of it gives each kept word a probability of being a name,
and a word at or above the model's threshold is named. It only ever removes more: a word the
rules named stays named, and function words ("the", "and", "of") are never scored, so the
model cannot make a sentence unreadable. It reads no routing vocabulary.

The weights (``name_model.json``) are built by ``scripts/train_name_model.py`` from the
tuning sets ``tests/privacy/redaction_tune*.yaml`` only; the held-out sets measure it. They
depend on the rules' decisions, so the file records what it was trained from and a test
fails until it is retrained after a change to the rules or the sets.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bot.privacy import familiar, staff_words, terms
from bot.privacy.labels import Labels
from bot.privacy.lexicon import Kind, Token

MODEL_FILE = "name_model.json"
#: Words that are never a name, whatever surrounds them.
NEVER_WEIGHED = (
    terms.FUNCTION_WORDS | terms.NAME_FOLLOWERS | terms.RECORD_LABELS | terms.LETTER_WORDS_ABROAD
)
#: Words staff were seen to write plainly, often or once (generated: build_staff_words.py).
PLAIN_OFTEN = frozenset(staff_words.PLAIN_OFTEN.split())
PLAIN_ONCE = frozenset(staff_words.PLAIN_ONCE.split())

#: Word classes a neighbour may belong to: the model learns, say, that a kept word before a
#: verb said only of people, or after a verb whose object is a person, is often a name.
NEIGHBOUR_CLASSES: tuple[tuple[str, frozenset[str]], ...] = (
    ("function", terms.FUNCTION_WORDS),
    ("subject_verb", terms.SUBJECT_VERBS),
    ("person_verb", terms.PERSON_VERBS),
    ("staff", terms.STAFF_NOUNS),
    ("kin", terms.KIN_WORDS),
    ("one_person", terms.ONE_PERSON_VERBS),
    ("takes_person", terms.TAKES_A_PERSON),
    ("greeting", terms.GREETINGS),
    ("honorific", terms.HONORIFICS),
    ("modal", terms.MODALS),
    ("and", terms.AND_WORDS),
    ("saying", terms.SAYING_VERBS),
    ("past_act", terms.PAST_ACTS),
    ("person_state", terms.PERSON_STATES),
    ("object", terms.OBJECT_WORDS),
    ("addressing", terms.ADDRESSING_VERBS),
)


@dataclass(frozen=True)
class NameModel:
    """Feature weights and the probability at which a kept word becomes a name."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Sequence[str]) -> float:
        score = sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def scored(tokens: Sequence[Token], flags: Sequence[bool], settled: Sequence[bool]) -> list[int]:
    """The tokens the model weighs: words the rules kept, except what is plainly a word
    whatever the model thinks: a function word or a word that comes after a name ("born",
    "dob"), a word the rules settled as part of a place, a thing's name or an abbreviation
    ("the Brown Line", "H.R."), a word after a determiner ("the star and tavion": a person
    takes no article; also past a nickname's prefix, "my lil man"), a modal before a verb
    ("will need a bus"), a noun after paired describing words ("the stone and brick walls"),
    a verb before its object ("and train our staff"), a verb after a modal that is no name or
    a contraction ("we'd love to", "i'll grant it"), a greeting before a comma ("Best, D.
    Ruiz"), an English word in -ly, a colour, season or placed month joined to its like, a word
    or a letter before a page number ("page 3", "p. 4"), and a title before a name ("Sr. de
    la Rosa"). The weather or a holiday a day is closed for ("closed tmrw for snow") is
    settled by the rules (``times``)."""
    return [
        i
        for i, token in enumerate(tokens)
        if token.is_word
        and not flags[i]
        and not settled[i]
        and token.key not in NEVER_WEIGHED
        and not _plainly_a_word(tokens, i)
        and not _title_of(tokens, flags, i)
    ]


def _plainly_a_word(tokens: Sequence[Token], i: int) -> bool:
    before = tokens[i - 1].key if i > 0 and tokens[i - 1].is_word else ""
    after = tokens[i + 1].key if i + 1 < len(tokens) and tokens[i + 1].is_word else ""
    # "my lil man", "a big grant": a nickname's prefix after a determiner describes.
    described = (
        before in terms.NICKNAME_PREFIXES and i > 1 and tokens[i - 2].key in terms.DETERMINERS
    )
    after_determiner = (before in terms.DETERMINERS or described) and not tokens[i].breaks_before
    modal_verb = tokens[i].key in terms.MODALS and after in terms.BASE_VERBS
    # "we'd love to", "i'll grant it", "would love": a verb after a modal that is no name.
    after_modal = before in terms.NAMELESS_MODALS or before.endswith(("'d", "'ll"))
    return (
        after_determiner
        or after_modal
        or _after_paired_modifiers(tokens, i)
        or modal_verb
        or _signs_off(tokens, i)
        or _verb_before_possessive(tokens, i, before, after)
        or _adverb(tokens[i])
        or _colour_pair(tokens, i)
        or _page_reference(tokens, i)
        or _counted(tokens, i)
    )


def _after_paired_modifiers(tokens: Sequence[Token], i: int) -> bool:
    """A noun after two describing words joined by "and" or "or" that a determiner opens:
    "the stone and brick walls", "a red or blue shirt". The words between must be plain
    lower-case words; a person is not described so ("the stone and brick walls need repair"
    loses nothing)."""
    if i < 4 or tokens[i - 2].key not in terms.COORDINATORS:
        return False
    if tokens[i - 4].key not in terms.DETERMINERS:
        return False
    if any(not tokens[j].is_word or tokens[j].breaks_before for j in range(i - 3, i + 1)):
        return False
    return all(
        tokens[j].kind is not Kind.UNKNOWN
        and tokens[j].text.islower()
        and tokens[j].key not in terms.FUNCTION_WORDS
        for j in (i - 3, i - 1)
    )


def _signs_off(tokens: Sequence[Token], i: int) -> bool:
    """A greeting or a closing that opens a clause before a comma: "Best, D. Ruiz", "thanks,
    see you". The rules read it so too (a greeting is never the person addressed)."""
    opens = i == 0 or tokens[i].breaks_before
    comma_after = i + 1 < len(tokens) and tokens[i + 1].gap.lstrip().startswith(",")
    return tokens[i].key in terms.GREETINGS and opens and comma_after


#: What a verb's object starts with, and never a name's next word without a comma between.
_POSSESSIVE_OBJECTS = frozenset({"our", "your", "their", "my"})
#: What stands before a verb that is not a finite verb's subject: "to", "and", a modal.
_BEFORE_A_VERB = frozenset({"to", "and", "or", "please", "pls"}) | terms.MODALS


def _verb_before_possessive(tokens: Sequence[Token], i: int, before: str, after: str) -> bool:
    """A word between "to", "and" or a modal and "our", "your", "their" or "my" is a verb
    with its object: "come out and train our staff", "can you mark my student". A person
    there comes with a comma ("and chase, our clerk")."""
    next_plain = i + 1 < len(tokens) and not tokens[i + 1].breaks_before
    return before in _BEFORE_A_VERB and after in _POSSESSIVE_OBJECTS and next_plain


#: Words that come in pairs of their own kind: colours ("black and white") and seasons,
#: weather and holidays ("rain and snow", "summer or fall").
_PAIRED_KINDS = (terms.COLOURS, terms.OCCASIONS)


def _colour_pair(tokens: Sequence[Token], i: int) -> bool:
    """A colour joined to a colour, or a season or weather to its like: school colours and
    dress codes ("black and white", "red and brown are not", "blue or gold"), "rain and
    snow"; months joined after a word that places a month ("in july and august").
    Nicknames of these kinds seldom come in such pairs, and a title or a verb still names
    them through the rules."""
    return any(
        tokens[i].key in kind
        and 0 <= other < len(tokens)
        and tokens[link].key in terms.COORDINATORS
        and tokens[other].key in kind
        for kind in _PAIRED_KINDS
        for link, other in ((i + 1, i + 2), (i - 1, i - 2))
    ) or _months_placed(tokens, i)


def _months_placed(tokens: Sequence[Token], i: int) -> bool:
    """Two months joined after a word that places a month: "in july and august", not "june
    and april swapped jackets"."""
    for first in (i, i - 2):
        if first < 1 or first + 2 >= len(tokens):
            continue
        pair = (tokens[first].key, tokens[first + 2].key)
        if all(key in terms.MONTHS for key in pair) and tokens[first + 1].key in terms.COORDINATORS:
            return tokens[first - 1].key in terms.MONTH_CUES
    return False


#: Words before a thing numbered: "see page 3", "on page 4", "in room 12".
POINTING = frozenset({"see", "on", "in", "at", "of", "from", "to"})


def _counted(tokens: Sequence[Token], i: int) -> bool:
    """A word between a word that points and a bare number is a thing numbered: "see page
    3", "in room 12"; not a roster's "grace 5 tardies"."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    pointed = i > 0 and tokens[i - 1].key in POINTING and not tokens[i].gap.strip()
    return pointed and after is not None and after.text.isdigit() and not after.gap.strip()


def _title_of(tokens: Sequence[Token], flags: Sequence[bool], i: int) -> bool:
    """A title before a name is the title: "ask Sr. de la Rosa", "Sra. Ortiz"."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    titled = after is not None and after.gap.strip() in {"", "."} and "\n" not in after.gap
    return tokens[i].key in terms.HONORIFICS and titled and flags[i + 1]


def _page_reference(tokens: Sequence[Token], i: int) -> bool:
    """A letter with a full stop before a number: "see p. 4", "s. 12", a page or a section."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        len(tokens[i].key) == 1
        and after is not None
        and not after.is_word
        and after.text[:1].isdigit()
        and after.gap.strip() == "."
    )


def _adverb(token: Token) -> bool:
    """An English word in -ly that no name list holds ("newly arrived", "recently moved"):
    it says how, never who. "Emily" and "Kelly" are on the lists and stay weighed."""
    return token.kind is Kind.SAFE and token.key.endswith("ly")


def named_words(tokens: Sequence[Token], flags: Sequence[bool]) -> Counter[str]:
    """How many times the message names each word: counted once per message, so that asking
    "is this word named elsewhere?" of every word costs no more than the message is long."""
    return Counter(token.key for token, flag in zip(tokens, flags, strict=True) if flag)


def features(
    tokens: Sequence[Token],
    flags: Sequence[bool],
    i: int,
    reliable: bool,
    named: Counter[str] | None = None,
) -> list[str]:
    """What the model sees of token ``i``: the word and its shape, what the lists say of it,
    how often staff write it plainly, the two words either side (a named neighbour as
    ``<name>``), the punctuation around it, its neighbours' word classes, the rules' own
    decision, and whether the message names the same word elsewhere (``named``, from
    ``named_words``, when the caller weighs many words of one message)."""
    token = tokens[i]
    before2, before, after, after2 = (
        _context(tokens, flags, j) for j in (i - 2, i - 1, i + 1, i + 2)
    )
    gap_after = tokens[i + 1].gap.strip() if i + 1 < len(tokens) else "</s>"
    found = [
        "bias",
        f"word={token.key}",
        f"kind={token.kind.value}",
        f"shape={_shape(token)}|{reliable}",
        f"suffix={token.key[-3:]}",
        f"before={before}",
        f"after={after}",
        f"before2={before2}",
        f"after2={after2}",
        f"around={before}|{after}",
        f"before_pair={before2}|{before}",
        f"after_pair={after}|{after2}",
        f"gap_before={token.gap.strip()}",
        f"gap_after={gap_after}",
        f"word_after={token.key}|{after}",
        f"before_word={before}|{token.key}",
        f"rule={flags[i]}",
        f"staff_use={_staff_use(token.key)}",
    ]
    found += [name for name, flag in _lexical(token) if flag]
    for side, j in (("before", i - 1), ("after", i + 1), ("before2", i - 2), ("after2", i + 2)):
        found += _classes(tokens, flags, side, j)
    named = named_words(tokens, flags) if named is None else named
    if named[token.key] > flags[i]:  # another token with this word is named
        found.append("named_elsewhere")
    return found


def _lexical(token: Token) -> tuple[tuple[str, bool], ...]:
    return (
        ("first_name", token.first_name),
        ("frequent_name", token.frequent),
        ("name_like", token.name_like),
        ("possessive", token.possessive),
        ("clause_start", token.breaks_before),
        ("staff_word", token.key in familiar.STAFF_WORDS),
    )


def _staff_use(word: str) -> str:
    """How often staff write the word plainly: a word they never wrote about a thing ("tank",
    "biscuit") is more likely a person than one they write every day ("bus", "door")."""
    if word in PLAIN_OFTEN:
        return "often"
    return "once" if word in PLAIN_ONCE else "never"


def _shape(token: Token) -> str:
    if token.shouted:
        return "upper"
    return "capital" if token.text[:1].isupper() else "lower"


def _context(tokens: Sequence[Token], flags: Sequence[bool], j: int) -> str:
    """A neighbour as the model reads it: a word, ``<name>``, a placeholder or a number."""
    if j < 0:
        return "<s>"
    if j >= len(tokens):
        return "</s>"
    token = tokens[j]
    if not token.is_word:
        return "<number>" if token.text[:1].isdigit() else token.text
    return "<name>" if flags[j] else token.key


def _classes(tokens: Sequence[Token], flags: Sequence[bool], side: str, j: int) -> list[str]:
    if not (0 <= j < len(tokens)) or not tokens[j].is_word or flags[j]:
        return []
    key = tokens[j].key
    found = [f"{side}_class={name}" for name, words in NEIGHBOUR_CLASSES if key in words]
    if key.endswith("ed") and key not in terms.BASE_VERBS:  # past, not "need"
        found.append(f"{side}_class=ed")
    if key.endswith("s") and len(key) > 3:
        found.append(f"{side}_class=s")
    return found


@cache
def shipped_model() -> NameModel:
    """The model trained on the tuning sets, read once."""
    data = json.loads(resources.files("bot.privacy").joinpath(MODEL_FILE).read_text("utf-8"))
    return NameModel(weights=data["weights"], threshold=data["threshold"])


def learned_names(labels: Labels, model: NameModel) -> list[int]:
    """The words the rules kept that ``model`` names, all weighed against the rules' own
    decisions (one word named here does not change how its neighbour is read)."""
    tokens, flags = labels.tokens, labels.flags
    named = named_words(tokens, flags)
    return [
        i
        for i in scored(tokens, flags, labels.settled)
        if model.probability(features(tokens, flags, i, labels.reliable, named)) >= model.threshold
    ]
