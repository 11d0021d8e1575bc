"""Slack listeners, one module per kind, each with ``register(app, conversation)``."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation import Conversation
from bot.slack.listeners import actions, commands, events, shortcuts


def register_listeners(app: App, conversation: Conversation) -> None:
    """Attach every listener to ``app``."""
    events.register(app, conversation)
    commands.register(app, conversation)
    actions.register(app, conversation)
    shortcuts.register(app, conversation)
