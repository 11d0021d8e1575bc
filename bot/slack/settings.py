"""Slack configuration: explicit argument, then environment (``.env`` loaded by the CLI), then
default. Anything that cannot work fails here, at start, naming what to set."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.runtime import ConfigError

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_PORT = 3000


class SlackConfigError(ConfigError):
    """Slack settings that cannot work; the message names the variable to set."""


@dataclass(frozen=True)
class SlackSettings:
    """Everything the Slack front end needs. Secrets are never logged or shown in repr."""

    bot_token: str
    signing_secret: str | None = None
    app_token: str | None = None
    api_url: str = DEFAULT_API_URL
    http: bool = False
    port: int = DEFAULT_PORT
    host: str = "0.0.0.0"  # noqa: S104 - HTTP mode serves Slack from outside the machine

    def __repr__(self) -> str:
        return (
            f"SlackSettings(mode={'http' if self.http else 'socket'}, api_url={self.api_url!r}, "
            f"port={self.port}, secrets=<hidden>)"
        )

    @classmethod
    def from_env(
        cls, env: Mapping[str, str], *, http: bool | None = None, port: int | None = None
    ) -> SlackSettings:
        """Read and check the settings. ``http`` None means: Socket Mode if possible."""

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        bot_token = get("SLACK_BOT_TOKEN")
        if not bot_token:
            raise SlackConfigError("SLACK_BOT_TOKEN is not set (the xoxb- bot token)")
        app_token = get("SLACK_APP_TOKEN")
        signing_secret = get("SLACK_SIGNING_SECRET")
        use_http = http if http is not None else app_token is None
        if use_http and not signing_secret:
            raise SlackConfigError(
                "HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)"
            )
        if not use_http and not app_token:
            raise SlackConfigError("Socket Mode needs SLACK_APP_TOKEN (the xapp- app-level token)")
        api_url = get("SLACK_API_URL") or DEFAULT_API_URL
        if not api_url.startswith(("https://", "http://")):
            raise SlackConfigError(f"SLACK_API_URL must be an http(s) URL, got {api_url!r}")
        if port is None:
            port_text = get("PORT")
            try:
                port = int(port_text) if port_text else DEFAULT_PORT
            except ValueError:
                raise SlackConfigError(f"PORT must be a number, got {port_text!r}") from None
        if not 0 <= port <= 65535:
            raise SlackConfigError(f"PORT must be between 0 and 65535, got {port}")
        return cls(
            bot_token=bot_token,
            signing_secret=signing_secret,
            app_token=app_token,
            api_url=api_url if api_url.endswith("/") else api_url + "/",
            http=use_http,
            port=port,
        )


def slack_configured(env: Mapping[str, str]) -> bool:
    """True when the environment holds Slack credentials, so ``whohandles run`` starts Slack."""
    return bool(env.get("SLACK_BOT_TOKEN", "").strip())
