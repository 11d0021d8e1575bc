"""End to end over real HTTP: real-shaped Teams activities in, and what the Bot Connector
stand-in received out. The app runs unauthenticated here (the dangerous flag on); token
checks are in test_auth_e2e.py."""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from bot import wording
from bot.conversation import FeedbackRef
from bot.render.teams import MAX_CARD_BYTES
from bot.service import Assistant
from tests.teams.elements import actions
from tests.teams.harness import RunningTeams, activity, post
from tests.teams.stand_in import Sent

pytest.importorskip("microsoft_teams.apps", reason="the [teams] extra is not installed")
pytestmark = pytest.mark.e2e

CLARIFY_QUESTION = "psychologist for a student with asthma"


def _card(sent: Sent) -> dict[str, Any]:
    attachments = sent.body["attachments"]
    assert len(attachments) == 1
    assert attachments[0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    card: dict[str, Any] = attachments[0]["content"]
    assert card["type"] == "AdaptiveCard"
    return card


def _actions(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Every Action.Submit in the card, in its body and its own actions alike."""
    return [a for a in actions(card) if a["type"] == "Action.Submit"]


def test_personal_message_gets_an_adaptive_card_in_that_chat(teams: RunningTeams) -> None:
    status, _ = teams.send("personal_message")
    assert status == 200
    [sent] = teams.connector.state.wait_for()
    assert (sent.method, sent.path) == ("POST", "/v3/conversations/a:1PersonalChatId/activities")
    assert sent.body["type"] == "message"
    assert sent.body["from"]["id"] == "28:bot-app-id"
    assert "text" not in sent.body, "text beside a card would show the answer twice"
    card = _card(sent)
    lead = "Fax for Office of Social & Emotional Learning (OSEL): 773-553-1895, 773-553-3654"
    assert [e["text"] for e in card["body"][:2]] == ["Fax for OSEL", "773-553-1895, 773-553-3654"]
    assert sent.body["summary"] == lead
    assert card["fallbackText"].startswith(lead)
    feedback = [a for a in card["actions"] if a["data"]["whohandles"] == "feedback"]
    assert [(a["title"], a["data"]["helpful"]) for a in feedback] == [
        ("Helpful", True),
        ("Not helpful", False),
    ]
    ref = FeedbackRef.loads(feedback[0]["data"]["ref"])
    assert ref is not None and ref.office_ids == ("osel",) and ref.question == "fax for OSEL"


@pytest.mark.parametrize(
    ("payload", "conversation_id", "title"),
    [
        (
            "channel_mention",
            "19:abc123@thread.tacv2;messageid=1700000000002",
            "Students in Temporary Living Situations (STLS)",
        ),
        (
            "group_chat_mention",
            "19:meeting_group@thread.v2",
            "Office of Social & Emotional Learning (OSEL)",
        ),
    ],
)
def test_mention_is_stripped_and_answered_in_that_conversation(
    teams: RunningTeams, payload: str, conversation_id: str, title: str
) -> None:
    teams.send(payload)
    [sent] = teams.connector.state.wait_for()
    assert sent.path == f"/v3/conversations/{conversation_id}/activities"
    texts = [block.get("text") for block in _card(sent)["body"]]
    assert title in texts


def test_channel_card_is_honest_about_missing_contacts(teams: RunningTeams) -> None:
    teams.send("channel_mention")
    card = json.dumps(_card(teams.connector.state.wait_for()[0]))
    assert "give no phone, fax or address for Students in Temporary Living Situations" in card


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi", "Hi! Ask me who handles something"),
        ("thanks!", "You're welcome."),
        ("help", "Tap an example to ask it:"),
        ("<at>whohandles</at>", "Tap an example to ask it:"),
        ("<at>whohandles</at>   <at>A. Principal</at> ", "Tap an example to ask it:"),
    ],
)
def test_greetings_help_and_an_empty_mention(teams: RunningTeams, text: str, expected: str) -> None:
    teams.send("personal_message", text=text)
    card = _card(teams.connector.state.wait_for()[0])
    assert expected in json.dumps(card)
    assert "actions" not in card, "no feedback buttons on small talk"


def test_clarify_offers_one_button_per_office_and_the_choice_updates_the_card(
    teams: RunningTeams, assistant: Assistant
) -> None:
    expected = [card.office for card in assistant.ask(CLARIFY_QUESTION).offices]
    assert len(expected) > 1, "precondition: the question still needs a clarify"
    teams.send("personal_message", text=CLARIFY_QUESTION)
    choices = [
        a for a in _actions(_card(teams.connector.state.wait_for()[0]))
        if a["data"]["whohandles"] == "choose"
    ]  # fmt: skip
    assert [(c["title"], c["data"]["office"]) for c in choices] == [
        (wording.short_name(office), office.id) for office in expected
    ]
    teams.send("card_submit", value=choices[1]["data"], replyToId="clarify-card-1")
    updated = teams.connector.state.wait_for(2)[1]
    assert updated.method == "PUT"
    assert updated.path == "/v3/conversations/a:1PersonalChatId/activities/clarify-card-1"
    assert _card(updated)["body"][0]["text"] == expected[1].label


def test_a_refused_card_update_falls_back_to_a_new_message(
    teams: RunningTeams, assistant: Assistant
) -> None:
    office = assistant.ask(CLARIFY_QUESTION).offices[0].office
    teams.connector.state.failures.append((404, {}))
    teams.send("card_submit", value={"whohandles": "choose", "office": office.id})
    put, new = teams.connector.state.wait_for(2)
    assert (put.method, new.method) == ("PUT", "POST")
    assert _card(new)["body"][0]["text"] == office.label


@pytest.mark.parametrize("helpful", [True, False])
def test_feedback_click_is_recorded_and_thanked(
    teams: RunningTeams, assistant: Assistant, helpful: bool
) -> None:
    ref = FeedbackRef.of(assistant.ask("jrotc")).dumps()
    teams.send("card_submit", value={"whohandles": "feedback", "helpful": helpful, "ref": ref})
    [sent] = teams.connector.state.wait_for()
    assert sent.method == "POST"
    assert sent.body["text"] == (
        "Thanks! Glad that helped."
        if helpful
        else "Thanks for telling me. A curator reviews answers that missed."
    )
    assert [(e.helpful, e.office_ids, e.platform) for e in teams.sink.clicks] == [
        (helpful, ("jrotc",), "teams")
    ]


@pytest.mark.parametrize(
    "value",
    [
        {"foo": "bar"},
        {"whohandles": "choose"},
        {"whohandles": "choose", "office": ["osel"]},
        {"whohandles": "feedback", "helpful": "yes", "ref": "{}"},
        {"whohandles": "feedback", "helpful": False, "ref": "{bad json"},
        {"whohandles": "feedback", "helpful": True},
        {"whohandles": "share", "q": "x" * 5000},
    ],
)
def test_unknown_action_data_gets_a_polite_answer(
    teams: RunningTeams, value: dict[str, Any]
) -> None:
    status, _ = teams.send("card_submit", value=value)
    assert status == 200
    [sent] = teams.connector.state.wait_for()
    assert sent.body["text"] == "Sorry, I couldn't read that button. Please ask again."
    assert teams.sink.clicks == []


def test_a_stale_office_choice_gets_an_honest_unknown(teams: RunningTeams) -> None:
    teams.send("card_submit", value={"whohandles": "choose", "office": "office-since-removed"})
    card = _card(teams.connector.state.wait_for()[0])
    assert "so I won't guess" in json.dumps(card)


def test_typed_text_with_foreign_card_data_is_answered_as_a_question(teams: RunningTeams) -> None:
    teams.send("personal_message", value={"foo": "bar"})
    assert "OSEL" in _card(teams.connector.state.wait_for()[0])["body"][0]["text"]


def _search(teams: RunningTeams, text: str | None, **options: Any) -> tuple[int, Any]:
    query = activity("search_query", teams.connector)
    if text is None:
        query["value"]["parameters"] = [{"name": "initialRun", "value": "true"}]
    else:
        query["value"]["parameters"][0]["value"] = text
    query["value"]["queryOptions"].update(options)
    return post(teams.messages_url, query)


def _titles(body: dict[str, Any]) -> list[str]:
    return [a["preview"]["content"]["title"] for a in body["composeExtension"]["attachments"]]


def test_messaging_extension_search_by_name_answers_in_the_invoke_response(
    teams: RunningTeams,
) -> None:
    started = time.perf_counter()
    status, body = _search(teams, "jrotc")
    assert status == 200 and time.perf_counter() - started < 5.0, "Teams gives up at 5 s"
    result = body["composeExtension"]
    assert result["type"] == "result" and result["attachmentLayout"] == "list"
    first = result["attachments"][0]
    assert first["preview"]["content"]["title"] == "Junior Reserve Officers' Training Corps (JROTC)"
    assert first["preview"]["content"]["text"].startswith("Phone 773-535-1955")
    assert first["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert "773-535-1955" in json.dumps(first["content"])
    assert "actions" not in first["content"], "an inserted card carries no feedback buttons"
    for attachment in result["attachments"]:
        assert len(json.dumps(attachment["content"]).encode()) < MAX_CARD_BYTES
    assert teams.connector.state.activities() == [], "the answer is the invoke response"
    assert teams.sink.events == [], "keystroke queries stay out of the curator's log"
    assert 'platform="teams",outcome="search"} 1' in teams.metrics.render()


def test_messaging_extension_search_by_topic_and_as_you_type(
    teams: RunningTeams, assistant: Assistant
) -> None:
    topic = assistant.ask("tornado drill").best
    assert topic is not None
    assert _titles(_search(teams, "tornado drill")[1])[0] == topic.office.label
    assert "Junior Reserve Officers' Training Corps (JROTC)" in _titles(_search(teams, "jro")[1])
    assert "Safe Passage" in _titles(_search(teams, "safe pass")[1])


def test_messaging_extension_first_open_lists_the_directory_in_pages(
    teams: RunningTeams, assistant: Assistant
) -> None:
    everyone = [card.office.label for card in assistant.directory()]
    first = _titles(_search(teams, None, skip=0, count=10)[1])
    second = _titles(_search(teams, None, skip=10, count=10)[1])
    assert first + second == everyone[:20]


def test_messaging_extension_no_match_says_what_to_try(teams: RunningTeams) -> None:
    status, body = _search(teams, "zzzz qqqq")
    assert status == 200
    assert body["composeExtension"]["type"] == "message"
    assert "Try a name or an acronym" in body["composeExtension"]["text"]


def _first_texts(sent: Sent) -> list[str]:
    return [str(element.get("text")) for element in _card(sent)["body"][:2]]


def test_a_follow_up_reads_its_own_conversation(teams: RunningTeams) -> None:
    """A chat is one conversation, a channel reply chain another: "fax?" reads each one's own."""
    chain = {"conversationType": "channel", "id": "19:abc123@thread.tacv2;messageid=17000001"}
    teams.send("personal_message", id="f-1", text="who handles JROTC scholarships?")
    teams.send("channel_mention", id="f-2", text="<at>whohandles</at> OSEL", conversation=chain)
    teams.connector.state.wait_for(2)
    teams.send("personal_message", id="f-3", text="what's their fax?")
    teams.send(
        "channel_mention", id="f-4", text="<at>whohandles</at> and their fax?", conversation=chain
    )
    other = {"conversationType": "personal", "id": "a:1AnotherChat"}
    teams.send("personal_message", id="f-5", text="what's their fax?", conversation=other)
    sent = teams.connector.state.wait_for(5)
    by_path = {s.path: _first_texts(s) for s in sent[2:]}
    assert by_path["/v3/conversations/a:1PersonalChatId/activities"] == [
        "Fax for JROTC",
        "773-535-1957",
    ]
    assert by_path[f"/v3/conversations/{chain['id']}/activities"] == [
        "Fax for OSEL",
        "773-553-1895, 773-553-3654",
    ]
    assert by_path["/v3/conversations/a:1AnotherChat/activities"][0].startswith(
        "Which office do you mean?"
    )


def test_an_emergency_card_opens_with_the_guidance(teams: RunningTeams) -> None:
    teams.send("personal_message", id="u-1", text="kid collapsed in the gym and isnt breathing")
    sent = teams.connector.state.wait_for()[0]
    box = _card(sent)["body"][0]
    assert (box["type"], box["style"]) == ("Container", "attention")
    assert box["items"][0]["text"].endswith("call 911.")
    assert sent.body["summary"].startswith("General emergency guidance")


def test_a_typed_choice_after_a_clarify_card(teams: RunningTeams, assistant: Assistant) -> None:
    expected = [card.office for card in assistant.ask(CLARIFY_QUESTION).offices]
    teams.send("personal_message", id="c-1", text=CLARIFY_QUESTION)
    teams.connector.state.wait_for()
    teams.send("personal_message", id="c-2", text="2")
    chosen = teams.connector.state.wait_for(2)[1]
    assert _card(chosen)["body"][0]["text"] == expected[1].label


def _marker(teams: RunningTeams) -> list[Sent]:
    """Send one more message and wait for its answer: the positive signal that everything sent
    before it has been handled (each POST returns once its activity is processed), so any
    duplicate or retry would already be among the activities returned."""
    before = len(teams.connector.state.activities())
    teams.send("personal_message", id="marker-after", text="jrotc")
    sent = teams.connector.state.wait_for(before + 1)
    assert "JROTC" in json.dumps(_card(sent[-1])), "the marker's own answer comes last"
    return sent


def test_duplicate_activity_is_answered_once(teams: RunningTeams) -> None:
    teams.send("personal_message", id="dup-1")
    teams.send("personal_message", id="dup-1")
    assert len(_marker(teams)) == 2, "the duplicate was answered too"
    assert 'outcome="answer"} 2' in teams.metrics.render()


def test_the_same_id_in_another_conversation_is_a_different_message(teams: RunningTeams) -> None:
    """Teams message ids are millisecond timestamps: unique per conversation only."""
    teams.send("personal_message", id="1700000000999")
    other = {"conversationType": "personal", "id": "a:1AnotherChat"}
    teams.send("personal_message", id="1700000000999", conversation=other)
    paths = sorted(s.path for s in teams.connector.state.wait_for(2))
    assert paths == [
        "/v3/conversations/a:1AnotherChat/activities",
        "/v3/conversations/a:1PersonalChatId/activities",
    ]


def test_connector_5xx_and_429_are_retried(teams: RunningTeams) -> None:
    teams.connector.state.failures += [(503, {}), (429, {"Retry-After": "0"})]
    status, _ = teams.send("personal_message", id="r-1")
    assert status == 200
    attempts = teams.connector.state.wait_for(3)
    assert [a.path for a in attempts] == [attempts[0].path] * 3
    assert _card(attempts[2])["body"][0]["text"].startswith("Fax for")


def test_a_reply_failing_every_attempt_is_logged_and_the_server_carries_on(
    teams: RunningTeams, caplog: pytest.LogCaptureFixture
) -> None:
    teams.connector.state.failures += [(500, {})] * 3
    status, _ = teams.send("personal_message", id="r-2")
    assert status == 200
    assert len(teams.connector.state.wait_for(3)) == 3
    assert "Teams reply failed after 3 attempt(s): HTTPStatusError (status 500)" in caplog.text
    assert "OSEL" not in caplog.text, "logs never hold message text"
    teams.send("personal_message", id="r-3")
    assert len(teams.connector.state.wait_for(4)) == 4


def test_a_client_error_from_the_connector_is_not_retried(teams: RunningTeams) -> None:
    teams.connector.state.failures.append((403, {}))
    teams.send("personal_message", id="r-4")
    assert len(_marker(teams)) == 2, "the refused reply was sent again"


def test_huge_message_gets_an_answer_within_the_card_limit(teams: RunningTeams) -> None:
    text = ("a fight brewing on tiktok between two 8th graders " * 1200)[:50_000]
    status, _ = teams.send("personal_message", text=text)
    assert status == 200
    sent = teams.connector.state.wait_for()[0]
    assert len(json.dumps(sent.body).encode()) < MAX_CARD_BYTES
    assert _card(sent)["type"] == "AdaptiveCard"


@pytest.mark.parametrize(("raw", "status"), [(b"not json", 400), (b"[1, 2]", 400)])
def test_malformed_requests_are_refused_cleanly(
    teams: RunningTeams, raw: bytes, status: int
) -> None:
    assert post(teams.messages_url, None, raw=raw)[0] == status
    assert teams.connector.state.activities() == []


def test_an_oversized_request_is_refused_unread_and_the_server_carries_on(
    teams: RunningTeams,
) -> None:
    huge = b'{"text": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    try:
        status = post(teams.messages_url, None, raw=huge)[0]
    except urllib.error.URLError:  # refused before the client finished sending: also fine
        status = 413
    assert status == 413
    with urllib.request.urlopen(f"{teams.url}/healthz", timeout=5) as response:
        assert response.status == 200


def test_an_oversized_chunked_request_is_refused_before_it_ends(teams: RunningTeams) -> None:
    """No Content-Length to go by: the server must count as it reads and answer 413 once the
    limit is passed, not wait for (and hold in memory) a body that may never end."""
    from bot.teams.gate import MAX_BODY_BYTES

    host, port = teams.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    chunk = b"x" * 64 * 1024
    sent = 0

    def body() -> Iterator[bytes]:
        nonlocal sent
        yield b'{"text": "'
        while sent <= MAX_BODY_BYTES:
            sent += len(chunk)
            yield chunk

    try:
        connection.putrequest("POST", "/api/messages")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        # encode_chunked as request(..., encode_chunked=True) would, but leave the body
        # unfinished: the last chunk never comes, so only counting can produce an answer.
        for piece in body():
            connection.send(b"%x\r\n%s\r\n" % (len(piece), piece))
        response = connection.getresponse()
        assert response.status == 413
        assert json.loads(response.read()) == {"error": "Payload too large"}
    finally:
        connection.close()
    assert sent > MAX_BODY_BYTES
    with urllib.request.urlopen(f"{teams.url}/healthz", timeout=5) as response:
        assert response.status == 200
    assert teams.send("personal_message", id="after-chunked")[0] == 200
    assert teams.connector.state.wait_for()


def test_installing_the_app_says_hello_once(teams: RunningTeams) -> None:
    teams.send("installation_update")
    teams.send("installation_update")
    [sent] = teams.connector.state.wait_for()
    assert sent.path == "/v3/conversations/a:1PersonalChatId/activities"
    assert "Tap an example to ask it:" in json.dumps(_card(sent))
    assert "whohandles_answers_total{" not in teams.metrics.render(), "nobody asked anything"
    assert len(_marker(teams)) == 2, "said hello twice"


def test_health_and_metrics(teams: RunningTeams) -> None:
    teams.send("personal_message")
    teams.connector.state.wait_for()
    with urllib.request.urlopen(f"{teams.url}/healthz", timeout=5) as response:
        assert response.read() == b"ok\n"
    with urllib.request.urlopen(f"{teams.url}/metrics", timeout=5) as response:
        metrics = response.read().decode()
    assert 'whohandles_answers_total{platform="teams",outcome="answer"} 1' in metrics
