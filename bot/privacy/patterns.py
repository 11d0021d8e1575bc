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
HANDLE = re.compile(r"(?<![\w.\]])@[A-Za-z0-9_.]{2,}")

_EXTENSION = r"(?:\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,5})?"
_START = r"(?<![\w/.-])"
_END = _EXTENSION + r"(?![\w/-])"
#: US numbers: "(773) 555-0142", "773.555.0187", "1-773-555-0178", "773/555-0114",
#: "773-555-014" (a digit short), "555-0134"; any run of 10-11 digits; "+52 33 1234 5678".
#: A school year ("2023-2024") or a room range ("101-102") is not one.
PHONE = re.compile(
    _START
    + r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)[\s.-]?|\d{3}[\s./-])\d{3}[\s.-]\d{3,4}"
    + _END
    + r"|"
    + _START
    + r"\d{3}[\s.-]\d{4}"
    + _END
    + r"|"
    + _START
    + r"\+\d{1,3}(?:[\s.-]?\d{1,4}){2,5}"
    + _END
    + r"|"
    + _START
    + r"\+?1?\d{10}"
    + _END
    + r"|\(\d{3}\)[\s.-]?\d{7}"
    + _END,
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
