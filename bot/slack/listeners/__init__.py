"""Slack listeners, one module per kind, each with a ``register(app)``, as in bolt's starter
template. Listeners are plain module-level functions, so a test can call one with a mocked
``ack``, ``say``, ``respond`` and ``client`` (``tests/slack/test_listeners.py``).

Every listener does the same three things: decide from the payload whether to answer (a bot,
an edit, a retry: no), ack, and queue the answer on the worker. Nothing slow runs before the
ack. What a listener needs besides the payload (the ``Conversation`` and the worker) reaches
it through bolt's ``context``, put there by ``bot.slack.app``.
"""

from __future__ import annotations

from dataclasses import dataclass

from slack_bolt import App, BoltContext

from bot.conversation import Conversation
from bot.slack.worker import AnswerWorker

#: The key under which ``bot.slack.app`` puts ``Services`` into bolt's context.
SERVICES_KEY = "whohandles"


@dataclass(frozen=True)
class Services:
    """What every listener uses: the shared Conversation, and the worker that answers."""

    conversation: Conversation
    answers: AnswerWorker


def services(context: BoltContext) -> Services:
    """The Services of the app handling this request."""
    found: Services = context[SERVICES_KEY]
    return found


def register_listeners(app: App) -> None:
    """Attach every listener to ``app``."""
    from bot.slack.listeners import actions, commands, events, shortcuts

    events.register(app)
    commands.register(app)
    actions.register(app)
    shortcuts.register(app)
