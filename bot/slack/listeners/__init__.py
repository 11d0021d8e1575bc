"""Slack listeners, one module per kind, each with ``register(app, conversation, answers)``.

Every listener does the same three things: decide from the payload whether to answer (a bot,
an edit, a retry: no), ack, and queue the answer on ``answers``. Nothing slow runs before
the ack.
"""

from __future__ import annotations

from slack_bolt import App

from bot.conversation import Conversation
from bot.slack.listeners import actions, commands, events, shortcuts
from bot.slack.worker import AnswerWorker


def register_listeners(app: App, conversation: Conversation, answers: AnswerWorker) -> None:
    """Attach every listener to ``app``."""
    events.register(app, conversation, answers)
    commands.register(app, conversation, answers)
    actions.register(app, conversation, answers)
    shortcuts.register(app, conversation, answers)
