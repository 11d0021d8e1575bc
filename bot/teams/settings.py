"""Teams configuration, resolved like every setting (``bot.settings``): explicit argument,
environment, ``.env``, default. Anything that cannot work fails here, at start, with one line
naming what to set.

The credentials are the ones the Teams SDK itself reads: ``CLIENT_ID``, ``CLIENT_SECRET``,
``TENANT_ID`` (in Azure, ``MANAGED_IDENTITY_CLIENT_ID`` may replace the secret). Without them
the bot refuses to start, unless told explicitly, with ``dangerously_allow_unauthenticated``,
to accept requests nobody signed: for local testing only. The SDK's own
``DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS`` variable is deliberately not honoured, so a
stray line in ``.env`` can never switch authentication off in production; only the
command-line flag can, and never beside real credentials (a production setting with
authentication switched off). No SDK import here: this module works without the extra.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.settings import ConfigError, text
from bot.settings import port as read_port

DEFAULT_PORT = 3978
#: Where the Bot Connector calls in from: every interface, since it comes from outside.
PUBLIC_HOST = "0.0.0.0"  # noqa: S104
#: Unauthenticated mode listens on loopback only (a dev tunnel forwards to it).
LOOPBACK_HOST = "127.0.0.1"
_GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


class TeamsConfigError(ConfigError):
    """Teams settings that cannot work; the message names what to set."""


@dataclass(frozen=True)
class TeamsSettings:
    """Everything the Teams front end needs. Secrets stay out of ``repr`` and logs."""

    client_id: str | None
    client_secret: str | None
    tenant_id: str | None
    port: int = DEFAULT_PORT
    managed_identity_client_id: str | None = None
    host: str = PUBLIC_HOST
    dangerously_allow_unauthenticated: bool = False

    def __repr__(self) -> str:
        auth = "UNAUTHENTICATED" if self.dangerously_allow_unauthenticated else "jwt"
        return f"TeamsSettings(host={self.host!r}, port={self.port}, auth={auth}, secrets=<hidden>)"

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str],
        *,
        port: int | None = None,
        host: str | None = None,
        dangerously_allow_unauthenticated: bool = False,
    ) -> TeamsSettings:
        """Resolve and check every setting; raises TeamsConfigError naming what to set.

        ``dangerously_allow_unauthenticated`` accepts requests without a Bot Framework token:
        local testing only, and deliberately never read from the environment.
        """
        client_id = text(env, "CLIENT_ID")
        client_secret = text(env, "CLIENT_SECRET")
        identity = text(env, "MANAGED_IDENTITY_CLIENT_ID")
        unauthenticated = dangerously_allow_unauthenticated
        if unauthenticated and (client_id or client_secret or identity):
            raise TeamsConfigError(
                "--dangerously-allow-unauthenticated cannot be used while CLIENT_ID or "
                "CLIENT_SECRET is set: it is for local testing without credentials"
            )
        if not unauthenticated:
            missing = [
                name
                for name, value in (
                    ("CLIENT_ID", client_id),
                    ("CLIENT_SECRET", client_secret or identity),
                )
                if not value
            ]
            if missing:
                raise TeamsConfigError(
                    f"Teams needs {' and '.join(missing)} (the Azure bot's app id and a client "
                    "secret, or MANAGED_IDENTITY_CLIENT_ID in Azure); for local testing only: "
                    "--dangerously-allow-unauthenticated"
                )
        if client_id and not _GUID.match(client_id):
            raise TeamsConfigError(
                "CLIENT_ID must be the Azure bot's Microsoft App ID, a GUID "
                "like 00000000-0000-0000-0000-000000000000"
            )
        try:
            chosen_port = read_port(env, "TEAMS_PORT", DEFAULT_PORT, port)
        except ConfigError as exc:
            raise TeamsConfigError(str(exc)) from None
        return cls(
            client_id=client_id,
            client_secret=client_secret,
            tenant_id=text(env, "TENANT_ID"),
            managed_identity_client_id=identity,
            port=chosen_port,
            host=host or (LOOPBACK_HOST if unauthenticated else PUBLIC_HOST),
            dangerously_allow_unauthenticated=unauthenticated,
        )


def teams_configured(env: Mapping[str, str]) -> bool:
    """True when Teams credentials are present, so ``whohandles run`` starts Teams: the app id
    and either a client secret or (in Azure) a managed identity."""
    secret = text(env, "CLIENT_SECRET") or text(env, "MANAGED_IDENTITY_CLIENT_ID")
    return bool(text(env, "CLIENT_ID") and secret)
