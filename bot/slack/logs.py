"""Keep message text and tokens out of the logs that Slack's libraries write.

slack_sdk and bolt print whole payloads at DEBUG: what staff typed, which may name a student,
and the bot's answers. Every logger we hand those libraries carries ``SlackLogFilter``, which
drops their DEBUG lines and masks anything shaped like a Slack token, a response URL or a
request body in the rest. Bolt copies
a base logger's filters to the loggers it derives from it, so this covers its middleware too.
"""

from __future__ import annotations

import logging
import re

#: The logger given to slack_sdk clients, bolt's App and the Socket Mode client.
LIBRARY_LOGGER = "bot.slack.library"

_TOKEN = re.compile(r"\b(xox[a-z]|xapp)-[A-Za-z0-9-]+")
#: A response_url lets whoever holds it post into the channel for 30 minutes: a secret too.
_RESPONSE_URL = re.compile(r"(https://hooks\.slack\.com/)\S+")
#: Bolt logs a refused request's whole body at INFO ("Invalid request signature detected
#: (signature: ..., body: {...})"): a forged request, or every request after a signing secret
#: is rotated, would put what staff typed in the log.
_BODY = re.compile(r"(\bbody: ).*", re.DOTALL)
#: Bolt warns that a client given to App overrides SLACK_BOT_TOKEN: that is our intent.
_EXPECTED_WARNINGS = ("`token` will be unused",)


class SlackLogFilter(logging.Filter):
    """Drop DEBUG lines (payloads) and mask tokens and response URLs in whatever remains."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO:
            return False
        message = record.getMessage()
        if any(expected in message for expected in _EXPECTED_WARNINGS):
            return False
        masked = _RESPONSE_URL.sub(r"\1<redacted>", _TOKEN.sub(r"\1-<redacted>", message))
        masked = _BODY.sub(r"\1<redacted>)", masked)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def library_logger() -> logging.Logger:
    """The filtered logger for Slack's libraries (the filter is added once)."""
    found = logging.getLogger(LIBRARY_LOGGER)
    if not any(isinstance(f, SlackLogFilter) for f in found.filters):
        found.addFilter(SlackLogFilter())
    return found
