"""Office names as pages write them: acronyms in parentheses, "Office of" prefixes, slugs.

A page names one office two ways ("Student Support and Engagement (OSSE)" over its
description, "Office of Student Support and Engagement" over its phone), so the drafter
compares names without their acronym and their "Office of". It never matches names by
similarity: a contact block given to the wrong office is worse than one left for the curator.
"""

from __future__ import annotations

import re

from knowledge.importing.page import word_set
from knowledge.text import normalize

#: "Name (ACRONYM)": two capitals or more, as pages write acronyms (not "(Fax)").
_ACRONYM = re.compile(r"^(?P<name>.*\S)\s*\((?P<acronym>[A-Z][A-Za-z0-9&]{1,11})\)$")
_PREFIX = re.compile(r"^(?:the |(?:office|department|division|bureau) of (?:the )?)")

#: Words that make a heading name an office rather than a topic.
_OFFICE_WORDS = word_set(
    "office department division team unit center centre services program programs initiative"
    " bureau council network networks commission board administration partnership"
)
#: A heading made only of these words is page structure ("Our Teams", "Contact Us").
_GENERIC = word_set(
    "about us our mission vision values overview contact contacts information info additional"
    " department departments team teams offices resources related links quick learn more news"
    " events faq faqs frequently asked questions home welcome who we are what do key duties"
    " responsibilities staff directory leadership history goals priorities services programs"
    " highlights updates announcements documents forms main office central mailing address"
    " location locations phone fax email hours visit find and the of for to in at a an"
)


def split_acronym(heading: str) -> tuple[str, str | None]:
    """``("Office of X", "OX")`` from ``"Office of X (OX)"``; the heading and None otherwise."""
    match = _ACRONYM.match(heading)
    if match is None or sum(ch.isupper() for ch in match["acronym"]) < 2:
        return heading, None
    return match["name"], match["acronym"]


def core_name(name: str) -> str:
    """The name compared across a page: normalised, acronym and "Office of" prefixes gone."""
    words = normalize(split_acronym(name)[0])
    while (shorter := _PREFIX.sub("", words)) != words:
        words = shorter
    return words


def slug(text: str, limit: int = 60) -> str:
    """An id from a name or title: ``language-and-cultural-education``, at most ``limit`` long."""
    words = core_name(text).split() or normalize(text).split()
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or "-".join(words)[:limit]


def page_title(title: str) -> str:
    """The page's own title without the site's name: ``"Page | Site"`` gives ``"Page"``."""
    return title.split(" | ")[0].strip()


def is_generic(heading: str) -> bool:
    """True for a heading that structures the page ("Our Mission") rather than names an office."""
    return all(word in _GENERIC for word in normalize(heading).split())


def names_an_office(name: str) -> bool:
    """True when the name itself says it is an office: an acronym or a word like "Team"."""
    return split_acronym(name)[1] is not None or bool(set(normalize(name).split()) & _OFFICE_WORDS)
