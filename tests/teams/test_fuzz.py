"""Generated requests to ``POST /api/messages``: whatever the headers and body, the answer is
never a 500, and the server carries on answering good activities. Bodies are fuzzed on the
unauthenticated app (so they reach the SDK); tokens on the app as deployed."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzzing import HEADER_TEXT, RESET, get, json_values, raw_post
from tests.teams.harness import RunningTeams, activity

#: ok, bad request, unauthorised, too large, unsupported type.
ALLOWED = {200, 400, 401, 413, 415}
NO_FIXTURE_CHECK = [HealthCheck.function_scoped_fixture]

TOP_FIELDS = [
    "type", "id", "text", "value", "conversation", "from", "recipient", "serviceUrl",
    "channelId", "channelData", "entities", "attachments", "name", "replyToId", "timestamp",
]  # fmt: skip
NESTED = {"conversation": ["id", "conversationType", "tenantId"], "from": ["id", "name"]}


@st.composite
def activities(draw: st.DrawFn, teams: RunningTeams) -> dict[str, Any]:
    """A recorded activity with fields dropped or replaced by anything, at the top or inside
    ``conversation`` and ``from``."""
    name = draw(st.sampled_from(["personal_message", "channel_mention", "card_submit",
                                 "installation_update", "search_query"]))  # fmt: skip
    data: dict[str, Any] = activity(name, teams.connector)
    for key in draw(st.lists(st.sampled_from(TOP_FIELDS), max_size=3)):
        if draw(st.booleans()):
            data.pop(key, None)
        else:
            data[key] = draw(json_values | st.text(max_size=30))
    for key, fields in NESTED.items():
        if isinstance(data.get(key), dict):
            for field in draw(st.lists(st.sampled_from(fields), max_size=2)):
                data[key][field] = draw(json_values)
    return data


@settings(max_examples=200, deadline=None, suppress_health_check=NO_FIXTURE_CHECK)
@given(data=st.data())
def test_no_activity_gets_a_500(teams: RunningTeams, data: st.DataObject) -> None:
    body = data.draw(
        st.one_of(
            activities(teams).map(lambda a: json.dumps(a).encode()),
            json_values.map(lambda v: json.dumps(v).encode()),
            st.binary(max_size=400),
        )
    )
    content_type = data.draw(
        st.sampled_from(["application/json", "application/json; charset=utf-8", "text/plain", ""])
    )
    headers = {"Content-Type": content_type} if content_type else {}
    assert raw_post(teams.messages_url, body, headers) in ALLOWED


@settings(max_examples=60, deadline=None, suppress_health_check=NO_FIXTURE_CHECK)
@given(
    authorization=st.one_of(
        st.text(HEADER_TEXT, max_size=60),
        st.text(HEADER_TEXT, max_size=200).map(lambda t: "Bearer " + t),
        st.binary(max_size=120).map(lambda b: "Bearer " + b.hex()),
        st.just("Bearer a.b.c"),
        st.just("Bearer eyJhbGciOiJub25lIn0.e30."),
    )
)
def test_no_token_gets_a_500_and_none_gets_in(secured: RunningTeams, authorization: str) -> None:
    body = json.dumps(activity("personal_message", secured.connector)).encode()
    headers = {"Content-Type": "application/json", "Authorization": authorization}
    # 400 (or, racing it, a reset): a header no HTTP parser accepts (a NUL byte) is refused
    # before the app sees it.
    refused = {400, RESET} if any(ord(c) < 32 or c == "\x7f" for c in authorization) else {400}
    assert raw_post(secured.messages_url, body, headers) in refused | {401}


def test_after_the_fuzz_the_server_is_healthy_and_answers(teams: RunningTeams) -> None:
    for body in (b"{", b"\xe9", b'{"type":"message"}', b'{"type":"nonsense","id":"1"}'):
        raw_post(teams.messages_url, body, {"Content-Type": "application/json"})
    assert get(f"{teams.url}/healthz") == (200, b"ok\n")
    status, _ = teams.send("personal_message", id="after-fuzz")
    assert status == 200
    assert teams.connector.state.wait_for()
