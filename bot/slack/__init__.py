"""The Slack front end: Socket Mode by default, HTTP mode on request.

``serve`` is what ``whohandles slack`` and ``whohandles run`` call; ``slack_configured`` tells
``whohandles run`` whether to start Slack at all.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from bot.conversation import Conversation
from bot.slack.settings import SlackConfigError, SlackSettings, slack_configured

logger = logging.getLogger(__name__)
status = logging.getLogger("whohandles.status")

__all__ = ["SlackConfigError", "SlackSettings", "serve", "slack_configured"]


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def serve(conversation: Conversation, settings: SlackSettings) -> None:
    """Run the Slack app until Ctrl-C or SIGTERM, then finish the answers already queued.

    Raises SlackConfigError (before serving anything) when Slack rejects the bot token or, in
    Socket Mode, the app token, and ConfigError when HTTP mode's port is taken.
    """
    from bot.slack.app import build_bot

    bot = build_bot(conversation, settings)
    if threading.current_thread() is threading.main_thread():
        # docker stop / Kubernetes send SIGTERM: stop like Ctrl-C, not mid-answer.
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        if settings.http:
            from bot.slack.http import HttpServer, make_wsgi_app

            wsgi = make_wsgi_app(bot.app, settings.signing_secret or "", conversation.metrics)
            HttpServer(wsgi, settings.host, settings.port).serve_forever()
        else:
            from bot.slack.socket import connect, socket_mode_handler

            assert settings.app_token is not None
            handler = socket_mode_handler(bot.app, settings.app_token)
            try:
                connect(handler)
                status.info("Slack Socket Mode connected; Ctrl-C stops it")
                threading.Event().wait()
            finally:
                handler.close()  # type: ignore[no-untyped-call]
    except KeyboardInterrupt:
        status.info("Slack stopping: finishing the answers already queued")
    finally:
        bot.close()
