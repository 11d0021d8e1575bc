"""Names come together: a name word beside a name is one ("Faith Johnson", "will jones",
"Grace and Faith Okonjo"), and so are particles, initials, suffixes and nickname prefixes
beside a name ("De La Cruz", "Jayden B", "Luis Hernandez Jr", "Big Steve").
"""

from __future__ import annotations

from bot.privacy import terms
from bot.privacy.labels import NOT_NAMES, Labels, could_be_surname
from bot.privacy.lexicon import Kind, Token


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


def _joins_names(labels: Labels, i: int, token: Token, left: bool, right: bool) -> bool:
    coordinated = (
        labels.key(i + 1) in terms.COORDINATORS and labels.tight(i + 2) and labels.is_name(i + 2)
    ) or (labels.key(i - 1) in terms.COORDINATORS and labels.tight(i - 1) and labels.is_name(i - 2))
    if left and labels.key(i - 1) in terms.PARTICLES and could_be_surname(token):
        return True  # the word a particle of a name leads to: "mrs. van dyke", "sr. de la rosa"
    if token.kind is Kind.AMBIGUOUS:
        if token.key in terms.ROLE_TITLES and not token.first_name and right and not left:
            return False  # "Nurse Jackie": a title before a name, not part of it
        listed = _listed(labels, i) and token.key not in terms.MODALS
        if token.capitalised or token.shouted or not labels.reliable:
            return left or right or coordinated or listed or _before_real_name(labels, i)
        joined = _lower_joins(labels, i, token, left, right, coordinated)
        return joined or listed or _before_real_name(labels, i)
    if token.key in terms.NAME_SUFFIXES or token.key in terms.PARTICLES:
        return left or (right and token.capitalised)
    if len(token.text) == 1 and token.text.isupper() and token.text not in {"I", "A"}:
        return left or right
    if token.key in terms.NICKNAME_PREFIXES:
        return right and (token.capitalised or labels.tokens[i + 1].kind is not Kind.SAFE)
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


def _lower_joins(
    labels: Labels, i: int, token: Token, left: bool, right: bool, coordinated: bool
) -> bool:
    """A lower-case name word beside a lower-case name: "will jones", "hope ramirez",
    "keisha brown", "Jamal banks, id", "mr. mark hill said". Not after a titled surname
    ("call ms. adeyemi back"), and a modal only before a name and a verb."""
    previous = labels.tokens[i - 1]
    unknown = previous.kind is Kind.UNKNOWN and labels.key(i - 2) not in terms.DETERMINERS
    first = previous.first_name or unknown  # not "the Abdullahi case"
    lower_left = left and (previous.text.islower() or first) and not previous.possessive
    lower_left = lower_left and (not labels.titled[i - 1] or first)
    lower_right = right and labels.tokens[i + 1].text.islower()
    lower_left = lower_left and token.frequent and labels.name_follows(i)
    if token.key in terms.MODALS:
        after = i + 2
        while labels.tight(after) and labels.is_name(after):
            after += 1
        return lower_right and labels.key(after) in terms.SUBJECT_VERBS
    return lower_left or (token.first_name and (lower_right or coordinated))


def _listed(labels: Labels, i: int) -> bool:
    """A one-word item of a list beside a name: "Marcus, daisy, heather are out", "JOY,
    PEARL, RUBY AND JADE", "trinity, unique and destiny"; not "Ms. Price, summer school"."""
    after_comma = labels.tokens[i].gap.strip() == "," and labels.is_name(i - 1)
    before_comma = i + 1 < len(labels.tokens) and labels.tokens[i + 1].gap.strip() == ","
    before_comma = before_comma and labels.is_name(i + 1)
    opens = labels.clause_start(i) or labels.tokens[i].gap.strip() == ","
    ends = i + 1 >= len(labels.tokens) or not labels.tight(i + 1)
    ends = ends or labels.key(i + 1) in terms.SUBJECT_VERBS  # not "Gray, born [dob]"
    return (after_comma and ends) or (before_comma and opens)


def _before_real_name(labels: Labels, i: int) -> bool:
    """A capitalised word just before "(" whose inside starts with a name: "Peanut (Kenyatta
    Sims)", "Pooh (the Jefferson twins)"; or any word starting a clause whose aside names
    it: "peanut (everyone calls Aniyah Brooks that)"."""
    if i + 1 >= len(labels.tokens) or "(" not in labels.tokens[i + 1].gap:
        return False
    if not labels.tokens[i].text[:1].isupper():
        return labels.clause_start(i) and _aside_names(labels, i + 1)
    inside = i + 2 if labels.key(i + 1) == "the" else i + 1
    return labels.is_name(inside)


def _aside_names(labels: Labels, i: int) -> bool:
    """Whether the aside starting at ``i`` holds a name and a word that names: "(everyone
    calls Aniyah Brooks that)", "(real name Tavion)"."""
    end = i
    while end + 1 < len(labels.tokens) and ")" not in labels.tokens[end + 1].gap:
        end += 1
    keys = {labels.key(j) for j in range(i, end + 1)}
    named = any(labels.is_name(j) for j in range(i, end + 1))
    return named and bool(keys & terms.NAMING_WORDS)
