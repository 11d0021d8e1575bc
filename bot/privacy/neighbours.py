"""Names come together: a name word beside a name is one ("Faith Johnson", "will jones",
"Grace and Faith Okonjo"), and so are particles, initials, suffixes and nickname prefixes
beside a name ("De La Cruz", "Jayden B", "Luis Hernandez Jr", "Big Steve").
"""

from __future__ import annotations

from bot.privacy import familiar, terms
from bot.privacy.labels import NOT_NAMES, TITLES, Labels, could_be_surname
from bot.privacy.lexicon import Kind, Token
from bot.privacy.patterns import PLACEHOLDER


def propagate(labels: Labels) -> bool:
    """One pass of "names come together"; whether anything changed."""
    changed = False
    for i, token in enumerate(labels.tokens):
        if not token.is_word or labels.name[i] is True or labels.sure[i] or labels.phrase[i]:
            continue
        left = labels.tight(i) and labels.is_name(i - 1)
        right = labels.tight(i + 1) and labels.is_name(i + 1)
        if _joins_names(labels, i, token, left, right):
            changed |= labels.mark(i, True)
    return changed


def join_coordinated(labels: Labels) -> None:
    """A name word nothing decided, joined by "and" or "or" to a name, or a one-word item of a
    list beside one, is a name where a name would stand: "two girls star and amber", "the
    kids are star and sky", "repeat offenders are chase, grant, and a kid named legend" once
    how staff write has made "amber", "sky" and "chase" names (``familiar``); not "the brown
    and [name]"."""
    for i, token in enumerate(labels.tokens):
        if labels.name[i] is not None or token.kind is not Kind.AMBIGUOUS:
            continue
        if (_coordinated(labels, i) and _ends_conjunct(labels, i)) or _list_goes_on(labels, i):
            labels.mark(i, True)


def _list_goes_on(labels: Labels, i: int) -> bool:
    """A one-word item after a name and a comma, before another comma or "and": "chase,
    grant, and a kid named legend"; not a sign-off ("Best, Maria") nor "in jan, true?"."""
    if labels.key(i) in terms.MODALS | terms.GREETINGS:
        return False
    after_name = labels.tokens[i].gap.strip() == "," and labels.is_name(i - 1)
    nxt = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    goes_on = nxt is not None and (
        nxt.gap.strip() == "," or (labels.tight(i + 1) and nxt.key in terms.COORDINATORS)
    )
    return after_name and goes_on


def _coordinated(labels: Labels, i: int) -> bool:
    """Whether "and" or "or" joins the word at ``i`` to a name on either side."""
    after = (
        labels.key(i + 1) in terms.COORDINATORS and labels.tight(i + 2) and labels.is_name(i + 2)
    )
    before = (
        labels.key(i - 1) in terms.COORDINATORS and labels.tight(i - 1) and labels.is_name(i - 2)
    )
    return after or before


def _joins_names(labels: Labels, i: int, token: Token, left: bool, right: bool) -> bool:
    coordinated = _coordinated(labels, i)
    if token.key in terms.HONORIFICS and right and not left:
        return False  # "ask Sr. de la Rosa": the title before a name is not part of it
    if left and labels.key(i - 1) in terms.PARTICLES and could_be_surname(token):
        return True  # the word a particle of a name leads to: "mrs. van dyke", "sr. de la rosa"
    if token.kind is Kind.AMBIGUOUS:
        if token.key in terms.ROLE_TITLES and not token.first_name and right and not left:
            return False  # "Nurse Jackie": a title before a name, not part of it
        if labels.tight(i + 1) and labels.key(i + 1) in terms.NAME_SUFFIXES:
            return True  # "dad is king sr", "Price Jr."
        listed = _listed(labels, i) and token.key not in terms.MODALS | terms.GREETINGS
        if token.capitalised or token.shouted or not labels.reliable:
            return left or right or coordinated or listed or _before_real_name(labels, i)
        joined = _lower_joins(labels, i, token, left, right, coordinated)
        return joined or listed or _before_real_name(labels, i)
    if token.key in terms.NAME_SUFFIXES or token.key in terms.PARTICLES:
        return left or (right and token.capitalised)
    if len(token.text) == 1:
        return _initial(labels, i, left, right)
    if token.key in terms.NICKNAME_PREFIXES:
        return right and (token.capitalised or labels.tokens[i + 1].kind is not Kind.SAFE)
    if left and _surname_after_a_name(labels, i, token):
        return True
    if token.key not in terms.FUNCTION_WORDS and _before_real_name(labels, i):
        return True
    if not (labels.reliable and token.capitalised):
        return False
    if token.key in terms.FUNCTION_WORDS and token.name_like and not labels.clause_start(i):
        return left or right  # "Nguyen Van An", "Tran Thi My"
    if token.key in NOT_NAMES:
        return False
    if labels.clause_start(i):
        return _before_real_name(labels, i) or (coordinated and labels.key(i + 1) == "and")
    return left or right or _before_real_name(labels, i)


def _surname_after_a_name(labels: Labels, i: int, token: Token) -> bool:
    """Hmong Her or Vietnamese Do after a given name, where English could not go on with the
    pronoun or the verb: "mai her is going home", "[name] her and [name] both need", "tuan do
    dob [dob]", "mom is lan do [phone]", and "her" where a clause ends ("nou her, kinder");
    not "ask mai her name", "what did tuan do and why", "what did tuan do?" or "tell mai her
    bus is late"."""
    if token.key not in terms.SURNAMES_AFTER_A_NAME or not token.text.islower():
        return False
    nxt = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    if nxt is None or not labels.tight(i + 1):
        return token.key == "her"  # "nou her, kinder", "lunch aide pa her (emp [id])"
    if not nxt.is_word:
        return PLACEHOLDER.fullmatch(nxt.text) is not None  # "lan do [phone]"
    follows = terms.NEVER_AFTER_HER_OR_DO | ({"and", "both"} if token.key == "her" else set())
    return nxt.key in follows


def _lower_joins(
    labels: Labels, i: int, token: Token, left: bool, right: bool, coordinated: bool
) -> bool:
    """A lower-case name word beside a lower-case name: "will jones", "hope ramirez",
    "keisha brown", "Jamal banks, id", "mr. mark hill said", "marcus brown at post 2";
    joined to one by "and" ("brown and [name] from security"); or opening one ("stone
    [name] dob"). Not after a titled surname ("call ms. adeyemi back"), and a modal only
    before a name and a verb."""
    previous = labels.tokens[i - 1]
    unknown = previous.kind is Kind.UNKNOWN and labels.key(i - 2) not in terms.DETERMINERS
    first = previous.first_name or unknown  # not "the Abdullahi case"
    lower_left = left and (previous.text.islower() or first) and not previous.possessive
    lower_left = lower_left and (not labels.titled[i - 1] or first)
    lower_right = right and labels.tokens[i + 1].text.islower()
    closing = labels.key(i + 1) in CLOSING_WORDS  # "brown at", "maria de"
    ends_name = labels.name_follows(i) or closing
    lower_left = lower_left and token.frequent and ends_name
    if token.key in terms.MODALS:
        after = i + 2
        while labels.tight(after) and labels.is_name(after):
            after += 1
        # "will jones is", or "(will jones)", "stepdad, will jones," where the name ends
        closes = after >= len(labels.tokens) or labels.tokens[after].gap.strip()[:1] in {")", ","}
        ending = terms.SUBJECT_VERBS | terms.NAME_FOLLOWERS  # "will okafor emp id [id]"
        return lower_right and (labels.key(after) in ending or closes)
    # "star and [name]": a name nobody could take for a word makes its partner a name too
    partner = i + 2 if labels.key(i + 1) in terms.COORDINATORS else i - 2
    unknown = labels.word(partner) is not None and labels.tokens[partner].kind is Kind.UNKNOWN
    paired = coordinated and (token.frequent or unknown) and _ends_conjunct(labels, i)
    leads = lower_right and _opens_full_name(labels, i)
    return lower_left or paired or leads or (token.first_name and (lower_right or coordinated))


#: Words after a full name, though not after any name word: "marcus brown at", "maria de la".
CLOSING_WORDS = terms.AFTER_SURNAMES | terms.PARTICLES
#: Words of an aside that say who someone is: "(the 8th grader)", "(the Okafor twins)".
WHO_SOMEONE_IS = terms.PERSON_NOUNS | terms.FAMILY_NOUNS | terms.SIBLINGS

#: Name words that stand before a person as a verb or an adjective, not as a first name.
NOT_OPENING_NAMES = (
    terms.PERSON_VERBS | terms.SAYING_VERBS | terms.BASE_VERBS | terms.FAMILY_MODIFIERS
)


def _opens_full_name(labels: Labels, i: int) -> bool:
    """Whether a name word opens a full name with the unknown word after it: "stone
    [name] dob", "storm [name] got sent", "its honor [name], 9th"; not "the summer [name]
    camp", "can someone call [name]?" or "new registrant has"."""
    following = labels.tokens[i + 1]
    if following.kind is not Kind.UNKNOWN or not labels.name_follows(i + 1):
        return False
    if labels.tokens[i].key in NOT_OPENING_NAMES:
        return False  # "call [name] back", "new registrant has"
    before = labels.key(i - 1)
    introduced = before in terms.INTRODUCING  # "its honor [name], 9th"
    return (
        labels.clause_start(i)
        or introduced
        or (before in familiar.LEADS_TO_PERSON and before not in terms.DETERMINERS)
    )


def _ends_conjunct(labels: Labels, i: int) -> bool:
    """Whether a common name word joined to a name stands where a name would: "brown and
    [name] from security", "[name] and banks", not "the brown and [name]" or "[name] and
    grant money". Job titles stay words: "the nurse and [name]"."""
    if labels.tokens[i].key in terms.STAFF_NOUNS:
        return False
    if labels.key(i + 1) in terms.COORDINATORS:
        return labels.key(i - 1) not in terms.DETERMINERS
    return labels.name_follows(i)


def _initial(labels: Labels, i: int, left: bool, right: bool) -> bool:
    """Whether a single letter is the initial of a name beside it: "Jayden B", "ana g.",
    "[name] w. was", "Ms. A. Lopez". "I" and "a" only with a full stop, and texting's "u",
    "r", "n", "q" ("tell jay u need it", "a stls q") only with one too."""
    token = labels.tokens[i]
    after = labels.tokens[i + 1] if i + 1 < len(labels.tokens) else None
    dotted = labels.stop_after(i)
    if labels.abbreviation(i):
        return False  # "a.k.a.", "d.o.b."
    if token.key in {"a", "i"}:
        return dotted and (left or (right and labels.key(i - 1) in TITLES))
    if token.text.isupper():
        return left or right
    if not left or len(labels.dotted_run(i)) > 1:
        return False  # "d.o.b."
    if after is not None and not after.is_word and after.gap.strip() in {"", "."}:
        return False  # "b. 3/4/12" (born), "b4"
    return dotted or (token.key not in terms.LETTER_WORDS and labels.name_follows(i))


def _listed(labels: Labels, i: int) -> bool:
    """A one-word item of a list beside a name: "Marcus, daisy, heather are out", "JOY,
    PEARL, RUBY AND JADE", "trinity, unique and destiny"; not "Ms. Price, summer school"."""
    after_comma = labels.tokens[i].gap.strip() == "," and labels.is_name(i - 1)
    before_comma = i + 1 < len(labels.tokens) and labels.tokens[i + 1].gap.strip() == ","
    before_comma = before_comma and labels.is_name(i + 1)
    opens = labels.clause_start(i) or labels.tokens[i].gap.strip() == ","
    ends = not labels.tight(i + 1)
    ends = ends or labels.key(i + 1) in terms.SUBJECT_VERBS  # not "Gray, born [dob]"
    return (after_comma and ends) or (before_comma and opens)


def _before_real_name(labels: Labels, i: int) -> bool:
    """A capitalised word just before "(" whose inside starts with a name: "Peanut (Kenyatta
    Sims)", "Pooh (the Jefferson twins)"; or any word starting a clause whose aside names
    it: "peanut (everyone calls Aniyah Brooks that)"; and the first of a pair the aside
    describes: "hope and faith (the Okafor sisters)"."""
    if i + 1 >= len(labels.tokens) or "(" not in labels.tokens[i + 1].gap:
        pair = labels.key(i + 1) in terms.COORDINATORS and labels.tight(i + 2)
        aside = pair and i + 3 < len(labels.tokens) and "(" in labels.tokens[i + 3].gap
        return aside and _described_as_person(labels, i)
    if _described_as_person(labels, i):
        return True
    if not labels.tokens[i].text[:1].isupper():
        return labels.clause_start(i) and _aside_names(labels, i + 1)
    inside = i + 2 if labels.key(i + 1) == "the" else i + 1
    return labels.is_name(inside)


def _described_as_person(labels: Labels, i: int) -> bool:
    """A word starting a clause, or joined to a name, whose aside says who it is: "Rivers
    (the 8th grader)", "peanut ([name]'s little brother)", "[name] and lucky (the [name]
    twins)"; not "Lunch (8th grade) is at 11" nor "the bus (route 4)"."""
    joined = labels.key(i - 1) in terms.COORDINATORS and labels.is_name(i - 2)
    if not (labels.clause_start(i) or joined):
        return False
    end = i + 1
    while end < len(labels.tokens) and (end == i + 1 or ")" not in labels.tokens[end].gap):
        if labels.key(end) in WHO_SOMEONE_IS:
            return True
        end += 1
    return False


def _aside_names(labels: Labels, i: int) -> bool:
    """Whether the aside starting at ``i`` holds a name and a word that names: "(everyone
    calls Aniyah Brooks that)", "(real name Tavion)"."""
    end = i
    while end + 1 < len(labels.tokens) and ")" not in labels.tokens[end + 1].gap:
        end += 1
    keys = {labels.key(j) for j in range(i, end + 1)}
    named = any(labels.is_name(j) for j in range(i, end + 1))
    return named and bool(keys & terms.NAMING_WORDS)
