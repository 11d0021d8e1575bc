"""Direct office lookup by name, acronym or alias, for ``/contact osel`` and the like.

Unlike ``route``, this ignores situations and matches names only, so "/contact osse" can never
be talked into OSSS by a word elsewhere in the text. Acronyms must match exactly (after
normalisation) because near-collisions such as OSSS and OSSE name different offices; longer
names tolerate typos through rapidfuzz.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from intents.model import Candidate, Outcome, RouteResult
from knowledge import KnowledgeBase, Office
from knowledge.text import normalize

#: Lowest rapidfuzz WRatio (0-100) for a typo'd name to count as a match.
NAME_CUTOFF = 85.0
#: Names scoring within this many points of the best are offered together.
TIE_MARGIN = 3.0
ACRONYM_MAX_LEN = 6


def _names(office: Office) -> list[str]:
    names = [office.name, *office.aliases]
    if office.acronym:
        names.append(office.acronym)
    return names


#: The last knowledge base's offices by normalised name, so a lookup costs one dict access.
_by_name: tuple[KnowledgeBase, dict[str, str]] | None = None


def exact_office(query: str, kb: KnowledgeBase) -> str | None:
    """The office whose name, alias or acronym ``query`` is, once normalised; no typos (a
    follow-up naming an office: "network safety", "OSEL?")."""
    global _by_name
    found = _by_name
    if found is None or found[0] is not kb:
        names: dict[str, str] = {}
        for office in kb:
            for name in _names(office):
                names.setdefault(normalize(name), office.id)
        found = _by_name = (kb, names)
    return found[1].get(normalize(query))


def lookup_office(query: str, kb: KnowledgeBase) -> RouteResult:
    """ANSWER with the office ``query`` names, CLARIFY between close names, or UNKNOWN."""
    wanted = normalize(query)
    if not wanted:
        return RouteResult(Outcome.UNKNOWN, 0.0)
    choices: dict[str, str] = {}
    for office in kb:
        for name in _names(office):
            key = normalize(name)
            if key == wanted or (office.acronym and wanted == normalize(office.acronym)):
                return RouteResult(Outcome.ANSWER, 1.0, (Candidate(office.id, 100.0, (name,)),))
            choices.setdefault(key, office.id)
    if len(wanted) <= ACRONYM_MAX_LEN and " " not in wanted:
        # Short single words are acronym-like: only exact matches are safe (OSSS vs OSSE).
        return RouteResult(Outcome.UNKNOWN, 0.0)
    found = process.extract(
        wanted,
        list(choices),
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        score_cutoff=NAME_CUTOFF,
        limit=10,
    )
    if not found:
        return RouteResult(Outcome.UNKNOWN, 0.0)
    best = found[0][1]
    ids: list[str] = []
    for key, score, _ in found:
        if score >= best - TIE_MARGIN and choices[key] not in ids:
            ids.append(choices[key])
    candidates = tuple(Candidate(oid, round(best, 1), ()) for oid in ids[:3])
    outcome = Outcome.ANSWER if len(candidates) == 1 else Outcome.CLARIFY
    return RouteResult(outcome, round(best / 100, 3), candidates)
