"""A generated knowledge base of any size, for measuring how routing cost grows.

Offices get made-up but word-like names, acronyms, aliases, "handles" phrases and intent
phrases drawn from a vocabulary that grows with the office count, like a real directory of
schools and departments would. The real offices are included so real questions still route.
"""

from __future__ import annotations

import random

from intents import IntentSet
from intents.model import Intent
from knowledge import KnowledgeBase, Office

_SYLLABLES = [
    "ba",
    "ce",
    "di",
    "fo",
    "gu",
    "ha",
    "je",
    "ki",
    "lo",
    "mu",
    "na",
    "pe",
    "qui",
    "ro",
    "su",
    "ta",
    "ve",
    "wi",
    "xo",
    "yu",
    "za",
    "bri",
    "cla",
    "dre",
    "fli",
    "gro",
    "ple",
    "stra",
    "tor",
]
_KINDS = [
    "Office of",
    "Department of",
    "Elementary School",
    "High School",
    "Academy of",
    "Program for",
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


def synthetic_knowledge(
    base: KnowledgeBase, base_intents: IntentSet, offices: int, seed: int = 7
) -> tuple[KnowledgeBase, IntentSet]:
    """``base`` plus generated offices up to ``offices`` in all, with intents for each."""
    rng = random.Random(seed)
    vocabulary = [_word(rng) for _ in range(max(500, offices * 2))]
    generated: dict[str, Office] = dict(base.offices)
    intents = list(base_intents.intents)
    source = next(iter(base.sources))
    number = 0
    while len(generated) < offices:
        number += 1
        words = rng.sample(vocabulary, 3)
        name = f"{rng.choice(_KINDS)} {words[0].title()} {words[1].title()}"
        oid = f"gen-{number}"
        office = Office(
            id=oid,
            name=name,
            role=f"Generated office {number}.",
            source=source,
            acronym=f"G{number}X",
            aliases=(f"{words[0].title()} {words[2].title()} Center",),
            handles=tuple(" ".join(rng.sample(vocabulary, 2)) for _ in range(4)),
        )
        generated[oid] = office
        phrases = tuple(" ".join(rng.sample(vocabulary, rng.randint(1, 3))) for _ in range(8))
        intents.append(Intent(id=oid, topic="generated", office=oid, phrases=phrases))
    kb = KnowledgeBase(offices=generated, sources=base.sources)
    return kb, IntentSet(
        intents=tuple(intents),
        meta=base_intents.meta,
        fields=base_intents.fields,
        out_of_scope=base_intents.out_of_scope,
        umbrella=base_intents.umbrella,
    )


def synthetic_questions(kb: KnowledgeBase, count: int, seed: int = 11) -> list[str]:
    """Questions about generated offices, with the kinds of noise staff add."""
    rng = random.Random(seed)
    offices = [o for o in kb if o.id.startswith("gen-")]
    questions = []
    for _ in range(count):
        office = rng.choice(offices)
        phrase = rng.choice(office.handles)
        style = rng.randint(0, 3)
        if style == 0:
            questions.append(f"who handles {phrase}?")
        elif style == 1:
            questions.append(f"phone number for {office.name}")
        elif style == 2:
            typo = phrase[:3] + phrase[4:] if len(phrase) > 6 else phrase
            questions.append(f"hi, I need help with {typo} for a student please")
        else:
            questions.append(office.acronym or office.name)
    return questions
