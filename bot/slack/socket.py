"""Socket Mode: the district default. The app dials out to Slack over a WebSocket, so no
public URL is needed. The connection URL comes from ``apps.connections.open`` on the same
Web API base URL as everything else (the app's client), and the Socket Mode client logs
through the app's filtered logger."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.errors import SlackApiError

from bot.slack.settings import SlackConfigError


def socket_mode_handler(app: App, app_token: str) -> SocketModeHandler:
    """A handler ready to ``connect()`` (background threads) and ``close()``."""
    return SocketModeHandler(app, app_token, logger=app.logger, web_client=app.client)


def connect(handler: SocketModeHandler) -> None:
    """Open the WebSocket; a rejected app token is a SlackConfigError naming what to set."""
    try:
        handler.connect()  # type: ignore[no-untyped-call]
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown_error") if exc.response else "no_response"
        raise SlackConfigError(
            f"Slack rejected SLACK_APP_TOKEN in apps.connections.open ({error}); set an xapp- "
            "app-level token with the connections:write scope"
        ) from None
