"""Teams start-up: no credentials, no start (unless the dangerous flag says so)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.teams.settings import TeamsConfigError, TeamsSettings, teams_configured
from tests.conftest import subprocess_env


def test_missing_credentials_refuse_to_start() -> None:
    with pytest.raises(TeamsConfigError, match="Teams needs CLIENT_ID and CLIENT_SECRET"):
        TeamsSettings.from_env({})
    with pytest.raises(TeamsConfigError, match="Teams needs CLIENT_SECRET"):
        TeamsSettings.from_env({"CLIENT_ID": "app"})


def test_dangerous_flag_is_explicit_and_never_the_default() -> None:
    settings = TeamsSettings.from_env({}, dangerously_allow_unauthenticated=True)
    assert settings.dangerously_allow_unauthenticated
    configured = TeamsSettings.from_env({"CLIENT_ID": "app", "CLIENT_SECRET": "s3cret"})
    assert configured.dangerously_allow_unauthenticated is False
    assert "s3cret" not in repr(configured)
    assert teams_configured({"CLIENT_ID": "app", "CLIENT_SECRET": "s"})
    assert not teams_configured({"CLIENT_ID": "app"})


def test_teams_command_without_credentials_says_what_to_set() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "teams"],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(WHOHANDLES_DB_PATH="off"),
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 1
    assert "Teams needs CLIENT_ID and CLIENT_SECRET" in done.stderr
    assert "Traceback" not in done.stderr
