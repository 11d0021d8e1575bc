"""Teams configuration: explicit argument, then environment (``.env`` loaded by the CLI), then
default. Anything that cannot work fails here, at start, with one line naming what to set.

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
from typing import TypedDict, Unpack

from bot.runtime import ConfigError

DEFAULT_PORT = 3978
#: Where the Bot Connector calls in from: every interface, since it comes from outside.
PUBLIC_HOST = "0.0.0.0"  # noqa: S104
#: Unauthenticated mode listens on loopback only (a dev tunnel forwards to it).
LOOPBACK_HOST = "127.0.0.1"
_GUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


class TeamsConfigError(ConfigError):
    """Teams settings that cannot work; the message names what to set."""


class TeamsOptions(TypedDict, total=False):
    """Explicit settings for ``TeamsSettings.from_env``; each one given wins over the environment.

    ``None`` (or leaving a key out) means "not given": the environment decides, then the default.
    """

    client_id: str | None
    """The Azure bot registration's Microsoft App ID (a GUID). Environment: ``CLIENT_ID``."""
    client_secret: str | None
    """A client secret of that app registration. Environment: ``CLIENT_SECRET``."""
    tenant_id: str | None
    """The tenant of a single-tenant bot. Environment: ``TENANT_ID``; unset means multi-tenant."""
    managed_identity_client_id: str | None
    """Instead of a secret, in Azure: a managed identity's client id, or "system". Environment:
    ``MANAGED_IDENTITY_CLIENT_ID`` (the SDK's own variable)."""
    port: int | None
    """Port for ``POST /api/messages``. Environment: ``TEAMS_PORT``; default 3978."""
    host: str | None
    """Interface to listen on. Default: all of them, or loopback when unauthenticated."""
    dangerously_allow_unauthenticated: bool | None
    """Accept requests without a Bot Framework token. Local testing only; default False.
    Never read from the environment."""


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
    def from_env(cls, env: Mapping[str, str], **options: Unpack[TeamsOptions]) -> TeamsSettings:
        """Resolve and check every setting; raises TeamsConfigError naming what to set."""

        def pick(key: str, variable: str | None) -> str | None:
            given = options.get(key)
            if isinstance(given, str) and given.strip():
                return given.strip()
            value = env.get(variable, "").strip() if variable else ""
            return value or None

        client_id = pick("client_id", "CLIENT_ID")
        client_secret = pick("client_secret", "CLIENT_SECRET")
        tenant_id = pick("tenant_id", "TENANT_ID")
        identity = pick("managed_identity_client_id", "MANAGED_IDENTITY_CLIENT_ID")
        unauthenticated = bool(options.get("dangerously_allow_unauthenticated"))
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
        return cls(
            client_id=client_id,
            client_secret=client_secret,
            tenant_id=tenant_id,
            managed_identity_client_id=identity,
            port=_port(options.get("port"), env.get("TEAMS_PORT", "").strip()),
            host=pick("host", None) or (LOOPBACK_HOST if unauthenticated else PUBLIC_HOST),
            dangerously_allow_unauthenticated=unauthenticated,
        )


def _port(explicit: int | None, text: str) -> int:
    if explicit is None:
        try:
            explicit = int(text) if text else DEFAULT_PORT
        except ValueError:
            raise TeamsConfigError(f"TEAMS_PORT must be a number, got {text!r}") from None
    if not 0 <= explicit <= 65535:
        raise TeamsConfigError(f"the Teams port must be between 0 and 65535, got {explicit}")
    return explicit


def teams_configured(env: Mapping[str, str]) -> bool:
    """True when Teams credentials are present, so ``whohandles run`` starts Teams: the app id
    and either a client secret or (in Azure) a managed identity."""
    secret = env.get("CLIENT_SECRET", "").strip() or env.get("MANAGED_IDENTITY_CLIENT_ID", "")
    return bool(env.get("CLIENT_ID", "").strip() and secret.strip())
