"""Personal data with a shape: emails, phones, ids, street addresses, dates of birth.

These are found by pattern before any word is looked at, so a placeholder never splits a
name and a digit never reaches the name pass. Each pattern errs towards removing: a ten-digit
run is a phone, a six-digit run is an id, a full date from years ago is a date of birth.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

EMAIL = re.compile(
    r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
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
    r"|(?<![\w/.-])\+?1?\d{10}" + _EXTENSION + r"(?!\w)",
    re.IGNORECASE,
)
LONG_DIGITS = re.compile(r"\d{6,}")
ID_CUE = re.compile(
    r"\b(?:id|sid|stu|emp|employee|badge|student(?=\s*(?:#|no\b|num|id)))"
    r"\s*(?:id|no\.?|number|num)?\s*(?:#|:|is)?\s*#?\s*(\d{4,})",
    re.IGNORECASE,
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?:(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?|(\d{4})-(\d{1,2})-(\d{1,2}))"
    r"(?![\d/-]|\.\d)"
)
WORDED_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+{_DAY}(?:,?\s+(\d{{4}}))?|{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?)\b",
    re.IGNORECASE,
)
DOB_CUE = re.compile(
    r"(?:\bd\.?o\.?b\b\.?|\bbirth\s*(?:day|date)|\bb-?day|\bdate\s+of\s+birth|\bborn|\bb\.)"
    r"[\s:,-]*(?:is|was|on|in)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)

_STREET_TYPE = (
    r"(?:avenue|ave|street|st|road|rd|boulevard|blvd|drive|dr|place|pl|court|ct|parkway|pkwy"
    r"|lane|ln|terrace|ter|way|highway|hwy|circle|cir|square|sq)\.?"
)
_DIRECTION = r"(?:[nsew]|north|south|east|west)\.?"
_STREET_WORD = r"(?:\d{1,3}(?:st|nd|rd|th)|avenue\s+[a-z]\b|[^\W\d_][\w'-]*)"
_UNIT = (
    r"(?:,?\s*(?:apt\.?|apartment|unit|suite|ste\.?|rm\.?|room|fl\.?|floor|#)\s*#?\s*[\w-]{1,5}"
    r"|,?\s*\d{1,2}(?:st|nd|rd|th)\s*(?:fl\.?|floor)\b)?"
)
_SHORT_TYPE = r"(?:ave|st|rd|blvd|dr|pl|ct|pkwy|ln|hwy)\.?"
#: With a direction ("1234 w 63rd st", "2230 West Cermak") any case will do.
ADDRESS_DIRECTED = re.compile(
    rf"\b\d{{1,6}}\s+{_DIRECTION}\s+(?:(?:{_STREET_WORD}\s+){{1,3}}{_STREET_TYPE}|{_STREET_WORD})"
    rf"(?!\w){_UNIT}",
    re.IGNORECASE,
)
#: Without one, a short street type ("12 main st") or capitalised words ("12 Main Street"):
#: "20 kids on the way" is not an address.
ADDRESS_PLAIN = re.compile(
    rf"\b\d{{1,6}}\s+(?:(?i:{_STREET_WORD})\s+){{1,3}}(?i:{_SHORT_TYPE})(?!\w)(?i:{_UNIT})"
    rf"|\b\d{{1,6}}\s+(?:(?:\d{{1,3}}(?:st|nd|rd|th)|[A-Z][\w'-]*)\s+){{1,3}}"
    rf"(?=[A-Z])(?i:{_STREET_TYPE})(?!\w)(?i:{_UNIT})",
)

PLACEHOLDER = re.compile(r"\[(?:name|id|phone|email|address|dob|url|handle)\]")


def _year(text: str | None) -> int | None:
    """A four-digit year from a date's year field; two digits are read as this century's
    when that is not in the future, else the last."""
    if not text:
        return None
    value = int(text)
    if len(text) == 2:
        this = date.today().year % 100
        value += 2000 if value <= this else 1900
    return value


def _is_dob(text: str, start: int, year: int | None) -> bool:
    """A date is a birth date when the words before it say so, or when it carries a year at
    least two years past: staff do not write full dates years back for anything else."""
    if DOB_CUE.search(text[max(0, start - 24) : start]):
        return True
    return year is not None and year <= date.today().year - 2


def _dates(text: str) -> str:
    def numeric(match: re.Match[str]) -> str:
        if match.group(4):
            year: int | None = int(match.group(4))
            month, day = int(match.group(5)), int(match.group(6))
        else:
            month, day = int(match.group(1)), int(match.group(2))
            year = _year(match.group(3))
            if match.group(3) is None and "." in match.group(0):
                return match.group(0)  # "2.5" is a number, not a date
        if not ((1 <= month <= 12 and 1 <= day <= 31) or (1 <= day <= 12 and 1 <= month <= 31)):
            return match.group(0)
        return "[dob]" if _is_dob(text, match.start(), year) else match.group(0)

    def worded(match: re.Match[str]) -> str:
        year = _year(match.group(1) or match.group(2))
        return "[dob]" if _is_dob(text, match.start(), year) else match.group(0)

    return WORDED_DATE.sub(worded, NUMERIC_DATE.sub(numeric, text))


def redact_patterns(text: str) -> str:
    """``text`` with every shaped item replaced by its bracketed placeholder."""
    steps: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
        (URL, "[url]"),
        (EMAIL, "[email]"),
        (HANDLE, "[handle]"),
    ]
    for pattern, replacement in steps:
        text = pattern.sub(replacement, text)
    text = _dates(text)
    text = ADDRESS_DIRECTED.sub("[address]", text)
    text = ADDRESS_PLAIN.sub("[address]", text)
    text = PHONE.sub("[phone]", text)
    text = ID_CUE.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + "[id]", text)
    return LONG_DIGITS.sub("[id]", text)
