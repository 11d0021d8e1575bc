"""Live reload: an edit is served within a poll; a broken edit keeps the old answers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.metrics import Metrics
from bot.reload import KnowledgeWatcher
from bot.render.text import render_text
from bot.service import Assistant, load_brain
from knowledge import KnowledgeBase


def _watcher(
    assistant: Assistant, knowledge: Path, intents: Path, metrics: Metrics
) -> KnowledgeWatcher:
    return KnowledgeWatcher(
        assistant, lambda: load_brain(knowledge, intents), [knowledge, intents], metrics=metrics
    )


def test_edit_is_served_and_broken_edit_keeps_old_answers(
    knowledge_copy: Path, intents_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assistant = Assistant(load_brain(knowledge_copy, intents_copy))
    metrics = Metrics()
    watcher = _watcher(assistant, knowledge_copy, intents_copy, metrics)
    assert watcher.check_once() is None

    topic = intents_copy / "topics" / "jrotc.yaml"
    topic.write_text(
        topic.read_text().replace(
            "      - cadets\n", "      - cadets\n      - color guard flags\n      - drumline\n"
        )
    )
    assert watcher.check_once() is True
    assert _best_id(assistant, "who handles the drumline") == "jrotc"

    offices = knowledge_copy / "offices" / "occs.yaml"
    good = offices.read_text()
    offices.write_text(good.replace("    parent: occs\n", "    parent: nobody\n", 1))
    with caplog.at_level(logging.ERROR):
        assert watcher.check_once() is False
    assert "occs.yaml:" in caplog.text and "names unknown parent 'nobody'" in caplog.text
    assert "Phone: 773-535-1955" in render_text(assistant.ask("jrotc"))
    assert _best_id(assistant, "drumline") == "jrotc"

    offices.write_text(good.replace("Runs the JROTC programs", "Leads the JROTC programs"))
    assert watcher.check_once() is True
    assert "Leads the JROTC programs" in render_text(assistant.ask("jrotc"))
    assert 'whohandles_reloads_total{result="success"} 2' in metrics.render()
    assert 'whohandles_reloads_total{result="failure"} 1' in metrics.render()


def test_answer_in_flight_finishes_on_the_old_brain(
    knowledge_copy: Path, intents_copy: Path
) -> None:
    assistant = Assistant(load_brain(knowledge_copy, intents_copy))
    old = assistant.brain
    offices = knowledge_copy / "offices" / "occs.yaml"
    offices.write_text(
        offices.read_text().replace("Runs the JROTC programs", "Leads the JROTC programs")
    )
    assistant.swap(load_brain(knowledge_copy, intents_copy))
    assert _role(old.kb).startswith("Runs")
    assert _role(assistant.brain.kb).startswith("Leads")


def test_watcher_thread_picks_up_edits(knowledge_copy: Path, intents_copy: Path) -> None:
    import time

    assistant = Assistant(load_brain(knowledge_copy, intents_copy))
    watcher = KnowledgeWatcher(
        assistant,
        lambda: load_brain(knowledge_copy, intents_copy),
        [knowledge_copy, intents_copy],
        interval=0.05,
    )
    watcher.start()
    try:
        offices = knowledge_copy / "offices" / "occs.yaml"
        offices.write_text(
            offices.read_text().replace("Runs the JROTC programs", "Leads the JROTC programs")
        )
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and "Leads" not in _role(assistant.brain.kb):
            time.sleep(0.02)
        assert _role(assistant.brain.kb).startswith("Leads")
    finally:
        watcher.stop()


def _best_id(assistant: Assistant, question: str) -> str | None:
    best = assistant.ask(question).best
    return best.office.id if best else None


def _role(kb: KnowledgeBase) -> str:
    office = kb.get("jrotc")
    assert office is not None, "JROTC is in the knowledge base"
    return office.role
