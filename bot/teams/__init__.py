"""The Microsoft Teams front end (optional extra: ``pip install -e .[teams]``).

``serve`` is what ``whohandles teams`` calls; ``start`` runs Teams on a background thread,
beside Slack, for ``whohandles run``. The Teams SDK is imported only by the modules they
load, so this package imports, and ``teams_configured`` and ``TeamsSettings`` work, on a
Slack-only install; without the extra both raise one TeamsConfigError line saying what to
install.
"""

from __future__ import annotations

import logging
import warnings
from typing import TYPE_CHECKING

from bot.conversation import Conversation
from bot.teams.settings import TeamsConfigError, TeamsSettings, teams_configured

if TYPE_CHECKING:
    from bot.teams.server import TeamsServer

logger = logging.getLogger(__name__)

__all__ = [
    "MISSING_EXTRA",
    "TeamsConfigError",
    "TeamsSettings",
    "require_sdk",
    "serve",
    "start",
    "teams_configured",
]

MISSING_EXTRA = "Teams support is not installed; run: pip install -e .[teams]"


def require_sdk() -> None:
    """Raise TeamsConfigError (one line) unless the Teams SDK is importable."""
    try:
        from microsoft_teams.common import ExperimentalWarning

        with warnings.catch_warnings():
            # Importing the SDK warns about preview features we do not use.
            warnings.simplefilter("ignore", ExperimentalWarning)
            import microsoft_teams.apps  # noqa: F401
    except ImportError:
        raise TeamsConfigError(MISSING_EXTRA) from None


def _server(conversation: Conversation, settings: TeamsSettings, port: int | None) -> TeamsServer:
    require_sdk()
    from bot.teams.app import build_app
    from bot.teams.server import TeamsServer

    if settings.dangerously_allow_unauthenticated:
        logger.warning(
            "Teams accepts UNAUTHENTICATED requests on %s: local testing only", settings.host
        )
    app, web = build_app(conversation, settings)
    return TeamsServer(app, web, settings.host, settings.port if port is None else port)


def serve(conversation: Conversation, settings: TeamsSettings, *, port: int | None = None) -> None:
    """Serve Teams in the foreground until interrupted. ``port`` overrides the settings'."""
    _server(conversation, settings, port).serve_forever()


def start(
    conversation: Conversation, settings: TeamsSettings, *, port: int | None = None
) -> TeamsServer:
    """Serve Teams on a background thread and return once it accepts requests; errors
    (extra missing, port in use) are raised here, in the caller's thread."""
    return _server(conversation, settings, port).start()
