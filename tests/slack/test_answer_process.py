"""The answer process: questions answered in a second process, same answers as before.

The end-to-end tests (test_http_e2e.py) already run every kind of question through it; these
cover what only a second process can get wrong: knowledge reloads, its death, Ctrl-C, and
what it reports back (metrics, the curator's notes, the request log).
"""

from __future__ import annotations

import logging
import os
import signal
import time
from pathlib import Path

import pytest

from bot.service import load_brain
from bot.slack.answer_process import AnswerProcess
from tests.slack.conftest import Running, payload
from tests.slack.signing import post_event


def _process(slack: Running) -> AnswerProcess:
    assert isinstance(slack.bot.answers, AnswerProcess), "questions answered in-process"
    assert slack.bot.answers.pid is not None
    return slack.bot.answers


def _dm(slack: Running, text: str, event_id: str) -> dict[str, object]:
    before = len(slack.stand_in.state.received("/api/chat.postMessage"))
    post_event(slack.events_url, payload("message_im", event_id=event_id, event__text=text))
    slack.settle()
    posted = slack.stand_in.state.received("/api/chat.postMessage")
    assert len(posted) == before + 1, "no answer posted"
    return posted[-1].body


def test_questions_are_answered_in_another_process(slack: Running) -> None:
    process = _process(slack)
    assert process.pid != os.getpid()
    assert "773-553-1895" in str(_dm(slack, "fax for OSEL", "EvProc1"))


def test_a_reload_reaches_the_answer_process(
    slack: Running, knowledge_copy: Path, intents_copy: Path
) -> None:
    _process(slack)
    assert "Renamed Sports Office" not in str(_dm(slack, "sports administration", "EvProc2"))
    offices = knowledge_copy / "offices" / "occs.yaml"
    offices.write_text(
        offices.read_text().replace("name: Sports Administration", "name: Renamed Sports Office")
    )
    slack.bot.answers.conversation.assistant.swap(load_brain(knowledge_copy, intents_copy))
    assert "Renamed Sports Office" in str(_dm(slack, "sports administration", "EvProc3"))


def test_its_outcomes_reach_metrics_notes_and_the_request_log(
    slack: Running, caplog: pytest.LogCaptureFixture
) -> None:
    _process(slack)
    with caplog.at_level(logging.INFO, logger="whohandles.requests"):
        _dm(slack, "who fixes the boiler in our gym", "EvProc4")
    assert 'whohandles_answers_total{platform="slack",outcome="unknown"} 1' in (
        slack.metrics.render()
    )
    assert [e.outcome for e in slack.sink.events] == ["unknown"], "unanswered question noted"
    lines = [r.getMessage() for r in caplog.records if r.name == "whohandles.requests"]
    assert len(lines) == 1 and '"outcome": "unknown"' in lines[0]
    assert "boiler" not in lines[0]


def test_ctrl_c_in_the_terminal_does_not_stop_it(slack: Running) -> None:
    os.kill(_process(slack).pid or 0, signal.SIGINT)
    time.sleep(0.2)
    assert "773-553-1895" in str(_dm(slack, "fax for OSEL", "EvProc5"))


def test_if_it_dies_questions_are_still_answered(
    slack: Running, caplog: pytest.LogCaptureFixture
) -> None:
    process = _process(slack)
    os.kill(process.pid or 0, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while not any("answer process stopped" in r.getMessage() for r in caplog.records):
        assert time.monotonic() < deadline, "the death was not noticed"
        time.sleep(0.05)
    assert "773-553-1895" in str(_dm(slack, "fax for OSEL", "EvProc6"))


def test_close_sends_the_answers_already_handed_over(slack: Running) -> None:
    pid = _process(slack).pid or 0
    for n in range(5):
        post_event(slack.events_url, payload("message_im", event_id=f"EvClose{n}"))
    slack.bot.close(timeout=15)
    assert len(slack.stand_in.state.received("/api/chat.postMessage")) == 5
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and reaped
