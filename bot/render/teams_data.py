"""What the bot's Teams card buttons send back: our marker, the kind of action, and its
data. Shared by the renderer, which puts it on buttons, and ``bot.teams.replies``, which reads
it back (as untrusted input)."""

from __future__ import annotations

from typing import Any

from bot.answer import Answer
from bot.conversation import FeedbackRef
from bot.steps import Step

#: Marks the data of our own card actions; any other submission is "unknown action data".
ACTION_KEY = "whohandles"
ACTION_CHOOSE = "choose"
ACTION_FEEDBACK = "feedback"
ACTION_STEP = "step"


def choice_data(office_id: str) -> dict[str, str]:
    """What a clarify choice sends back."""
    return {ACTION_KEY: ACTION_CHOOSE, "office": office_id}


def step_data(step: Step) -> dict[str, str]:
    """What a next-step button sends back (see ``bot.steps``)."""
    return {ACTION_KEY: ACTION_STEP, **step.data()}


def feedback_data(answer: Answer, helpful: bool) -> dict[str, Any]:
    """What Helpful / Not helpful send back: the shared feedback reference."""
    return {ACTION_KEY: ACTION_FEEDBACK, "helpful": helpful, "ref": FeedbackRef.of(answer).dumps()}
