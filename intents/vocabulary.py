"""Word-level processing for routing: stop words and a small, predictable stemmer.

A full linguistic stemmer would be overkill for a few hundred phrases and would surprise
curators; these rules only fold the plurals and verb endings staff actually vary
("detectors", "drills", "missing", "policies", "manage" beside "management").
"""

from __future__ import annotations

import functools
import re

from knowledge.text import tokens

#: Words that say nothing about which office: grammar, and the frame of every question
#: ("who handles", "I need to contact", "the office for"). The district's own name ("cps",
#: "chicago") is data: ``stop_words`` in intents/meta.yaml.
STOPWORDS = frozenset(
    """
    a about above after again all also am an and any anyone anybody are as at be been being but
    by can could did do does doing for from get gets getting got gotten had has have having he
    her here hers him his how i id if im in into is it its itself ive just know let lets like
    me my need needs of off on or our ours out over please pls plz really should so some
    someone somebody something than that thats the their them then there these they this those
    to too u up us very was we were what whats when where which while who whom whos why will
    with would wondering you your youre yours hi hello hey thanks thank ok okay sure handle
    handles handling handled deals deal charge responsible contact contacts reach talk speak
    ask asking question questions help helps info information office offices department
    departments dept team teams whom go goes call email find looking look
    want wants trying try tell best right person people one ones
        during since until each every either neither both few many much such same yet still ever
    may might must shall ought cannot whose whatever whoever however therefore thus hence etc
    lot lots thing things able
    """.split()  # noqa: SIM905 - a word list reads best as prose
)

#: Words that put a question in the asker's own first person, in English and Spanish ("mi
#: cheque"). "Our" and "we" are not here: they speak for the school, whose business is ours.
FIRST_PERSON = frozenset("i im ive me my mine myself yo mi mis".split())  # noqa: SIM905

_KEEP_ENDINGS = ("ss", "us", "is", "os")
#: Greek plurals in "-es" whose singular ends in "-is": no suffix rule folds them safely
#: ("promises" is not "promisis"), so they are listed.
_IRREGULAR = {"crises": "crisis", "diagnoses": "diagnosis", "analyses": "analysis"}
#: A message this long with this share of capital letters was typed in capitals throughout.
ALL_CAPS_MIN_LETTERS = 16
ALL_CAPS_SHARE = 0.8
_SHOUTED = re.compile(r"\b[A-Z]{2,6}\b")


@functools.lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """Fold common English endings so "metal detectors" meets "metal detector". Pure, so
    cached: the index stems the same words thousands of times."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ings") and len(word) > 7:
        return word[:-4]  # "screenings" meets "screening"
    if word.endswith("ing") and len(word) > 6:
        return word[:-3]  # not "caring": "car" is another word
    if word.endswith("ed") and len(word) > 4:
        return word[:-2]
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(_KEEP_ENDINGS):
        return _fold_e(word[:-1])
    return _fold_e(word)


def _fold_e(word: str) -> str:
    """Drop "-ment" and a final "e", so a verb meets its noun and its "-ing" form:
    "manage", "managing" and "management" all become "manag"."""
    if word.endswith("ment") and len(word) > 8:
        word = word[:-4]
    if word.endswith("e") and len(word) > 4 and not word.endswith("ee"):
        return word[:-1]
    return word


def shouted(text: str) -> set[str]:
    """Words written in capitals ("IT", "ITS", "FACE"): acronyms, even when they spell a stop
    word, so they are kept. In a message typed all in capitals, capitals say nothing."""
    found = _SHOUTED.findall(text)
    if not found:
        return set()  # the usual case, and the cheap one: no capitalised word at all
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) >= ALL_CAPS_MIN_LETTERS and upper >= ALL_CAPS_SHARE * len(letters):
        return set()
    return {word.casefold() for word in found}


def content_terms(
    text: str, words: list[str] | None = None, stop: frozenset[str] = STOPWORDS
) -> tuple[str, ...]:
    """The stemmed words of ``text`` that can tell offices apart, in order, without repeats.

    Stop words (``stop``: the generic ones, and the district's when the caller adds them) go,
    except those written in capitals in ``text`` (acronyms such as "IT").
    ``words`` is ``tokens(text)`` when the caller already has it.
    """
    keep = shouted(text)
    seen: dict[str, None] = {}
    for word in tokens(text) if words is None else words:
        if word not in stop or word in keep:
            seen.setdefault(stem(word), None)
    return tuple(seen)
