"""Socket Mode: the district default. The app dials out to Slack over a WebSocket, so no
public URL is needed. The connection URL comes from ``apps.connections.open`` on the same
Web API base URL as everything else."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler


def socket_mode_handler(app: App, app_token: str) -> SocketModeHandler:
    """A handler ready to ``start()`` (blocking) or ``connect()`` (background)."""
    return SocketModeHandler(app, app_token)
