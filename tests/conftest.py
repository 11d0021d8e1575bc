"""Shared fixtures: the real knowledge base, loaded once, and a clean environment per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from bot.service import Assistant, Brain, load_brain
from bot.stores.feedback import FeedbackEvent
from intents.loader import DEFAULT_ROOT as INTENTS_ROOT
from knowledge.loader import DEFAULT_ROOT as KNOWLEDGE_ROOT

#: Variables a developer's shell or .env may hold that must never leak into a test.
PLATFORM_VARIABLES = (
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_API_URL",
    "PORT",
    "CLIENT_ID",
    "CLIENT_SECRET",
    "TENANT_ID",
    # The Teams SDK reads these too; a developer's shell must not change what tests see.
    "TEAMS_PORT",
    "MANAGED_IDENTITY_CLIENT_ID",
    "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS",
    "SERVICE_URL",
    "CLOUD",
    "WHOHANDLES_KNOWLEDGE_DIR",
    "WHOHANDLES_INTENTS_DIR",
    "REDIS_URL",
    "DATABASE_URL",
    "WHOHANDLES_DB_PATH",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no platform credentials, whatever the developer's shell holds."""
    for name in PLATFORM_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def brain() -> Brain:
    return load_brain()


@pytest.fixture
def assistant(brain: Brain) -> Assistant:
    return Assistant(brain)


@pytest.fixture
def knowledge_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of the bundled knowledge folder, for tests that break it on purpose.
    The test runs from the copy's parent, as a curator runs commands from the project folder,
    so messages name ``knowledge/offices/occs.yaml`` as they would there."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_ROOT, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    yield target


@pytest.fixture
def intents_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of the bundled intents folder (run from its parent, as above)."""
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "intents"
    shutil.copytree(INTENTS_ROOT, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    yield target


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a CLI subprocess: this one minus platform credentials.

    ``PYTHONSAFEPATH`` keeps ``python -m bot`` from importing from the working folder, as the
    installed ``whohandles`` command never does: a test running beside a copied ``knowledge/``
    folder must not import that copy as the ``knowledge`` package."""
    env = {k: v for k, v in os.environ.items() if k not in PLATFORM_VARIABLES}
    env["PYTHONSAFEPATH"] = "1"
    env.update(extra)
    return env


def missing(what: str, install: str | None = None) -> NoReturn:
    """Skip locally, but fail under CI, which installs every server and tool these tests need.

    ``install`` says how to install it, when that is not ``apt-get install WHAT``.
    """
    how = install or f"apt-get install {what}"
    message = f"{what} is not installed ({how}); .ci/run installs it"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


class RecordingSink:
    """Feedback events in memory, to assert what was recorded."""

    def __init__(self) -> None:
        self.events: list[FeedbackEvent] = []

    def record(self, event: FeedbackEvent) -> None:
        self.events.append(event)

    @property
    def clicks(self) -> list[FeedbackEvent]:
        return [e for e in self.events if e.helpful is not None]
