"""The filter on Slack's library loggers: no payload lines, no tokens, no response URLs."""

from __future__ import annotations

import logging

import pytest

from bot.slack.logs import SlackLogFilter


def _record(level: int, message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("slack_sdk", level, __file__, 1, message, args, None)


def test_debug_lines_are_dropped() -> None:
    assert not SlackLogFilter().filter(_record(logging.DEBUG, "Received: %s", "{payload}"))


@pytest.mark.parametrize(
    ("message", "secret", "shown"),
    [
        ("token %s rejected", "xoxb-123-456-abcdef", "xoxb-<redacted>"),
        ("app token %s", "xapp-1-A0-99-ffff", "xapp-<redacted>"),
        (
            "Going to retry the same request: POST %s",
            "https://hooks.slack.com/commands/T0/123/AbCdEf",
            "https://hooks.slack.com/<redacted>",
        ),
    ],
)
def test_secrets_are_masked_in_what_remains(message: str, secret: str, shown: str) -> None:
    record = _record(logging.INFO, message, secret)
    assert SlackLogFilter().filter(record)
    assert secret not in record.getMessage() and shown in record.getMessage()
