"""Bot Framework tokens signed by our own RSA key, and the app as deployed (tokens required)
with Microsoft's endpoints replaced locally: no network."""

from __future__ import annotations

import dataclasses
import json
import time
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

from bot.service import Assistant
from bot.teams.settings import TeamsSettings
from tests.teams.harness import APP_ID, RunningTeams, start
from tests.teams.stand_in import METADATA_PATH, ConnectorStandIn

ISSUER = "https://api.botframework.com"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
INTRUDER = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def jwk(key: Any, kid: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {**data, "kid": kid, "use": "sig", "alg": "RS256"}


def token(service_url: str, *, key: Any = KEY, **claims: Any) -> str:
    now = int(time.time())
    payload = {
        "iss": ISSUER,
        "aud": APP_ID,
        "serviceurl": service_url,
        "iat": now,
        "nbf": now,
        "exp": now + 3600,
        **claims,
    }
    return str(jwt.encode(payload, key, algorithm="RS256", headers={"kid": "test-key"}))


#: What the bot presents to the Bot Connector (a JWT: the SDK decodes it, unverified).
OUTGOING = jwt.encode({"aud": "https://api.botframework.com"}, "k" * 32, algorithm="HS256")


def start_secured(connector: ConnectorStandIn, assistant: Assistant) -> RunningTeams:
    """The app as deployed (tokens required), with Microsoft's endpoints replaced locally."""
    from microsoft_teams.api.auth.cloud_environment import PUBLIC

    connector.state.jwks = {"keys": [jwk(KEY, "test-key")]}
    cloud = dataclasses.replace(PUBLIC, openid_metadata_url=f"{connector.url}{METADATA_PATH}")
    # A client secret would make the SDK ask Entra ID for tokens; a token provider does not.
    settings = TeamsSettings(APP_ID, None, None, port=0, host="127.0.0.1")
    return start(
        assistant,
        settings,
        connector,
        sdk_options={"cloud": cloud, "token": lambda scope, tenant: OUTGOING},
    )
