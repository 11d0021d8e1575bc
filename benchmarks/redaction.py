"""How well redaction removes personal data, on labelled sets of staff messages.

    python -m benchmarks.redaction tests/privacy/redaction_tune.yaml [MORE.yaml ...] [--show-misses]

Each set is a YAML list of ``{text, personal: [{text, kind}]}`` where every personal item is an
exact substring of the message and kind is name, id, phone, email, address or dob. For each
file, and all files together, it prints: per kind, the items and how many survived in full (the
item's exact text still in the output, as a whole word); name words (each word of a name item)
and the share removed; over-redaction (words outside every personal item that redaction
removed, over all such words); and whether the goals hold: no id, phone, email, address, dob or
full name survives, and at least 99% of name words are removed. Exit status 1 when they don't.

``--time`` also prints the median and p99 time to redact one message of the sets; ``--long`` the
time to redact one 20,000-character message of a few shapes that once cost far more than their
length.

``--show-misses`` lists what survived and what was over-redacted, for tuning. It is refused on
any file whose name contains "holdout": a held-out set is scored, never looked into.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

from bot.privacy import redact

KINDS = ("name", "id", "phone", "email", "address", "dob")
STRICT_KINDS = ("id", "phone", "email", "address", "dob")
NAME_WORD_GOAL = 0.99
WORD = re.compile(r"\w+(?:['’-]\w+)*")
PLACEHOLDER = re.compile(r"\[[a-z]+\]")


@dataclass
class Score:
    """Counts for one set of messages (or several added together)."""

    messages: int = 0
    items: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    survived: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    full_names: int = 0
    full_names_survived: int = 0
    name_words: int = 0
    name_words_removed: int = 0
    other_words: int = 0
    other_words_removed: int = 0
    misses: list[str] = field(default_factory=list)
    over: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.messages += other.messages
        for kind in KINDS:
            self.items[kind] += other.items[kind]
            self.survived[kind] += other.survived[kind]
        for name in ("full_names", "full_names_survived", "name_words", "name_words_removed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.other_words += other.other_words
        self.other_words_removed += other.other_words_removed

    @property
    def name_word_share(self) -> float:
        return self.name_words_removed / self.name_words if self.name_words else 1.0

    @property
    def over_redaction(self) -> float:
        return self.other_words_removed / self.other_words if self.other_words else 0.0

    def failures(self) -> list[str]:
        """The goals not met, in words."""
        failed = [
            f"{self.survived[k]} {k} item(s) survived" for k in STRICT_KINDS if self.survived[k]
        ]
        if self.full_names_survived:
            failed.append(f"{self.full_names_survived} full name(s) survived")
        if self.name_word_share < NAME_WORD_GOAL:
            failed.append(f"name words removed {self.name_word_share:.2%} < {NAME_WORD_GOAL:.0%}")
        return failed


def load_set(path: Path) -> list[dict[str, Any]]:
    """The messages of a labelled set. An item that is not an exact substring of its message,
    or has a kind not listed in KINDS, cannot be scored: it is reported on stderr by message
    number (never by its text) and left out, so one typo does not stop a run."""
    messages = list(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    for number, message in enumerate(messages, 1):
        items = message.get("personal") or []
        good = [i for i in items if i.get("kind") in KINDS and i.get("text", "") in message["text"]]
        if len(good) < len(items):
            print(
                f"{path}: message {number}: {len(items) - len(good)} item(s) not scored",
                file=sys.stderr,
            )
        message["personal"] = good
    return messages


def item_spans(text: str, items: Sequence[dict[str, str]]) -> list[list[tuple[int, int]]]:
    """Where each item sits: every whole-word occurrence that a longer item has not claimed
    (the authors' brief says one item is enough for a name written twice: "star's mom ...
    for star" labels "star" once, and both are the student). A longer item claims its place
    first, so in "April Thompson's mom called, April has..." the item "April" is the second
    April only, and the same text labelled twice counts once. An item found nowhere as a whole
    word ("Pat" only in "Patricia") falls back to its first occurrence."""
    spans: list[list[tuple[int, int]]] = [[] for _ in items]
    claimed: list[tuple[int, int]] = []
    for index in sorted(range(len(items)), key=lambda n: -len(items[n]["text"])):
        needle = items[index]["text"]
        whole = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]
        starts = whole or [text.index(needle)]
        free = [s for s in starts if all(s + len(needle) <= a or s >= b for a, b in claimed)]
        # every occurrence already claimed (by a longer item, or the same text labelled
        # twice): its words are counted once, there
        places = free if free or whole else starts[:1]
        spans[index] = [(s, s + len(needle)) for s in places]
        claimed += spans[index]
    return spans


def kept_words(text: str, output: str) -> tuple[list[re.Match[str]], set[int]]:
    """The words of ``text`` and the indexes of those still in ``output``, by aligning the two
    word sequences (placeholders match nothing)."""
    before = list(WORD.finditer(text))
    after = [m.group(0) for m in WORD.finditer(PLACEHOLDER.sub("\x00", output))]
    matcher = SequenceMatcher(None, [m.group(0) for m in before], after, autojunk=False)
    kept = {b.a + n for b in matcher.get_matching_blocks() for n in range(b.size)}
    return before, kept


def survives(item: str, output: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(item)}(?!\w)", output) is not None


def score_message(message: dict[str, Any], redactor: Callable[[str], str]) -> Score:
    """The counts for one message."""
    text, items = message["text"], message.get("personal") or []
    output = redactor(text)
    score = Score(messages=1)
    spans = item_spans(text, items)
    words, kept = kept_words(text, output)
    for item, places in zip(items, spans, strict=True):
        kind = item["kind"]
        score.items[kind] += 1
        alive = survives(item["text"], output)
        score.survived[kind] += alive
        if alive:
            score.misses.append(f"{kind}: {item['text']!r} in {output!r}")
        if kind == "name":
            inside = [n for n, w in enumerate(words) if any(a <= w.start() < b for a, b in places)]
            score.name_words += len(inside)
            score.name_words_removed += sum(1 for n in inside if n not in kept)
            score.misses += [
                f"name word: {words[n].group(0)!r} in {output!r}"
                for n in inside
                if n in kept and not alive
            ]
            full = len(WORD.findall(item["text"])) > 1
            score.full_names += full
            score.full_names_survived += full and alive
    for n, w in enumerate(words):
        if any(a <= w.start() < b for places in spans for a, b in places):
            continue
        score.other_words += 1
        if n not in kept:
            score.other_words_removed += 1
            score.over.append(f"{w.group(0)!r} in {output!r}")
    return score


def score_set(messages: list[dict[str, Any]], redactor: Callable[[str], str]) -> Score:
    total = Score()
    for message in messages:
        one = score_message(message, redactor)
        total.add(one)
        total.misses += one.misses
        total.over += one.over
    return total


def render(title: str, score: Score) -> str:
    lines = [f"== {title}", f"messages: {score.messages}", "kind      items  survived in full"]
    lines += [f"{k:<9} {score.items[k]:>5}  {score.survived[k]:>5}" for k in KINDS]
    lines.append(f"full names (2+ words): {score.full_names}, survived {score.full_names_survived}")
    lines.append(
        f"name words: {score.name_words}, removed {score.name_words_removed} "
        f"({score.name_word_share:.2%})"
    )
    lines.append(
        f"over-redaction: {score.other_words_removed} of {score.other_words} words outside "
        f"personal items removed ({score.over_redaction:.2%})"
    )
    failed = score.failures()
    lines.append("goals: met" if not failed else "goals: NOT met: " + "; ".join(failed))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score bot.privacy.redact on labelled sets.")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show-misses", action="store_true", help="tuning sets only")
    parser.add_argument(
        "--time", action="store_true", help="also print the time to redact one message"
    )
    parser.add_argument(
        "--long",
        action="store_true",
        help="also print the time to redact one 20,000-character message of a few shapes",
    )
    args = parser.parse_args(argv)
    if args.show_misses and any("holdout" in f.name.casefold() for f in args.files):
        print("--show-misses is refused on a held-out set", file=sys.stderr)
        return 2
    combined = Score()
    for path in args.files:
        score = score_set(load_set(path), redact)
        print(render(str(path), score) + "\n")
        if args.show_misses:
            print("\n".join(["survived:", *score.misses, "over-redacted:", *score.over]) + "\n")
        combined.add(score)
    print(render("combined", combined))
    if args.time:
        texts = [m["text"] for path in args.files for m in load_set(path)]
        print(render_time(time_messages(texts)))
    if args.long:
        print(render_long_times())
    return 1 if combined.failures() else 0


def time_messages(texts: Sequence[str]) -> list[float]:
    """Seconds to redact each message, once every message has been redacted once (so the
    word lists are loaded and nothing measured is a first call), sorted."""
    for text in texts:
        redact(text)
    times = []
    for text in texts:
        start = time.perf_counter()
        redact(text)
        times.append(time.perf_counter() - start)
    return sorted(times)


def render_time(times: Sequence[float]) -> str:
    """Median and p99 in milliseconds; compare against another commit run just before."""
    median = statistics.median(times) * 1000
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))] * 1000
    return f"redaction time over {len(times)} messages: median {median:.2f} ms, p99 {p99:.2f} ms"


#: Shapes of a 20,000-character message that once cost far more than their length: one
#: unbroken word (the email pattern tried it from every letter), initials joined by full
#: stops (every letter walked the whole run), digits and hyphens.
LONG_SHAPES = {
    "one word": "a" * 20_000,
    "dotted letters": "a." * 10_000,
    "digits and hyphens": "1-" * 10_000,
    "words": "faith said " * 1_818,
}


def render_long_times() -> str:
    """Seconds to redact each long shape once: the answer to "can a huge message stall the
    bot?" (stored questions are clipped to 300 characters, but ``redact`` is a public API)."""
    lines = ["redaction time, one 20,000-character message:"]
    for label, text in LONG_SHAPES.items():
        start = time.perf_counter()
        redact(text)
        lines.append(f"  {label}: {time.perf_counter() - start:.2f} s")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
