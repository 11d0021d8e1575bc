"""Street addresses: a house number (or a range, "1234-36", or with a letter, "221B"), a
street, and any unit ("4521 S. Ashland Ave Apt 3", "1234 w 63rd st apt 2", "2230 West Cermak",
"the 4500 block of S Wabash", "3400 w fullerton ave, garden unit").

A number before words is an address only with a direction, a street type, a known Chicago
street, or after "lives at", "moved to" or "address is" before a capitalised word ("lives
at 1234 Drake"), so "20 kids on the way", "2 blocks down the street", "moved to 1200
students" and "grades 9-12 west side schools" stay.
"""

from __future__ import annotations

import re

from bot.privacy import vocabulary

_TYPE = (
    r"(?:avenue|ave|street|st|road|rd|boulevard|blvd|drive|dr|place|pl|court|ct|parkway|pkwy"
    r"|lane|ln|terrace|ter|way|highway|hwy|circle|cir|square|sq|av)\.?"
)
_SHORT_TYPE = r"(?:ave|av|st|rd|blvd|dr|pl|ct|pkwy|ln|hwy|avenue|street|road|boulevard|parkway)\.?"
_DIRECTION = r"(?:[nsew]|north|south|east|west)\.?"
# Not "12 west side schools": the sides of the city are not streets.
_NOT_A_STREET = r"(?!(?i:the|a|an|this|that|my|our|side|siders?|suburbs)\b)"
_WORD = rf"(?:\d{{1,3}}(?:st|nd|rd|th)|avenue\s+[a-z]\b|{_NOT_A_STREET}[^\W\d_][\w'-]*)"
_UNIT = (
    r"(?:,?\s*(?:apt\.?|apartment|unit|suite|ste\.?|rm\.?|room|fl\.?|floor|#)\s*#?\s*[\w-]{1,5}"
    # A unit named rather than numbered: "garden unit", "basement apt", "rear".
    r"|,?\s*(?:garden|basement|rear|front|coach\s+house)(?:\s+(?:unit|apt\.?|apartment))?\b"
    r"|,?\s*\d{1,2}(?:st|nd|rd|th)\s*(?:fl\.?|floor)\b)?"
    r"(?:,?\s*chicago\b)?(?:,?\s*(?:il|illinois)\b)?(?:,?\s*6\d{4}(?:-\d{4})?\b)?"
)
PO_BOX = re.compile(r"\bp\.?\s?o\.?\s*box\s*\d+", re.IGNORECASE)
# A house number, a range of them or one with a letter: "1234-36 N Clark", "221B Baker St".
_NUMBER = r"\b\d{1,6}(?:-\d{1,4}|[A-Za-z])?\s+(?:block\s+of\s+)?"
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
#: After "lives at", "moved to" or "address is", a house number and a capitalised word are
#: an address whatever the street: "lives at 1234 Drake"; not "moved to 1200 students".
LIVES_AT = re.compile(
    r"(?i:(\b(?:lives?|living|stays?|staying|moved|moving|resides?|address(?:\s+is)?|addy)"
    r"(?:\s+(?:at|to|on|is))?:?\s+))"
    rf"\d{{3,6}}(?:-\d{{1,4}})?\s+{_NOT_A_STREET}[A-Z][\w'-]*(?i:{_UNIT})"
)


def redact_addresses(text: str) -> str:
    """``text`` with each street address replaced by ``[address]``."""
    found = PLAIN.sub("[address]", DIRECTED.sub("[address]", text))
    return PO_BOX.sub("[address]", LIVES_AT.sub(r"\1[address]", found))
