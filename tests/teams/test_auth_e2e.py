"""Token checks end to end, with no network: the SDK validates Bot Framework tokens against a
key set the connector stand-in serves (our own RSA key instead of Microsoft's), and gets its
outgoing token from a local provider instead of Entra ID."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.service import Assistant
from bot.teams.settings import TeamsSettings
from tests.teams.harness import APP_ID, RunningTeams, activity, post, start
from tests.teams.stand_in import METADATA_PATH, ConnectorStandIn

pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")
jwt = pytest.importorskip("jwt")
rsa = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.rsa")

pytestmark = pytest.mark.e2e

ISSUER = "https://api.botframework.com"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
INTRUDER = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwk(key: Any, kid: str) -> dict[str, Any]:
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


@pytest.fixture
def secured(connector: ConnectorStandIn, assistant: Assistant) -> Iterator[RunningTeams]:
    """The app as deployed (tokens required), with Microsoft's endpoints replaced locally."""
    from microsoft_teams.api.auth.cloud_environment import PUBLIC

    connector.state.jwks = {"keys": [_jwk(KEY, "test-key")]}
    cloud = dataclasses.replace(PUBLIC, openid_metadata_url=f"{connector.url}{METADATA_PATH}")
    # A client secret would make the SDK ask Entra ID for tokens; a token provider does not.
    settings = TeamsSettings(APP_ID, None, None, port=0, host="127.0.0.1")
    running = start(
        assistant,
        settings,
        connector,
        sdk_options={"cloud": cloud, "token": lambda scope, tenant: OUTGOING},
    )
    try:
        yield running
    finally:
        running.server.stop()


def _send(teams: RunningTeams, authorization: str | None) -> int:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return post(teams.messages_url, activity("personal_message", teams.connector), headers)[0]


def test_a_valid_token_is_answered_and_the_reply_carries_the_bots_token(
    secured: RunningTeams,
) -> None:
    assert _send(secured, f"Bearer {token(secured.connector.url)}") == 200
    [sent] = secured.connector.state.wait_for()
    assert sent.headers["Authorization"] == f"Bearer {OUTGOING}"
    assert secured.connector.state.key_fetches >= 1, "the signature was checked with our key"
    assert sent.body["attachments"][0]["content"]["body"][0]["text"].startswith("Fax for")


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer not-a-jwt",
    ],
)
def test_requests_without_a_token_are_refused(
    secured: RunningTeams, authorization: str | None
) -> None:
    assert _send(secured, authorization) == 401
    assert secured.connector.state.activities() == []


@pytest.mark.parametrize(
    "bad",
    [
        {"key": INTRUDER},
        {"aud": "someone-elses-app"},
        {"iss": "https://evil.example"},
        {"exp": int(time.time()) - 3600},
        {"serviceurl": "https://smba.trafficmanager.net/teams"},
    ],
    ids=["foreign-key", "audience", "issuer", "expired", "service-url"],
)
def test_requests_with_an_invalid_token_are_refused(
    secured: RunningTeams, bad: dict[str, Any]
) -> None:
    assert _send(secured, f"Bearer {token(secured.connector.url, **bad)}") == 401
    assert secured.connector.state.activities() == []
    assert secured.sink.events == []


def test_unauthenticated_app_without_the_flag_refuses_everything(
    connector: ConnectorStandIn, assistant: Assistant
) -> None:
    """No credentials and no dangerous flag: the SDK itself refuses every request."""
    running = start(assistant, TeamsSettings(None, None, None, port=0, host="127.0.0.1"), connector)
    try:
        assert _send(running, None) == 401
        assert _send(running, f"Bearer {token(connector.url)}") == 401
    finally:
        running.server.stop()
    assert connector.state.activities() == []
