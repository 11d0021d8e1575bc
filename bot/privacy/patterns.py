"""Personal data with a shape: emails, phones, ids, and (from their own modules) street
addresses and dates of birth.

These are found by pattern before any word is looked at, so a placeholder never splits a
name and a digit never reaches the name pass. Each pattern errs towards removing: a ten-digit
run is a phone, a five-digit run is an id unless it is a ZIP code, a full date from years ago
is a date of birth.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy.addresses import redact_addresses
from bot.privacy.dates import redact_dates

_TOP_LEVEL = r"(?:com|net|org|edu|gov|us)\b"
_MAIL_HOSTS = "gmail|yahoo|hotmail|outlook|aol|icloud|comcast"
#: Mail providers staff name without the rest of the address: "mlopez23 at gmail".
_MAIL_HOST = rf"(?:{_MAIL_HOSTS})\b"
#: ...and after "@", the district's own too: "mlopez@cps".
_PROVIDER = rf"(?:{_MAIL_HOSTS}|cps)\b"
#: The part before "@" (or "at") begins where a run of such characters begins, never inside
#: one: a long run that holds no email is then tried once, not once for every character.
_LOCAL_START = r"(?<![\w.+'-])"
_LOCAL = rf"{_LOCAL_START}[\w.+'-]+"
_RUN_START = r"(?<![\w.+-])"
#: "maria.lopez@yahoo.com", "jsmith @ gmail . com", "j.smith at cps dot edu",
#: "jsmith(at)cps.edu", "maria_lopez@hotmail", "mlopez23 at gmail", and Slack's
#: "mailto:jsmith@cps.edu".
EMAIL = re.compile(
    rf"(?:mailto:)?{_LOCAL} ?@ ?[\w-]+(?:\.[\w-]+)+"
    rf"|{_LOCAL} ?@ ?[\w-]+(?: ?\. ?[\w-]+)*? ?\. ?{_TOP_LEVEL}"
    rf"|{_RUN_START}[\w.+-]+\s*[\[(]?\s*at\s*[\])]?\s*[\w-]+\s*[\[(]?\s*dot\s*[\])]?\s*"
    + _TOP_LEVEL
    # "(at)" in brackets says an email even with a real dot, unlike "look at cps.edu".
    + rf"|{_RUN_START}[\w.+-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+\s*\."
    + _TOP_LEVEL
    + rf"|{_LOCAL} ?@ ?{_PROVIDER}"
    # A handle with letters and digits before "at" and a mail provider (not "room 204 at
    # cps"), an apostrophe and all: "o'neil23 at gmail".
    + rf"|{_LOCAL_START}(?=[\w.+'-]*[a-z])[\w.+'-]*\d[\w.+'-]*\s+at\s+{_MAIL_HOST}",
    re.IGNORECASE,
)
URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
HANDLE = re.compile(r"(?<![\w.\]])@[A-Za-z0-9_.]{2,}")

_EXTENSION = r"(?:\s*,?\s*(?:ext\.?|extension|x)\s*\d{1,5})?"
#: Every dash a phone, a web page or a word processor types for a hyphen: the non-breaking
#: hyphen ("773‑555‑0142" pasted from a page), the figure, en and em dashes, the minus sign.
DASHES = "\u2010-\u2015\u2212-"
#: What stands between a phone's groups: a space, a dot, a hyphen, or any of those dashes;
#: or a hyphen at the end of a line, where a pasted transcript wrapped the number.
_DASH = rf"(?:[{DASHES}][ \t]*\n|[\s.{DASHES}])"
#: ...or a slash, between an area code and the rest: "773/555-0114".
_DASH_OR_SLASH = rf"[\s./{DASHES}]"
#: An area code in brackets, round or square: "(773)", "[773]", or with one bracket of the
#: two typed: "773) 555-0101", "(773 555-0101".
_AREA = r"(?:\(\d{3}\)|\[\d{3}\]|\d{3}\)|\(\d{3}(?=[\s.-]))"
_START = r"(?<![\w/.-])"
#: ...nor the end of a longer number split oddly ("7 73 555 0142": all of it goes, below).
_NOT_AFTER_DIGITS = (
    r"(?<!\d[ \t])(?<!\d[-._/*,])(?<!\d[ \t][-._/*])(?<!\d[-._/*][ \t])(?<!\d[-._/*]{2})"
    r"(?<!\d[ \t][-._/*][ \t])"
)
#: ...nor the start of one ("773 5550 142", "773 555 014 2").
_NO_MORE_DIGITS = r"(?![ \t]*[-._/*][ \t]*\d|[ \t]+\d|,\d)"
_END = _EXTENSION + r"(?![\w/-])"
#: A number with its area code and separators is a phone even run into a word, as fast
#: typing leaves it: "773-555-0142x", "773-555-0142cell", "mom:773-555-0142dad:".
_FULL_END = _EXTENSION + r"(?![\d/-])"
#: US numbers: "(773) 555-0142", "773.555.0187", "1-773-555-0178", "773/555-0114",
#: "773-555-014" (a digit short), "555-0134"; any run of 10-11 digits; "+52 33 1234 5678";
#: an extension alone.
#: Dashes typed by a phone or a word processor count as hyphens ("773–555–0101"). A school
#: year ("2023-2024") or a room range ("101-102") is not one.
PHONE = re.compile(
    _START
    + _NOT_AFTER_DIGITS
    + rf"(?:\+?1{_DASH}?)?(?:{_AREA}{_DASH}?|\d{{3}}{_DASH_OR_SLASH})\d{{3}}{_DASH}\d{{3,4}}"
    + _NO_MORE_DIGITS
    + _FULL_END
    + r"|"
    + _START
    + _NOT_AFTER_DIGITS
    + rf"\d{{3}}{_DASH}\d{{4}}"
    + _NO_MORE_DIGITS
    + _END
    + r"|"
    + _START
    + rf"\+\d{{1,3}}(?:{_DASH}?\d{{1,4}}){{2,5}}"
    + _END
    + r"|"
    + _START
    + _NOT_AFTER_DIGITS
    + r"\+?1?\d{10}"
    + _NO_MORE_DIGITS
    + _END
    + rf"|{_AREA}{_DASH}?\d{{7}}"
    + _END
    # An extension alone is a line inside the building: "call us at x2231", "ext. 4412", "ext 4",
    # "her ext is [phone]".
    + r"|(?<![\w/.-])(?:ext\.?|extension)\s*[#:]?\s*\d{1,5}(?![\w/-])"
    + r"|(?:(?<=\bext is )|(?<=\bextension is ))\d{3,5}(?![\w/-]|\.\d)"
    + r"|(?<![\w/.-])x\d{3,5}(?![\w/-])",
    re.IGNORECASE,
)
SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
LONG_DIGITS = re.compile(r"\d{6,}")
#: Five digits alone: an id as staff type it ("student 61234", "a kid 50987 something"), not
#: a Chicago ZIP code ("606xx", "607xx", "608xx", or after "IL" or "zip"), money ("$12500"), a
#: share ("12500%"), or part of a longer number or a time. A number sign or a colon after it
#: does not change that: "kid #48213", "48213: needs a bus".
FIVE_DIGITS = re.compile(
    r"(?<![\w$.,/:-])(?<!\bzip )(?<!\bzip: )(?<!\bIL )(?!60[678]\d\d)\d{5}"
    r"(?![\w%/-]|:\S|[.,]\d)",
    re.IGNORECASE,
)
#: What staff type between the digits of a number when nothing else matched: spaces, dashes,
#: dots, slashes, stars, underscores, brackets, a bare comma ("773 5 5 5 0 1 1 9", "773 - 555
#: - 0142", "773_555_0142", "773,555,0142"), never a comma and a space (a list: "rooms 101,
#: 102") nor a colon (a time).
_SLOPPY_GAP = rf"(?:[ \t]*[._/*()\[\]{DASHES}]{{1,2}}[ \t]*|[ \t]+|,)"
#: Digits written in groups, as ids are read aloud: "50 123 478", "5021 8830", "50-123-456",
#: "6001.2345".
_GROUPED = r"\d{1,11}(?:" + _SLOPPY_GAP + r"\d{1,11}){1,10}(?![\w/:-])"
#: A letter or a few before five or more digits, together or in dashed groups, is a record's
#: id whatever word comes before it: "ids are AB-50123", "CPS_5012345", "A50123",
#: "AS-5066-0412", "E-2240-118" ("id-48213" keeps its cue: `ID_CUE` runs first). "IL-60602"
#: is a ZIP code, "SY-2024-25" a school year; both stay.
LETTERED_ID = re.compile(
    r"(?<![\w-])(?!il[-_]?60[678]\d\d\b)(?![a-z]{1,3}[-_]?(?:19|20)\d\d-\d\d(?:\d\d)?\b)"
    r"[a-z]{1,3}[-_]?(?=(?:[-_]?\d){5})\d{1,10}(?:[-_]\d{1,10}){0,3}(?![\w-])",
    re.IGNORECASE,
)
ID_CUE = re.compile(
    r"\b(?:id|ids|sid|stu|emp|employee|badge|ssn|student(?=\s*(?:#|no\b|num|id)))"
    rf"\s*(?:id|no\.?|number|num)?\s*(?:#|:|is|[-_])?\s*#?\s*"
    # Its end alone ("id ending in 4821"), or a letter or two before a dash ("id A-12345").
    r"(?:(?:ending|ends)(?:\s+(?:in|with))?\s+)?"
    rf"((?:[a-z]{{1,2}}-)?(?:{_GROUPED}|\d{{4,}}))",
    re.IGNORECASE,
)
#: Eight or more digits in groups are an id (CPS ids have eight), or a phone with ten or
#: eleven, however they are split, unless they are a date ("2024-05-09", "12 25 2025",
#: "9/8/2025") or a span of years ("2023-2024", "2023 2024"). A date's year is one of the
#: last two centuries: "5032-88-17" is an id.
GROUPED_ID = re.compile(r"(?<![\w/.:-])(" + _GROUPED + ")" + _EXTENSION)
_DATE_GAP = rf"[ ./{DASHES}]"
_YEAR = r"(?:19|20)\d\d"
_DATE_OR_YEARS = re.compile(
    rf"{_YEAR}{_DATE_GAP}\d{{1,2}}{_DATE_GAP}\d{{1,2}}|\d{{1,2}}{_DATE_GAP}\d{{1,2}}{_DATE_GAP}{_YEAR}"
    rf"|{_YEAR} ?[ /{DASHES}] ?{_YEAR}"
)


def _grouped_id(match: re.Match[str]) -> str:
    number = match.group(1)
    digits = sum(c.isdigit() for c in number)
    if digits < 8 or _DATE_OR_YEARS.fullmatch(number):
        return match.group(0)
    return "[phone]" if digits in {10, 11} else "[id]"


def _cued_id(match: re.Match[str]) -> str:
    """The cue kept, the number after it replaced: "id [id]". Groups of fewer than four
    digits in all ("grade 3 4") are not an id."""
    number = match.group(1)
    if sum(c.isdigit() for c in number) < 4:
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start(0)] + "[id]"


_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
#: A number read aloud or dictated, all in words or part in digits: "seven seven three five
#: five five zero one four two", "773 five five five 0142", "773-555-oh one four two".
SPOKEN_NUMBER = re.compile(
    rf"(?<![\w/.-])(?:(?:{_DIGIT_WORD}|\d{{1,4}})[\s,.-]+){{2,}}(?:{_DIGIT_WORD}|\d{{1,4}})"
    r"(?![\w/-])",
    re.IGNORECASE,
)
#: A phone or an id with the letter O typed for a zero: "773-555-O101", "5O123456".
WITH_LETTER_O = re.compile(r"(?<![\w-])[\dOo(][\dOo()\s.-]{5,16}[\dOo](?![\w-])")


def _spoken(match: re.Match[str]) -> str:
    """Seven or more digits, some read aloud, are a phone (ten or eleven, or seven) or an
    id. Digits need three digits read aloud beside them ("773 five five five 0142"), or a
    phone's ten digits and its three-digit area code first ("773 555 0 one 4 four"),
    so a date before a count ("on 3 4 2012 one kid fell") stays; digits alone are left to the
    patterns for digits."""
    found = match.group(0)
    words = re.findall(_DIGIT_WORD, found, re.IGNORECASE)
    groups = re.findall(r"\d+", found)
    count = len(words) + sum(len(group) for group in groups)
    phone_shaped = count in {10, 11} and bool(re.match(r"\d{3}\D", found))
    if count < 7 or not words or (groups and len(words) < 3 and not phone_shaped):
        return found
    return "[phone]" if count in {7, 10, 11} else "[id]"


def _letter_o(match: re.Match[str]) -> str:
    """The number with its O read as a zero, if that makes it a phone, or seven or more
    digits in one run (an id)."""
    found = match.group(0)
    if not re.search("[Oo]", found) or sum(c.isdigit() for c in found) < 5:
        return found
    zeroed = re.sub("[Oo]", "0", found)
    if PHONE.fullmatch(zeroed):
        return "[phone]"
    return "[id]" if re.fullmatch(r"\d{7,}", zeroed) else found


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
    text = SPOKEN_NUMBER.sub(_spoken, text)
    text = WITH_LETTER_O.sub(_letter_o, text)
    text = PHONE.sub("[phone]", text)
    text = ID_CUE.sub(_cued_id, text)
    text = LETTERED_ID.sub("[id]", text)
    text = GROUPED_ID.sub(_grouped_id, text)
    text = LONG_DIGITS.sub("[id]", text)
    return FIVE_DIGITS.sub("[id]", text)
