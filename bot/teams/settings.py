"""Teams configuration: explicit argument, then environment (``.env`` loaded by the CLI), then
default. Without credentials the bot refuses to start unless explicitly, dangerously, told
to accept unauthenticated requests for local testing."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.runtime import ConfigError

DEFAULT_PORT = 3978
CREDENTIAL_VARIABLES = ("CLIENT_ID", "CLIENT_SECRET", "TENANT_ID")


class TeamsConfigError(ConfigError):
    """Teams settings that cannot work; the message names what to set."""


@dataclass(frozen=True)
class TeamsSettings:
    """What the Teams front end needs. Secrets stay out of repr and logs."""

    client_id: str | None
    client_secret: str | None
    tenant_id: str | None
    port: int = DEFAULT_PORT
    host: str = "0.0.0.0"  # noqa: S104 - the Bot Connector calls in from outside
    dangerously_allow_unauthenticated: bool = False

    def __repr__(self) -> str:
        auth = "UNAUTHENTICATED" if self.dangerously_allow_unauthenticated else "jwt"
        return f"TeamsSettings(port={self.port}, auth={auth}, secrets=<hidden>)"

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str],
        *,
        port: int | None = None,
        dangerously_allow_unauthenticated: bool = False,
    ) -> TeamsSettings:
        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        client_id, client_secret, tenant_id = (get(name) for name in CREDENTIAL_VARIABLES)
        if not dangerously_allow_unauthenticated and not (client_id and client_secret):
            missing = [n for n, v in zip(CREDENTIAL_VARIABLES[:2], (client_id, client_secret),
                                          strict=True) if not v]  # fmt: skip
            raise TeamsConfigError(
                f"Teams needs {' and '.join(missing)} (the Azure bot registration's app id and "
                "secret); for local testing only, --dangerously-allow-unauthenticated"
            )
        if port is None:
            port_text = get("TEAMS_PORT")
            try:
                port = int(port_text) if port_text else DEFAULT_PORT
            except ValueError:
                raise TeamsConfigError(f"TEAMS_PORT must be a number, got {port_text!r}") from None
        if not 0 <= port <= 65535:
            raise TeamsConfigError(f"the Teams port must be between 0 and 65535, got {port}")
        return cls(client_id, client_secret, tenant_id, port, "0.0.0.0",  # noqa: S104
                   dangerously_allow_unauthenticated)  # fmt: skip


def teams_configured(env: Mapping[str, str]) -> bool:
    """True when Teams credentials are present, so ``whohandles run`` starts Teams."""
    return bool(env.get("CLIENT_ID", "").strip() and env.get("CLIENT_SECRET", "").strip())
