"""The Slack front end: Socket Mode by default, HTTP mode on request.

``serve`` is what ``whohandles slack`` and ``whohandles run`` call.
"""

from __future__ import annotations

import logging

from bot.conversation import Conversation
from bot.slack.settings import SlackConfigError, SlackSettings, slack_configured

logger = logging.getLogger(__name__)

__all__ = ["SlackConfigError", "SlackSettings", "serve", "slack_configured"]


def serve(conversation: Conversation, settings: SlackSettings) -> None:
    """Run the Slack app until interrupted. Raises SlackConfigError on a rejected token."""
    from bot.slack.app import build_app

    app = build_app(conversation, settings)
    if settings.http:
        from bot.slack.http import HttpServer, make_wsgi_app

        HttpServer(
            make_wsgi_app(app, conversation.metrics), settings.host, settings.port
        ).serve_forever()
    else:
        from bot.slack.socket import socket_mode_handler

        assert settings.app_token is not None
        logger.info("Slack Socket Mode connecting")
        socket_mode_handler(app, settings.app_token).start()  # type: ignore[no-untyped-call]
