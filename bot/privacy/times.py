"""Name words that say when, not who: a month with its day ("jan/2", "mar-3"), a time of day
after a word of time ("at noon"), and the season, weather or holiday a day is closed for
("practice cancelled for rain", "we are closed for summer", "postponed due to snow").

They are settled before any rule reads a word's position, because "for", "at" and "to" also
lead to a person ("a pass for grace", "ask at Jan's desk"), and a month, a season or "noon"
is a name too (Jan, Summer, Noon). A cue still wins: "closed for Summer's party" names her.
"""

from __future__ import annotations

from bot.privacy import terms
from bot.privacy.labels import Labels

#: Times of day that are also surnames.
CLOCK_WORDS = frozenset({"noon", "midnight"})
#: Words before a time of day: "at noon", "by midnight", "til noon".
BEFORE_A_TIME = frozenset(
    {"at", "by", "until", "till", "til", "before", "after", "around", "from", "to", "past"}
)
#: What joins a month to its day without a space: "jan/2", "mar-3", "Dec.5".
DATE_JOINS = frozenset({"/", "-", "."})
#: Words that give the reason a day is closed: "for rain", "due to snow", "because of ice".
REASONS = (("for",), ("due", "to"), ("because", "of"), ("bc", "of"))
#: How far before the reason a word for closing may stand: "is school closed tmrw for snow".
CLOSING_REACH = 5


def keep_times(labels: Labels) -> None:
    """Settle as plain words the name words that say when (see the module's docstring)."""
    for i, token in enumerate(labels.tokens):
        if not token.is_word or labels.name[i] is not None:
            continue
        if _month_with_day(labels, i) or _time_of_day(labels, i) or _reason_for_closing(labels, i):
            labels.unname(i)


def _month_with_day(labels: Labels, i: int) -> bool:
    after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    return (
        labels.key(i) in terms.MONTHS
        and after is not None
        and after.text.isdigit()
        and after.gap in DATE_JOINS
    )


def _time_of_day(labels: Labels, i: int) -> bool:
    return labels.key(i) in CLOCK_WORDS and labels.tight(i) and labels.key(i - 1) in BEFORE_A_TIME


def _reason_for_closing(labels: Labels, i: int) -> bool:
    """A season, the weather or a holiday after "for" ("due to", "because of") that follows
    a word for closing: a day is closed for a reason, not for a person."""
    if labels.key(i) not in terms.OCCASIONS or not labels.tight(i):
        return False
    for reason in REASONS:
        start = i - len(reason)
        if start > 0 and labels.phrase_at(start, reason):
            earlier = range(max(0, start - CLOSING_REACH), start)
            return any(labels.key(j) in terms.CLOSING_WORDS for j in earlier)
    return False
