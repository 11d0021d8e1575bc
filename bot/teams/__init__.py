"""The Microsoft Teams front end (optional extra: ``pip install -e .[teams]``).

``serve`` is what ``whohandles teams`` and ``whohandles run`` call. The SDK is imported only
here and below, so Slack-only installs never need it.
"""

from __future__ import annotations

from bot.conversation import Conversation
from bot.teams.settings import TeamsConfigError, TeamsSettings, teams_configured

__all__ = ["TeamsConfigError", "TeamsSettings", "serve", "teams_configured"]

MISSING_EXTRA = "Teams support is not installed: run `pip install -e .[teams]` (scripts/setup does)"


def serve(conversation: Conversation, settings: TeamsSettings) -> None:
    """Serve Teams until interrupted."""
    try:
        from bot.teams.app import TeamsServer, build_app
    except ImportError as exc:
        raise TeamsConfigError(MISSING_EXTRA) from exc
    app, web = build_app(conversation, settings)
    TeamsServer(app, web, settings.host, settings.port).serve_forever()
