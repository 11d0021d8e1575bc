"""Name decisions for one message, and the questions every rule asks of its tokens.

``name[i]`` is True (a name), False (a word) or None (a name word not yet decided). ``sure[i]``
marks a decision no later rule may undo; ``cued[i]`` one that a title, a naming verb or a
possessive made, which not even a place name can undo. The rules live in cues, positions,
phrases, neighbours and places, and bot.privacy.context runs them in order.
"""

from __future__ import annotations

from functools import cached_property

from bot.privacy import terms, vocabulary
from bot.privacy.lexicon import Kind, Token
from knowledge import english_words

PROPER = frozenset(english_words.PROPER_WORDS.split())
TITLES = terms.HONORIFICS | terms.ROLE_TITLES
#: Words never taken for part of a name from capitals alone.
NOT_NAMES = (
    terms.FUNCTION_WORDS
    | vocabulary.SCHOOL_WORDS
    | PROPER
    | terms.PHRASE_HEADS
    | TITLES
    | terms.KIN_WORDS
    | terms.WEEKDAYS
    | terms.UNNAMED_MONTHS
)


def could_be_surname(token: Token) -> bool:
    """Whether the word after a name's particle can end the name: any word but a plain one
    ("Coach Al said": "said" is not a surname, "mrs. van dyke": "dyke" can be)."""
    plain = token.kind is Kind.SAFE and not token.capitalised
    return token.is_word and not plain and token.key not in terms.FUNCTION_WORDS


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
        if "\n" in gap:
            return False  # a line of a form ends: "Price\nPhone: [phone]", "R.\nSubject"
        if not gap.strip():
            return True
        before = self.key(i - 1)
        abbreviation = before in TITLES | terms.PARTICLES
        return gap.strip() == "." and (abbreviation or len(before) == 1)

    def clause_start(self, i: int) -> bool:
        return i == 0 or (self.tokens[i].breaks_before and not self.tight(i))

    def capital(self, i: int) -> bool:
        """A capital that means something: not shouted, not Title Case, not sentence-initial.
        A line after a line that did not end a sentence goes on with it: "Hope" is a name in
        "Thanks,\nHope", as it would be in "Thanks, Hope"."""
        token = self.tokens[i]
        line_goes_on = i > 0 and "\n" in token.gap and not any(m in token.gap for m in ".!?")
        starts = self.clause_start(i) and not line_goes_on
        return self.reliable and token.capitalised and not starts

    def stop_after(self, i: int) -> bool:
        """Whether a full stop follows token ``i`` inside the message: "w." in "jaylen w. was"."""
        return i + 1 < len(self.tokens) and self.tokens[i + 1].gap.startswith(".")

    def dotted_span(self, i: int) -> tuple[int, int]:
        """The first and last token of the run of single letters joined by full stops through
        ``i`` ("D.O.B.", "k.w.", a lone "J."), or (i, i - 1) when ``i`` is no letter."""
        return self._dotted_spans[i]

    @cached_property
    def _dotted_spans(self) -> list[tuple[int, int]]:
        """Every token's dotted run, found in one pass: rules ask for it token by token, and
        a message of thousands of "a.a.a." must not cost a walk along the run each time."""
        letters = [t.is_word and len(t.text) == 1 and t.text.isalpha() for t in self.tokens]
        spans: list[tuple[int, int]] = []
        start = 0
        for i, letter in enumerate(letters):
            if not letter:
                spans.append((i, i - 1))
                continue
            if not (i > 0 and letters[i - 1] and self.tokens[i].gap == "."):
                start = i
            spans.append((start, -1))
        end = len(self.tokens) - 1
        for i in range(len(self.tokens) - 1, -1, -1):
            if not letters[i]:
                continue
            if not (i + 1 < len(self.tokens) and letters[i + 1] and self.tokens[i + 1].gap == "."):
                end = i
            spans[i] = (spans[i][0], end)
        return spans

    def dotted_run(self, i: int) -> str:
        """The letters of that run: "dob" for any letter of "D.O.B."."""
        return self._dotted_runs.get(self.dotted_span(i), "")

    @cached_property
    def _dotted_runs(self) -> dict[tuple[int, int], str]:
        """The letters of each dotted run, joined once per run rather than once per letter."""
        return {
            (start, end): "".join(self.tokens[j].key for j in range(start, end + 1))
            for start, end in set(self._dotted_spans)
            if end >= start
        }

    def abbreviation(self, i: int) -> bool:
        """Whether the letter at ``i`` is part of an abbreviation spelled with full stops, not
        of someone's initials: "D.O.B.", "a.k.a.", "P.E.", "I.D.", "3 P.M."."""
        run = self.dotted_run(i)
        return len(run) > 1 and run in terms.DOTTED_ABBREVIATIONS

    def is_name(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.name[i] is True

    @property
    def flags(self) -> list[bool]:
        """For each token, whether it is named now; an undecided word is not."""
        return [label is True for label in self.name]

    @property
    def settled(self) -> list[bool]:
        """For each token, whether it is a word for good, which nothing after the rules may
        name: part of a place or a thing's name ("the Brown Line"), or a letter of an
        abbreviation ("H.R.", "D.O.B.")."""
        return [
            (self.sure[i] and label is not True) or self.abbreviation(i)
            for i, label in enumerate(self.name)
        ]

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

    def name_follows(self, i: int) -> bool:
        """Whether what comes after ``i`` is what comes after a name: the end, punctuation, a
        verb, "and", an id ("coach carter wants", "coach tony (Antonio", "ms. stone emp
        [id]"), not "officer job at"."""
        if self.tokens[i].possessive or i + 1 >= len(self.tokens):
            return True
        after = self.tokens[i + 1]
        followers = terms.SUBJECT_VERBS | terms.NAME_FOLLOWERS
        return not self.tight(i + 1) or not after.is_word or after.key in followers

    def phrase_at(self, i: int, words: tuple[str, ...]) -> bool:
        """Whether ``words`` stand at ``i`` with only spaces between them."""
        end = i + len(words)
        keys = tuple(self.key(j) for j in range(i, end))
        return i >= 0 and keys == words and all(self.tight(j) for j in range(i + 1, end))

    def reaches(self, i: int, span: int, words: frozenset[str]) -> bool:
        """Whether one of ``words`` comes within ``span`` tokens from ``i`` with no break
        before it: "in the lunchroom says", "a new 8th grader"."""
        for j in range(i, min(i + span, len(self.tokens))):
            if not self.tight(j):
                return False
            if self.key(j) in words:
                return True
        return False

    def quoted(self, i: int) -> bool:
        return 0 < i < len(self.tokens) and self.tokens[i].gap.strip() in {"'", '"', "“", "‘"}
