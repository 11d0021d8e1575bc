"""End to end over real HTTP with real signatures: what only the wire can show.

Signatures and timestamps, Slack's retries, 429s and 5xx from Slack, body limits, logs, and one
scenario per kind of request (event, command, shortcut, button, App Home) to prove each is
routed from the HTTP request to the right listener and back out to Slack. What each listener
decides is tested without HTTP in test_listeners.py.

Every request goes through waitress, the signature check and bolt; every answer goes to the
local stand-in, whose recorded calls are what the tests assert. ``slack.settle()`` waits for
queued answers, so "nothing was sent" is checked without sleeping.
"""

from __future__ import annotations

import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any

import pytest

from bot.conversation import FeedbackRef
from tests.slack.blockkit import button, buttons, problems, shown
from tests.slack.conftest import Running, payload
from tests.slack.signing import SIGNING_SECRET, post_event, post_form, post_interaction
from tests.slack.stand_in import DROP, GOOD_TOKEN

pytestmark = pytest.mark.e2e


def _texts(blocks: list[dict[str, Any]]) -> str:
    """Every piece of text in a block list, for assertions."""
    return json.dumps(blocks)


def _click(slack: Running, name: str, action_id: str, value: str, **container: Any) -> None:
    click = payload("block_actions", response_url=slack.stand_in.response_url(name))
    click["container"].update(container)
    click["actions"][0].update(action_id=action_id, value=value)
    status, _, seconds = post_interaction(slack.events_url, click)
    assert status == 200 and seconds < 3


@pytest.fixture(autouse=True)
def _every_message_fits_block_kit(slack: Running) -> Any:
    """After each test: Slack would have accepted every message the stand-in received."""
    yield
    for call in slack.stand_in.state.calls:
        view = call.body.get("view")
        if isinstance(view, dict):
            assert problems(view["blocks"], home=True) == [], call.path
        if isinstance(call.body.get("blocks"), list):
            assert problems(call.body["blocks"]) == [], call.path


# --- Mentions and DMs ------------------------------------------------------------------------


def test_mention_is_answered_in_its_thread(slack: Running) -> None:
    status, _, seconds = post_event(slack.events_url, payload("app_mention"))
    assert status == 200 and seconds < 3
    call = slack.stand_in.state.wait_for("/api/chat.postMessage")[0]
    assert call.body["channel"] == "C0SCHOOL1"
    assert call.body["thread_ts"] == "1700000000.000100"
    assert call.headers["Authorization"] == f"Bearer {GOOD_TOKEN}"
    blocks = call.body["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Safety Initiatives and Background Check"},
    }
    assert "Contact for its parent office, Office of School Safety and Security (OSSS)" in _texts(
        blocks
    )
    assert "Source: " in blocks[-3]["elements"][0]["text"], "context line citing the source"
    assert blocks[-2]["elements"][0]["text"] == "Did this answer help?"
    assert [e["text"]["text"] for e in blocks[-1]["elements"]] == ["Helpful", "Not helpful"]
    assert call.body["text"].startswith("Safety Initiatives and Background Check")


def _mention(text: str, event_id: str, ts: str, **event: Any) -> dict[str, Any]:
    return payload(
        "app_mention",
        event_id=event_id,
        event__text=f"<@UBOT0001> {text}",
        event__ts=ts,
        **{f"event__{key}": value for key, value in event.items()},
    )


def _dm(text: str, event_id: str) -> dict[str, Any]:
    return payload("message_im", event_id=event_id, event__text=text)


def test_a_second_mention_in_the_thread_is_a_follow_up(slack: Running) -> None:
    post_event(slack.events_url, _mention("who handles JROTC scholarships?", "Ev0T1", "1.1"))
    post_event(slack.events_url, _mention("what's their fax?", "Ev0T2", "1.2", thread_ts="1.1"))
    # The same words opening another thread have nothing to refer to.
    post_event(slack.events_url, _mention("what's their fax?", "Ev0T3", "2.1"))
    calls = slack.stand_in.state.wait_for("/api/chat.postMessage", count=3)
    by_thread = {call.body["thread_ts"]: call.body["text"] for call in calls}
    assert by_thread["1.1"] != by_thread.get("1.2"), "the follow-up is answered in the thread"
    follow_up = [c.body["text"] for c in calls if c.body["thread_ts"] == "1.1"]
    assert any(
        t.startswith("Fax for Junior Reserve Officers' Training Corps (JROTC): 773-535-1957")
        for t in follow_up
    ), follow_up
    assert by_thread["2.1"].startswith("Which office do you mean?")


def test_dm_follow_ups_and_a_typed_choice(slack: Running) -> None:
    post_event(slack.events_url, _dm("psychologist for a student with asthma", "Ev0D1"))
    asked = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    choices = [b for b in buttons(asked["blocks"]) if b["action_id"].startswith("choose_")]
    second = choices[1]["text"]["text"]
    post_event(slack.events_url, _dm("the second one", "Ev0D2"))
    chosen = slack.stand_in.state.wait_for("/api/chat.postMessage", count=2)[1].body
    assert second in chosen["blocks"][0]["text"]["text"]
    post_event(slack.events_url, _dm("address?", "Ev0D3"))
    address = slack.stand_in.state.wait_for("/api/chat.postMessage", count=3)[2].body
    first_line = address["text"].splitlines()[0]
    assert second in first_line and "address" in first_line.casefold(), first_line


def test_an_emergency_is_answered_with_911_first(slack: Running) -> None:
    text = "a student has a gun in the 2nd floor bathroom right now"
    post_event(slack.events_url, _mention(text, "Ev0U1", "5.1"))
    posted = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    first = posted["blocks"][0]
    assert first["type"] == "section" and first["text"]["text"].startswith(":warning:")
    assert "call 911" in first["text"]["text"]
    assert posted["text"].startswith("General emergency guidance: if anyone is in danger now")


def test_a_clicked_choice_is_what_the_next_dm_refers_to(slack: Running) -> None:
    post_event(slack.events_url, _dm("psychologist for a student with asthma", "Ev0C1"))
    asked = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    choices = [b for b in buttons(asked["blocks"]) if b["action_id"].startswith("choose_")]
    choice = next(c for c in choices if c["text"]["text"] == "Related Service Providers")
    _click(slack, "choose", choice["action_id"], choice["value"], channel_id="D0DIRECT1")
    slack.stand_in.state.wait_for("/response/choose")
    slack.settle()
    post_event(slack.events_url, _dm("what's their fax?", "Ev0C2"))
    fax = slack.stand_in.state.wait_for("/api/chat.postMessage", count=2)[1].body
    assert fax["text"].startswith("The district pages I use list no fax for Related Service")


@pytest.mark.parametrize("kind", ["message_im", "app_mention"])
def test_retries_are_answered_once(slack: Running, kind: str) -> None:
    event = payload(kind, event_id="Ev0RETRY")
    post_event(slack.events_url, event)
    for attempt in (1, 2):
        status, _, seconds = post_event(
            slack.events_url,
            event,
            headers={"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": "http_timeout"},
        )
        assert status == 200 and seconds < 3
    slack.settle()
    assert len(slack.stand_in.state.received("/api/chat.postMessage")) == 1


def test_user_text_never_pings_anyone(slack: Running) -> None:
    sneaky = "<!channel> <!here> <@U0PRINCIPAL> & who handles jrotc?"
    post_event(slack.events_url, payload("message_im", event__text=sneaky))
    command = payload(
        "slash_command", text=sneaky, response_url=slack.stand_in.response_url("escape")
    )
    post_form(slack.events_url, command)
    shortcut = payload(
        "message_action",
        message__text=f"{sneaky} <!everyone>",
        response_url=slack.stand_in.response_url("escape-shortcut"),
    )
    post_interaction(slack.events_url, shortcut)
    posted = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    responded = slack.stand_in.state.wait_for("/response/escape")[0].body
    via_shortcut = slack.stand_in.state.wait_for("/response/escape-shortcut")[0].body
    for body in (posted, responded, via_shortcut):
        texts = shown(body)
        assert len(texts) > 3
        for text in texts:
            assert "<!" not in text and "<@U0" not in text
    # The echo shows what was typed, Slack's mention and broadcast markup removed, escaped once.
    assert "You asked: &amp; who handles jrotc?" in json.dumps(responded["blocks"])


def test_huge_message_gets_a_normal_answer_within_limits(slack: Running) -> None:
    table = (
        "| student | phone | note |\n|---|---|---|\n"
        + "| x | 773-000-0000 | fight on tiktok |\n" * 1200
    )
    text = (table + "y" * 50_000)[:50_000]
    status, _, seconds = post_event(slack.events_url, payload("message_im", event__text=text))
    assert status == 200 and seconds < 3
    body = slack.stand_in.state.wait_for("/api/chat.postMessage", timeout=15)[0].body
    assert body["channel"] == "D0DIRECT1"
    assert problems(body["blocks"]) == []
    headers = [b["text"]["text"] for b in body["blocks"] if b["type"] == "header"]
    assert headers == ["Network Safety"], "a normal office answer"


# --- Slash commands, the shortcut and buttons (replies through response_url) -----------------


def test_slash_command_answers_privately_with_a_sharebutton(slack: Running) -> None:
    command = payload("slash_command", response_url=slack.stand_in.response_url("cmd"))
    status, _, seconds = post_form(slack.events_url, command)
    assert status == 200 and seconds < 3
    reply = slack.stand_in.state.wait_for("/response/cmd")[0].body
    assert reply["response_type"] == "ephemeral"
    assert reply["blocks"][0]["elements"][0]["text"] == "You asked: jrotc scolarships"
    assert reply["blocks"][1]["text"]["text"] == "Junior Reserve Officers' Training Corps (JROTC)"
    assert button(reply["blocks"], "share_answer")["text"]["text"] == "Share in channel"
    slack.settle()
    assert slack.stand_in.state.received("/api/chat.postMessage") == [], "only via response_url"


def test_clarify_buttons_then_a_click_replaces_the_message(slack: Running) -> None:
    question = "psychologist for a student with asthma"
    post_event(slack.events_url, payload("message_im", event__text=question))
    asked = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    choices = [b for b in buttons(asked["blocks"]) if b["action_id"].startswith("choose_")]
    labels = [c["text"]["text"] for c in choices]
    assert "Related Service Providers" in labels and "Health and Wellness" in labels
    choice = next(c for c in choices if c["text"]["text"] == "Related Service Providers")
    _click(slack, "choose", choice["action_id"], choice["value"])
    reply = slack.stand_in.state.wait_for("/response/choose")[0].body
    assert reply["replace_original"] is True and reply["response_type"] == "in_channel"
    assert reply["blocks"][0]["text"]["text"] == "Related Service Providers"


@pytest.mark.parametrize(
    ("action_id", "helpful", "thanks"),
    [("feedback_helpful", True, "Glad that helped"), ("feedback_not_helpful", False, "Thanks")],
)
def test_feedback_click_is_recorded_and_acknowledged(
    slack: Running, action_id: str, helpful: bool, thanks: str
) -> None:
    post_event(slack.events_url, payload("message_im", event__text="metal detectors"))
    asked = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    value = button(asked["blocks"], action_id)["value"]
    assert FeedbackRef.loads(value) is not None
    _click(slack, "feedback", action_id, value)
    reply = slack.stand_in.state.wait_for("/response/feedback")[0].body
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False
    assert thanks in reply["text"]
    slack.settle()
    clicks = [e for e in slack.sink.events if e.helpful is not None]
    assert [(e.helpful, e.office_ids, e.platform, e.question) for e in clicks] == [
        (helpful, ("student-safety-services",), "slack", "metal detectors")
    ]


def test_share_posts_the_answer_in_channel(slack: Running) -> None:
    command = payload(
        "slash_command", text="fax for jrotc", response_url=slack.stand_in.response_url("private")
    )
    post_form(slack.events_url, command)
    private = slack.stand_in.state.wait_for("/response/private")[0].body
    share = button(private["blocks"], "share_answer")
    _click(slack, "share", "share_answer", share["value"], is_ephemeral=True)
    posted, deleted = slack.stand_in.state.wait_for("/response/share", count=2)
    assert posted.body["response_type"] == "in_channel"
    assert "Fax for Junior Reserve Officers' Training Corps (JROTC): 773-535-1957" in json.dumps(
        posted.body
    )
    assert deleted.body == {"delete_original": True}


def test_an_example_button_is_answered_in_the_thread(slack: Running) -> None:
    post_event(slack.events_url, payload("message_im", event__text="help"))
    asked = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    example = button(asked["blocks"], "step_ask_2")
    _click(slack, "example", "step_ask_2", example["value"], thread_ts="1700000001.000200")
    reply = slack.stand_in.state.wait_for("/response/example")[0].body
    assert reply["response_type"] == "in_channel" and reply["thread_ts"] == "1700000001.000200"
    assert f"You asked: {example['text']['text']}" in _texts(reply["blocks"])


def test_app_home_publishes_the_directory(slack: Running) -> None:
    post_event(slack.events_url, payload("app_home_opened"))
    call = slack.stand_in.state.wait_for("/api/views.publish")[0]
    assert call.body["user_id"] == "U0STAFF01"
    view = call.body["view"]
    assert view["type"] == "home"
    text = json.dumps(view)
    assert "How to ask" in text and "Students in Temporary Living Situations (STLS)" in text
    assert "Office of School Safety and Security (OSSS)" in [
        b["text"]["text"] for b in view["blocks"] if b["type"] == "header"
    ]


# --- Slack misbehaving: 429, 5xx, dropped connections; acks never wait -----------------------


def test_rate_limit_then_success_still_delivers(slack: Running) -> None:
    slack.stand_in.state.fail_next("/api/chat.postMessage", 429, {"Retry-After": "1"})
    post_event(slack.events_url, payload("message_im", event_id="Ev0RATE"))
    first, second = slack.stand_in.state.wait_for("/api/chat.postMessage", count=2)
    assert first.body == second.body and second.body["channel"] == "D0DIRECT1"
    slack.settle()
    assert len(slack.stand_in.state.received("/api/chat.postMessage")) == 2


@pytest.mark.parametrize("failure", [503, DROP], ids=["server-error", "dropped-connection"])
def test_server_error_or_dropped_connection_then_success_still_delivers(
    slack: Running, failure: int
) -> None:
    slack.stand_in.state.fail_next("/api/chat.postMessage", failure)
    post_event(slack.events_url, payload("message_im", event_id="Ev0FLAKY"))
    first, second = slack.stand_in.state.wait_for("/api/chat.postMessage", count=2)
    assert first.body == second.body and second.body["channel"] == "D0DIRECT1"


@pytest.mark.parametrize("failure", [429, 500, DROP], ids=["rate-limit", "server-error", "drop"])
def test_response_url_failures_are_retried(slack: Running, failure: int) -> None:
    url = slack.stand_in.response_url("flaky")
    slack.stand_in.state.fail_next("/response/flaky", failure, {"Retry-After": "1"})
    post_form(slack.events_url, payload("slash_command", response_url=url))
    first, second = slack.stand_in.state.wait_for("/response/flaky", count=2)
    assert first.body == second.body
    assert "Junior Reserve Officers' Training Corps (JROTC)" in json.dumps(second.body)


def test_one_rate_limited_answer_holds_up_no_one_else(slack: Running) -> None:
    """A DM's answer sits out a 2 s Retry-After. Meanwhile every other request is acked at
    once and answered: their answers arrive before the waiting one is retried."""
    slack.stand_in.state.fail_next("/api/chat.postMessage", 429, {"Retry-After": "2"})
    post_event(slack.events_url, payload("message_im", event_id="Ev0SLOW"))
    slack.stand_in.state.wait_for("/api/chat.postMessage")  # that answer is now waiting
    url = slack.stand_in.response_url("during")
    requests: list[Callable[[], tuple[int, str, float]]] = [
        lambda: post_form(slack.events_url, payload("slash_command", response_url=url)),
        lambda: post_interaction(slack.events_url, payload("message_action", response_url=url)),
        lambda: post_event(slack.events_url, payload("app_mention", event_id="Ev0DURING")),
    ]
    for send in requests:
        status, _, seconds = send()
        assert status == 200 and seconds < 3
    slack.stand_in.state.wait_for("/response/during", count=2)
    first, second = slack.stand_in.state.wait_for("/api/chat.postMessage", count=2)[:2]
    assert first.body["channel"] == "D0DIRECT1", "the rate-limited attempt"
    assert second.body["channel"] == "C0SCHOOL1", "the mention, answered while the DM waits"
    retried = slack.stand_in.state.wait_for("/api/chat.postMessage", count=3)[2]
    assert retried.body["channel"] == "D0DIRECT1", "and the DM's answer still arrives"


# --- Security ---------------------------------------------------------------------------------


def test_forged_signature_is_refused(slack: Running) -> None:
    status, _, _ = post_event(slack.events_url, payload("message_im"), signature="v0=" + "0" * 64)
    assert status == 401
    status, _, _ = post_form(
        slack.events_url,
        payload("slash_command", response_url=slack.stand_in.response_url("forged")),
        signature="v0=" + "f" * 64,
    )
    assert status == 401
    slack.settle()
    assert {c.path for c in slack.stand_in.state.calls} == {"/api/auth.test"}, "start-up only"


def test_stale_timestamp_is_refused(slack: Running) -> None:
    status, _, _ = post_event(
        slack.events_url, payload("message_im"), timestamp=int(time.time()) - 6 * 60
    )
    assert status == 401
    slack.settle()
    assert slack.stand_in.state.received("/api/chat.postMessage") == []


def test_logs_hold_no_token_and_no_message_text(
    slack: Running, caplog: pytest.LogCaptureFixture
) -> None:
    """Even at DEBUG, over every kind of request and a failed call."""
    question = "Keisha Brown is sleeping in a car with her mom, who handles that?"
    url = slack.stand_in.response_url("logs")
    slack.stand_in.state.fail_next("/api/chat.postMessage", 500)
    with caplog.at_level(logging.DEBUG):
        post_event(slack.events_url, payload("message_im", event__text=question))
        post_event(slack.events_url, payload("app_mention", event__text=f"<@UBOT0001> {question}"))
        post_form(slack.events_url, payload("slash_command", text=question, response_url=url))
        post_interaction(
            slack.events_url,
            payload("message_action", message__text=question, response_url=url),
        )
        forged = payload("message_im", event__text=question, event_id="EvForged")
        post_event(slack.events_url, forged, signature="v0=" + "0" * 64)
        slack.settle()
    assert len(slack.stand_in.state.received("/response/logs")) == 2
    answer = slack.stand_in.state.received("/api/chat.postMessage")[-1].body["blocks"][0]
    assert any(r.name == "whohandles.requests" for r in caplog.records), "nothing was logged"
    logged = caplog.text + " ".join(str(r.args) for r in caplog.records)
    for secret in (GOOD_TOKEN, SIGNING_SECRET, "Keisha", "sleeping in a car"):
        assert secret not in logged
    assert answer["text"]["text"] not in logged, "the answer's text was logged"


def test_an_oversized_body_is_refused_before_it_is_read(slack: Running) -> None:
    """Slack's payloads are kilobytes; a 2 MB body is refused (413) and the server goes on."""
    huge = payload("message_im", event__text="x" * 2_000_000)
    status: int | None
    try:
        status = post_event(slack.events_url, huge)[0]
    except (ConnectionError, urllib.error.URLError):
        status = None  # waitress answered 413 and closed while the body was still arriving
    assert status in (413, None), "a 2 MB body must not be accepted"
    slack.settle()
    assert slack.stand_in.state.received("/api/chat.postMessage") == []
    assert post_event(slack.events_url, payload("message_im"))[0] == 200


def test_the_token_is_checked_at_start_not_on_a_users_request(slack: Running) -> None:
    at_start = len(slack.stand_in.state.received("/api/auth.test"))
    assert at_start >= 1
    post_event(slack.events_url, payload("message_im"))
    slack.stand_in.state.wait_for("/api/chat.postMessage")
    assert len(slack.stand_in.state.received("/api/auth.test")) == at_start


def test_health_and_metrics(slack: Running) -> None:
    with urllib.request.urlopen(f"{slack.url}/healthz", timeout=5) as response:
        assert response.status == 200 and response.read() == b"ok\n"
    post_event(slack.events_url, payload("message_im", event_id="Ev0METRICS"))
    slack.settle()  # the answer process reports its outcome when the answer is sent
    with urllib.request.urlopen(f"{slack.url}/metrics", timeout=5) as response:
        text = response.read().decode()
    assert 'whohandles_answers_total{platform="slack",outcome="answer"} 1' in text
