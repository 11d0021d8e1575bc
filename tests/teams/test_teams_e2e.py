"""End to end over real HTTP: what the Bot Connector would receive from the Teams bot."""

from __future__ import annotations

import json
import time
import urllib.request

import pytest

from bot.conversation import FeedbackRef
from bot.service import Assistant
from bot.teams.settings import TeamsSettings
from tests.slack.conftest import RecordingSink
from tests.teams.conftest import RunningTeams, activity, post, start

pytestmark = pytest.mark.e2e


def _card(sent: dict) -> dict:
    attachment = sent["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    return attachment["content"]


def _texts(card: dict) -> str:
    return json.dumps(card)


def test_personal_message_gets_an_adaptive_card(teams: RunningTeams) -> None:
    status, _ = post(teams.messages_url, activity("personal_message", teams.connector))
    assert status == 200
    sent = teams.connector.state.wait_for()[0]
    assert sent.path == "/v3/conversations/a:1PersonalChatId/activities"
    card = _card(sent.body)
    assert card["body"][0]["text"] == (
        "Fax for Office of Social & Emotional Learning (OSEL): 773-553-1895, 773-553-3654"
    )
    assert card["fallbackText"].startswith("Fax for Office of Social & Emotional Learning")
    assert "Helpful" in _texts(card) and "Not helpful" in _texts(card)


def test_channel_mention_is_stripped_and_answered_in_that_conversation(teams: RunningTeams) -> None:
    post(teams.messages_url, activity("channel_mention", teams.connector))
    sent = teams.connector.state.wait_for()[0]
    assert "19:abc123@thread.tacv2" in sent.path
    card = _card(sent.body)
    assert card["body"][0]["text"] == "Students in Temporary Living Situations (STLS)"
    assert "give no phone, fax or address" in _texts(card)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi", "Hi! Ask me"),
        ("thanks!", "welcome"),
        ("help", "For example:"),
        ("<at>whohandles</at>", "For example:"),
    ],
)
def test_greetings_help_and_an_empty_mention(teams: RunningTeams, text: str, expected: str) -> None:
    post(teams.messages_url, activity("personal_message", teams.connector, text=text))
    assert expected in _texts(teams.connector.state.wait_for()[0].body)


def test_clarify_choice_answers_with_that_office(teams: RunningTeams) -> None:
    post(
        teams.messages_url,
        activity(
            "personal_message", teams.connector, text="psychologist for a student with asthma"
        ),
    )
    card = _card(teams.connector.state.wait_for()[0].body)
    choices = [a for a in card["actions"] if a["data"]["whohandles"] == "choose"]
    assert [c["data"]["office"] for c in choices] == [
        "health-wellness",
        "related-service-providers",
    ]
    click = activity("card_submit", teams.connector, value=choices[1]["data"])
    post(teams.messages_url, click)
    answered = _card(teams.connector.state.wait_for(count=2)[1].body)
    assert answered["body"][0]["text"] == "Related Service Providers"


def test_feedback_action_is_recorded(teams: RunningTeams, assistant: Assistant) -> None:
    ref = FeedbackRef.of(assistant.ask("jrotc")).dumps()
    click = activity(
        "card_submit",
        teams.connector,
        value={"whohandles": "feedback", "helpful": True, "ref": ref},
    )
    post(teams.messages_url, click)
    sent = teams.connector.state.wait_for()[0].body
    assert sent["text"] == "Thanks! Glad that helped."
    clicks = [e for e in teams.sink.events if e.helpful is not None]
    assert [(e.helpful, e.office_ids, e.platform) for e in clicks] == [(True, ("jrotc",), "teams")]


@pytest.mark.parametrize(
    "value",
    [
        {"foo": "bar"},
        {"whohandles": "choose"},
        {"whohandles": "feedback", "helpful": "yes"},
        {"whohandles": "feedback", "helpful": False, "ref": "{bad"},
    ],
)
def test_unknown_action_data_gets_a_polite_answer(teams: RunningTeams, value: dict) -> None:
    post(teams.messages_url, activity("card_submit", teams.connector, value=value))
    assert "couldn't read that card action" in teams.connector.state.wait_for()[0].body["text"]


def test_messaging_extension_search(teams: RunningTeams) -> None:
    query = activity("search_query", teams.connector)
    query["value"]["parameters"][0]["value"] = "jrotc"
    started = time.perf_counter()
    status, body = post(teams.messages_url, query)
    assert status == 200 and time.perf_counter() - started < 5
    result = body["composeExtension"]
    assert result["type"] == "result" and result["attachmentLayout"] == "list"
    first = result["attachments"][0]
    assert first["preview"]["content"]["title"] == "Junior Reserve Officers' Training Corps (JROTC)"
    assert "773-535-1955" in json.dumps(first["content"])
    assert all(len(json.dumps(a).encode()) < 28 * 1024 for a in result["attachments"])


def test_messaging_extension_search_by_topic(teams: RunningTeams) -> None:
    query = activity("search_query", teams.connector)
    query["value"]["parameters"][0]["value"] = "tornado drill"
    _, body = post(teams.messages_url, query)
    titles = [a["preview"]["content"]["title"] for a in body["composeExtension"]["attachments"]]
    assert titles[0] == "Safety Operations Team"


def test_duplicate_activity_is_answered_once(teams: RunningTeams) -> None:
    message = activity("personal_message", teams.connector, id="dup-1")
    post(teams.messages_url, message)
    post(teams.messages_url, message)
    teams.connector.state.wait_for()
    time.sleep(0.3)
    assert len(teams.connector.state.activities()) == 1


def test_connector_errors_are_retried_and_survived(teams: RunningTeams) -> None:
    teams.connector.state.failures += [(503, {}), (429, {"Retry-After": "0"})]
    status, _ = post(teams.messages_url, activity("personal_message", teams.connector, id="r-1"))
    assert status == 200
    sent = teams.connector.state.wait_for(count=3)
    assert sent[2].body["attachments"]
    teams.connector.state.failures += [(500, {})] * 3
    post(teams.messages_url, activity("personal_message", teams.connector, id="r-2"))
    teams.connector.state.wait_for(count=6)
    status, _ = post(teams.messages_url, activity("personal_message", teams.connector, id="r-3"))
    assert status == 200, "the server survived a reply that failed every attempt"
    teams.connector.state.wait_for(count=7)


def test_huge_message_gets_an_answer_under_28kb(teams: RunningTeams) -> None:
    text = "who handles a fight brewing on tiktok " + "blah " * 10_000
    post(teams.messages_url, activity("personal_message", teams.connector, text=text[:50_000]))
    sent = teams.connector.state.wait_for()[0].body
    assert len(json.dumps(sent).encode()) < 28 * 1024
    assert "Network Safety" in json.dumps(sent)


def test_health_and_metrics(teams: RunningTeams) -> None:
    post(teams.messages_url, activity("personal_message", teams.connector))
    teams.connector.state.wait_for()
    with urllib.request.urlopen(f"{teams.url}/healthz", timeout=5) as response:
        assert response.read() == b"ok\n"
    with urllib.request.urlopen(f"{teams.url}/metrics", timeout=5) as response:
        assert (
            'whohandles_answers_total{platform="teams",outcome="answer"} 1'
            in response.read().decode()
        )


def test_unauthenticated_request_is_refused_without_the_flag(
    assistant: Assistant, connector
) -> None:
    settings = TeamsSettings("00000000-0000-4000-8000-000000000000", "secret", None, 0, "127.0.0.1")
    server = start(assistant, settings, RecordingSink())
    try:
        url = f"http://127.0.0.1:{server.port}/api/messages"
        status, _ = post(url, activity("personal_message", connector))
        assert status == 401
        status, _ = post(url, activity("personal_message", connector), {"Authorization": "Basic x"})
        assert status == 401
    finally:
        server.stop()
    assert connector.state.activities() == []
