"""The rules behind bot.privacy.context, one method each, over a message's tokens.

``name[i]`` is True (a name), False (a word) or None (a name word not yet decided). ``sure[i]``
marks a decision no later rule may undo; ``cued[i]`` one that a title, a naming verb or a
possessive made, which not even a place name can undo.
"""

from __future__ import annotations

import re

from bot.privacy import _words, terms
from bot.privacy.lexicon import Kind, Token

PROPER = frozenset(_words.PROPER_WORDS.split())
#: Finite verbs only: "Will got into a fight" is Will, "will get" is the modal.
FINITE = terms.SUBJECT_VERBS - terms.MODALS - terms.NOT_FINITE
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        "no",
        "some",
        "any",
        "every",
        "each",
        "how",
        "so",
        "too",
        "very",
        "as",
        "more",
        "most",
        "less",
        "bus",
    ]
)
COORDINATORS = frozenset({"and", "&", "or"})
CONNECTORS = frozenset({"of", "to", "the", "and", "for", "with", "&"})
LINE_COLOURS = frozenset(["red", "blue", "green", "brown", "orange", "pink", "purple", "yellow"])
REPEATABLE = frozenset(["very", "so", "bye", "no", "yes", "ha", "knock", "really", "super"])
TITLES = terms.HONORIFICS | terms.ROLE_TITLES
NOT_NAMES = (terms.FUNCTION_WORDS | terms.SCHOOL_WORDS | PROPER | terms.PHRASE_HEADS | TITLES) | (
    terms.KIN_WORDS | terms.WEEKDAYS
)
PLACE_PREPOSITIONS = frozenset({"on", "at", "near", "off", "in"})
STREET_TYPES = frozenset({"st", "ave", "blvd", "rd", "street", "avenue", "boulevard"})
PLACE_HEADS = terms.INSTITUTION_WORDS | frozenset({"neighborhood", "area", "community"})


class Labels:
    """Name decisions for one message, filled in by the rules in order."""

    def __init__(self, tokens: list[Token], reliable: bool) -> None:
        self.tokens = tokens
        self.reliable = reliable
        self.name: list[bool | None] = [
            None if t.is_word and t.kind is Kind.AMBIGUOUS else t.is_word and t.kind is Kind.UNKNOWN
            for t in tokens
        ]
        self.sure = [t.is_word and t.kind is Kind.UNKNOWN for t in tokens]
        self.cued = [False] * len(tokens)
        self.titled = [False] * len(tokens)
        self.phrase = [False] * len(tokens)

    # -- helpers ------------------------------------------------------------------------------

    def word(self, i: int) -> Token | None:
        """The token at ``i`` if it is a word inside the message."""
        if 0 <= i < len(self.tokens) and self.tokens[i].is_word:
            return self.tokens[i]
        return None

    def key(self, i: int) -> str:
        found = self.word(i)
        return found.key if found else ""

    def tight(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with only spaces between (or the full stop of
        an abbreviation: "Ms. Price", "St. Clair", "Jayden B.")."""
        if not 0 < i < len(self.tokens):
            return False
        gap = self.tokens[i].gap
        if not gap.strip():
            return True
        before = self.key(i - 1)
        abbreviation = before in TITLES | terms.PARTICLES
        return gap.strip() == "." and (abbreviation or len(before) == 1)

    def clause_start(self, i: int) -> bool:
        return i == 0 or (self.tokens[i].breaks_before and not self.tight(i))

    def capital(self, i: int) -> bool:
        """A capital that means something: not shouted, not Title Case, not sentence-initial."""
        return self.reliable and self.tokens[i].capitalised and not self.clause_start(i)

    def is_name(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.name[i] is True

    def mark(self, i: int, value: bool, sure: bool = False) -> bool:
        """Set a decision unless a sure one stands; whether anything changed."""
        if self.sure[i] or self.name[i] is value:
            return False
        self.name[i] = value
        self.sure[i] = sure
        return True

    def cue(self, i: int) -> None:
        """A name for certain: said so by a title, a naming verb or a possessive."""
        self.name[i] = True
        self.sure[i] = self.cued[i] = True

    def unname(self, i: int) -> None:
        """Part of a place after all, unless a cue said it was a person."""
        if not self.cued[i]:
            self.name[i] = False
            self.sure[i] = True

    # -- strong cues --------------------------------------------------------------------------

    def apply_strong_cues(self) -> None:
        """Titles, naming verbs, possessives, kin words, "Long, Tyrone", "man man"."""
        for i, token in enumerate(self.tokens):
            nxt = self.word(i + 1)
            if not token.is_word:
                continue
            determined = self.key(i - 1) in DETERMINERS and not self.capital(i)
            named = token.kind is Kind.UNKNOWN or token.frequent or token.place or token.capitalised
            if token.possessive and token.kind is not Kind.SAFE and named and not determined:
                self.cue(i)
            labelled = (
                self.key(i) in {"name", "names"} and nxt is not None and nxt.gap.strip() == ":"
            )
            if nxt is None or not (self.tight(i + 1) or self._quoted(i + 1) or labelled):
                continue
            if nxt.key in terms.FUNCTION_WORDS:
                continue
            if self._titled(i, token, nxt) or self._named(i, nxt):
                self.cue(i + 1)
                self.titled[i + 1] = True
            elif self._kin(token, nxt):
                self.cue(i + 1)
            elif self._initials(i, token, nxt) or (
                token.key == nxt.key and token.key not in REPEATABLE and self.tight(i + 1)
            ):
                self.cue(i)
                self.cue(i + 1)
        first, second = self.word(0), self.word(1)
        surname_first = first and first.kind is Kind.AMBIGUOUS and second is not None
        if surname_first and second and second.gap.strip() == "," and second.kind is Kind.UNKNOWN:
            self.cue(0)

    def _initials(self, i: int, token: Token, nxt: Token) -> bool:
        """Initials written with full stops: "T.J.", "A.J. Brown"."""
        letters = len(token.text) == 1 and len(nxt.text) == 1
        return letters and token.text.isupper() and nxt.text.isupper() and nxt.gap == "."

    def _quoted(self, i: int) -> bool:
        return 0 < i < len(self.tokens) and self.tokens[i].gap.strip() in {"'", '"', "“", "‘"}

    def _kin(self, token: Token, nxt: Token) -> bool:
        """ "his brother Emeka", "my student grace"; not "another kid's crew"."""
        kin = token.key in terms.KIN_WORDS and not token.possessive
        return kin and nxt.first_name and nxt.key not in terms.MODALS

    def _titled(self, i: int, token: Token, nxt: Token) -> bool:
        if not self.tight(i + 1):
            return False
        if token.key in terms.HONORIFICS and not (token.shouted and self.reliable):
            # "miss breakfast" is a verb and a word, "miss Grace" a title and a name
            return nxt.kind is not Kind.SAFE or nxt.text[:1].isupper() or not self.reliable
        if token.key not in terms.ROLE_TITLES or nxt.key in terms.MODALS:
            return False
        if nxt.kind is Kind.UNKNOWN or (self.capital(i + 1) and nxt.key not in NOT_NAMES):
            return True
        return nxt.frequent and self._name_follows(i + 1)

    def _name_follows(self, i: int) -> bool:
        """Whether what comes after ``i`` is what comes after a name: the end, punctuation, a
        verb, "and" ("coach carter wants", "coach tony (Antonio"), not "officer job at"."""
        if self.tokens[i].possessive or i + 1 >= len(self.tokens):
            return True
        after = self.tokens[i + 1]
        return not self.tight(i + 1) or after.key in terms.SUBJECT_VERBS

    def _named(self, i: int, nxt: Token) -> bool:
        """Whether the words ending at ``i`` name what follows ("named", "goes by")."""
        if self._cue_ends_at(i, terms.NAMING_CUES):
            return True
        if self.key(i) in {"name", "names"} and self.tokens[i + 1].gap.strip() == ":":
            return True
        if not self._cue_ends_at(i, terms.CALLING_CUES):
            return False
        return nxt.kind is Kind.UNKNOWN or self._quoted(i + 1) or self.capital(i + 1)

    def _cue_ends_at(self, i: int, cues: tuple[tuple[str, ...], ...]) -> bool:
        for cue in cues:
            start = i - len(cue) + 1
            words = tuple(self.key(j) for j in range(start, i + 1))
            if start >= 0 and words == cue and all(self.tight(j) for j in range(start + 1, i + 1)):
                return True
        return False

    # -- subjects, phrases and capitals -------------------------------------------------------

    def apply_subject_verbs(self) -> None:
        """A bare first name before a verb is a subject, so a name: "hunter got jumped"."""
        for i, token in enumerate(self.tokens):
            if self.name[i] is not None or not token.first_name:
                continue
            if not (self.clause_start(i) or self._subject_slot(i)):
                continue
            last = i  # "mason brown is": the surname goes with the first name
            while self.tight(last + 1) and self.name[last + 1] is None and self.word(last + 1):
                last += 1
            nxt, after = self.key(last + 1), self.word(last + 2)
            if last + 1 >= len(self.tokens):
                continue
            if not self.tight(last + 1) and "(" not in self.tokens[last + 1].gap:
                continue
            graded = self.tight(last + 1) and ORDINAL.fullmatch(self.tokens[last + 1].text)
            verbs = FINITE if token.key in terms.MODALS else terms.SUBJECT_VERBS - {"and"}
            aside = "(" in self.tokens[last + 1].gap and self.clause_start(i)
            verb = nxt in verbs or bool(graded) or aside
            at_start = self.clause_start(i) and (
                nxt == "from"
                or (nxt == "in" and not (after and after.is_word))
                or (nxt == "and" and after is not None and after.key in {"his", "her", "their"})
            )
            if verb or at_start:
                for j in range(i, last + 1):
                    self.mark(j, True)

    def _subject_slot(self, i: int) -> bool:
        """Whether a subject can start at ``i``: after "if", "and", "says", not after "the" or
        another noun ("the bus pass came", "the safety summit is")."""
        before = self.key(i - 1)
        speech = {"tell", "told", "ask", "asked", "say", "think", "heard", "know", "knows"}
        slot = terms.FUNCTION_WORDS | terms.SUBJECT_VERBS | speech | terms.NICKNAME_PREFIXES
        return before in slot and before not in DETERMINERS

    def apply_objects(self) -> None:
        """A first name after a verb or preposition that takes a person, before what follows
        a person: "tell hunter to come", "i saw mason in the hall", "a pass for grace, she"."""
        for i, token in enumerate(self.tokens):
            if self.name[i] is not None or not token.first_name or not self.tight(i):
                continue
            before = self.key(i - 1)
            if before not in terms.PERSON_VERBS and before not in terms.AUXILIARIES:
                continue
            after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            ends = after is None or (bool(after.gap.strip()) and not self.tight(i + 1))
            if ends or self.key(i + 1) in terms.OBJECT_FOLLOWERS:
                self.mark(i, True)

    def apply_addressing(self) -> None:
        """Names people are addressed by: "Hi Grace", "thx, will", "Faith, can you...", and a
        signature after a dash at the end ("- Hope")."""
        for i, token in enumerate(self.tokens):
            if self.name[i] is not None:
                continue
            gap = token.gap.strip()
            greeted = (
                self.key(i - 1) in terms.GREETINGS
                and gap in {"", ",", "-", "–", "—", ":"}
                and (self.capital(i) or self._name_follows(i))
            )
            last = all(not t.is_word for t in self.tokens[i + 1 :])
            signed = last and token.first_name and ("-" in gap or "—" in gap or "\n" in token.gap)
            after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            vocative = i == 0 and token.first_name and after and after.gap.strip() == ","
            if greeted or signed or vocative:
                self.mark(i, True)

    def apply_phrases(self) -> None:
        """Capitalised runs holding an ordinary word are names of things, not people:
        "Parent Advisory Council", "Brown Line", "King College Prep", "Back to School". A
        name word beside an unknown one stays a name ("Faith Johnson Bus Pass Request")."""
        if not self.reliable:
            return
        i = 0
        while i < len(self.tokens):
            end = last = self._run_end(i)
            while last > i and self.tokens[last].shouted:
                last -= 1
            person = self.key(i) in terms.HONORIFICS or any(self.cued[i : last + 1])
            if (
                last > i
                and not person
                and any(self._phrase_word(j) for j in range(i + 1, last + 1))
            ):
                for j in range(i, end + 1):
                    if self._beside_unknown(j):
                        continue
                    self.phrase[j] = True
                    if self.tokens[j].kind is Kind.AMBIGUOUS:
                        self.mark(j, False, sure=True)
            i = end + 1

    def _beside_unknown(self, i: int) -> bool:
        before = self.tight(i) and self.tokens[i - 1].kind is Kind.UNKNOWN
        after = self.tight(i + 1) and self.tokens[i + 1].kind is Kind.UNKNOWN
        return before or after

    def _phrase_word(self, i: int) -> bool:
        """A word that makes a capitalised run the name of a thing: an ordinary safe word
        ("Advisory", "Line", "Time") or a head noun ("Council", "Center")."""
        token = self.tokens[i]
        if token.key in terms.PHRASE_HEADS:
            return True
        plain = terms.FUNCTION_WORDS | TITLES | PROPER | CONNECTORS | terms.PARTICLES
        return token.kind is Kind.SAFE and len(token.key) > 1 and token.key not in plain

    def _run_end(self, i: int) -> int:
        """The last token of the capitalised run starting at ``i`` (``i`` itself if none)."""
        token = self.word(i)
        if token is None or not token.text[:1].isupper() or token.key in terms.FUNCTION_WORDS:
            return i
        end = i
        while True:
            k = end + 1
            if self.key(k) in CONNECTORS and self.tight(k):
                k += 1
            nxt = self.word(k)
            if nxt is None or not self.tight(k) or not nxt.text[:1].isupper():
                return end
            end = k

    def apply_capitals(self) -> None:
        """A capitalised name word mid-sentence is a name, unless it is a dated month or a
        street in its place."""
        for i in range(len(self.tokens)):
            if self.name[i] is not None:
                continue
            if self._month(i) or self._place(i) or self._language(i):
                self.mark(i, False, sure=True)
            elif self.capital(i):
                self.mark(i, True)

    def _month(self, i: int) -> bool:
        if self.key(i) not in terms.MONTHS:
            return False
        before = self.tokens[i - 1] if i else None
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        dated = after is not None and not after.is_word and self.tight(i + 1)
        return dated or (
            before is not None and (not before.is_word or before.key in terms.MONTH_CUES)
        )

    def _language(self, i: int) -> bool:
        """ "speak English", "French interpreting": a language, not Ms. English."""
        if self.key(i) not in terms.LANGUAGE_NAMES:
            return False
        return self.key(i - 1) in terms.LANGUAGE_CUES or self.key(i + 1) in terms.LANGUAGE_CUES

    def _place(self, i: int) -> bool:
        """A street or place word in its place: "at Garfield", "in Austin", "Garfield Blvd",
        "63rd and Halsted", "on Cicero and Madison" (but not "Taylor and Morgan Hill")."""
        if not self.tokens[i].place:
            return False
        if self.key(i + 1) in STREET_TYPES:
            return True
        prepositions = {"in"} if self.key(i) in terms.PLACE_FIRST_NAMES else PLACE_PREPOSITIONS
        if self.key(i - 1) in prepositions:
            return True
        corner = [(i - 2, i - 3)] if self.key(i - 1) in {"and", "&"} else []
        corner += [(i + 2, i - 1)] if self.key(i + 1) in {"and", "&"} else []
        return any(self._street_like(j, self.key(k) in PLACE_PREPOSITIONS) for j, k in corner)

    def _street_like(self, i: int, placed: bool) -> bool:
        """A numbered street ("55th"), or a named one when the pair follows "on" or "at"."""
        if not 0 <= i < len(self.tokens):
            return False
        token = self.tokens[i]
        return (not token.is_word and token.text[:1].isdigit()) or (
            placed and token.key in terms.SCHOOL_WORDS | terms.CHICAGO_STREETS
        )

    # -- neighbours ---------------------------------------------------------------------------

    def propagate(self) -> bool:
        """One pass of "names come together"; whether anything changed."""
        changed = False
        for i, token in enumerate(self.tokens):
            if not token.is_word or self.name[i] is True or self.sure[i] or self.phrase[i]:
                continue
            left = self.tight(i) and self.is_name(i - 1)
            right = self.tight(i + 1) and self.is_name(i + 1)
            if self._joins_names(i, token, left, right):
                changed |= self.mark(i, True)
        return changed

    def _joins_names(self, i: int, token: Token, left: bool, right: bool) -> bool:
        coordinated = (
            self.key(i + 1) in COORDINATORS and self.tight(i + 2) and self.is_name(i + 2)
        ) or (self.key(i - 1) in COORDINATORS and self.tight(i - 1) and self.is_name(i - 2))
        if token.kind is Kind.AMBIGUOUS:
            if token.capitalised or not self.reliable:
                return left or right or coordinated or self._before_real_name(i)
            return self._lower_joins(i, token, left, right, coordinated)
        if token.key in terms.NAME_SUFFIXES or token.key in terms.PARTICLES:
            return left or (right and token.capitalised)
        if len(token.text) == 1 and token.text.isupper() and token.text not in {"I", "A"}:
            return left or right
        if token.key in terms.NICKNAME_PREFIXES:
            return right and (token.capitalised or self.tokens[i + 1].kind is not Kind.SAFE)
        if token.key not in terms.FUNCTION_WORDS and self._before_real_name(i):
            return True
        if token.key in NOT_NAMES or not (self.reliable and token.capitalised):
            return False
        if self.clause_start(i):
            return self._before_real_name(i) or (coordinated and self.key(i + 1) == "and")
        return left or right or self._before_real_name(i)

    def _lower_joins(
        self, i: int, token: Token, left: bool, right: bool, coordinated: bool
    ) -> bool:
        """A lower-case name word beside a lower-case name: "will jones", "hope ramirez",
        "keisha brown". Not beside a capitalised one ("the Abdullahi case") nor after a titled
        surname ("call ms. adeyemi back"), and a modal only before a name and a verb."""
        lower_left = left and self.tokens[i - 1].text.islower() and not self.titled[i - 1]
        lower_right = right and self.tokens[i + 1].text.islower()
        lower_left = lower_left and not self.tokens[i - 1].possessive
        lower_left = lower_left and token.frequent and self._name_follows(i)
        if token.key in terms.MODALS:
            after = i + 2
            while self.tight(after) and self.is_name(after):
                after += 1
            return lower_right and self.key(after) in terms.SUBJECT_VERBS
        return lower_left or (token.first_name and (lower_right or coordinated))

    def _before_real_name(self, i: int) -> bool:
        """A capitalised word just before "(" whose inside starts with a name:
        "Peanut (Kenyatta Sims)", "Pooh (the Jefferson twins)"."""
        if not self.tokens[i].text[:1].isupper() or i + 1 >= len(self.tokens):
            return False
        if "(" not in self.tokens[i + 1].gap:
            return False
        inside = i + 2 if self.key(i + 1) == "the" else i + 1
        return self.is_name(inside)

    # -- places -------------------------------------------------------------------------------

    def keep_places(self) -> None:
        """Names that are part of a place: "at Harold Washington College", "from Kelly HS",
        "at Washington Park", "the Roosevelt Red Line", "Six Flags"."""
        keys = [t.key if t.is_word else "" for t in self.tokens]
        for phrase in terms.SAFE_PHRASES + terms.PARK_PHRASES:
            words = phrase.split()
            for i in range(len(keys) - len(words) + 1):
                if keys[i : i + len(words)] != words:
                    continue
                placed = self._placed(i) or self.key(i + len(words)) in PLACE_HEADS
                if phrase in terms.SAFE_PHRASES or placed:
                    for j in range(i, i + len(words)):
                        self.unname(j)
        if self.reliable:
            self._keep_named_institutions()

    def _placed(self, i: int) -> bool:
        return self.key(i - 1) in terms.LOCATIVES | {"the", "attends", "attending"}

    def _keep_named_institutions(self) -> None:
        for i, token in enumerate(self.tokens):
            head = token.key in terms.INSTITUTION_WORDS or (
                token.key in LINE_COLOURS and self.key(i + 1) == "line"
            )
            if not (head and token.text[:1].isupper() and self.tight(i)):
                continue
            start = i - 1
            while self.tight(start) and self.tokens[start - 1].text[:1].isupper():
                if not (self.is_name(start - 1) or self.phrase[start - 1]):
                    break
                start -= 1
            if self._placed(start):
                for j in range(start, i):
                    self.unname(j)
