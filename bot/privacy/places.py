"""Names that are part of a place: "at Harold Washington College", "from Kelly HS", "at
Washington Park", "the Roosevelt Red Line", "Six Flags". Never a name a cue made a person's.
"""

from __future__ import annotations

from bot.privacy import terms, vocabulary
from bot.privacy.labels import Labels

#: Nouns after a place named for a person that make it the place, or the day: "Douglass
#: Park fields", "Garfield Park Conservatory", "Dan Ryan traffic", "Casimir Pulaski Day".
PLACE_HEADS = terms.INSTITUTION_WORDS | frozenset(
    {"neighborhood", "area", "community", "conservatory", "boathouse", "zoo", "pool", "beach"}
    | {"lagoon", "field", "fields", "day", "expressway", "traffic", "museum"}
)


def keep_places(labels: Labels) -> None:
    """Names that are part of a place: "at Harold Washington College", "from Kelly HS",
    "at Washington Park", "the Roosevelt Red Line", "Six Flags"."""
    keys = [t.key if t.is_word else "" for t in labels.tokens]
    for phrase in vocabulary.SAFE_PHRASES + vocabulary.NAMED_FOR_PEOPLE + vocabulary.PARK_PHRASES:
        words = phrase.split()
        for i in range(len(keys) - len(words) + 1):
            if keys[i : i + len(words)] != words:
                continue
            placed = _placed(labels, i) or labels.key(i + len(words)) in PLACE_HEADS
            if phrase in vocabulary.SAFE_PHRASES or placed:
                for j in range(i, i + len(words)):
                    labels.unname(j)
    if labels.reliable:
        _keep_named_institutions(labels)


def _placed(labels: Labels, i: int) -> bool:
    return labels.key(i - 1) in terms.LOCATIVES | {"the", "attends", "attending"}


def _keep_named_institutions(labels: Labels) -> None:
    for i, token in enumerate(labels.tokens):
        head = token.key in terms.INSTITUTION_WORDS or (
            token.key in terms.LINE_COLOURS and labels.key(i + 1) == "line"
        )
        if not (head and token.text[:1].isupper() and labels.tight(i)):
            continue
        start = i - 1
        while labels.tight(start) and labels.tokens[start - 1].text[:1].isupper():
            if not (labels.is_name(start - 1) or labels.phrase[start - 1]):
                break
            start -= 1
        if _placed(labels, start):
            for j in range(start, i):
                labels.unname(j)
