"""Slack's message markup, read back into what the person typed.

Slack sends message text with its own markup: ``<@U123>`` for a mention, ``<!channel>`` and
``<!here>`` for broadcasts, ``<#C123|name>`` for a channel link, and ``&``, ``<`` and ``>``
encoded as entities. None of it says which office a question is about, and a mention of a
colleague would otherwise end up in the curator's log, so it goes before anything reads the
text. Answers escape the text again before it goes back into mrkdwn (``bot.render.blockkit``).
"""

from __future__ import annotations

import html
import re

_MARKUP = re.compile(r"<[@#!][^>]*>")


def typed_text(text: str) -> str:
    """What the person typed: markup removed, entities decoded, blanks collapsed."""
    return " ".join(html.unescape(_MARKUP.sub(" ", text)).split())
