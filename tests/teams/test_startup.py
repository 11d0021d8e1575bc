"""Teams start-up: no credentials, no start (unless the dangerous flag says so); explicit
argument over environment over default; one clear line for every problem."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.service import Assistant
from bot.teams.settings import TeamsConfigError, TeamsSettings, teams_configured
from tests.conftest import subprocess_env
from tests.processes import BotProcess
from tests.slack.conftest import payload
from tests.slack.signing import SIGNING_SECRET, post_event
from tests.slack.stand_in import GOOD_TOKEN, SlackStandIn

APP_ID = "2f3c6a1e-8b0d-4c7e-9f21-5a6b7c8d9e0f"
CREDENTIALS = {"CLIENT_ID": APP_ID, "CLIENT_SECRET": "s3cret"}


def test_missing_credentials_refuse_to_start() -> None:
    with pytest.raises(TeamsConfigError, match="Teams needs CLIENT_ID and CLIENT_SECRET"):
        TeamsSettings.from_env({})
    with pytest.raises(TeamsConfigError, match="Teams needs CLIENT_SECRET"):
        TeamsSettings.from_env({"CLIENT_ID": APP_ID})


def test_dangerous_flag_is_explicit_and_never_the_default() -> None:
    settings = TeamsSettings.from_env({}, dangerously_allow_unauthenticated=True)
    assert settings.dangerously_allow_unauthenticated
    assert settings.host == "127.0.0.1", "unauthenticated listens on loopback only"
    configured = TeamsSettings.from_env(CREDENTIALS)
    assert configured.dangerously_allow_unauthenticated is False
    assert configured.host == "0.0.0.0"
    assert "s3cret" not in repr(configured)
    assert teams_configured(CREDENTIALS)
    assert not teams_configured({"CLIENT_ID": APP_ID})


def test_the_sdks_own_variable_cannot_switch_authentication_off() -> None:
    env = {**CREDENTIALS, "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS": "true"}
    assert TeamsSettings.from_env(env).dangerously_allow_unauthenticated is False
    with pytest.raises(TeamsConfigError, match="Teams needs"):
        TeamsSettings.from_env({"DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS": "true"})


def test_a_managed_identity_may_replace_the_secret() -> None:
    env = {"CLIENT_ID": APP_ID, "MANAGED_IDENTITY_CLIENT_ID": "system"}
    assert teams_configured(env)
    settings = TeamsSettings.from_env(env)
    assert settings.client_secret is None and settings.managed_identity_client_id == "system"


def test_dangerous_flag_is_refused_next_to_real_credentials() -> None:
    with pytest.raises(TeamsConfigError, match="cannot be used while CLIENT_ID or CLIENT_SECRET"):
        TeamsSettings.from_env(CREDENTIALS, dangerously_allow_unauthenticated=True)


def test_explicit_arguments_win_over_the_environment() -> None:
    env = {**CREDENTIALS, "TENANT_ID": "contoso.onmicrosoft.com", "TEAMS_PORT": "4000"}
    assert TeamsSettings.from_env(env).port == 4000
    assert TeamsSettings.from_env(env).tenant_id == "contoso.onmicrosoft.com"
    settings = TeamsSettings.from_env(env, port=5000, host="127.0.0.1")
    assert (settings.port, settings.host) == (5000, "127.0.0.1")
    assert TeamsSettings.from_env(CREDENTIALS).port == 3978


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({**CREDENTIALS, "CLIENT_ID": "my-bot"}, "CLIENT_ID must be the Azure bot's Microsoft App"),
        (
            {**CREDENTIALS, "TEAMS_PORT": "http"},
            "TEAMS_PORT must be a whole number from 0 to 65535, got 'http'",
        ),
        ({**CREDENTIALS, "TEAMS_PORT": "70000"}, "from 0 to 65535, got '70000'"),
    ],
)
def test_bad_values_say_what_to_set(env: dict[str, str], message: str) -> None:
    with pytest.raises(TeamsConfigError, match=message):
        TeamsSettings.from_env(env)


def test_a_port_in_use_is_one_clear_error(assistant: Assistant) -> None:
    pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")
    from bot.conversation import Conversation
    from bot.teams import start

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    port = busy.getsockname()[1]
    settings = TeamsSettings.from_env({}, dangerously_allow_unauthenticated=True)
    try:
        with pytest.raises(TeamsConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
            start(Conversation(assistant), settings, port=port)
    finally:
        busy.close()


def test_start_serves_in_the_background_until_stopped(assistant: Assistant) -> None:
    """What ``whohandles run`` uses to serve Teams beside Slack."""
    pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")

    from bot.conversation import Conversation
    from bot.teams import start

    settings = TeamsSettings.from_env({}, port=0, dangerously_allow_unauthenticated=True)
    server = start(Conversation(assistant), settings)
    url = f"http://127.0.0.1:{server.port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.read() == b"ok\n"
    finally:
        server.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=2)


def _whohandles(*args: str, pythonpath: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = {"WHOHANDLES_DB_PATH": "off"}
    if pythonpath is not None:
        extra["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(**extra),
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_teams_command_without_credentials_says_what_to_set() -> None:
    done = _whohandles("teams")
    assert done.returncode == 1
    assert "Teams needs CLIENT_ID and CLIENT_SECRET" in done.stderr
    assert "Traceback" not in done.stderr


def test_teams_command_without_the_extra_says_what_to_install(tmp_path: Path) -> None:
    """A Slack-only install: the SDK is not importable (shadowed by a package that fails)."""
    shadow = tmp_path / "microsoft_teams"
    shadow.mkdir()
    (shadow / "__init__.py").write_text("raise ImportError('not installed')\n")
    done = _whohandles("teams", "--dangerously-allow-unauthenticated", pythonpath=tmp_path)
    assert done.returncode == 1
    assert "pip install -e .[teams]" in done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "whohandles:" in line]
    assert len(errors) == 1


@pytest.mark.e2e
def test_run_serves_slack_and_teams_together_when_both_are_configured() -> None:
    """``whohandles run`` with both platforms' credentials: one process answers a Slack DM on
    its port and guards Teams' endpoint on the other, then stops both on SIGTERM."""
    pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")
    with SlackStandIn() as stand_in:
        bot = BotProcess(
            "run",
            **CREDENTIALS,
            TEAMS_PORT="0",
            SLACK_BOT_TOKEN=GOOD_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=stand_in.url,
            PORT="0",
            WHOHANDLES_LOG_LEVEL="INFO",
        )
        try:
            ports = bot.listening_ports(expected=2)
            assert set(ports) == {"Slack", "Teams"}, "both platforms should say they listen"

            status, _, _ = post_event(
                f"http://127.0.0.1:{ports['Slack']}/slack/events", payload("message_im")
            )
            assert status == 200
            assert stand_in.state.wait_for("/api/chat.postMessage")[0].body["channel"]

            teams = f"http://127.0.0.1:{ports['Teams']}"
            with urllib.request.urlopen(f"{teams}/healthz", timeout=5) as response:
                assert response.read() == b"ok\n"
            unsigned = urllib.request.Request(
                f"{teams}/api/messages",
                data=json.dumps({"type": "message", "text": "jrotc"}).encode(),
                headers={"Content-Type": "application/json"},
            )
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(unsigned, timeout=5)
            assert refused.value.code == 401
        finally:
            stderr = bot.stop()
    assert bot.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "s3cret" not in stderr and GOOD_TOKEN not in stderr
