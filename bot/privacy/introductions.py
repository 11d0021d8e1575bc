"""How staff introduce a person in passing: as the speaker of a line ("Sky: can you find
out") or of what follows ("stone said to ask here"), beside their job between commas ("our
clerk, bishop, said", "rose, the lunch lady, saw"), after "it's" ("it's grant again", "that's
hope from the front office") and in a list of names ("missing physicals: lane, grant, woods,
king", "bishop / stone / grant").

Each rule asks for a name word (a word on a name list) and a frame that holds a person; a
plain word in the same frame stays ("Transportation: who handles", "our clerk, please").
"""

from __future__ import annotations

from bot.privacy import terms
from bot.privacy.labels import Labels
from bot.privacy.lexicon import Kind
from bot.privacy.patterns import PLACEHOLDER

#: What may follow "it's NAME": "it's grant again", "that's hope from the front office".
AFTER_INTRODUCED = frozenset({"again", "from", "here", "in", "at", "with"})
#: Separators of a list of names: "lane, grant, woods", "bishop / stone / grant".
LIST_GAPS = frozenset({",", "/", ";"})


def apply_introductions(labels: Labels) -> None:
    """Speakers, people who say something, appositions, "it's NAME" and lists of names."""
    for i in range(len(labels.tokens)):
        if _undecided(labels, i) and (
            _speaker(labels, i)
            or _saying(labels, i)
            or _apposed(labels, i)
            or _introduced(labels, i)
            or _family_name(labels, i)
            or _modal_subject(labels, i)
            or _before_kin(labels, i)
            or _named_subject(labels, i)
            or _acts_on_own(labels, i)
            or _given_to(labels, i)
            or _kin_of(labels, i)
            or _before_record(labels, i)
            or _after_record(labels, i)
        ):
            labels.mark(i, True)
    for i in range(len(labels.tokens)):
        if _undecided(labels, i):
            found = _pair_subject(labels, i) or _with_initial(labels, i)
        else:
            found = [i + 1] if _initial_after_verb(labels, i) else []
        for j in found + _coordinated_initial(labels, found):
            labels.mark(j, True)
    mark_lists(labels)
    mark_tallies(labels)
    for i in range(len(labels.tokens)):
        if _lil_nickname(labels, i):
            labels.mark(i, True)
            labels.mark(i + 1, True)


def _lil_nickname(labels: Labels, i: int) -> bool:
    """ "lil" and one plain word: a nickname ("lil man got into it", "jay and lil man in the
    hall"); not "a lil question", "my lil man is sick" (a determiner), "lil kids" (plural),
    "lil bit of"."""
    nxt = labels.word(i + 1)
    if labels.key(i) != "lil" or nxt is None or not labels.tight(i + 1):
        return False
    if labels.key(i - 1) in terms.DETERMINERS or nxt.key.endswith("s"):
        return False
    return nxt.kind is not Kind.UNKNOWN and labels.key(i + 2) != "of"  # "a lil bit of"


def _undecided(labels: Labels, i: int) -> bool:
    token = labels.tokens[i]
    return token.is_word and token.kind is Kind.AMBIGUOUS and labels.name[i] is None


def _speaker(labels: Labels, i: int) -> bool:
    """One name word alone before a colon, starting a line or a clause: "Sky: can you",
    "HOPE: WHO HANDLES", "... i think Angel: ITS"."""
    nxt = labels.word(i + 1)
    return labels.clause_start(i) and nxt is not None and nxt.gap.strip() == ":"


def _saying(labels: Labels, i: int) -> bool:
    """Starting a clause before "said", "says", "thinks": "stone said to ask here", "Price
    said the price is too high"; only a person speaks. A first name speaks wherever it
    stands: "the permission slips major asked me twice"."""
    if labels.key(i) in terms.STAFF_NOUNS | terms.KIN_WORDS or not labels.tight(i + 1):
        return False  # "nurse wants to know": a job, not a name
    opens = labels.clause_start(i) or labels.tokens[i].gap.strip() == ","
    if opens and labels.key(i + 1) in terms.SAYING_VERBS:
        return True
    return _speaks_in_passing(labels, i)


def _speaks_in_passing(labels: Labels, i: int) -> bool:
    """A first name before a verb of speech in mid-sentence; not "the major asked" (a rank),
    "our summer said", "at 47th and king said" (a street) or "the Safe Passage crew says"
    (the end of a thing's name)."""
    token = labels.tokens[i]
    if not token.first_name or labels.key(i - 1) in terms.DETERMINERS:
        return False
    if token.place and labels.key(i - 1) in terms.LOCATIVES:
        return False  # "the lady at 47th and king said": a street
    before = labels.word(i - 1)
    if before is not None and before.capitalised and not token.capitalised:
        return False
    return labels.key(i + 1) in terms.SPEAKING


def _family_name(labels: Labels, i: int) -> bool:
    """Before a family, after "the" or starting a clause: "the woods family", "the king
    kids", "price family moved"; not "the foster family", "the little kids"."""
    if not (labels.key(i - 1) == "the" or labels.clause_start(i)):
        return False
    if labels.key(i) in terms.FAMILY_MODIFIERS:
        return False
    return labels.tight(i + 1) and labels.key(i + 1) in terms.FAMILY_NOUNS


def _before_kin(labels: Labels, i: int) -> bool:
    """Before a relative, as texted without the 's: "grace mom called", "page mom wants a
    call back", "faith dad came in"; not "the bus mom", "a foster mom", "call grandpa"."""
    if labels.key(i - 1) in terms.DETERMINERS or labels.key(i) in terms.FAMILY_MODIFIERS:
        return False
    if labels.key(i) in terms.PERSON_VERBS | terms.BASE_VERBS:
        return False  # a verb whose object is the relative
    return labels.tight(i + 1) and labels.key(i + 1) in terms.RELATIVES


def _named_subject(labels: Labels, i: int) -> bool:
    """Starting a clause before what is said only of a person: "young is out", "sky forgot
    her inhaler", "wood is the new clerk"."""
    opens = labels.clause_start(i) or labels.key(i - 1) in terms.CLAUSE_OPENERS
    if not opens:
        return False
    # "bishop reed is the new lsc rep": a surname may stand between.
    token, nxt = labels.tokens[i], labels.word(i + 1)
    surname = token.first_name and nxt is not None and nxt.kind is Kind.AMBIGUOUS
    at = i + 2 if surname and labels.tight(i + 1) else i + 1
    if at == i + 2 and any(labels.phrase_at(at, said) for said in terms.NAME_WORD_PREDICATES):
        labels.mark(i + 1, True)
        return True
    return any(labels.phrase_at(i + 1, said) for said in terms.NAME_WORD_PREDICATES)


#: What a person does to their own: "stone hit his head", "grant used his inhaler".
OWN = frozenset({"his", "her", "him", "himself", "herself"})
#: Verbs whose first object is the one who receives: "gave love her insulin".
GIVING_VERBS = frozenset(
    {"gave", "give", "gives", "giving", "handed", "hand", "sent", "send", "bring", "brings"}
    | {"brought", "bringing", "get", "got"}
)
#: What a receiver is given: "gave joy her tylenol", "gave justice an ice pack".
GIVEN = frozenset({"his", "her", "an", "a", "their"})


def _acts_on_own(labels: Labels, i: int) -> bool:
    """Starting a clause before a verb done to his or her own: "stone hit his head", "nurse
    note: grant used his inhaler"; not "major changes to his schedule" (a noun between) or a
    modal ("will do his")."""
    opens = labels.clause_start(i) or labels.key(i - 1) in terms.CLAUSE_OPENERS | {"that"}
    verb = labels.word(i + 1)
    if not opens or verb is None or not labels.tight(i + 1) or labels.key(i) in terms.MODALS:
        return False
    past = verb.key.endswith("ed") or verb.key in terms.SUBJECT_VERBS - terms.FUNCTION_WORDS
    return past and labels.tight(i + 2) and labels.key(i + 2) in OWN


def _given_to(labels: Labels, i: int) -> bool:
    """The one a thing is given to: "gave love her insulin", "gave justice an ice pack"."""
    given = labels.key(i - 1) in GIVING_VERBS and labels.tight(i)
    return given and labels.tight(i + 1) and labels.key(i + 1) in GIVEN


#: Who a person is "of": "custody of love", "the family of king", "the mom of rain".
HELD_OF = terms.KIN_WORDS | terms.FAMILY_NOUNS | {"custody", "guardianship", "guardians"}


def _kin_of(labels: Labels, i: int) -> bool:
    """After a family word and "of", where a name ends: "the family of king said", "he has
    custody of love on weekends"; not "the mother of all meetings" (a determiner after). In
    Spanish the family word says so wherever the name stands: "la mamá de melody preguntó"."""
    if labels.key(i - 1) not in {"of", "de"} or labels.key(i - 2) not in HELD_OF:
        return False
    if not (labels.tight(i) and labels.tight(i - 1)):
        return False
    if labels.key(i - 1) == "de":
        return labels.key(i) not in terms.OCCASIONS  # not "un niño de kinder"
    ends = not labels.tight(i + 1)
    return ends or labels.key(i + 1) in terms.OBJECT_FOLLOWERS | terms.SUBJECT_VERBS


def _after_record(labels: Labels, i: int) -> bool:
    """After a record's number and "for": "bday is [dob] for ash", "cps id [id] for bishop"."""
    placed = PLACEHOLDER.fullmatch(labels.tokens[i - 2].text) if i >= 2 else None
    return bool(placed) and labels.key(i - 1) == "for" and labels.tight(i)


def _before_record(labels: Labels, i: int) -> bool:
    """Before the label of a record and its number: "sky dob [dob]", "justice id [id]"; not
    "every day id [id]"."""
    if labels.key(i - 1) in terms.DETERMINERS:
        return False
    if not (labels.tight(i + 1) and labels.key(i + 1) in terms.RECORD_LABELS):
        return False
    ahead = labels.tokens[i + 2 : i + 4]
    return any(PLACEHOLDER.fullmatch(token.text) for token in ahead)


def _pair_subject(labels: Labels, i: int) -> list[int]:
    """Two name words joined by "and" as one subject: "bill and cash both asked", "white and
    wood both out", "grace n hope r fighting", "banks or stone is", "love + april want"."""
    before = labels.key(i - 1)
    if before in terms.DETERMINERS | terms.LOCATIVES or labels.key(i) in terms.LINE_COLOURS:
        return []  # "the black and white is", "on Cicero and Madison is", "red and brown"
    plus = i + 1 < len(labels.tokens) and labels.tokens[i + 1].gap.strip() == "+"
    if plus:
        partner = i + 1  # "love + april want the lists"
    elif labels.key(i + 1) in terms.AND_WORDS and labels.tight(i + 2):
        partner = i + 2
    else:
        return []
    other = labels.word(partner)
    if other is None or not (other.kind is Kind.AMBIGUOUS or labels.is_name(partner)):
        return []
    verb = labels.key(partner + 1)
    follows = terms.PAIR_FOLLOWERS | terms.SUBJECT_VERBS | terms.SAYING_VERBS
    follows |= terms.PERSON_ACTS | {"from"}
    return [i, partner] if labels.tight(partner + 1) and verb in follows else []


def _with_initial(labels: Labels, i: int) -> list[int]:
    """A name word and a lower-case initial: "its hunter p not hunter m", "stu [id] joy w.",
    "summer r. and autumn r." (a letter that stands for a word only with a full stop)."""
    letter = labels.word(i + 1)
    if letter is None or len(letter.text) != 1 or letter.key in {"a", "i"}:
        return []
    dotted = labels.stop_after(i + 1)
    if letter.key in terms.LETTER_WORDS and not dotted:
        return []
    if not labels.tight(i + 1) or not (dotted or labels.name_follows(i + 1)):
        return []
    after = labels.tokens[i + 2].gap if i + 2 < len(labels.tokens) else " "
    if "/" in after or not after:
        return []  # not "w/ will", "b4"
    if _page_number(labels, i + 1):
        return []
    # "call e. jackson", "pls see j. about it": the initial is a person, the verb is not.
    return [i + 1] if _addressing_verb(labels, i) else [i, i + 1]


def _initial_after_verb(labels: Labels, i: int) -> bool:
    """A lone initial as the object of a verb for people, where a verb stands: "tell j. to
    come down", "pls text r. when the bus comes" (the letter is no word, so no rule on name
    words sees it). Not an abbreviation ("ask a.s.a.p."), nor a page ("see p. 4")."""
    return _lone_initial(labels, i + 1) and _addressing_verb(labels, i)


def _coordinated_initial(labels: Labels, found: list[int]) -> list[int]:
    """A second initial joined to an initial just found: "ask k. or j. for the key"."""
    if not found or not _lone_initial(labels, found[-1]):
        return []
    after = found[-1] + 2
    joined = labels.key(after - 1) in terms.COORDINATORS
    return [after] if joined and _lone_initial(labels, after) else []


def _lone_initial(labels: Labels, i: int) -> bool:
    """A letter with its full stop, after a space, that is no word ("a", "I"), no part of an
    abbreviation and no page."""
    letter = labels.word(i)
    if letter is None or len(letter.text) != 1 or letter.key in {"a", "i"}:
        return False
    if not (labels.tight(i) and labels.stop_after(i)) or labels.abbreviation(i):
        return False
    return not _page_number(labels, i)


def _page_number(labels: Labels, i: int) -> bool:
    """ "p." before a number is a page: "see p. 4", "per p. 12 of the policy"."""
    after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    return labels.key(i) == "p" and after is not None and after.text[:1].isdigit()


def _addressing_verb(labels: Labels, i: int) -> bool:
    """Whether the word at ``i`` is a verb whose object is a person, where a verb stands: at
    a clause's start, after "please", a subject or a modal ("call j. about it", "pls see k.",
    "you can call m."). A name word there ("Call", "See") would need a title to be a name."""
    if labels.key(i) not in terms.ADDRESSING_VERBS:
        return False
    before = labels.key(i - 1)
    verb_place = before in terms.ASKING | terms.SUBJECT_PRONOUNS | terms.MODALS
    return labels.clause_start(i) or (verb_place and labels.tight(i))


def _modal_subject(labels: Labels, i: int) -> bool:
    """A bare name word as the subject of "can", "will" and a verb after "if", "when",
    "that": "if clark can get a bus" (a thing would take "the")."""
    if labels.key(i - 1) not in {"if", "when", "whether", "that", "and", "so"}:
        return False
    modal = labels.key(i + 1) in terms.MODALS and labels.tight(i + 1)
    return modal and labels.key(i + 2) in terms.BASE_VERBS and labels.tight(i + 2)


def _apposed(labels: Labels, i: int) -> bool:
    """Between commas beside a job or a role ("our nurse, reed, is asking", "the new coach,
    miles, wants", "a new student, faith, no lunch number"), or straight before "the" and a
    job ("rose the lunch lady saw")."""
    gap = labels.tokens[i].gap.strip()
    after = labels.tokens[i + 1].gap.strip() if i + 1 < len(labels.tokens) else ""
    if gap == "," and after == "," and labels.key(i - 1) in terms.STAFF_NOUNS | terms.KIN_WORDS:
        return True
    if after == "," and labels.key(i + 1) in {"the", "our", "my"}:
        return labels.reaches(i + 2, 3, terms.STAFF_NOUNS)
    opens = labels.clause_start(i) or gap == ","
    return opens and labels.key(i + 1) == "the" and labels.reaches(i + 2, 3, terms.STAFF_NOUNS)


def _introduced(labels: Labels, i: int) -> bool:
    """After "it's", "that's", "this is" or "it was", then the end of the clause or "again",
    "from": "hey it's deacon.", "it's grant again", "that's bishop", "it was star, she ran";
    not "it's summer school"."""
    before = labels.word(i - 1)
    spelled = before.text.casefold().replace("’", "'") if before else ""
    this_is = spelled == "is" and labels.key(i - 2) == "this" and labels.tight(i - 1)
    it_was = spelled == "was" and labels.key(i - 2) == "it" and labels.tight(i - 1)
    if not (spelled in terms.INTRODUCING or this_is or it_was) or not labels.tight(i):
        return False
    if not labels.tight(i + 1):
        return True
    return labels.key(i + 1) in AFTER_INTRODUCED


def mark_lists(labels: Labels) -> None:
    """Three or more one-name items ("amber, sterling, and ivory"), or two split by a slash,
    every item a name word, a name or an initial and a name word ("h. price / k. young"):
    all are names. A colour is an item only beside a name ("miles, rain, destiny, and
    brown", not "brown, white and black"), and the last item must end ("summer, fall, and
    spring sessions" is not a list of names). Run again once how staff write has named
    more words."""
    items = _list_items(labels)
    for run in items:
        slashed = any("/" in labels.tokens[start].gap for start, _ in run[1:])
        if len(run) < 3 and not (slashed and len(run) >= 2):
            continue
        named = any(labels.is_name(end) for _, end in run)
        if not _item_ends(labels, run[-1][1]):
            continue
        if all(labels.key(start) in terms.OCCASIONS for start, _ in run):
            continue  # "summer, fall, and spring sessions": seasons are listed
        if all(_name_item(labels, start, end, named) for start, end in run):
            for start, end in run:
                for j in range(start, end + 1):
                    if labels.tokens[j].is_word:
                        labels.mark(j, True)


def mark_tallies(labels: Labels) -> None:
    """A count beside each of two or more different name words, one after another: a tally
    of people ("visits: hope 11, faith 9, major 8"); not "page 3, page 4" (the same word)
    nor "summer 2024, fall 2024" (only seasons)."""
    run: list[int] = []
    for i in range(len(labels.tokens)):
        if not _tallied(labels, i):
            continue
        joined = run and labels.tokens[i].gap.strip() == "," and run[-1] + 2 == i
        run = [*run, i] if joined else [i]
        keys = {labels.key(j) for j in run}
        if len(run) >= 2 and len(keys) == len(run) and not keys <= terms.OCCASIONS:
            for j in run:
                labels.mark(j, True)


def _tallied(labels: Labels, i: int) -> bool:
    """A name word with a number straight after it: "faith 9"."""
    token = labels.tokens[i]
    if not token.is_word or token.kind is not Kind.AMBIGUOUS or not labels.tight(i + 1):
        return False
    return labels.tokens[i + 1].text.isdigit()


def _list_items(labels: Labels) -> list[list[tuple[int, int]]]:
    """Runs of items (first and last token of each) separated by commas or slashes, the last
    perhaps after "and" or "or"."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    i = 0
    while i < len(labels.tokens):
        end = i + 1 if len(labels.tokens[i].text) == 1 and labels.tight(i + 1) else i
        run.append((i, end))
        nxt = end + 1
        if len(run) > 1 and labels.key(nxt) in terms.COORDINATORS and labels.tight(nxt + 1):
            i = nxt + 1  # "amber, sterling and ivory", "amber, sterling, and ivory"
            continue
        if nxt < len(labels.tokens) and labels.tokens[nxt].gap.strip() in LIST_GAPS:
            i = nxt
            continue
        if len(run) > 1:
            runs.append(run)
        run = []
        i = nxt
    return runs


def _item_ends(labels: Labels, last: int) -> bool:
    """Whether the clause ends after the last item, or a name or what follows a person
    does ("and love to enter", "and grant are out", "ivory [name], ..."), not "and spring
    sessions"."""
    if not labels.tight(last + 1):
        return True
    follows = terms.OBJECT_FOLLOWERS | terms.PAIR_FOLLOWERS
    return labels.key(last + 1) in follows or labels.tokens[last + 1].kind is not Kind.SAFE


def _name_item(labels: Labels, start: int, end: int, named: bool) -> bool:
    """An item that is only a name: a name word, a name already found, or an initial and a
    name word; not a colour ("brown, white and black")."""
    last = labels.tokens[end]
    if not last.is_word or (end > start and not labels.tokens[start].text.isalpha()):
        return False
    if labels.is_name(end):
        return True
    colour = last.key in terms.LINE_COLOURS and not last.text[:1].isupper() and not named
    return last.kind is Kind.AMBIGUOUS and labels.name[end] is None and not colour
