"""End to end over real HTTP with real signatures: what Slack would receive from the bot."""

from __future__ import annotations

import json
import logging
import time
import urllib.request

import pytest

from bot.conversation import FeedbackRef
from tests.slack.conftest import Running, payload
from tests.slack.signing import post_event, post_form, post_interaction
from tests.slack.stand_in import BOT_ID, BOT_USER_ID

pytestmark = pytest.mark.e2e


def _texts(blocks: list[dict]) -> str:
    """Every piece of text in a block list, for assertions."""
    return json.dumps(blocks)


def _shown(node: object) -> list[str]:
    """Every text Slack would display or parse for mentions (not hidden button values)."""
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k == "text" and isinstance(v, str)]
        return found + [t for k, v in node.items() if k != "value" for t in _shown(v)]
    if isinstance(node, list):
        return [t for item in node for t in _shown(item)]
    return []


def test_mention_is_answered_in_its_thread(slack: Running) -> None:
    status, _, seconds = post_event(slack.events_url, payload("app_mention"))
    assert status == 200 and seconds < 3
    call = slack.stand_in.state.wait_for("/api/chat.postMessage")[0]
    assert call.body["channel"] == "C0SCHOOL1"
    assert call.body["thread_ts"] == "1700000000.000100"
    assert call.headers["Authorization"] == "Bearer xoxb-test-token"
    blocks = call.body["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Safety Initiatives and Background Check"},
    }
    assert "Contact for its parent office, Office of School Safety and Security (OSSS)" in _texts(
        blocks
    )
    assert call.body["text"].startswith("Safety Initiatives and Background Check")


def test_mention_inside_a_thread_stays_in_that_thread(slack: Running) -> None:
    event = payload("app_mention", event__thread_ts="1699999999.000001", event_id="Ev0THREAD")
    post_event(slack.events_url, event)
    call = slack.stand_in.state.wait_for("/api/chat.postMessage")[0]
    assert call.body["thread_ts"] == "1699999999.000001"


def test_direct_message_is_answered_in_the_dm_leading_with_the_field(slack: Running) -> None:
    post_event(slack.events_url, payload("message_im"))
    call = slack.stand_in.state.wait_for("/api/chat.postMessage")[0]
    assert call.body["channel"] == "D0DIRECT1"
    assert "thread_ts" not in call.body
    first = call.body["blocks"][0]["text"]["text"]
    assert (
        first
        == "*Fax for Office of Social &amp; Emotional Learning (OSEL): 773-553-1895, 773-553-3654*"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello!", "Hi! Ask me who handles something"),
        ("thanks", "You're welcome"),
        ("help", "For example:"),
    ],
)
def test_greetings_thanks_and_help_in_dms(slack: Running, text: str, expected: str) -> None:
    post_event(slack.events_url, payload("message_im", event__text=text))
    call = slack.stand_in.state.wait_for("/api/chat.postMessage")[0]
    assert expected in _texts(call.body["blocks"])


def test_retries_are_answered_once(slack: Running) -> None:
    event = payload("message_im", event_id="Ev0RETRY")
    post_event(slack.events_url, event)
    for attempt in (1, 2):
        status, _, _ = post_event(
            slack.events_url,
            event,
            headers={"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": "http_timeout"},
        )
        assert status == 200
    slack.stand_in.state.wait_for("/api/chat.postMessage")
    time.sleep(0.5)
    assert len(slack.stand_in.state.received("/api/chat.postMessage")) == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"event__user": BOT_USER_ID},
        {"event__bot_id": BOT_ID},
        {"event__subtype": "message_changed"},
        {"event__subtype": "channel_join"},
        {"event__subtype": "message_replied"},
        {"event__channel_type": "channel"},
    ],
)
def test_ignores_itself_other_bots_and_subtypes(slack: Running, changes: dict) -> None:
    post_event(slack.events_url, payload("message_im", **changes))
    post_event(slack.events_url, payload("message_im", event_id="Ev0CONTROL", event__text="jrotc"))
    calls = slack.stand_in.state.wait_for("/api/chat.postMessage")
    time.sleep(0.3)
    calls = slack.stand_in.state.received("/api/chat.postMessage")
    assert len(calls) == 1 and "JROTC" in _texts(calls[0].body["blocks"])


def test_user_text_never_pings_anyone(slack: Running) -> None:
    sneaky = "<!channel> <!here> <@U0PRINCIPAL> & who handles jrotc?"
    post_event(slack.events_url, payload("message_im", event__text=sneaky))
    command = payload(
        "slash_command", text=sneaky, response_url=slack.stand_in.response_url("escape")
    )
    post_form(slack.events_url, command)
    posted = slack.stand_in.state.wait_for("/api/chat.postMessage")[0].body
    responded = slack.stand_in.state.wait_for("/response/escape")[0].body
    for body in (posted, responded):
        shown = _shown(body)
        assert len(shown) > 3
        for text in shown:
            assert "<!channel>" not in text and "<!here>" not in text and "<@U0" not in text
    assert (
        "You asked: &lt;!channel&gt; &lt;!here&gt; &lt;@U0PRINCIPAL&gt; &amp; who handles jrotc?"
        in json.dumps(responded["blocks"])
    )


def test_slash_command_answers_privately_with_a_share_button(slack: Running) -> None:
    command = payload("slash_command", response_url=slack.stand_in.response_url("cmd"))
    status, _, seconds = post_form(slack.events_url, command)
    assert status == 200 and seconds < 3
    reply = slack.stand_in.state.wait_for("/response/cmd")[0].body
    assert reply["response_type"] == "ephemeral"
    blocks = _texts(reply["blocks"])
    assert "Junior Reserve Officers' Training Corps (JROTC)" in blocks
    assert "Share in channel" in blocks
    assert slack.stand_in.state.received("/api/chat.postMessage") == []


def test_slash_command_without_text_shows_help(slack: Running) -> None:
    command = payload("slash_command", text="", response_url=slack.stand_in.response_url("help"))
    post_form(slack.events_url, command)
    reply = slack.stand_in.state.wait_for("/response/help")[0].body
    assert "For example:" in _texts(reply["blocks"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("osel", "773-553-1830"),
        ("jortc", "773-535-1955"),
        ("Sports Adminstration", "773-534-0700"),
        ("", "Give me an office name or acronym"),
    ],
)
def test_contact_command(slack: Running, text: str, expected: str) -> None:
    command = payload(
        "slash_command",
        command="/contact",
        text=text,
        response_url=slack.stand_in.response_url("contact"),
    )
    post_form(slack.events_url, command)
    reply = slack.stand_in.state.wait_for("/response/contact")[0].body
    assert expected in json.dumps(reply)


def test_clarify_button_replaces_the_message_with_that_office(slack: Running) -> None:
    click = payload("block_actions", response_url=slack.stand_in.response_url("choose"))
    click["actions"][0].update(action_id="choose_office_1", value="related-service-providers")
    status, _, _ = post_interaction(slack.events_url, click)
    assert status == 200
    reply = slack.stand_in.state.wait_for("/response/choose")[0].body
    assert reply["replace_original"] is True
    assert reply["blocks"][0]["text"]["text"] == "Related Service Providers"


def test_feedback_click_is_recorded_and_acknowledged(slack: Running, assistant) -> None:
    answer = assistant.ask("metal detectors")
    click = payload("block_actions", response_url=slack.stand_in.response_url("feedback"))
    click["actions"][0].update(
        action_id="feedback_not_helpful", value=FeedbackRef.of(answer).dumps()
    )
    post_interaction(slack.events_url, click)
    reply = slack.stand_in.state.wait_for("/response/feedback")[0].body
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False
    assert "Thanks for telling me" in reply["text"]
    clicks = [e for e in slack.sink.events if e.helpful is not None]
    assert [(e.helpful, e.office_ids, e.platform) for e in clicks] == [
        (False, ("student-safety-services",), "slack")
    ]


def test_forged_feedback_value_gets_a_polite_reply(slack: Running) -> None:
    click = payload("block_actions", response_url=slack.stand_in.response_url("forged"))
    click["actions"][0].update(action_id="feedback_helpful", value="{not json")
    post_interaction(slack.events_url, click)
    reply = slack.stand_in.state.wait_for("/response/forged")[0].body
    assert "couldn't read that button" in reply["text"]


def test_share_posts_the_answer_in_channel(slack: Running) -> None:
    command = payload(
        "slash_command", text="fax for jrotc", response_url=slack.stand_in.response_url("private")
    )
    post_form(slack.events_url, command)
    private = slack.stand_in.state.wait_for("/response/private")[0].body
    share = next(
        e
        for b in private["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "share_answer"
    )
    click = payload("block_actions", response_url=slack.stand_in.response_url("share"))
    click["container"]["is_ephemeral"] = True
    click["actions"][0].update(action_id="share_answer", value=share["value"])
    post_interaction(slack.events_url, click)
    posted, deleted = slack.stand_in.state.wait_for("/response/share", count=2)
    assert posted.body["response_type"] == "in_channel"
    assert "Fax for Junior Reserve Officers' Training Corps (JROTC): 773-535-1957" in json.dumps(
        posted.body
    )
    assert deleted.body.get("delete_original") is True


def test_app_home_publishes_the_directory(slack: Running) -> None:
    post_event(slack.events_url, payload("app_home_opened"))
    call = slack.stand_in.state.wait_for("/api/views.publish")[0]
    assert call.body["user_id"] == "U0STAFF01"
    view = (
        call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"])
    )
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    text = json.dumps(view)
    assert "How to ask" in text and "Students in Temporary Living Situations (STLS)" in text
    assert all(len(b.get("text", {}).get("text", "")) <= 3000 for b in view["blocks"])


def test_message_shortcut_answers_privately(slack: Running) -> None:
    shortcut = payload("message_action", response_url=slack.stand_in.response_url("shortcut"))
    post_interaction(slack.events_url, shortcut)
    reply = slack.stand_in.state.wait_for("/response/shortcut")[0].body
    assert reply["response_type"] == "ephemeral"
    assert "Network Safety" in json.dumps(reply["blocks"])


def test_rate_limit_then_success_still_delivers(slack: Running) -> None:
    slack.stand_in.state.fail_next("/api/chat.postMessage", 429, {"Retry-After": "1"})
    post_event(slack.events_url, payload("message_im", event_id="Ev0RATE"))
    calls = slack.stand_in.state.wait_for("/api/chat.postMessage", count=2)
    assert calls[1].body["channel"] == "D0DIRECT1"


def test_server_error_then_success_still_delivers(slack: Running) -> None:
    slack.stand_in.state.fail_next("/api/chat.postMessage", 503)
    post_event(slack.events_url, payload("message_im", event_id="Ev0FIVEXX"))
    slack.stand_in.state.wait_for("/api/chat.postMessage", count=2)


def test_forged_signature_is_refused(slack: Running) -> None:
    status, _, _ = post_event(slack.events_url, payload("message_im"), signature="v0=" + "0" * 64)
    assert status == 401


def test_stale_timestamp_is_refused(slack: Running) -> None:
    status, _, _ = post_event(
        slack.events_url, payload("message_im"), timestamp=int(time.time()) - 6 * 60
    )
    assert status == 401
    time.sleep(0.3)
    assert slack.stand_in.state.received("/api/chat.postMessage") == []


def test_huge_message_gets_a_normal_answer_within_limits(slack: Running) -> None:
    table = (
        "| student | phone | note |\n|---|---|---|\n"
        + "| x | 773-000-0000 | fight on tiktok |\n" * 1200
    )
    post_event(slack.events_url, payload("message_im", event__text=(table + "y" * 50_000)[:50_000]))
    body = slack.stand_in.state.wait_for("/api/chat.postMessage", timeout=15)[0].body
    assert len(body["blocks"]) <= 50
    for block in body["blocks"]:
        assert len(block.get("text", {}).get("text", "")) <= 3000
        for element in block.get("elements", []):
            assert len(element.get("value", "")) <= 2000


def test_health_and_metrics(slack: Running) -> None:
    with urllib.request.urlopen(f"{slack.url}/healthz", timeout=5) as response:
        assert response.status == 200
    post_event(slack.events_url, payload("message_im", event_id="Ev0METRICS"))
    slack.stand_in.state.wait_for("/api/chat.postMessage")
    with urllib.request.urlopen(f"{slack.url}/metrics", timeout=5) as response:
        text = response.read().decode()
    assert 'whohandles_answers_total{platform="slack",outcome="answer"} 1' in text


def test_logs_hold_no_token_and_no_question_text(
    slack: Running, caplog: pytest.LogCaptureFixture
) -> None:
    question = "Keisha Brown is sleeping in a car with her mom, who handles that?"
    with caplog.at_level(logging.INFO):
        post_event(slack.events_url, payload("message_im", event__text=question))
        slack.stand_in.state.wait_for("/api/chat.postMessage")
        time.sleep(0.2)
    assert caplog.records, "INFO logging produced nothing; the test would prove nothing"
    assert "xoxb-test-token" not in caplog.text
    assert "Keisha" not in caplog.text and "sleeping in a car" not in caplog.text
