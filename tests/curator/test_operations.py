"""Operations: one JSON log line per request with no message text; Prometheus metrics."""

from __future__ import annotations

import json
import logging

import pytest

from bot.conversation import Conversation
from bot.metrics import Metrics
from bot.service import Assistant


def test_one_json_line_per_request_without_message_text(
    assistant: Assistant, caplog: pytest.LogCaptureFixture
) -> None:
    conversation = Conversation(assistant)
    with caplog.at_level(logging.INFO, logger="whohandles.requests"):
        conversation.ask("Jamal Thompson is staying at a shelter", platform="slack")
        conversation.contact("osel", platform="teams")
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "whohandles.requests"]
    assert [(x["platform"], x["kind"], x["outcome"]) for x in lines] == [
        ("slack", "ask", "answer"),
        ("teams", "contact", "answer"),
    ]
    assert all(x["latency_ms"] >= 0 and "question" not in x for x in lines)
    assert "Jamal" not in caplog.text and "shelter" not in caplog.text


def test_metrics_exposition() -> None:
    metrics = Metrics()
    metrics.answered("slack", "answer", 0.0004)
    metrics.answered("teams", "unknown", 0.02)
    metrics.reloaded(ok=True)
    text = metrics.render()
    assert 'whohandles_answers_total{platform="slack",outcome="answer"} 1' in text
    assert 'whohandles_answer_latency_seconds_bucket{le="0.0005"} 1' in text
    assert 'whohandles_answer_latency_seconds_bucket{le="+Inf"} 2' in text
    assert "whohandles_answer_latency_seconds_count 2" in text
    assert 'whohandles_reloads_total{result="success"} 1' in text
    assert 'whohandles_reloads_total{result="failure"} 0' in text
