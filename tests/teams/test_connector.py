"""Retrying replies to the Bot Connector: what is retried, for how long, and that nothing raises."""

from __future__ import annotations

import asyncio
import time

import pytest

pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")

import httpx

from bot.teams import connector
from bot.teams.replies import Reply


def _failure(status: int, **headers: str) -> httpx.HTTPStatusError:
    request = httpx.Request("POST", "http://127.0.0.1/v3/conversations/a/activities")
    response = httpx.Response(status, headers=headers, request=request)
    return httpx.HTTPStatusError(f"{status}", request=request, response=response)


class Script:
    """A fake ``ctx.send`` failing as scripted, then succeeding; records what it was given."""

    def __init__(self, *failures: BaseException | None) -> None:
        self.failures = list(failures)
        self.calls: list[object] = []

    async def __call__(self, message: object) -> object:
        self.calls.append(message)
        failure = self.failures.pop(0) if self.failures else None
        if failure is not None:
            raise failure
        return message


def _deliver(send: Script, reply: Reply, clicked: str | None = None) -> bool:
    return asyncio.run(connector.deliver(send, reply, clicked_id=clicked))


def test_rate_limits_server_errors_and_dropped_connections_are_retried() -> None:
    send = Script(_failure(429, **{"Retry-After": "0"}), httpx.ConnectError("reset"))
    assert _deliver(send, Reply(text="hi"))
    assert len(send.calls) == 3


def test_retry_after_is_honoured_but_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connector, "MAX_RETRY_AFTER", 0.2)
    send = Script(_failure(429, **{"Retry-After": "3600"}))
    started = time.monotonic()
    assert _deliver(send, Reply(text="hi"))
    assert 0.2 <= time.monotonic() - started < 60, "waited out the cap, not the hour asked"


@pytest.mark.parametrize("failure", [_failure(400), _failure(403), ValueError("a bug")])
def test_failures_retrying_cannot_fix_are_not_retried(failure: BaseException) -> None:
    send = Script(failure)
    assert not _deliver(send, Reply(text="hi"))
    assert len(send.calls) == 1


def test_attempts_stop_at_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connector, "REPLY_BUDGET", 0.3)

    async def hangs(message: object) -> object:
        await asyncio.sleep(60)
        return message

    started = time.monotonic()
    assert not asyncio.run(connector.deliver(hangs, Reply(text="hi")))
    assert time.monotonic() - started < 30, "gave up at the budget, not after the hang"


@pytest.mark.parametrize("status", [400, 403, 404])
def test_an_update_the_service_refuses_becomes_a_new_message(status: int) -> None:
    send = Script(_failure(status))
    card = {"type": "AdaptiveCard", "body": []}
    assert _deliver(send, Reply(card=card, summary="s", replace=True), clicked="card-1")
    update, new = send.calls
    assert getattr(update, "id", None) == "card-1" and getattr(new, "id", None) is None


@pytest.mark.parametrize(
    "failure",
    [
        TimeoutError(),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("server disconnected"),
        _failure(503),
    ],
    ids=["timeout", "read-timeout", "dropped", "server-error"],
)
def test_an_update_that_may_have_been_applied_is_not_posted_again(
    failure: BaseException, caplog: pytest.LogCaptureFixture
) -> None:
    """Every attempt failed, but the Bot Connector may have applied one of them: a new
    message could show the answer twice, so there is none, and the log says why."""
    send = Script(*[failure] * connector.MAX_ATTEMPTS)
    card = {"type": "AdaptiveCard", "body": [{"type": "TextBlock", "text": "Fax for OSEL"}]}
    reply = Reply(card=card, summary="Fax for OSEL", replace=True)
    with caplog.at_level("INFO", logger=connector.__name__):
        assert not _deliver(send, reply, clicked="card-1")
    assert len(send.calls) == connector.MAX_ATTEMPTS, "the update itself is still retried"
    assert all(getattr(call, "id", None) == "card-1" for call in send.calls), "no new message"
    assert "not posted again" in caplog.text
    assert "Fax for OSEL" not in caplog.text, "the log must not carry the message"


def test_the_message_carries_the_card_and_its_summary_but_no_text() -> None:
    message = connector.to_message(Reply(card={"type": "AdaptiveCard"}, summary="Fax for OSEL"))
    data = message.model_dump(by_alias=True, exclude_none=True)
    assert data["summary"] == "Fax for OSEL" and "text" not in data
    assert data["attachments"] == [
        {
            "contentType": "application/vnd.microsoft.card.adaptive",
            "content": {"type": "AdaptiveCard"},
        }
    ]
