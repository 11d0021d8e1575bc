"""Slack configuration, resolved like every setting (``bot.settings``): explicit argument,
environment, ``.env``, default. Anything that cannot work fails here, at start, with one line
naming what to set, before anything is sent to Slack."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.settings import ConfigError, port, text

DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_PORT = 3000
#: What each token starts with: a bot token from "OAuth & Permissions", an app-level token
#: from "Basic Information". A token of the wrong kind is the commonest first-hour mistake.
TOKEN_PREFIXES = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}


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

    @property
    def mode(self) -> str:
        """ "HTTP mode" or "Socket Mode", as Slack's documentation names them."""
        return "HTTP mode" if self.http else "Socket Mode"

    @classmethod
    def from_env(
        cls, env: Mapping[str, str], *, http: bool | None = None, port: int | None = None
    ) -> SlackSettings:
        """Read and check the settings. ``http`` None means: Socket Mode, the default, unless
        only HTTP mode's secret is there."""
        bot_token = _token(env, "SLACK_BOT_TOKEN")
        if not bot_token:
            raise SlackConfigError("SLACK_BOT_TOKEN is not set (the xoxb- bot token)")
        app_token = _token(env, "SLACK_APP_TOKEN")
        signing_secret = text(env, "SLACK_SIGNING_SECRET")
        use_http = http if http is not None else (app_token is None and bool(signing_secret))
        if use_http and not signing_secret:
            raise SlackConfigError(
                "HTTP mode needs SLACK_SIGNING_SECRET (from Basic Information, App Credentials)"
            )
        if not use_http and not app_token:
            raise SlackConfigError(
                "Socket Mode, the default, needs SLACK_APP_TOKEN (an xapp- app-level token with "
                "connections:write); or set SLACK_SIGNING_SECRET and use HTTP mode (--http)"
            )
        api_url = text(env, "SLACK_API_URL") or DEFAULT_API_URL
        if not api_url.startswith(("https://", "http://")):
            raise SlackConfigError(f"SLACK_API_URL must be an http(s) URL, got {api_url!r}")
        return cls(
            bot_token=bot_token,
            signing_secret=signing_secret,
            app_token=app_token,
            api_url=api_url if api_url.endswith("/") else api_url + "/",
            http=use_http,
            port=_port(env, port),
        )


def _port(env: Mapping[str, str], given: int | None) -> int:
    try:
        return port(env, "PORT", DEFAULT_PORT, given)
    except ConfigError as exc:
        raise SlackConfigError(str(exc)) from None


def _token(env: Mapping[str, str], name: str) -> str | None:
    """The token, checked for its kind locally: a wrong one would only fail at Slack, later
    and less clearly. The message never repeats the token."""
    value = text(env, name)
    prefix = TOKEN_PREFIXES[name]
    if value is not None and not value.startswith(prefix):
        kind = "a bot token" if prefix == "xoxb-" else "an app-level token"
        raise SlackConfigError(
            f"{name} must be {kind} starting with {prefix}; the value set does not"
        )
    return value


def slack_configured(env: Mapping[str, str]) -> bool:
    """True when the environment holds Slack credentials, so ``whohandles run`` starts Slack."""
    return text(env, "SLACK_BOT_TOKEN") is not None
