"""Subjects known by what is said of them. Staff call students by nicknames that are plain
words ("Tank", "Peanut", "Boo"), so the word alone cannot say it is a name; the sentence can:
what follows it is said only of a person ("Tank got into it with a guard", "Peanut is back
from the hospital", "Red is a new 8th grader"). And a first name with a common surname beside
it is a name when a name's ending follows ("daisy brown, id", "JUNE PRINCE, IDS"), as is a
word that labels a record ("miles: [id]").
"""

from __future__ import annotations

from bot.privacy import terms, vocabulary
from bot.privacy.labels import TITLES, Labels
from bot.privacy.lexicon import Kind
from bot.privacy.patterns import PLACEHOLDER

#: Words that start a clause without being a person's name: "he got sent", "mom is back".
NOT_SUBJECTS = terms.FUNCTION_WORDS | terms.KIN_WORDS | TITLES | terms.ROLE_NOUNS


def apply_person_predicates(labels: Labels) -> None:
    """A bare word starting a clause, with any names tight after it ("Chicago Thomas"), is a
    name when a person's predicate follows: "lincoln fell off", "BOO GOT PICKED UP"."""
    for i, token in enumerate(labels.tokens):
        if not token.is_word or token.key in NOT_SUBJECTS:
            continue
        # "report that jewel fell": a name word may open a clause after "that" or "so" too
        opened = token.kind is not Kind.SAFE and labels.key(i - 1) in terms.SUBJECT_OPENERS
        if not (labels.clause_start(i) or opened):
            continue
        end = i + 1
        while end < i + 3 and labels.tight(end) and _name_word(labels, end):
            end += 1
        if labels.tight(end) and _predicate_at(labels, end):
            for j in range(i, end):
                labels.mark(j, True, sure=True)


def _name_word(labels: Labels, i: int) -> bool:
    found = labels.word(i)
    return found is not None and found.kind is not Kind.SAFE


def _predicate_at(labels: Labels, i: int) -> bool:
    if _person_noun_at(labels, i):
        return True
    return any(labels.phrase_at(i, predicate) for predicate in terms.PERSON_PREDICATES)


def _person_noun_at(labels: Labels, i: int) -> bool:
    """ "is a new 8th grader", "was a transfer student": a person is what the subject is."""
    if labels.key(i) not in {"is", "was"} or labels.key(i + 1) not in {"a", "an"}:
        return False
    return labels.tight(i + 1) and labels.reaches(i + 2, 4, terms.PERSON_NOUNS)


def apply_name_pairs(labels: Labels) -> None:
    """A first name and a common surname together, before what ends a name (a comma, a verb,
    an id), in any case: "daisy brown, id", "miles lane, 7th grade", "JUNE PRINCE, IDS"; not
    "hunter green shirts", nor a month ("in june, young kids")."""
    for i, token in enumerate(labels.tokens[:-1]):
        nxt = labels.tokens[i + 1]
        if not (token.first_name and nxt.frequent and labels.tight(i + 1)):
            continue
        if labels.name[i] is not None or labels.name[i + 1] is not None:
            continue
        dated = token.key in terms.MONTHS and labels.key(i - 1) in terms.MONTH_CUES
        if token.key in terms.MODALS or dated or labels.key(i - 1) in terms.DETERMINERS:
            continue
        if labels.name_follows(i + 1):
            labels.mark(i, True)
            labels.mark(i + 1, True)


def apply_record_labels(labels: Labels) -> None:
    """A name word that labels a record: "miles: [id], born [dob]" at a clause's start, or
    anywhere straight before the record itself: "pull the schedule for rose [id]", "sent
    the referral with mark [id] attached" (what stands before an id is whose it is)."""
    for i, token in enumerate(labels.tokens[:-1]):
        nxt = labels.tokens[i + 1]
        labelled = nxt.gap.strip() == ":" and PLACEHOLDER.fullmatch(nxt.text) is not None
        if token.kind is not Kind.AMBIGUOUS or token.key in terms.NAME_FOLLOWERS:
            continue  # "born: [dob]" is the label's own word
        owned = labels.name[i] is None and nxt.text in RECORDS and not nxt.gap.strip()
        owned = owned and token.key not in NUMBERED_THINGS  # "dcfs case [id]"
        owned = owned and labels.key(i - 1) not in terms.DETERMINERS
        if (labels.clause_start(i) and labelled) or owned:
            labels.mark(i, True)


def apply_record_openers(labels: Labels) -> None:
    """A word opening a line or clause before a surname and that person's record is the
    first name: "Sunday Adebayo, emp [id]", "gift adeyemi dob [dob]"; not "Student Ramirez,
    id" nor "Nurse Okafor (emp [id])", whose first words are a role."""
    for i, token in enumerate(labels.tokens[:-2]):
        surname = labels.tokens[i + 1]
        if not token.is_word or not labels.clause_start(i) or labels.name[i] is True:
            continue
        if token.key in NOT_SUBJECTS or token.key in NOT_FIRST_NAMES or len(token.key) < 3:
            continue
        if surname.kind is Kind.UNKNOWN and labels.tight(i + 1) and _record_follows(labels, i + 2):
            labels.mark(i, True)


def _record_follows(labels: Labels, i: int) -> bool:
    """Whether the token at ``i`` (after at most a comma or an opening bracket) is a
    person's record: an id, a birth date or their label ("id", "emp", "dob", "born")."""
    token = labels.tokens[i]
    if token.gap.strip() not in {"", ",", "(", ", ("}:
        return False
    return token.text in {"[id]", "[dob]"} or token.key in RECORD_WORDS


#: The words that label a person's record: "emp [id]", "dob [dob]".
RECORD_WORDS = frozenset({"id", "ids", "emp", "stu", "sid", "born", "dob"})


#: Words that open a record line without being a first name: "Student Ramirez, id".
NOT_FIRST_NAMES = vocabulary.SCHOOL_WORDS | terms.STAFF_NOUNS | terms.PERSON_NOUNS


#: Placeholders of what only a person has, an id or a home ("new addy for miles [address]");
#: "born [dob]" and "call [phone]" are not whose: the word before them is a verb.
RECORDS = frozenset({"[id]", "[address]"})
#: Name words that are also things with a number of their own: "dcfs case [id]", "route
#: [id]", not a person's record ("Bill" is too often a first name to be one).
NUMBERED_THINGS = frozenset({"case", "claim", "ticket", "order", "lot", "route", "unit"})
