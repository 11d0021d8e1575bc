"""Strong cues: what says outright that the next word is a name.

A title ("Ms. Price", "coach carter"), a naming verb ("named", "goes by", "they call him
Tank"), a possessive ("faith's mom"), a family or school role ("his brother Emeka"), initials
("T.J."), a repeated nickname ("man man") and a surname written first ("Long, Tyrone").
"""

from __future__ import annotations

from bot.privacy import terms, vocabulary
from bot.privacy.labels import NOT_NAMES, TITLES, Labels, could_be_surname
from bot.privacy.lexicon import ALL_NAME_WORDS, Kind, Token


def apply_strong_cues(labels: Labels) -> None:
    """Titles, naming verbs, possessives, kin words, "Long, Tyrone", "man man"."""
    for i, token in enumerate(labels.tokens):
        nxt = labels.word(i + 1)
        if not token.is_word:
            continue
        if token.possessive and _possessor(labels, i, token, nxt):
            labels.cue(i)
        if _determiner_out_of_place(labels, i, token) or _possessive_unmarked(labels, i, token):
            labels.cue(i)
        for j in _vietnamese_name(labels, i):
            labels.cue(j)
        labelled = _field(labels, i) is not None
        if nxt is not None and _kin_aside(labels, i, token, nxt):
            labels.cue(i + 1)
        if nxt is not None and _role_aside(labels, i, token, nxt):
            labels.cue(i)
        if nxt is None or not (labels.tight(i + 1) or labels.quoted(i + 1) or labelled):
            continue
        if nxt.key in terms.FUNCTION_WORDS and not _short_surname(labels, i, token, nxt):
            continue
        if _titled(labels, i, token, nxt) or _named(labels, i, nxt):
            labels.cue(i + 1)
            labels.titled[i + 1] = True
        elif _kin(labels, i, token, nxt) or _job_before_name(labels, i, token, nxt):
            labels.cue(i + 1)
        elif (
            _initial_and_surname(labels, i, token, nxt)
            or _initials(labels, i, token, nxt)
            or (token.key == nxt.key and token.key not in terms.REPEATABLE and labels.tight(i + 1))
        ):
            labels.cue(i)
            labels.cue(i + 1)
    if _surname_first(labels):
        labels.cue(0)


def _surname_first(labels: Labels) -> bool:
    """ "Long, Tyrone - chronic absence": a name word, a comma, an unknown name, on one line;
    "Best,\nDana" is a sign-off."""
    first, second = labels.word(0), labels.word(1)
    if first is None or second is None or "\n" in second.gap or second.gap.strip() != ",":
        return False
    named = first.kind is Kind.AMBIGUOUS and second.kind is Kind.UNKNOWN
    return named and first.key not in terms.GREETINGS


def _possessor(labels: Labels, i: int, token: Token, nxt: Token | None) -> bool:
    """Whether a possessive is a person's: a name word with no determiner before it ("Faith's
    mom", "china's tablet", not "the bishop's hat"), or any word before what only a person
    has ("boo's mom", "tank's real name", not "today's parent meeting")."""
    if labels.key(i - 1) in terms.DETERMINERS and not labels.capital(i):
        return False
    personal = nxt is not None and nxt.key in terms.POSSESSED and labels.tight(i + 1)
    if token.kind is not Kind.SAFE:
        return True
    plain = terms.KIN_WORDS | terms.NOT_POSSESSORS | terms.FUNCTION_WORDS
    return personal and token.key not in plain


def _initials(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    """Initials written with full stops: "T.J.", "A.J. Brown", "signed k.w."; not "D.O.B.",
    "U.S.", "P.E.", "3 P.M." or "e.g."."""
    letters = len(token.text) == 1 and len(nxt.text) == 1
    if not (letters and nxt.gap == "."):
        return False
    if not (token.text.isupper() and nxt.text.isupper()):
        # In lower case only two or three letters each with its full stop: "signed k.w.".
        start, end = labels.dotted_span(i)
        if not 2 <= end - start + 1 <= 3 or not labels.stop_after(end):
            return False
    return not labels.abbreviation(i)


def _initial_and_surname(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    """A lone initial with its full stop before a word that can be a surname: "t. brooks",
    "j. rose", "per r. king", "call e. jackson"; not a list's "b. field trips" at the start of
    a line, "w. madison" (a street), "p. 3" or "D.O.B."."""
    if len(token.text) != 1 or not token.text.isalpha() or not labels.stop_after(i):
        return False
    if labels.dotted_span(i) != (i, i) or not could_be_surname(nxt) or nxt.kind is Kind.SAFE:
        return False
    # A list's letter at a line's start ("b. field trips"), or "a" or "i" opening a clause,
    # is an initial only before an unmistakable name.
    listed = (i == 0 or "\n" in token.gap or token.key in {"a", "i"}) and labels.clause_start(i)
    if listed and nxt.kind is not Kind.UNKNOWN and not labels.capital(i + 1):
        return False
    street = nxt.key in vocabulary.CHICAGO_STREETS or nxt.place
    # "w. madison" is a street, but "call e. jackson" a person: one calls people, not streets.
    addressed = labels.key(i - 1) in terms.ADDRESSING_VERBS
    return not (token.key in {"n", "s", "e", "w"} and street) or addressed


def _kin(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    """ "his brother Emeka", "my student grace", "her brother will."; not "another kid's
    crew" or "mom will call"."""
    kin = token.key in terms.KIN_WORDS and not token.possessive
    if not kin or nxt.key in terms.NAME_FOLLOWERS:
        return False  # "my student born [dob]", "her son from Mexico"
    if nxt.key in terms.MODALS:
        return not labels.tight(i + 2)  # nothing it could modify
    if nxt.first_name:
        return True
    capital = labels.capital(i + 1) and nxt.key not in NOT_NAMES
    if token.text.islower() and capital and nxt.key.split("'")[0] != "i":
        return True  # "his cousin Boo"; not "Student Council", "the kid I'm talking about"
    # Any other name word, when what follows it is what follows a name: "his brother art
    # are both"; not "call her grandma back" (the end says nothing), nor after an article
    # ("a kid born in", "the cadet majors").
    if labels.key(i - 1) in terms.ARTICLES or i + 2 >= len(labels.tokens):
        return False
    staff = nxt.key in terms.STAFF_NOUNS | terms.INSTITUTION_WORDS  # "sub nurse", "student council"
    return nxt.kind is Kind.AMBIGUOUS and not staff and labels.name_follows(i + 1)


def _kin_aside(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    """A name word alone in brackets after a family word: "mom (autumn) notified", "her
    sister (june) is picking up"; not "parent (grant funded)"."""
    if token.key not in terms.KIN_WORDS or nxt.gap.strip() != "(" or nxt.kind is Kind.SAFE:
        return False
    return i + 2 >= len(labels.tokens) or labels.tokens[i + 2].gap.lstrip().startswith(")")


def _role_aside(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    """A name word before who they are, alone in brackets: "june (clerk) is out", "hope (our
    nurse)", "rain (his sister)"; not "the grant (title I)"."""
    if token.kind is not Kind.AMBIGUOUS or nxt.gap.strip() != "(":
        return False
    if labels.key(i - 1) in terms.DETERMINERS:
        return False
    role = i + 2 if nxt.key in terms.DETERMINERS else i + 1
    who = labels.word(role)
    closed = role + 1 >= len(labels.tokens) or labels.tokens[role + 1].gap.lstrip()[:1] == ")"
    return who is not None and who.key in terms.STAFF_NOUNS | terms.PERSON_NOUNS and closed


#: Words of jobs that also stand before things ("staff park", "social justice", "case will",
#: "sub plans") or name no one in particular ("someone").
NOT_ONE_JOB = frozenset(
    {"staff", "security", "social", "case", "sub", "man", "monitor", "cook"}
    | {"everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody"}
)
#: Jobs one person holds: "clerk", "coach", "case manager".
ONE_JOB = frozenset(key for key in terms.STAFF_NOUNS if not key.endswith("s")) - NOT_ONE_JOB


def _job_before_name(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    """A job, then a first name or a common surname in lower case where a name ends: "ask
    clerk faith about it", "case manager will has the file", "email coach gray"; not "a
    school nurse job" (not a common name) or "the nurse will call" (a modal before a verb)."""
    if token.key not in ONE_JOB or nxt.kind is not Kind.AMBIGUOUS:
        return False
    if not (nxt.first_name or nxt.frequent) or not nxt.text.islower() or not labels.tight(i + 1):
        return False
    if nxt.key in terms.MODALS:
        return labels.key(i + 2) in terms.ONE_PERSON_VERBS  # "will has", not "will call"
    ends = not labels.tight(i + 2)
    return ends or labels.key(i + 2) in terms.SUBJECT_VERBS | terms.AFTER_SURNAMES | {
        "about",
        "for",
    }


_NOT_AFTER_TITLES = terms.NOT_AFTER_TITLES | TITLES | terms.KIN_WORDS


def _determiner_out_of_place(labels: Labels, i: int, token: Token) -> bool:
    """ "an" or "my" where no article or "my" can stand, before a verb, a preposition or the
    end of a clause: the short surname or given name An or My ("thats tuan an in 10th", "my
    said her mom works nights"). Not "oh my!"."""
    if token.key not in terms.SURNAME_DETERMINERS or labels.key(i - 1) in {"oh", "omg"}:
        return False
    if i + 1 >= len(labels.tokens):
        return i > 0  # "... and an" at the end
    nxt = labels.tokens[i + 1]
    if not labels.tight(i + 1):
        return True  # "tuan an, 10th", "AN - 14 days missing"
    return nxt.is_word and nxt.key in terms.AFTER_A_NAME_ONLY  # not "my 8th graders"


def _possessive_unmarked(labels: Labels, i: int, token: Token) -> bool:
    """A name written with an "s" and no apostrophe before a relative, perhaps with a word
    such as "little" or "foster" between: "hopes mom is on the way", "summers dad called",
    "chases little brother", "faiths foster mom"; not "she hopes mom comes" (a verb after its
    subject) or "the grants mom wrote" (a determiner)."""
    stem = token.key[:-1]
    if not token.key.endswith("s") or len(stem) < 3 or stem not in ALL_NAME_WORDS:
        return False
    if labels.key(i - 1) in terms.DETERMINERS | terms.SUBJECT_PRONOUNS | {"who", "that"}:
        return False
    relative = i + 2 if labels.key(i + 1) in terms.FAMILY_MODIFIERS else i + 1
    tight = all(labels.tight(j) for j in range(i + 1, relative + 1))
    return tight and labels.key(relative) in terms.RELATIVES


def _vietnamese_name(labels: Labels, i: int) -> list[int]:
    """The words of a Vietnamese name starting at ``i``: two or more of its words side by side
    ("an le", "my van do"), where English would not put them together ("do an", "my van")."""
    run = [i]
    while labels.key(run[-1]) in terms.VIETNAMESE_NAME_WORDS and labels.tight(run[-1] + 1):
        run.append(run[-1] + 1)
    if labels.key(run[-1]) not in terms.VIETNAMESE_NAME_WORDS:
        run.pop()
    if len(run) < 2 or (i > 0 and labels.key(i - 1) in terms.VIETNAMESE_NAME_WORDS):
        return []  # a run is found once, from its first word
    pairs = {(labels.key(j), labels.key(j + 1)) for j in run[:-1]}
    if len(run) == 2 and pairs & terms.VIETNAMESE_NOT_PAIRS:
        return []
    return run


def _short_surname(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    """A plain word after a title that names a person: "Mr. Do", "ms an said", "mrs. her
    called", "mr. lo". Many short surnames are function words or everyday words; after "mr"
    or "ms." any word but a joining one is a name, after "ms" alone or another title only a
    surname that is a function word ("ms students" stays), and after "miss" or "don", which
    are also verbs, none ("miss my bus")."""
    verbs = token.key in terms.VERB_TITLES  # "miss my bus", "don her coat"
    if token.key not in terms.HONORIFICS or verbs or nxt.key in _NOT_AFTER_TITLES:
        return False
    return nxt.key in terms.SURNAME_FUNCTION_WORDS or _plain_title(labels, i, token)


def _plain_title(labels: Labels, i: int, token: Token) -> bool:
    """ "mr", "mrs", "mx", or "ms." with its period: a title and nothing else."""
    dotted = labels.tokens[i + 1].gap.startswith(".")
    return token.key in terms.PLAIN_TITLES or (token.key == "ms" and dotted)


def _titled(labels: Labels, i: int, token: Token, nxt: Token) -> bool:
    if not labels.tight(i + 1):
        return False
    if _short_surname(labels, i, token, nxt):
        return True  # "mr. lo", "ms an said"
    if token.key in TITLES and nxt.key in terms.PARTICLES:
        if _particles_lead_to_surname(labels, i + 1):
            return True  # "sr. de la rosa", "mrs. van dyke"
        # A particle alone after "Mr." is the surname: "Mr. Le", "Ms. Du".
        alone = labels.key(i + 2) not in terms.PARTICLES or not labels.tight(i + 2)
        return token.key in terms.HONORIFICS and alone and nxt.text[:1].isupper()
    if token.key in terms.HONORIFICS and not (token.shouted and labels.reliable):
        # "miss breakfast" is a verb and a word, "miss Grace" a title and a name
        return nxt.kind is not Kind.SAFE or nxt.text[:1].isupper() or not labels.reliable
    if token.key not in terms.ROLE_TITLES or nxt.key in terms.MODALS:
        return False
    if nxt.kind is Kind.UNKNOWN or (labels.capital(i + 1) and nxt.key not in NOT_NAMES):
        return True
    if len(nxt.text) == 1 and nxt.text.isupper() and nxt.text != "I":
        return True  # "Coach D"
    if labels.key(i - 1) in terms.DETERMINERS:
        return False  # "a school nurse position", "the cadet majors"
    return (nxt.frequent or nxt.first_name) and labels.name_follows(i + 1)


def _named(labels: Labels, i: int, nxt: Token) -> bool:
    """Whether the words ending at ``i`` name what follows ("named", "goes by")."""
    if _cue_ends_at(labels, i, terms.NAMING_CUES):
        return True
    field = _field(labels, i)
    if field in {"name", "names"}:
        return True
    if field is not None:  # "Student: Gift", "Parent/Guardian: hope price", not "Student: will"
        return nxt.kind is Kind.AMBIGUOUS and nxt.key not in terms.MODALS
    if not _cue_ends_at(labels, i, terms.CALLING_CUES):
        return False
    if nxt.key in NOT_NAMES or nxt.key in terms.DEPARTMENT_WORDS:
        return False  # "they call Transportation every day"
    return nxt.kind is Kind.UNKNOWN or labels.quoted(i + 1) or labels.capital(i + 1)


def _field(labels: Labels, i: int) -> str | None:
    """The label of a form's field for a person that ends at ``i`` ("Name:", "Student:",
    "Parent/Guardian:", "Emergency contact:", "From:"), or None."""
    nxt = labels.word(i + 1)
    if nxt is None or nxt.gap.strip() != ":" or labels.key(i) not in terms.PERSON_FIELDS:
        return None
    return labels.key(i)


def _cue_ends_at(labels: Labels, i: int, cues: tuple[tuple[str, ...], ...]) -> bool:
    return any(labels.phrase_at(i - len(cue) + 1, cue) for cue in cues)


def _particles_lead_to_surname(labels: Labels, i: int) -> bool:
    """Whether the particles from ``i`` on ("de la", "van") end in a word that can be a
    surname, so a title before them names a person: "sr. de la rosa", not "Coach Al said"."""
    while labels.key(i) in terms.PARTICLES and labels.tight(i + 1):
        i += 1
    return labels.key(i) not in terms.PARTICLES and could_be_surname(labels.tokens[i])
