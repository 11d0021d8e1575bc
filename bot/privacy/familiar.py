"""The last word on a name word no rule decided: how staff use it.

Context decides most name words ("hunter got jumped", "the hunter"). When nothing in the
message does, the word is judged by how staff write: one they were seen to use as a plain
word ("will", "grant", "summer") stays a word; one they were not ("penny", "amber",
"ocean") is a name, unless an article or a possessive stands before it ("the ocean", "my
penny jar") or a plain word makes it part of a compound ("the safety summit"). Leaking a
student's name costs more than a word in brackets in a stored question: "grace period"
is stored as "[name] period", since staff write Grace as a name far more often.
"""

from __future__ import annotations

from bot.privacy import staff_words, terms
from bot.privacy.labels import Labels
from bot.privacy.lexicon import Kind

#: Name words staff write as plain words (generated: scripts/build_staff_words.py).
STAFF_WORDS = frozenset(staff_words.STAFF_WORDS.split())


def apply_unfamiliar(labels: Labels) -> None:
    """Mark as names the undecided name words staff do not write as plain words."""
    for i, token in enumerate(labels.tokens):
        if labels.name[i] is not None or token.kind is not Kind.AMBIGUOUS:
            continue
        if _familiar(token.key) or labels.key(i - 1) in terms.DETERMINERS:
            continue
        if token.key in terms.NAME_FOLLOWERS or _qualified(labels, i):
            continue  # "a kid born in 2015", "the OSSS safety summit"
        labels.mark(i, True)


def apply_named_elsewhere(labels: Labels) -> None:
    """A name word the message names in one place is the same name where it stands as a name
    could and nothing decided it: "the list for rain. Rain's mom called", "sent storm home
    ... storm is laying down"; not "Summer's mom asked about summer school" or "can you mark
    him" when a Mark is named."""
    named = {labels.tokens[i].key for i, value in enumerate(labels.name) if value is True}
    for i, token in enumerate(labels.tokens):
        if labels.name[i] is not None or token.kind is not Kind.AMBIGUOUS:
            continue
        if token.key not in named or labels.key(i - 1) in _BEFORE_A_VERB:
            continue
        follows = labels.name_follows(i) or labels.key(i + 1) in terms.OBJECT_FOLLOWERS
        if follows and not _qualified(labels, i):
            labels.mark(i, True)


#: Words after which a name word is a verb or a plain word: "to mark", "can you call", "the".
_BEFORE_A_VERB = terms.DETERMINERS | terms.MODALS | terms.AUXILIARIES | terms.NOT_BEFORE_SUBJECTS


def _familiar(key: str) -> bool:
    """A word staff write, or the plural of one ("the cadet majors")."""
    return key in STAFF_WORDS or (key.endswith("s") and key[:-1] in STAFF_WORDS)


#: Words after which a person's name stands: "and", "for", "tell", "his brother", "coach".
LEADS_TO_PERSON = (
    terms.FUNCTION_WORDS
    | terms.PERSON_VERBS
    | terms.SAYING_VERBS
    | terms.KIN_WORDS
    | terms.STAFF_NOUNS
    | terms.AND_WORDS
)


def _qualified(labels: Labels, i: int) -> bool:
    """Whether a plain word straight before ``i`` makes it the head of a compound: "the OSSS
    safety summit is", not "tell penny", "and amber", "his brother art"."""
    before = labels.word(i - 1)
    if before is None or not labels.tight(i) or labels.clause_start(i):
        return False
    return before.kind is Kind.SAFE and before.key not in LEADS_TO_PERSON
