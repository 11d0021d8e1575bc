"""Start-up: bad Slack configuration stops the bot with one line naming what to set."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import urllib.request

import pytest

from bot.slack.settings import SlackConfigError, SlackSettings, slack_configured
from tests.conftest import subprocess_env
from tests.processes import BotProcess
from tests.slack.conftest import payload
from tests.slack.signing import SIGNING_SECRET, post_event
from tests.slack.stand_in import GOOD_TOKEN, SlackStandIn


@pytest.mark.parametrize(
    ("env", "http", "message"),
    [
        ({}, None, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, True, "HTTP mode needs SLACK_SIGNING_SECRET"),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1"},
            None,
            "Socket Mode, the default, needs SLACK_APP_TOKEN (an xapp- app-level token with "
            "connections:write); or set SLACK_SIGNING_SECRET and use HTTP mode (--http)",
        ),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
            False,
            "Socket Mode, the default, needs SLACK_APP_TOKEN",
        ),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "PORT": "eighty"},
            True,
            "PORT must be a whole number from 0 to 65535, got 'eighty'",
        ),
        (
            {"SLACK_BOT_TOKEN": "abc", "SLACK_APP_TOKEN": "xapp-1"},
            None,
            "SLACK_BOT_TOKEN must be a bot token starting with xoxb-; the value set does not",
        ),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"},
            None,
            "SLACK_APP_TOKEN must be an app-level token starting with xapp-",
        ),
        (
            {
                "SLACK_BOT_TOKEN": "xoxb-1",
                "SLACK_APP_TOKEN": "xapp-1",
                "SLACK_API_URL": "slack.com",
            },
            None,
            "SLACK_API_URL must be an http(s) URL",
        ),
    ],
)
def test_bad_settings_name_what_to_set(
    env: dict[str, str], http: bool | None, message: str
) -> None:
    with pytest.raises(SlackConfigError, match=re.escape(message)):
        SlackSettings.from_env(env, http=http)


def test_socket_mode_is_the_default_when_an_app_token_is_set() -> None:
    settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert settings.http is False
    assert "xoxb" not in repr(settings) and "xapp" not in repr(settings)
    assert slack_configured({"SLACK_BOT_TOKEN": "xoxb-1"})
    assert not slack_configured({"SLACK_BOT_TOKEN": "  "})


def _slack_command(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "slack", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(**env),
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_rejected_token_fails_at_start_without_leaking_it() -> None:
    with SlackStandIn() as stand_in:
        done = _slack_command(
            "--http",
            "--port",
            "0",
            SLACK_BOT_TOKEN="xoxb-wrong-secret-value",
            SLACK_SIGNING_SECRET="s",
            SLACK_API_URL=stand_in.url,
            WHOHANDLES_DB_PATH="off",
        )
    assert done.returncode == 1
    assert "Slack rejected SLACK_BOT_TOKEN in auth.test (invalid_auth)" in done.stderr
    assert "Traceback" not in done.stderr
    assert "xoxb-wrong-secret-value" not in done.stderr + done.stdout


def test_rejected_app_token_fails_at_start_without_leaking_it() -> None:
    with SlackStandIn() as stand_in:
        done = _slack_command(
            SLACK_BOT_TOKEN=GOOD_TOKEN,
            SLACK_APP_TOKEN="xapp-wrong-secret-value",
            SLACK_API_URL=stand_in.url,
            WHOHANDLES_DB_PATH="off",
        )
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "Slack rejected SLACK_APP_TOKEN in apps.connections.open (invalid_auth); set an xapp- "
        "app-level token with the connections:write scope"
    )
    assert "Traceback" not in done.stderr
    assert "xapp-wrong-secret-value" not in done.stderr + done.stdout


def test_missing_signing_secret_fails_at_start() -> None:
    done = _slack_command("--http", SLACK_BOT_TOKEN=GOOD_TOKEN, WHOHANDLES_DB_PATH="off")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "whohandles: HTTP mode needs SLACK_SIGNING_SECRET (from Basic Information, App Credentials)"
    )


@pytest.mark.e2e
def test_http_mode_from_the_command_line_answers_and_stops_on_sigterm() -> None:
    """``whohandles slack --http``: waitress on the asked port, /healthz, an answer, and a
    clean exit on SIGTERM (docker stop) with nothing secret in its logs."""
    with SlackStandIn() as stand_in:
        bot = BotProcess(
            "slack",
            "--http",
            "--port",
            "0",
            SLACK_BOT_TOKEN=GOOD_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=stand_in.url,
            WHOHANDLES_LOG_LEVEL="INFO",
        )
        try:
            port = bot.listening_ports().get("Slack")
            assert port, "the server never said it was listening"
            base = f"http://127.0.0.1:{port}"
            with urllib.request.urlopen(f"{base}/healthz", timeout=5) as response:
                assert response.read() == b"ok\n"
            status, _, _ = post_event(f"{base}/slack/events", payload("message_im"))
            assert status == 200
            call = stand_in.state.wait_for("/api/chat.postMessage")[0]
            assert call.body["channel"] == "D0DIRECT1"
        finally:
            stderr = bot.stop()
    assert bot.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert GOOD_TOKEN not in stderr and SIGNING_SECRET not in stderr


def test_a_port_in_use_is_one_clear_line() -> None:
    with socket.socket() as taken, SlackStandIn() as stand_in:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "bot", "slack", "--http", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            env=subprocess_env(
                SLACK_BOT_TOKEN=GOOD_TOKEN,
                SLACK_SIGNING_SECRET=SIGNING_SECRET,
                SLACK_API_URL=stand_in.url,
            ),
            stdin=subprocess.DEVNULL,
            check=False,
        )
    assert done.returncode != 0
    assert done.stderr.splitlines() == [
        f"whohandles: cannot listen on 0.0.0.0:{port} (Address already in use); "
        "set PORT or --port to a free port"
    ]


def test_a_start_at_the_default_log_level_says_where_and_how_to_stop() -> None:
    with SlackStandIn() as stand_in:
        bot = BotProcess(
            "slack",
            "--http",
            "--port",
            "0",
            SLACK_BOT_TOKEN=GOOD_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=stand_in.url,
        )
        try:
            assert bot.listening_ports().get("Slack"), "no line said where it listens"
        finally:
            stderr = bot.stop()
    [line] = [line for line in stderr.splitlines() if "listening on port" in line]
    assert line.endswith("Ctrl-C stops it")
