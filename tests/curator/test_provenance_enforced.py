"""Provenance where it matters: a contact no source holds stops the start with kb check's own
message, and a live reload with one is refused while the old answers go on."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.metrics import Metrics
from bot.reload import KnowledgeWatcher
from bot.render.text import render_text
from bot.service import Assistant, load_brain
from tests.conftest import subprocess_env

WRONG = ('["773-553-2000"]', '["773-553-2001"]')  # ECCE's phone, one digit off


def _whohandles(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_env(),
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_a_wrong_phone_stops_the_start_with_kb_checks_message(
    knowledge_copy: Path, tmp_path: Path
) -> None:
    occs = knowledge_copy / "offices" / "occs.yaml"
    occs.write_text(occs.read_text().replace(*WRONG))
    checked = _whohandles("--knowledge", str(knowledge_copy), "kb", "check")
    started = _whohandles("--knowledge", str(knowledge_copy), "run")
    asked = _whohandles("--knowledge", str(knowledge_copy), "ask", "ECCE phone")
    assert checked.returncode != 0
    problem = next(line for line in checked.stderr.splitlines() if "773-553-2001" in line)
    assert "occs.yaml:" in problem and "entry 'ecce'" in problem
    for refused in (started, asked):
        assert refused.returncode != 0
        assert problem in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
        assert "773-553-2001" not in refused.stdout, "the wrong number is never served"


def test_a_reload_with_a_wrong_phone_is_refused_and_the_old_one_served(
    knowledge_copy: Path, intents_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assistant = Assistant(load_brain(knowledge_copy, intents_copy))
    watcher = KnowledgeWatcher(
        assistant,
        lambda: load_brain(knowledge_copy, intents_copy),
        [knowledge_copy, intents_copy],
        metrics=Metrics(),
    )
    assert watcher.check_once() is None
    occs = knowledge_copy / "offices" / "occs.yaml"
    occs.write_text(occs.read_text().replace(*WRONG))
    with caplog.at_level(logging.ERROR):
        assert watcher.check_once() is False
    assert "occs.yaml:" in caplog.text and "773-553-2001" in caplog.text
    text = render_text(assistant.ask("phone for ECCE"))
    assert "773-553-2000" in text and "773-553-2001" not in text
