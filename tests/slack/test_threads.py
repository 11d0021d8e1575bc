"""Which conversation a Slack message or click belongs to: follow-ups in one never leak into
another."""

from __future__ import annotations

from bot.slack.threads import click_thread, message_thread


def test_a_top_level_mention_starts_its_thread_and_a_reply_in_it_continues_it() -> None:
    opening = {"channel": "C1", "ts": "1.1"}
    reply = {"channel": "C1", "ts": "1.5", "thread_ts": "1.1"}
    assert message_thread(opening) == message_thread(reply) == "C1:1.1"
    assert message_thread({"channel": "C1", "ts": "2.1"}) != "C1:1.1"


def test_a_dm_is_one_conversation_and_each_of_its_threads_another() -> None:
    top = {"channel": "D1", "channel_type": "im", "ts": "1.1"}
    later = {"channel": "D1", "channel_type": "im", "ts": "9.9"}
    in_thread = {"channel": "D1", "channel_type": "im", "ts": "3.2", "thread_ts": "3.1"}
    assert message_thread(top) == message_thread(later) == "D1"
    assert message_thread(in_thread) == "D1:3.1"


def test_a_click_belongs_to_the_conversation_of_its_message() -> None:
    in_thread = {"container": {"channel_id": "C1", "message_ts": "1.2", "thread_ts": "1.1"}}
    in_dm = {"container": {"channel_id": "D1", "message_ts": "4.4"}}
    assert click_thread(in_thread) == message_thread({"channel": "C1", "ts": "1.1"})
    assert click_thread(in_dm) == "D1"


def test_a_private_answer_or_a_click_without_a_channel_has_no_conversation() -> None:
    private = {"container": {"channel_id": "C1", "message_ts": "1.2", "is_ephemeral": True}}
    assert click_thread(private) is None
    assert click_thread({}) is None
