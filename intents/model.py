"""The router's vocabulary and its result: frozen values, safe to share across threads."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from intents.emergency import Emergency


class Outcome(StrEnum):
    """What the bot should do with a question."""

    ANSWER = "answer"
    CLARIFY = "clarify"
    UNKNOWN = "unknown"


class Field(StrEnum):
    """A contact field a question asks for, which the answer then puts first."""

    PHONE = "phone"
    FAX = "fax"
    ADDRESS = "address"


class Meta(StrEnum):
    """Conversation that is about the bot rather than an office."""

    HELP = "help"
    GREETING = "greeting"
    THANKS = "thanks"
    DIRECTORY = "directory"


@dataclass(frozen=True, slots=True)
class Intent:
    """Phrases staff use for situations one office handles, from one topic file."""

    id: str
    topic: str
    office: str
    phrases: tuple[str, ...]
    weight: float = 1.0
    file: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Synonym:
    """Words and phrases staff use for one idea.

    A question holding any of them is read as if it also said the idea. Two files hold them:
    ``synonyms.yaml``, words that stand for an idea inside topic phrases ("overnight" is
    "after hours"), read as if typed; and ``thesaurus.yaml``, the district thesaurus, which
    leads staff's words to what the knowledge base itself says ("sleeping in a car" implies
    "homeless", which STLS's entry says), a little weaker, and never completing a topic or
    out-of-scope phrase.
    """

    idea: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutOfScope:
    """An out-of-scope entry: a subject the bot knowingly does not cover, so it can say so
    instead of guessing. It declines a question only when no office fits the question better."""

    label: str
    phrases: tuple[str, ...]
    #: About the asker's own affairs (their pay, their job, their life): claimed with "I",
    #: "me" or "my" near its phrase, such a topic outweighs the office words around it ("my
    #: overtime for the basketball game" is payroll, not sports).
    personal: bool = False
    file: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Followup:
    """Words of a follow-up in a conversation, from ``meta.yaml``'s ``followup:``."""

    #: Asking which office the one just discussed is part of ("who are they under?").
    parent: tuple[str, ...] = ()
    #: Openings of the same question about another office ("and for", "what about").
    switch: tuple[str, ...] = ()
    #: Endings that ask which office another is part of ("which office is OSA under").
    parent_ending: tuple[str, ...] = ()
    #: Whole messages taken as thanks ("ok", "sounds good").
    acknowledge: tuple[str, ...] = ()
    #: Words that alone, in a short follow-up, ask for the phone ("number?").
    short_phone: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IntentSet:
    """Everything loaded from ``intents/``."""

    intents: tuple[Intent, ...]
    meta: dict[Meta, tuple[str, ...]]
    fields: dict[Field, tuple[str, ...]]
    out_of_scope: tuple[OutOfScope, ...]
    umbrella: tuple[str, ...] = ()
    synonyms: tuple[Synonym, ...] = ()
    #: The district thesaurus (``thesaurus.yaml``), see ``Synonym``.
    thesaurus: tuple[Synonym, ...] = ()
    followup: Followup = field(default_factory=Followup)
    #: District words that say nothing about which office ("cps", "chicago"): every question
    #: is about this district. From ``meta.yaml``'s ``stop_words``.
    stop_words: frozenset[str] = frozenset()
    #: The emergency vocabulary and general guidance (``emergency.yaml``); None without that
    #: file, and then no message is ever urgent.
    emergency: Emergency | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """One office the router considered, with the evidence, best first in a RouteResult."""

    office_id: str
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RouteResult:
    """The router's verdict on one question.

    ``candidates`` holds one office for ANSWER, two or three for CLARIFY and none for UNKNOWN.
    ``meta`` is set when the message was about the bot (help, hello, thanks, the directory);
    ``out_of_scope`` names the out-of-scope entry the question fell into, if any.
    """

    outcome: Outcome
    confidence: float
    candidates: tuple[Candidate, ...] = ()
    field: Field | None = None
    meta: Meta | None = None
    out_of_scope: str | None = None

    @property
    def office_ids(self) -> tuple[str, ...]:
        """The candidate office ids, best first."""
        return tuple(c.office_id for c in self.candidates)
