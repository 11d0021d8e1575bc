"""Street addresses: a house number, a street, and any unit ("4521 S. Ashland Ave Apt 3",
"1234 w 63rd st apt 2", "2230 West Cermak", "the 4500 block of S Wabash").

A number before words is an address only with a direction, a street type, or a known Chicago
street, so "20 kids on the way" and "2 blocks down the street" stay.
"""

from __future__ import annotations

import re

from bot.privacy import vocabulary

_TYPE = (
    r"(?:avenue|ave|street|st|road|rd|boulevard|blvd|drive|dr|place|pl|court|ct|parkway|pkwy"
    r"|lane|ln|terrace|ter|way|highway|hwy|circle|cir|square|sq)\.?"
)
_SHORT_TYPE = r"(?:ave|st|rd|blvd|dr|pl|ct|pkwy|ln|hwy|avenue|street|road|boulevard|parkway)\.?"
_DIRECTION = r"(?:[nsew]|north|south|east|west)\.?"
_NOT_A_STREET = r"(?!(?:the|a|an|this|that|my|our)\b)"
_WORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|avenue\s+[a-z]\b|{_NOT_A_STREET}[^\W\d_][\w'-]*)"
_UNIT = (
    r"(?:,?\s*(?:apt\.?|apartment|unit|suite|ste\.?|rm\.?|room|fl\.?|floor|#)\s*#?\s*[\w-]{1,5}"
    r"|,?\s*\d{1,2}(?:st|nd|rd|th)\s*(?:fl\.?|floor)\b)?"
    r"(?:,?\s*chicago\b)?(?:,?\s*(?:il|illinois)\b)?(?:,?\s*6\d{4}(?:-\d{4})?\b)?"
)
PO_BOX = re.compile(r"\bp\.?\s?o\.?\s*box\s*\d+", re.IGNORECASE)
_NUMBER = r"\b\d{1,6}\s+(?:block\s+of\s+)?"
_STREETS = "|".join(sorted(vocabulary.CHICAGO_STREETS, key=len, reverse=True))

#: With a direction, any case will do.
DIRECTED = re.compile(
    rf"{_NUMBER}{_DIRECTION}\s+(?:(?:{_WORD}\s+){{1,3}}{_TYPE}|{_WORD})(?!\w){_UNIT}",
    re.IGNORECASE,
)
#: Without one: a street type in any case ("12 main st"), capitalised words before any type
#: ("12 Main Place"), or a Chicago street by name ("5210 Kedzie").
PLAIN = re.compile(
    rf"{_NUMBER}(?:(?i:{_WORD})\s+){{1,3}}(?i:{_SHORT_TYPE})(?!\w)(?i:{_UNIT})"
    rf"|{_NUMBER}(?:(?:\d{{1,3}}(?:st|nd|rd|th)|[A-Z][\w'-]*)\s+){{1,3}}"
    rf"(?=[A-Z])(?i:{_TYPE})(?!\w)(?i:{_UNIT})"
    rf"|\b\d{{3,5}}\s+(?:block\s+of\s+)?(?i:{_STREETS})\b(?i:{_UNIT})",
)


def redact_addresses(text: str) -> str:
    """``text`` with each street address replaced by ``[address]``."""
    return PO_BOX.sub("[address]", PLAIN.sub("[address]", DIRECTED.sub("[address]", text)))
