"""Follow-ups: a message read in the light of the conversation so far.

After "who handles JROTC?" staff write "what's their phone?", "and OSCPA?", "2", "who are they
under?" or "thanks". ``reply`` reads such a message against the conversation's context (the
offices the last answer gave or offered, and its field) and returns the answer and what to
remember next. The order:

1. an emergency happening now is always a new question, answered with its guidance first;
2. thanks: a courtesy ("thx", or a whole "ok") keeps the context for the next follow-up;
3. a choice after a clarify: a number or an ordinal ("2", "the second one"), or the name of
   one of the offices offered ("network safety");
4. a parent question naming an office ("which office is OSA under?"): its parent;
5. a number with nothing offered to choose from: the bot asks which office is meant;
6. a parent question ("who are they under?"): the office the last one is part of;
7. a field follow-up ("what's their fax?", "number?"): that field of the last office;
8. an office switch ("and for OSCPA?", "what about JROTC", or just "OSCPA?" after a field
   question): the field last asked, for the new office;
9. anything else is a new, complete question and starts afresh: an answer that names no office
   leaves nothing to refer to, so "their number?" after "who fixes the roof?" is not taken as
   the office before.

A follow-up with nothing to refer to (a new conversation, or one whose last answer named no
office) is never answered with a guessed office: the bot asks which office is meant, and
remembers the field asked so "oh, OSEL" answers it.

The words come from ``intents/meta.yaml`` (``followup:``), so another district's curator can
add theirs without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answer import Answer, compose
from bot.service import Assistant, answer_question
from bot.stores.context import ThreadContext
from intents import Candidate, Field, Meta, Outcome, RouteResult, route, urgency
from intents.lookup import exact_office
from intents.model import Followup
from knowledge.text import tokens

ORDINALS = {
    "1": 1, "one": 1, "first": 1, "1st": 1, "primero": 1, "primera": 1,
    "2": 2, "two": 2, "second": 2, "2nd": 2, "segundo": 2, "segunda": 2,
    "3": 3, "three": 3, "third": 3, "3rd": 3, "tercero": 3, "tercera": 3,
}  # fmt: skip
#: Words that may stand around an ordinal without making it a question ("the second one").
_ORDINAL_FRAME = frozenset("the one option number no choice please pls ok okay el la #".split())  # noqa: SIM905
#: A message this short (content words) naming an office, after a field question, keeps the
#: field: "OSCPA?" after "fax for OSEL" asks OSCPA's fax.
SHORT_SWITCH = 3


@dataclass(frozen=True)
class Turn:
    """One reply in a conversation: the answer, what to remember, and which kind of message
    it was ("question", "choice", "parent", "field", "switch", "thanks", "no-context")."""

    answer: Answer
    context: ThreadContext | None
    kind: str


def remembered(answer: Answer, at: float) -> ThreadContext | None:
    """What a conversation remembers after ``answer``: its office, or the choices it offered;
    nothing after an answer that named no office."""
    ids = tuple(card.office.id for card in answer.offices)
    if answer.status is Outcome.ANSWER and ids:
        return ThreadContext(ids[:1], answer.field, False, at)
    if answer.status is Outcome.CLARIFY and ids:
        return ThreadContext(ids, answer.field, True, at)
    return None


def _ordinal(words: list[str]) -> int | None:
    """The choice a message makes by number ("2", "the second one"), if that is all it says;
    "one" is a number only when nothing else is ("the second one" is the second)."""
    numbers = [ORDINALS[w] for w in words if w in ORDINALS and w != "one"] or [
        ORDINALS[w] for w in words if w == "one"
    ]
    rest = [w for w in words if w not in ORDINALS and w not in _ORDINAL_FRAME]
    return numbers[0] if len(numbers) == 1 and not rest else None


@lru_cache(maxsize=64)
def _words_of(phrases: tuple[str, ...]) -> tuple[list[str], ...]:
    """Each phrase's words, worked out once per list of phrases."""
    return tuple(tokens(phrase) for phrase in phrases)


def _has_phrase(words: list[str], phrases: tuple[str, ...], *, at_start: bool = False) -> bool:
    present = set(words)
    for wanted in _words_of(phrases):
        if not wanted or wanted[0] not in present:
            continue
        starts = [0] if at_start else range(len(words) - len(wanted) + 1)
        if any(words[i : i + len(wanted)] == wanted for i in starts):
            return True
    return False


def reply(text: str, context: ThreadContext | None, assistant: Assistant, now: float) -> Turn:
    """The answer to ``text`` in a conversation whose context is ``context``."""
    brain = assistant.brain
    words = tokens(text)
    result = route(text, brain.index)
    followup = brain.index.intents.followup
    named = _named(text, result, assistant)
    ordinal = _ordinal(words)
    field = result.field or _short_phone(words, followup)
    parent_question = _has_phrase(words, followup.parent) or _ends_with(
        words, followup.parent_ending
    )
    field_only = field is not None and not named and result.out_of_scope is None
    urgent = urgency(text, brain.index)
    if urgent is not None:
        answer = answer_question(text, result, urgent, brain)
        return Turn(answer, remembered(answer, now), "question")
    if any(words == said for said in _words_of(followup.acknowledge)):
        thanks = RouteResult(Outcome.UNKNOWN, 0.0, meta=Meta.THANKS)
        return Turn(compose(text, thanks, brain.kb), context, "thanks")
    if result.meta in (Meta.THANKS, Meta.GREETING) and not named:
        return Turn(assistant.ask(text), context, "thanks")
    if context is not None and context.offered and context.offices:
        choice = _choice(ordinal, named, context)
        if choice is not None:
            answer = assistant.office(choice, context.field)
            return Turn(_as(answer, text), remembered(answer, now), "choice")
    if parent_question and named:
        return _parent(text, named, context, assistant, now)
    if ordinal is not None:
        return Turn(_which_office(text, field, assistant), context, "no-context")
    if context is None or not context.offices:
        if parent_question or field_only:
            kept = ThreadContext((), field, False, now) if field else None
            return Turn(_which_office(text, field, assistant), kept, "no-context")
        if named and context is not None and _switching(words, followup.switch, context):
            answer = assistant.office(named, field or context.field)
            return Turn(_as(answer, text), remembered(answer, now), "switch")
        answer = answer_question(text, result, None, brain)
        return Turn(answer, remembered(answer, now), "question")
    if parent_question:
        return _parent(text, context.offices[0], context, assistant, now)
    if field_only and not context.offered:
        answer = assistant.office(context.offices[0], field)
        return Turn(_as(answer, text), remembered(answer, now), "field")
    if field_only:
        offered = RouteResult(Outcome.CLARIFY, 0.0, _candidates(context.offices), field)
        answer = compose(text, offered, brain.kb)
        return Turn(answer, replace(context, field=field, at=now), "field")
    if named and _switching(words, followup.switch, context):
        answer = assistant.office(named, field or context.field)
        return Turn(_as(answer, text), remembered(answer, now), "switch")
    answer = answer_question(text, result, None, brain)
    return Turn(answer, remembered(answer, now), "question")


def _short_phone(words: list[str], followup: Followup) -> Field | None:
    """ "number?" or "number pls": a short follow-up whose only ask is a number."""
    content = [w for w in words if len(w) > 2 and w not in _ORDINAL_FRAME]
    if len(content) <= SHORT_SWITCH and _has_phrase(words, followup.short_phone):
        return Field.PHONE
    return None


def _ends_with(words: list[str], endings: tuple[str, ...]) -> bool:
    return any(wanted and words[-len(wanted) :] == wanted for wanted in _words_of(endings))


def _named(text: str, result: RouteResult, assistant: Assistant) -> str | None:
    """The office the message names or plainly asks about, if any."""
    found = exact_office(text, assistant.brain.kb)
    if found is not None:
        return found
    if result.outcome is Outcome.ANSWER and result.candidates:
        return result.office_ids[0]
    return None


def _choice(ordinal: int | None, named: str | None, context: ThreadContext) -> str | None:
    if ordinal is not None and 1 <= ordinal <= len(context.offices):
        return context.offices[ordinal - 1]
    return named if named in context.offices else None


def _switching(words: list[str], switches: tuple[str, ...], context: ThreadContext) -> bool:
    """An office switch opens with "and for", "what about"... or, after a field question, is
    only a few words long ("OSCPA?")."""
    if _has_phrase(words, switches, at_start=True):
        return True
    content = [w for w in words if len(w) > 2]
    return context.field is not None and len(content) <= SHORT_SWITCH


def _parent(
    text: str, office_id: str, context: ThreadContext | None, assistant: Assistant, now: float
) -> Turn:
    """The office ``office_id`` is part of; or, when the documents name none, the office itself
    with a line saying so."""
    kb = assistant.brain.kb
    office = kb.get(office_id)
    parent = kb.parent_of(office) if office is not None else None
    if parent is None:
        answer = assistant.office(office_id)
        return Turn(replace(_as(answer, text), no_parent=True), remembered(answer, now), "parent")
    answer = assistant.office(parent.id)
    return Turn(_as(answer, text), remembered(answer, now), "parent")


def _which_office(text: str, field: Field | None, assistant: Assistant) -> Answer:
    """A follow-up with nothing to refer to: ask which office, never guess."""
    unknown = RouteResult(Outcome.UNKNOWN, 0.0, field=field)
    return replace(compose(text, unknown, assistant.brain.kb), needs_office=True)


def _candidates(ids: tuple[str, ...]) -> tuple[Candidate, ...]:
    return tuple(Candidate(office_id, 0.0) for office_id in ids)


def _as(answer: Answer, text: str) -> Answer:
    """``answer`` as the reply to what was typed (feedback and logs carry the question)."""
    return replace(answer, question=text)
