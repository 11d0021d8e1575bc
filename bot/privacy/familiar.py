"""The last word on a name word no rule decided: how staff use it.

Context decides most name words ("hunter got jumped", "the hunter"). When nothing in the
message does, the word is judged by how staff write: one they were seen to use as a plain
word ("will", "grant", "summer") stays a word; one they were not ("penny", "amber",
"stone") is a name, unless the words around it make it plainly a word: an article or a
possessive before it ("the ocean", "my penny jar"), a plain word making it part of a
compound ("the safety summit", "power outage"), a verb's place ("can you mark him", "need
to page"), a number after it ("page 3"), or a plain word it is joined to ("rain and
snow"). Leaking a student's name costs more than a word in brackets in a stored question.
"""

from __future__ import annotations

from bot.privacy import staff_words, terms
from bot.privacy.labels import Labels
from bot.privacy.lexicon import Kind

#: Name words staff write as plain words (generated: scripts/build_staff_words.py).
STAFF_WORDS = frozenset(staff_words.STAFF_WORDS.split())


def apply_unfamiliar(labels: Labels) -> None:
    """Mark as names the undecided name words staff do not write as plain words, unless the
    words around make one a verb or a plain word: "can you mark him", "need to page", "see
    page 3", "rain and snow"."""
    for i, token in enumerate(labels.tokens):
        if labels.name[i] is not None or token.kind is not Kind.AMBIGUOUS:
            continue
        if _familiar(token.key) or labels.key(i - 1) in terms.DETERMINERS:
            continue
        if token.key in terms.NAME_FOLLOWERS or _qualified(labels, i):
            continue  # "a kid born in 2015", "the OSSS safety summit"
        if labels.key(i - 1) == "of" and labels.key(i - 2) not in terms.BECAUSE:
            continue  # "a leap of faith", not "bc of royal"; "custody of love" was decided
        if _verb(labels, i) or _counted(labels, i) or _plural_subject(labels, i):
            continue
        if _beside_a_plain_word(labels, i) or _modifies(labels, i) or _colour_of(labels, i):
            continue
        prefixed = labels.tight(i) and labels.key(i - 1) in terms.NICKNAME_PREFIXES
        if prefixed and labels.key(i - 2) in terms.ARTICLES:
            continue  # "dropped a big branch": a thing described, not "big mike"
        labels.mark(i, True)
        if prefixed:
            labels.mark(i - 1, True)  # "big mike": the prefix is part of the nickname


#: What follows a verb and not a name standing alone: "mark him", "Mark your calendars",
#: "mark the folders". Not "her", which also follows a name ("faith her mom called").
OBJECTS = terms.OBJECT_WORDS | terms.ARTICLES


def _verb(labels: Labels, i: int) -> bool:
    """Whether the name word at ``i`` stands where a verb does: before an object ("mark
    him"), after "please" or a subject ("he drew"), after a subject and a modal ("we can
    page", "can you mark"), or after "to" that follows a verb ("need to page"). Not after a
    modal alone: "can ivy sit in?" asks about Ivy."""
    if labels.tight(i + 1) and labels.key(i + 1) in OBJECTS:
        return True
    if not labels.tight(i):
        return False  # "please, faith, call me back" addresses Faith
    before, earlier = labels.key(i - 1), labels.key(i - 2)
    if before in terms.ASKING or before in terms.SUBJECT_PRONOUNS - {"you", "u"}:
        return True  # "please mark her absent", "he drew on the desk"; not "thank you faith"
    if earlier in terms.SUBJECT_PRONOUNS and before in terms.MODALS:
        return True
    if before in terms.SUBJECT_PRONOUNS and earlier in terms.AUXILIARIES:
        return True
    return before == "to" and earlier in terms.CATENATIVES


def _counted(labels: Labels, i: int) -> bool:
    """A name word before a bare number is a thing numbered: "see page 3"."""
    after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    return after is not None and labels.tight(i + 1) and after.text.isdigit()


def _beside_a_plain_word(labels: Labels, i: int) -> bool:
    """Joined by "and" or "or" to a plain word, a colour or a season: "rain and snow", "red
    and brown"; a month to a month after a word that places them, "in july and august",
    not "june and april swapped jackets"; the weather joined to a temperature,
    "sunny and 40"; not "star and amber", where the other word could be a name too, nor
    across a full stop ("at STLS? or white")."""
    for link, other in ((i + 1, i + 2), (i - 1, i - 2)):
        # No punctuation between the three words: each later one is tight to the one before.
        joined = labels.tight(max(link, i)) and labels.tight(max(link, other))
        if not joined or labels.key(link) not in terms.COORDINATORS:
            continue
        if labels.key(i) in terms.OCCASIONS and _number(labels, other):
            return True
        if labels.key(i) in terms.MONTHS and labels.key(other) in terms.MONTHS:
            return labels.key(min(i, other) - 1) in terms.MONTH_CUES  # "in july and august"
        word = labels.word(other)
        if word is None or labels.name[other] is True or word.key in terms.FUNCTION_WORDS:
            continue
        if word.kind is Kind.SAFE or word.key in PAIRED_WORDS:
            return True
    return False


#: Name words that are joined to their own kind: colours, seasons and the weather.
PAIRED_WORDS = terms.COLOURS | terms.OCCASIONS


def _number(labels: Labels, i: int) -> bool:
    return 0 <= i < len(labels.tokens) and labels.tokens[i].text.isdigit()


def _colour_of(labels: Labels, i: int) -> bool:
    """A colour before the plain noun it describes: "kids in gray hoodies", "white
    shirts only"; not "Gray says" or "brown wants", where a verb follows."""
    after = labels.word(i + 1)
    return (
        labels.key(i) in terms.COLOURS
        and after is not None
        and labels.tight(i + 1)
        and after.kind is Kind.SAFE
        and after.key not in MODIFIED_NOT
        and len(after.key) > 1
    )


def _modifies(labels: Labels, i: int) -> bool:
    """A name word opening a clause before a plain word that is not a verb nor said of a
    person: the first word of a compound ("power outage", "spell check is broken", "peace
    circle today"), not "hunt radioed", "penny found", "faith absent today" or "drew has a
    fever"."""
    after = labels.word(i + 1)
    if after is None or not labels.clause_start(i) or not labels.tight(i + 1):
        return False
    if after.key in PARTICLES_AFTER_A_WORD:
        return True  # "chance of snow", "mix up with the buses", "lay off notices"
    if after.kind is not Kind.SAFE or after.key in MODIFIED_NOT or len(after.key) == 1:
        return False  # "precious c/o headache"
    # A word in -ed or -s after a name word is mostly its verb ("hunt radioed", "stone
    # says"); a noun in -ss is not ("chess club").
    return not after.key.endswith(("ed", "s")) or after.key.endswith("ss")


#: Words that follow a noun or a verb opening a message, rarely a name: "chance of snow".
PARTICLES_AFTER_A_WORD = frozenset({"of", "up", "off"})
#: Words after a name word that say it is a person doing or being something.
MODIFIED_NOT = (
    terms.FUNCTION_WORDS
    | terms.SUBJECT_VERBS
    | terms.NAME_FOLLOWERS
    | terms.BASE_VERBS
    | terms.TALKING_VERBS
    | terms.PERSON_STATES
    | terms.PAST_ACTS
)


def _plural_subject(labels: Labels, i: int) -> bool:
    """A plural before "are" or "were" is a thing: "the spring sessions are full"."""
    after = labels.key(i + 1)
    return labels.key(i).endswith("s") and labels.tight(i + 1) and after in {"are", "were"}


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
    nickname = before.key in terms.NICKNAME_PREFIXES  # "big mike", not a kind of mike
    return before.kind is Kind.SAFE and before.key not in LEADS_TO_PERSON and not nickname
