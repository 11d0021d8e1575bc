"""Which words of a message are names, decided from what surrounds them.

Unknown words are names already. A word that is both common and a name ("Faith", "will",
"Brown") is a name when something says so: a title before it ("Ms. Price", "coach carter"),
a naming verb ("named", "goes by"), a possessive ("faith's mom"), a capital in mid-sentence
("tell Will"), another name beside it ("hope ramirez", "Faith Johnson"), or its place in the
sentence ("mark said", "tell hunter to come", "thx, will"). It stays a word when nothing does
("I have faith", "will you", "the Brown Line", "late April"). A few rules can also make a
safe word a name: "Big Steve", "man man", "Peanut (Kenyatta Sims)", "they call him Tank".
"""

from __future__ import annotations

from bot.privacy import (
    cues,
    familiar,
    introductions,
    learned,
    neighbours,
    phrases,
    places,
    positions,
    predicates,
    times,
)
from bot.privacy.labels import Labels
from bot.privacy.lexicon import Token, caps_reliable


def name_flags(tokens: list[Token]) -> list[bool]:
    """For each token, whether it is (part of) a personal name: what the rules decide
    (``rule_decisions``), then the kept words the learned model weighs as names ("tank has 22
    absences"), which can only add to them."""
    labels = rule_decisions(tokens)
    flags = labels.flags
    for i in learned.learned_names(labels, learned.shipped_model()):
        flags[i] = True
    return flags


def rule_decisions(tokens: list[Token]) -> Labels:
    """What the rules decide: what the message says (``decide_from_context``), then, for a
    name word nothing decided, how staff write; then the pairs and lists such a name now
    makes ("star and amber", "miles, rain, destiny, and brown"), and last the same word
    where the message names it elsewhere ("for rain. Rain's mom")."""
    labels = decide_from_context(tokens)
    familiar.apply_unfamiliar(labels)
    neighbours.join_coordinated(labels)
    introductions.mark_lists(labels)
    familiar.apply_named_elsewhere(labels)
    return labels


def decide_from_context(tokens: list[Token]) -> Labels:
    """The decisions the message itself supports. The order matters: outright cues first,
    then the words that say when ("closed for summer"), then position, what is said of a
    subject, the names of things, capitals, neighbours, and places last.
    ``scripts/build_staff_words.py`` reads it to tell a name word used as a word ("the
    December meeting") from one used as a name ("Destiny wants")."""
    labels = Labels(tokens, caps_reliable(tokens))
    cues.apply_strong_cues(labels)
    times.keep_times(labels)
    positions.apply_subject_verbs(labels)
    positions.apply_objects(labels)
    positions.apply_addressing(labels)
    introductions.apply_introductions(labels)
    positions.apply_affiliations(labels)
    predicates.apply_person_predicates(labels)
    predicates.apply_name_pairs(labels)
    predicates.apply_record_labels(labels)
    predicates.apply_record_openers(labels)
    phrases.apply_phrases(labels)
    phrases.apply_capitals(labels)
    while neighbours.propagate(labels):
        pass
    places.keep_places(labels)
    return labels


def redact_names(text: str, tokens: list[Token]) -> str:
    """``text`` with every name word replaced by ``[name]``; a possessive 's is kept."""
    pieces: list[str] = []
    end = 0
    for token, is_name in zip(tokens, name_flags(tokens), strict=True):
        if not is_name:
            continue
        pieces.append(text[end : token.start])
        pieces.append("[name]'s" if token.possessive else "[name]")
        end = token.end
    pieces.append(text[end:])
    return "".join(pieces)
