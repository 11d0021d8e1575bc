"""Generated requests to ``POST /slack/events``: whatever the headers and body, signed or not,
the answer is never a 500 and the server carries on answering good requests."""

from __future__ import annotations

import json
import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzzing import HEADER_TEXT, get, json_values, raw_post
from tests.slack.conftest import Running, payload
from tests.slack.signing import post_event, sign

#: Statuses a refused or acknowledged request may get: ok, bad request, unauthorised, not
#: found, too large, unsupported type.
ALLOWED = {200, 400, 401, 404, 413, 415}


@st.composite
def event_bodies(draw: st.DrawFn) -> str:
    """A recorded event with some fields replaced by anything, or dropped."""
    data: dict[str, Any] = payload(draw(st.sampled_from(["app_mention", "message_im"])))
    for key in draw(
        st.lists(st.sampled_from(["type", "event", "event_id", "team_id"]), max_size=2)
    ):
        data[key] = draw(json_values)
    if isinstance(data.get("event"), dict):
        for key in draw(
            st.lists(
                st.sampled_from(
                    ["type", "text", "user", "channel", "ts", "thread_ts", "subtype", "bot_id"]
                ),
                max_size=3,
            )
        ):
            if draw(st.booleans()):
                data["event"].pop(key, None)
            else:
                data["event"][key] = draw(json_values)
    return json.dumps(data)


bodies = st.one_of(
    st.binary(max_size=600).map(lambda b: b.decode("latin-1")),
    st.text(max_size=300),
    json_values.map(json.dumps),
    event_bodies(),
    st.builds(lambda v: "payload=" + json.dumps(v), json_values),
    st.builds(lambda v: "command=%2Fwhohandles&text=" + v, st.text(max_size=40)),
)
content_types = st.sampled_from(
    ["application/json", "application/x-www-form-urlencoded", "text/plain", "", "garbage/\x7f"]
)
signatures = st.sampled_from(["good", "missing", "garbage", "other secret"])
timestamps = st.one_of(
    st.just("now"),
    st.just("missing"),
    st.text(HEADER_TEXT, max_size=12),
    st.integers(min_value=-(2**63), max_value=2**63).map(str),
)


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=bodies,
    content_type=content_types,
    signature=signatures,
    timestamp=timestamps,
    retry=st.sampled_from([None, "1", "x"]),
)
def test_no_request_gets_a_500(
    slack: Running, body: str, content_type: str, signature: str, timestamp: str, retry: str | None
) -> None:
    raw = body.encode("utf-8", "surrogatepass")
    headers: dict[str, str] = {}
    if content_type:
        headers["Content-Type"] = content_type
    ts = str(int(time.time())) if timestamp == "now" else timestamp
    if timestamp != "missing":
        headers["X-Slack-Request-Timestamp"] = ts
    if signature == "good":
        headers["X-Slack-Signature"] = sign(raw.decode("utf-8", "replace"), ts)  # type: ignore[arg-type]
    elif signature == "garbage":
        headers["X-Slack-Signature"] = "v0=" + "0" * 64
    elif signature == "other secret":
        headers["X-Slack-Signature"] = sign(body, int(time.time()), "not-the-secret")
    if retry is not None:
        headers["X-Slack-Retry-Num"] = retry
    assert raw_post(slack.events_url, raw, headers) in ALLOWED


def test_after_the_fuzz_the_server_is_healthy_and_answers(slack: Running) -> None:
    for body in (b"{", b"\xe9", b'{"type":"event_callback","event":null}'):
        raw_post(slack.events_url, body, {"Content-Type": "application/json"})
    assert get(f"{slack.url}/healthz") == (200, b"ok\n")
    status, _, _ = post_event(slack.events_url, payload("app_mention"))
    assert status == 200
    assert slack.stand_in.state.wait_for("/api/chat.postMessage")
