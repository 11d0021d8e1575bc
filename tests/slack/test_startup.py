"""Start-up: bad Slack configuration stops the bot with one line naming what to set."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bot.slack.settings import SlackConfigError, SlackSettings, slack_configured
from tests.conftest import subprocess_env
from tests.slack.stand_in import GOOD_TOKEN, SlackStandIn


@pytest.mark.parametrize(
    ("env", "http", "message"),
    [
        ({}, None, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, True, "HTTP mode needs SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, None, "HTTP mode needs SLACK_SIGNING_SECRET"),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"},
            False,
            "Socket Mode needs SLACK_APP_TOKEN",
        ),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "PORT": "eighty"},
            True,
            "PORT must be a number",
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


def test_missing_signing_secret_fails_at_start() -> None:
    done = _slack_command("--http", SLACK_BOT_TOKEN=GOOD_TOKEN, WHOHANDLES_DB_PATH="off")
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)"
    )
