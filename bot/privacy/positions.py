"""Where a name word stands: as the subject of a verb ("hunter got jumped"), as the person a
verb or preposition takes ("tell hunter to come", "a pass for grace, she"), or as the one
addressed ("Hi Grace", "thx, will", "Faith, can you..."). Only common first names are read
this way in lower case: staff call students by first name.
"""

from __future__ import annotations

import re

from bot.privacy import terms, vocabulary
from bot.privacy.labels import Labels
from bot.privacy.lexicon import Kind

#: Finite verbs only: "Will got into a fight" is Will, "will get" is the modal.
FINITE = terms.SUBJECT_VERBS - terms.MODALS - terms.NOT_FINITE
#: What follows a name that is also a modal ("will has 3 absences"): a finite verb, never a
#: base one, which makes it the modal ("we will have 40 kids going").
AFTER_A_MODAL_NAME = FINITE - terms.BASE_VERBS
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def apply_subject_verbs(labels: Labels) -> None:
    """A bare first name before a verb is a subject, so a name: "hunter got jumped"; so is
    a name word before a common surname ("bishop reed is the new rep"), and any name word
    opening a clause with no article before a verb other than "is" ("star got hit")."""
    for i, token in enumerate(labels.tokens):
        if labels.name[i] is not None:
            continue
        one_person = _singular_subject(labels, i)
        if not (token.first_name or one_person or _before_surname(labels, i)):
            continue
        if token.place and labels.key(i - 1) in terms.LOCATIVES:
            continue  # "on Cicero and Madison is where": a street
        if not (labels.clause_start(i) or _subject_slot(labels, i) or one_person):
            continue
        last = i  # "mason brown is": the surname goes with the first name
        while labels.tight(last + 1) and labels.name[last + 1] is None and labels.word(last + 1):
            last += 1
        nxt, after = labels.key(last + 1), labels.word(last + 2)
        if last + 1 >= len(labels.tokens):
            continue
        if not labels.tight(last + 1) and "(" not in labels.tokens[last + 1].gap:
            continue
        graded = labels.tight(last + 1) and ORDINAL.fullmatch(labels.tokens[last + 1].text)
        verbs = AFTER_A_MODAL_NAME if token.key in terms.MODALS else terms.SUBJECT_VERBS - {"and"}
        aside = "(" in labels.tokens[last + 1].gap and labels.clause_start(i)
        kin = nxt == "and" and after is not None and after.key in {"his", "her", "their"}
        kin = kin and labels.key(last + 3) in terms.KIN_WORDS  # "so cash and his sister had"
        verb = nxt in verbs or bool(graded) or aside or kin
        at_start = labels.clause_start(i) and (
            nxt == "from"
            or (nxt == "in" and not (after and after.is_word))
            or (nxt == "and" and after is not None and after.key in {"his", "her", "their"})
            or _placed_subject(labels, last + 1)
        )
        if verb or at_start:
            for j in range(i, last + 1):
                labels.mark(j, True)
    for i in range(len(labels.tokens)):
        if _bare_subject(labels, i):
            labels.mark(i, True)


#: Verbs after which a bare word is someone: "tank has 22 absences", "star got hit", "best
#: just walked in"; not a modal ("page will load") nor "is" ("roof is leaking").
BARE_SUBJECT_VERBS = terms.SUBJECT_VERBS - terms.MODALS - {"and", "'s", "got's", "can't", "cant"}
BARE_SUBJECT_VERBS -= {"won't", "wont", "could", "would", "should", "is", "was", "are", "were"}


def _bare_subject(labels: Labels, i: int) -> bool:
    """A name word alone at the start of a clause, with no article, before a verb: a thing
    would take "the" ("the star got hit" is a star); not a season or the weather ("snow is
    coming"), nor what is said of places ("banks is closed"), nor a modal before a base verb
    ("may have a fever")."""
    token = labels.tokens[i]
    if labels.name[i] is not None or token.kind is not Kind.AMBIGUOUS:
        return False
    opened = labels.clause_start(i) or labels.key(i - 1) in terms.SUBJECT_OPENERS
    if token.key in terms.OCCASIONS | terms.STAFF_NOUNS or not opened:
        return False
    if token.place and labels.key(i - 1) in terms.LOCATIVES:
        return False  # "the lady at 47th and king said": a street
    if not labels.tight(i + 1):
        return False
    verbs = AFTER_A_MODAL_NAME if token.key in terms.MODALS else BARE_SUBJECT_VERBS
    return labels.key(i + 1) in verbs and labels.key(i + 2) not in PLACE_STATES


#: What is said of a place, not a person, after "is": "banks is closed on monday".
PLACE_STATES = frozenset({"closed", "open", "shut", "down", "empty", "full"})


def _singular_subject(labels: Labels, i: int) -> bool:
    """A surname that looks plural before a verb for one person: "banks is w/ him now",
    "woods was at the door"; a plural noun would take "are" ("the banks are closed")."""
    token = labels.tokens[i]
    if not (token.frequent and token.key.endswith("s") and labels.tight(i + 1)):
        return False
    counted = i > 0 and labels.tokens[i - 1].key.isdigit()
    if labels.key(i - 1) in terms.DETERMINERS or counted:
        return False  # "our miles is", "40 miles is far"
    if labels.key(i + 2) in PLACE_STATES:
        return False  # "banks is closed on monday": what is said of places
    return labels.key(i + 1) in terms.ONE_PERSON_VERBS


def _before_surname(labels: Labels, i: int) -> bool:
    """A name word straight before a common surname: "bishop reed is the new rep"."""
    after = labels.word(i + 1)
    ambiguous = labels.tokens[i].kind is Kind.AMBIGUOUS
    return ambiguous and after is not None and after.frequent and labels.tight(i + 1)


def _placed_subject(labels: Labels, i: int) -> bool:
    """Where the subject is, then a verb only a person does: "Dawn in the lunchroom says",
    "BILL IN THE ENGINEER'S OFFICE SAYS", not "Summer in the city is hot"."""
    return labels.key(i) in {"in", "from", "at"} and labels.reaches(i + 1, 5, terms.SAYING_VERBS)


def apply_affiliations(labels: Labels) -> None:
    """Name words where a person can stand, placed in a department or a grade: "banks in
    FACE", "price from Procurement", "ask washington in osss", "banks OSSS and brooks OSEL",
    "Storm in 3rd grade needs", "bishop stone in 10th wants". Not "the grant in FACE" (a
    determiner before it) nor "Summer in the city". A department says so outright, so not
    even a place name ("Howard at Safe Passage") undoes it."""
    for i, token in enumerate(labels.tokens):
        if labels.name[i] is not None or token.kind is not Kind.AMBIGUOUS:
            continue
        if token.key in terms.MODALS or _verb_slot(labels, i):
            continue  # "who do I call at OSSS", "they are new from Lagos"
        first = labels.clause_start(i) or _listed(labels, i)
        if not (first or _subject_slot(labels, i)):
            continue
        last = i  # "bishop stone in 10th": both words go
        while labels.tight(last + 1) and labels.name[last + 1] is None:
            last += 1
        # Straight before initials only as a subject ("banks OSSS and brooks OSEL"), not
        # "for newcomer STLS kids".
        if _in_department(labels, last + 1, bare=first):
            for j in range(i, last + 1):
                labels.cue(j)
        elif _in_grade(labels, last + 1) or _in_room(labels, last + 1):
            for j in range(i, last + 1):
                labels.mark(j, True)


def _verb_slot(labels: Labels, i: int) -> bool:
    """Whether a verb or a complement stands at ``i``: after "I", "they are" or "to" ("who do
    I call", "they are new", "need to page"), but not after "talk to" ("talk to young at
    STLS")."""
    if _talked_to(labels, i):
        return False  # "talk to young at STLS", "send it to price at Procurement"
    return labels.key(i - 1) in terms.NOT_BEFORE_SUBJECTS


def _talked_to(labels: Labels, i: int) -> bool:
    """After a verb's "to" that leads to a person, a few words after the verb, in one clause:
    "pls forward to stone", "reply to grant", "send the stls form to mark"."""
    if labels.key(i - 1) != "to":
        return False
    for j in range(i - 2, max(-1, i - 7), -1):
        if labels.key(j) in terms.TALKING_VERBS:
            return True
        if not labels.tight(j + 1) or labels.key(j) in {"to", "and", "but"}:
            return False
    return False


def _listed(labels: Labels, i: int) -> bool:
    """After "or" or "and" a few words after a name: "grant in ITS or summer in
    procurement", "banks OSSS and brooks OSEL"."""
    if labels.key(i - 1) not in terms.COORDINATORS:
        return False
    return any(labels.is_name(j) and labels.tight(j + 1) for j in range(max(0, i - 5), i - 1))


def _in_department(labels: Labels, i: int, bare: bool) -> bool:
    """A department right after (when ``bare``), or after "in", "at" or "from" (and "the"
    or "our", and up to two words before a department noun): "OSSS", "at Legal", "in osss",
    "from Safety Operations", "from the parent council"."""
    if not labels.tight(i):
        return False
    if bare and _department(labels, i, lead=False):
        return not _modifies_a_noun(labels, i + 1)
    if labels.key(i) not in {"in", "at", "from"}:
        return False
    j = i + 1
    if labels.key(j) in {"the", "our", "your"} and labels.tight(j + 1):
        j += 1
    if _department(labels, j, lead=True):
        return True
    return any(
        labels.key(k) in terms.PHRASE_HEADS | terms.DEPARTMENT_WORDS
        and all(labels.tight(n) for n in range(j, k + 1))
        for k in range(j + 1, j + 3)
    )


#: What follows a person placed in a department: what they do or say ("banks OSSS wants").
_AFTER_A_PERSON = (
    terms.SUBJECT_VERBS
    | terms.SAYING_VERBS
    | terms.ONE_PERSON_VERBS
    | terms.AFTER_A_NAME_ONLY
    | terms.PERSON_VERBS
)


def _modifies_a_noun(labels: Labels, i: int) -> bool:
    """Whether the department before ``i`` describes the plain word at ``i`` ("new LSC
    members", "for STLS kids") rather than placing a person ("banks OSSS and brooks OSEL")."""
    word = labels.word(i)
    if word is None or not labels.tight(i) or word.kind is not Kind.SAFE or not word.text.islower():
        return False
    return word.key not in terms.FUNCTION_WORDS | _AFTER_A_PERSON


def _department(labels: Labels, j: int, lead: bool) -> bool:
    """Whether the word at ``j`` names a department: an acronym in capitals, one of the
    district's office initials, a department noun, or (after "in", "at", "from") a word with
    a capital that means one."""
    place = labels.word(j)
    if place is None or not labels.tight(j):
        return False
    if place.key in terms.INSTITUTION_WORDS:
        return False  # "Lincoln Park HS" is a school
    acronym = labels.reliable and place.text.isupper() and 2 <= len(place.text) <= 6
    known = place.key in vocabulary.OFFICE_ACRONYMS or place.key in terms.DEPARTMENT_WORDS
    # "at Legal" is a department, "from Lagos" a country.
    named = lead and labels.reliable and place.capitalised and labels.key(j - 1) != "from"
    return acronym or named or (known and (lead or place.key in vocabulary.OFFICE_ACRONYMS))


def _in_grade(labels: Labels, i: int) -> bool:
    """ "in 3rd grade", "in 10th", "(4th grade)", ", 10th grade" right after the word."""
    at = i + 1 if labels.key(i) == "in" and labels.tight(i) else i
    if at >= len(labels.tokens):
        return False
    gap = labels.tokens[at].gap.strip()
    if not (labels.tight(at) or "(" in gap or gap == ","):
        return False
    return bool(ORDINAL.fullmatch(labels.tokens[at].text))


#: Rooms of a school a person is sent to or waits in: "star in room 204", "storm in the office".
ROOMS = frozenset({"office", "room", "rm", "class", "classroom", "hallway", "hall"})
#: Words that can stand between "in the" and the room: "in the nurse office".
ROOM_KINDS = frozenset(
    {"nurse", "nurses", "nurse's", "main", "front", "health", "principal's", "principals"}
)


def _in_room(labels: Labels, i: int) -> bool:
    """ "in room 204", "in the office", "in the nurse's office", "in my class" right after the
    word: where a person is, not a season ("summer in the city")."""
    if labels.key(i) != "in" or not labels.tight(i):
        return False
    at = i + 1
    if labels.key(at) in {"the", "my", "our", "her", "his"}:
        at += 1
    if labels.key(at) in ROOM_KINDS:
        at += 1
    if labels.key(at) not in ROOMS or not labels.tight(at):
        return False
    numbered = at + 1 < len(labels.tokens) and labels.tokens[at + 1].text[:1].isdigit()
    return labels.key(at) not in {"room", "rm"} or numbered or at > i + 1


#: Words right after the name a message opens on, without a comma: "grant hey can u",
#: "ball pls check", "HOPE PLEASE CALL ME".
CALLING = terms.ASKING | {"hey", "yo"}


def _called_on(labels: Labels, i: int) -> bool:
    """The first word of a message, a name word, before "pls" or "hey": who is asked; not a
    job ("nurse pls"). Not before "can" either: "grant can cover the sub" is a grant."""
    token = labels.tokens[i]
    if i != 0 or token.kind is not Kind.AMBIGUOUS or not labels.tight(1):
        return False
    if token.key in terms.MODALS | terms.STAFF_NOUNS | terms.OCCASIONS:
        return False
    return labels.key(1) in CALLING


def _here(labels: Labels, i: int) -> bool:
    """The first word of a message, a name word, then "here" and nothing tight after it: who
    writes ("faith here 👋 who handles..."); not a job ("nurse here") nor the weather ("snow
    here, any closings?")."""
    token = labels.tokens[i]
    if i != 0 or token.kind is not Kind.AMBIGUOUS:
        return False
    if token.key in terms.OCCASIONS | terms.STAFF_NOUNS:
        return False  # "nurse here, ..." is a job
    return labels.key(1) == "here" and labels.tight(1) and not labels.tight(2)


def _subject_slot(labels: Labels, i: int) -> bool:
    """Whether a subject can start at ``i``: after "if", "and", "says", not after "the" or
    another noun ("the bus pass came", "the safety summit is")."""
    before = labels.key(i - 1)
    speech = {"tell", "told", "ask", "asked", "say", "think", "heard", "know", "knows", "sure"}
    slot = terms.FUNCTION_WORDS | terms.SUBJECT_VERBS | speech | terms.NICKNAME_PREFIXES
    slot |= terms.SUBJECT_OPENERS  # "bc hunter is on FMLA"
    return before in slot and before not in terms.DETERMINERS


def apply_objects(labels: Labels) -> None:
    """A first name (and a surname with it) after a verb or preposition that takes a person,
    before what follows a person: "tell hunter to come", "ask hope price about it", "i saw
    mason in the hall", "a pass for grace, she", "per dawn, the nurse", "i asked heather
    but"; a surname after "tell" or "ask"; any name word after "send to", "reply to"."""
    for i, token in enumerate(labels.tokens):
        before = labels.key(i - 1)
        addressed = token.frequent and before in terms.ADDRESS_VERBS
        asked_of = before in terms.AUXILIARIES | CAUSING and labels.key(i + 1) in terms.BASE_VERBS
        sent_to = token.kind is Kind.AMBIGUOUS and (
            _talked_to(labels, i) or before in terms.TAKES_A_PERSON or asked_of
        )  # "send the form to mark", "sit w/ will", "can hill come get"
        whom = _for_whom(labels, i) if labels.name[i] is None else []
        for j in whom:
            labels.mark(j, True)  # "the accommodations list for rain.", "the IEP for star?"
        if whom:
            continue
        if labels.name[i] is not None or not (token.first_name or addressed or sent_to):
            continue
        texted_with = before == "w" and labels.tokens[i].gap.strip() == "/"  # "w/ rose"
        if not (labels.tight(i) or texted_with):
            continue
        if before not in terms.PERSON_VERBS | terms.AUXILIARIES and not sent_to:
            continue
        last = i + 1 if _surname_after(labels, i) else i  # "ask hope price about it"
        after = labels.tokens[last + 1] if last + 1 < len(labels.tokens) else None
        ends = after is None or (bool(after.gap.strip()) and not labels.tight(last + 1))
        told = before in terms.ADDRESS_VERBS and labels.key(last + 1) in TOLD_WHAT
        if ends or told or labels.key(last + 1) in terms.OBJECT_FOLLOWERS:
            for j in range(i, last + 1):
                labels.mark(j, True)


#: What someone is told or asked, after the person: "tell miles the camera is out", "ask
#: hope our room number".
TOLD_WHAT = frozenset({"the", "this", "these", "those", "our", "my", "your"})


#: Verbs that have someone do something: "pls have hope call the grandma", "let rose go".
CAUSING = frozenset({"have", "let", "make", "help"})


def _for_whom(labels: Labels, i: int) -> list[int]:
    """Name words after "for" that end their clause or come before a day: who a plan or a
    form is for ("the IEP for star?", "for faith 12/9", "registration for page and stone").
    Seasons, holidays, the weather and grades are what it is for otherwise ("closed for
    snow", ``terms.OCCASIONS``); a first name there was a name before this rule and stays
    one ("for summer.", ``apply_objects``)."""
    if labels.key(i - 1) != "for" or not labels.tight(i) or not _whom_word(labels, i):
        return []
    if _clause_ends_after(labels, i):
        return [i]
    pair = labels.key(i + 1) in terms.COORDINATORS and labels.tight(i + 1) and labels.tight(i + 2)
    if pair and _whom_word(labels, i + 2) and _clause_ends_after(labels, i + 2):
        return [i, i + 2]
    return []


def _whom_word(labels: Labels, i: int) -> bool:
    """A name word that is not a season, a holiday, the weather or a grade."""
    token = labels.word(i)
    return token is not None and token.kind is Kind.AMBIGUOUS and token.key not in terms.OCCASIONS


def _clause_ends_after(labels: Labels, i: int) -> bool:
    """Whether punctuation, the end, or a day ("12/9") follows token ``i``: nothing that
    could make it part of a compound ("for grant money")."""
    after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    dated = after is not None and not after.gap.strip() and DAY.fullmatch(after.text)
    return after is None or after.gap.strip()[:1] in CLAUSE_ENDS or bool(dated)


#: What ends a clause right after a word.
CLAUSE_ENDS = frozenset(".?!,;:)")
#: A day written with a slash: "for faith 12/9".
DAY = re.compile(r"\d{1,2}/\d{1,2}")


def _surname_after(labels: Labels, i: int) -> bool:
    """Whether a common surname, undecided, stands straight after the first name at ``i``."""
    nxt = labels.word(i + 1)
    return nxt is not None and nxt.frequent and labels.tight(i + 1) and labels.name[i + 1] is None


def apply_addressing(labels: Labels) -> None:
    """Names people are addressed by: "Hi Grace", "thx, will", "ok will, I'll ask", "Faith,
    can you...", "Rich, who sends...", "autumn - who handles", and a signature after a dash
    at the end ("- Hope")."""
    for i, token in enumerate(labels.tokens):
        if labels.name[i] is not None:
            continue
        gap = token.gap.strip()
        greeted = (
            labels.key(i - 1) in terms.GREETINGS
            and gap in {"", ",", "-", "–", "—", ":"}
            and (labels.capital(i) or labels.name_follows(i))
        )
        # a removed name was a word: "hope ) [name]" is read as "hope ) tavion" was
        last = all(not t.is_word and t.text != "[name]" for t in labels.tokens[i + 1 :])
        dashed = "-" in gap or "—" in gap
        signed = last and (token.first_name or dashed) and (dashed or "\n" in token.gap)
        after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
        vocative = i == 0 and after is not None and after.gap.strip() in {",", "-", "–", "—"}
        vocative = vocative and token.key not in terms.GREETINGS  # "Best,\nDana" signs off
        vocative = vocative or _called_on(labels, i) or _here(labels, i)
        if greeted or signed or vocative:
            labels.mark(i, True)
