"""Personal data with a shape: emails, phones, ids, and (from their own modules) street
addresses and dates of birth.

These are found by pattern before any word is looked at, so a placeholder never splits a
name and a digit never reaches the name pass. Each pattern errs towards removing: a ten-digit
run is a phone, a six-digit run is an id, a full date from years ago is a date of birth.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy.addresses import redact_addresses
from bot.privacy.dates import redact_dates

EMAIL = re.compile(
    r"[\w.+'-]+ ?@ ?[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w.+-]+\s*[\[(]?\s*at\s*[\])]?\s*[\w-]+\s*[\[(]?\s*dot\s*[\])]?\s*(?:com|net|org|edu|gov)\b",
    re.IGNORECASE,
)
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{2,}")

_EXTENSION = r"(?:\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,5})?"
PHONE = re.compile(
    r"(?<![\w/.-])(?:\+?\d{1,3}[\s.-]?)?"  # country code
    r"(?:\(\d{2,4}\)\s?|\d{2,4}[\s./-])?"  # area code
    r"\d{3,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?" + _EXTENSION + r"(?![\w/-])"
    r"|(?<![\w/.-])\+?1?\d{10}" + _EXTENSION + r"(?!\w)"
    r"|\(\d{3}\)\s?\d{7}" + _EXTENSION + r"(?!\w)",
    re.IGNORECASE,
)
SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
LONG_DIGITS = re.compile(r"\d{6,}")
ID_CUE = re.compile(
    r"\b(?:id|sid|stu|emp|employee|badge|student(?=\s*(?:#|no\b|num|id)))"
    r"\s*(?:id|no\.?|number|num)?\s*(?:#|:|is)?\s*#?\s*(\d{4,})",
    re.IGNORECASE,
)

PLACEHOLDER = re.compile(r"\[(?:name|id|phone|email|address|dob|url|handle)\]")


def redact_patterns(text: str) -> str:
    """``text`` with every shaped item replaced by its bracketed placeholder."""
    steps: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
        (URL, "[url]"),
        (EMAIL, "[email]"),
        (HANDLE, "[handle]"),
    ]
    for pattern, replacement in steps:
        text = pattern.sub(replacement, text)
    text = redact_addresses(redact_dates(text))
    text = SSN.sub("[id]", text)
    text = PHONE.sub("[phone]", text)
    text = ID_CUE.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + "[id]", text)
    return LONG_DIGITS.sub("[id]", text)
