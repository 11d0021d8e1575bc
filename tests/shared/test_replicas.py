"""Two real app processes behind one Redis: a Slack retry landing on the other replica is not
answered again, and both replicas write feedback to one PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.conftest import subprocess_env
from tests.shared.conftest import free_port, wait_for_port
from tests.slack.conftest import payload
from tests.slack.signing import SIGNING_SECRET, post_event
from tests.slack.stand_in import GOOD_TOKEN, SlackStandIn

pytestmark = pytest.mark.e2e

Replicas = tuple[SlackStandIn, list[int], list["subprocess.Popen[str]"]]


@pytest.fixture
def replicas(redis_url: str, postgres_url: str) -> Iterator[Replicas]:
    with SlackStandIn() as stand_in:
        ports = [free_port(), free_port()]
        env = subprocess_env(
            SLACK_BOT_TOKEN=GOOD_TOKEN,
            SLACK_SIGNING_SECRET=SIGNING_SECRET,
            SLACK_API_URL=stand_in.url,
            REDIS_URL=redis_url,
            DATABASE_URL=postgres_url,
        )
        processes = [
            subprocess.Popen(
                [sys.executable, "-m", "bot", "slack", "--http", "--port", str(port)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for port in ports
        ]
        try:
            for port, process in zip(ports, processes, strict=True):
                try:
                    wait_for_port(port, timeout=30)
                except TimeoutError:
                    process.terminate()
                    raise AssertionError(
                        f"replica did not start: {process.communicate()[1]}"
                    ) from None
            yield stand_in, ports, processes
        finally:
            for process in processes:
                if process.poll() is None:
                    process.terminate()
                    process.wait(timeout=10)


def test_retry_on_the_other_replica_is_not_answered_again(
    replicas: Replicas,
) -> None:
    stand_in, (first, second), processes = replicas
    event = payload("message_im", event_id="Ev0REPLICA01", event__text="payroll for my staff")
    status, _, _ = post_event(f"http://127.0.0.1:{first}/slack/events", event)
    assert status == 200
    stand_in.state.wait_for("/api/chat.postMessage", timeout=15)
    status, _, _ = post_event(
        f"http://127.0.0.1:{second}/slack/events",
        event,
        headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"},
    )
    assert status == 200
    other = payload("message_im", event_id="Ev0REPLICA02", event__text="jrotc")
    post_event(f"http://127.0.0.1:{second}/slack/events", other)
    stand_in.state.wait_for("/api/chat.postMessage", count=2, timeout=15)
    # The positive signal: SIGTERM makes a replica finish every answer it queued, then exit.
    # A retry it had taken for new would have been queued before the ack, so it is sent by now.
    for process in processes:
        process.terminate()
        assert process.wait(timeout=20) == 0
    calls = stand_in.state.received("/api/chat.postMessage")
    assert len(calls) == 2, "the retry on the second replica was answered again"
    assert "JROTC" in str(calls[1].body["blocks"])


def test_a_follow_up_on_the_other_replica_reads_the_thread(replicas: Replicas) -> None:
    stand_in, (first, second), _ = replicas
    asked = payload(
        "message_im", event_id="Ev0CTX01", event__text="who handles JROTC scholarships?"
    )
    post_event(f"http://127.0.0.1:{first}/slack/events", asked)
    stand_in.state.wait_for("/api/chat.postMessage", timeout=15)
    follow_up = payload("message_im", event_id="Ev0CTX02", event__text="what's their fax?")
    post_event(f"http://127.0.0.1:{second}/slack/events", follow_up)
    calls = stand_in.state.wait_for("/api/chat.postMessage", count=2, timeout=15)
    assert (
        calls[1]
        .body["text"]
        .startswith("Fax for Junior Reserve Officers' Training Corps (JROTC): 773-535-1957")
    )
