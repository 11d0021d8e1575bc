"""Platform-neutral handling shared by Slack, Teams and the terminal.

Adapters translate a platform payload into a call here and the returned Answer into the
platform's format; everything else (retries answered once, feedback recorded, unanswered
questions noted) happens in this one place so both platforms behave the same.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass

from bot.answer import Answer
from bot.dialogue import remembered, reply
from bot.metrics import Metrics
from bot.service import Assistant
from bot.steps import Step, StepKind
from bot.stores.context import ContextStore, MemoryContextStore, ThreadContext
from bot.stores.dedupe import DedupeStore, MemoryDedupeStore
from bot.stores.feedback import FeedbackEvent, FeedbackSink, LoggingFeedbackSink
from intents import Field, Outcome

logger = logging.getLogger(__name__)
#: One JSON line per request: platform, kind, outcome, latency. Never message text.
request_log = logging.getLogger("whohandles.requests")

#: Characters of the question carried inside a feedback button, for the curator's report.
FEEDBACK_QUESTION_CHARS = 300
#: Characters of the question carried inside a share button (Slack allows 2,000 per value).
REPLAY_QUESTION_CHARS = 1_500


@dataclass(frozen=True, slots=True)
class FeedbackRef:
    """What a Helpful / Not helpful button carries back: enough to file the click.

    Serialised compactly into the button's value (Slack) or data (Teams).
    """

    outcome: str
    confidence: float
    office_ids: tuple[str, ...]
    question: str

    @classmethod
    def of(cls, answer: Answer) -> FeedbackRef:
        return cls(
            outcome=answer.status.value,
            confidence=answer.confidence,
            office_ids=tuple(card.office.id for card in answer.offices),
            question=answer.question[:FEEDBACK_QUESTION_CHARS],
        )

    def event(self, platform: str, helpful: bool | None = None) -> FeedbackEvent:
        """The feedback event this reference describes, for the sink."""
        return FeedbackEvent(
            platform=platform,
            outcome=self.outcome,
            confidence=self.confidence,
            office_ids=self.office_ids,
            question=self.question,
            helpful=helpful,
        )

    def dumps(self) -> str:
        return json.dumps(
            {
                "s": self.outcome,
                "c": self.confidence,
                "o": list(self.office_ids),
                "q": self.question,
            },
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def loads(cls, raw: str) -> FeedbackRef | None:
        """Parse a button's value; None for anything malformed (forged or stale buttons)."""
        try:
            data = json.loads(raw)
            return cls(
                outcome=str(data["s"]),
                confidence=float(data["c"]),
                office_ids=tuple(str(o) for o in data["o"]),
                question=str(data.get("q", ""))[:FEEDBACK_QUESTION_CHARS],
            )
        except (ValueError, TypeError, KeyError):
            return None


@dataclass(frozen=True, slots=True)
class Replay:
    """How to produce an answer again, for "Share in channel" and similar buttons.

    ``kind`` is "office" (an office id, plus the field asked for), "contact" or "ask" (the
    original text). Serialised compactly into a button value.
    """

    kind: str
    query: str
    field: Field | None = None

    @classmethod
    def of(cls, answer: Answer, kind: str = "ask") -> Replay:
        if answer.status is Outcome.ANSWER and answer.best is not None:
            return cls("office", answer.best.office.id, answer.field)
        return cls(kind, answer.question[:REPLAY_QUESTION_CHARS])

    def dumps(self) -> str:
        data = {"k": self.kind, "q": self.query}
        if self.field is not None:
            data["f"] = self.field.value
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def loads(cls, raw: str) -> Replay | None:
        """Parse a button value; None for anything malformed."""
        try:
            data = json.loads(raw)
            kind, query = str(data["k"]), str(data["q"])
            field = Field(data["f"]) if data.get("f") else None
        except (ValueError, TypeError, KeyError):
            return None
        if kind not in ("office", "contact", "ask"):
            return None
        return cls(kind, query[:REPLAY_QUESTION_CHARS], field)


class Conversation:
    """Answers messages from any platform, once per delivery."""

    def __init__(
        self,
        assistant: Assistant,
        *,
        dedupe: DedupeStore | None = None,
        sink: FeedbackSink | None = None,
        metrics: Metrics | None = None,
        contexts: ContextStore | None = None,
    ) -> None:
        self.assistant = assistant
        self.dedupe = dedupe or MemoryDedupeStore()
        self.sink = sink or LoggingFeedbackSink()
        self.metrics = metrics or Metrics()
        self.contexts = contexts or MemoryContextStore()

    def is_new(self, platform: str, delivery_id: str | None) -> bool:
        """False when this delivery was already handled (a platform retry)."""
        if not delivery_id:
            return True
        try:
            return self.dedupe.first_time(f"{platform}:{delivery_id}")
        except Exception:  # a shared store being down must not silence the bot
            logger.exception("dedupe store failed; answering anyway")
            return True

    def ask(self, text: str, *, platform: str, thread: str | None = None) -> Answer:
        """Answer free text; count it, and note it for the curator if not answered outright.

        ``thread`` names the conversation (a Slack thread or DM, a Teams conversation, one
        terminal chat): a follow-up in it reads the conversation's context ("what's their
        fax?"). Without one, every message is answered alone (the slash commands).
        """
        started = time.perf_counter()
        if thread is None:
            answer = self.assistant.ask(text)
        else:
            key, now = f"{platform}:{thread}", time.time()
            turn = reply(text, self._context(key), self.assistant, now)
            answer = turn.answer
            # Nothing to remember is remembered too: it replaces what the thread held before.
            self._remember(key, turn.context or ThreadContext(at=now))
        self._note(answer, platform, "ask", started)
        return answer

    def _context(self, key: str) -> ThreadContext | None:
        try:
            return self.contexts.get(key)
        except Exception:  # a shared store being down costs the follow-up, not the answer
            logger.exception("context store failed; answering without the conversation")
            return None

    def _remember(self, key: str, context: ThreadContext) -> None:
        try:
            self.contexts.put(key, context)
        except Exception:
            logger.exception("context store failed; the next follow-up starts afresh")

    def contact(self, name: str, *, platform: str) -> Answer:
        """Look an office up by name (``/contact``); counted and noted like ``ask``."""
        started = time.perf_counter()
        answer = self.assistant.contact(name)
        self._note(answer, platform, "contact", started)
        return answer

    def choose(self, office_id: str, *, platform: str = "", thread: str | None = None) -> Answer:
        """The answer for a clarify choice the user clicked; in a conversation, the chosen
        office becomes what its next follow-up refers to."""
        return self._shown(self.assistant.office(office_id), platform, thread)

    def next_step(self, step: Step, *, platform: str, thread: str | None = None) -> Answer:
        """The answer a next-step button leads to. An example asked by a tap is a question like
        a typed one, counted and noted; a card, help or the directory is not a new question,
        but an office card opened in a conversation is what its next follow-up refers to."""
        if step.kind is StepKind.ASK:
            return self.ask(step.query, platform=platform, thread=thread)
        return self._shown(self.assistant.step(step), platform, thread)

    def _shown(self, answer: Answer, platform: str, thread: str | None) -> Answer:
        """``answer``, remembered as the conversation's context when it names an office."""
        found = remembered(answer, time.time()) if thread is not None else None
        if found is not None and found.offices:
            self._remember(f"{platform}:{thread}", found)
        return answer

    def replay(self, request: Replay) -> Answer:
        """Produce a shared answer again. Not counted again: it was counted when asked."""
        if request.kind == "office":
            return self.assistant.office(request.query, request.field)
        if request.kind == "contact":
            return self.assistant.contact(request.query)
        return self.assistant.ask(request.query)

    def feedback(self, raw_ref: str, *, helpful: bool, platform: str) -> bool:
        """File a Helpful / Not helpful click. False when the button's data is unreadable."""
        ref = FeedbackRef.loads(raw_ref)
        if ref is None:
            logger.warning("feedback click with unreadable data on %s", platform)
            return False
        self.record(ref.event(platform, helpful))
        return True

    def _note(self, answer: Answer, platform: str, kind: str, started: float) -> None:
        seconds = time.perf_counter() - started
        outcome = answer.meta.value if answer.meta else answer.status.value
        self.metrics.answered(platform, outcome, seconds)
        request_log.info(
            json.dumps(
                {
                    "event": "request",
                    "platform": platform,
                    "kind": kind,
                    "outcome": outcome,
                    "confidence": answer.confidence,
                    "offices": [card.office.id for card in answer.offices],
                    "latency_ms": round(seconds * 1000, 3),
                }
            )
        )
        if answer.meta is None:
            self.record(FeedbackRef.of(answer).event(platform))

    def record(self, event: FeedbackEvent) -> None:
        """Hand ``event`` to the feedback sink; a failing sink is logged, never raised."""
        try:
            self.sink.record(event)
        except Exception:  # feedback must never cost the user an answer
            logger.exception("feedback sink failed; the answer is unaffected")
