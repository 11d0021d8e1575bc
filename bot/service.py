"""The assistant every front end talks to: question in, Answer out, on the current knowledge.

The terminal, Slack and Teams all call ``Assistant.ask`` / ``Assistant.contact``, so they give
the same answers. The loaded knowledge lives in one immutable ``Brain`` that is swapped
whole by ``Assistant.swap`` (live reload): a request already holding the old brain finishes
on it, and nothing ever sees half of each.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from bot.answer import Answer, OfficeCard, compose, office_card
from bot.steps import Step, StepKind
from intents import (
    Candidate,
    Field,
    Meta,
    Outcome,
    RouteResult,
    RoutingIndex,
    Urgency,
    build_index,
    load_intents,
    route,
    urgency,
)
from intents.loader import DEFAULT_ROOT as INTENTS_ROOT
from intents.lookup import lookup_office
from knowledge import KnowledgeBase, KnowledgeError, check_provenance, load_knowledge_base
from knowledge.loader import DEFAULT_ROOT as KNOWLEDGE_ROOT

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Brain:
    """One consistent snapshot: a knowledge base and the routing index built from it."""

    kb: KnowledgeBase
    index: RoutingIndex


def load_brain(
    knowledge_dir: Path | None = None, intents_dir: Path | None = None, *, cache: bool = False
) -> Brain:
    """Load and validate the knowledge and intents, and prove every contact against its
    source page; raises KnowledgeError on any problem.

    The proof runs here, not only in ``kb check``: at start and on every reload, a phone that
    no source holds stops the start (or keeps the previous version serving) with the same
    message ``kb check`` gives, so a wrong number is never served. ``cache`` reuses a brain
    loaded from exactly the same files before (``bot.brain_cache``): one-shot commands use it.
    """
    if cache:
        from bot.brain_cache import cached

        folders = [knowledge_dir or KNOWLEDGE_ROOT, intents_dir or INTENTS_ROOT]
        found = cached(folders, lambda: load_brain(knowledge_dir, intents_dir))
        assert isinstance(found, Brain)
        return found
    kb = load_knowledge_base(knowledge_dir)
    problems = check_provenance(kb)
    if problems:
        raise KnowledgeError(problems)
    return Brain(kb=kb, index=build_index(kb, load_intents(kb, intents_dir)))


#: An outright answer at this calibrated confidence or above stands even for an emergency: on
#: the tuning sets 98.8% of such answers were right (``whohandles eval``'s calibration table).
KEEP_ROUTER_AT = 0.9


def answer_question(
    question: str, result: RouteResult, found: Urgency | None, brain: Brain
) -> Answer:
    """The answer to a typed question the router read as ``result``, and ``urgency`` read as
    ``found``.

    A message describing an emergency happening now (``intents.urgency``) opens with the
    general guidance and names the office ``emergency.yaml`` says responds as it happens (the
    Student Safety Center, the crisis team, health services) rather than whatever the router
    made of the words: "a student on the ledge says he will jump" is for the crisis team, not
    network safety. The field asked for is kept, and so is an answer the router is sure of
    ("gas smell, who at central gives real-time support?" asks for Safety Operations by what
    it does). The file's office shows no confidence: it is not the router's reading.
    """
    sure = result.outcome is Outcome.ANSWER and result.confidence >= KEEP_ROUTER_AT
    if found is not None and found.office and brain.kb.get(found.office) and not sure:
        result = RouteResult(
            Outcome.ANSWER, 0.0, (Candidate(found.office, 0.0),), field=result.field
        )
    answer = compose(question, result, brain.kb)
    return replace(answer, urgency=found) if found is not None else answer


class Assistant:
    """Answers questions against the current Brain. Safe to share between threads."""

    def __init__(self, brain: Brain) -> None:
        self._brain = brain

    @property
    def brain(self) -> Brain:
        """The snapshot new questions are answered from."""
        return self._brain

    def swap(self, brain: Brain) -> None:
        """Serve new questions from ``brain``. One reference assignment: atomic."""
        self._brain = brain

    def ask(self, question: str) -> Answer:
        """Route a free-text question and compose the answer (see ``answer_question``)."""
        brain = self._brain
        found = urgency(question, brain.index)
        return answer_question(question, route(question, brain.index), found, brain)

    def contact(self, name: str) -> Answer:
        """Look an office up by name or acronym; fall back to routing when no name matches."""
        brain = self._brain
        found = lookup_office(name, brain.kb)
        if found.outcome is Outcome.UNKNOWN and name.strip():
            found = route(name, brain.index)
        return compose(name, found, brain.kb)

    def office(self, office_id: str, field: Field | None = None) -> Answer:
        """The answer for one office by id, as when a user picks a clarify choice.

        An id the knowledge base no longer has (a button from before a reload) gets an
        "unknown" answer rather than an error.
        """
        brain = self._brain
        result = RouteResult(Outcome.UNKNOWN, 0.0)
        if brain.kb.get(office_id) is not None:
            result = RouteResult(Outcome.ANSWER, 1.0, (Candidate(office_id, 0.0),), field=field)
        return compose(office_id, result, brain.kb)

    def help(self) -> Answer:
        """The help answer (what the bot does, examples), as when someone types "help"."""
        return compose("help", RouteResult(Outcome.UNKNOWN, 0.0, meta=Meta.HELP), self._brain.kb)

    def directory_answer(self) -> Answer:
        """The directory answer (every office, grouped), as when someone types "directory"."""
        route = RouteResult(Outcome.UNKNOWN, 0.0, meta=Meta.DIRECTORY)
        return compose("directory", route, self._brain.kb)

    def step(self, step: Step) -> Answer:
        """The answer a next-step button leads to (see ``bot.steps``)."""
        if step.kind is StepKind.ASK:
            return self.ask(step.query)
        if step.kind is StepKind.OFFICE:
            return self.office(step.query)
        if step.kind is StepKind.HELP:
            return self.help()
        return self.directory_answer()

    def directory(self) -> tuple[OfficeCard, ...]:
        """Every office, in file order, for directory views (Slack's Home tab, Teams)."""
        brain = self._brain
        return tuple(office_card(office, brain.kb) for office in brain.kb)
