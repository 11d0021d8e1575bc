"""Retrain bot/privacy/name_model.json: the learned last pass of redaction.

    python scripts/train_name_model.py                   # train on every tuning set, write the file
    python scripts/train_name_model.py --cross-validate  # leave one tuning set out at a time

The model (``bot.privacy.learned``) weighs each word the rules kept. It is trained on the
labelled tuning sets ``tests/privacy/redaction_tune*.yaml`` and never on a held-out set:
every word of a message that is not in ``learned.NEVER_WEIGHED`` is one example, a name when
it lies inside a labelled name, with the rules' own decision among its features. Rerun it
after changing the rules, the word lists or the tuning sets: the file records a digest of
what it was built from, and ``tests/curator/test_learned_names.py`` fails until it matches.

``--cross-validate`` trains on all tuning sets but one and scores the kept words of the one
left out, for each set in turn, at several thresholds: how many names the rules missed does
the model catch, and how many plain words does it take with them. That is how
``THRESHOLD`` was chosen; it takes a few minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.privacy import learned  # noqa: E402
from bot.privacy.context import rule_decisions  # noqa: E402
from bot.privacy.lexicon import Token, tokenize  # noqa: E402
from bot.privacy.patterns import redact_patterns  # noqa: E402

TUNING_SETS = "tests/privacy/redaction_tune*.yaml"
OUTPUT = ROOT / "bot" / "privacy" / learned.MODEL_FILE
#: The probability at which a kept word becomes a name, chosen with --cross-validate: at
#: 0.35 the model catches 168 of the 374 names the rules missed in the left-out sets, for 83
#: plain words; lower, each further name costs about two plain words.
THRESHOLD = 0.35
EPOCHS = 8
LEARNING_RATE = 0.2
#: How much more a name weighs than a plain word in training: names are rare (one word in
#: ten), and a name missed costs more than a word in brackets.
NAME_WEIGHT = 3.0
L2 = 1e-5
SEED = 0
#: Weights closer to zero than this are left out of the file.
PRUNE = 0.01


@dataclass(frozen=True)
class Example:
    features: list[str]
    is_name: bool
    weighed: bool
    source: str


def built_from() -> dict[str, str]:
    """Digests of everything the model depends on: the tuning sets, the rules and the word
    lists. ``tests/curator/test_learned_names.py`` recomputes them."""
    paths = sorted(ROOT.glob(TUNING_SETS)) + sorted((ROOT / "bot" / "privacy").glob("*.py"))
    paths.append(ROOT / "knowledge" / "english_words.py")
    return {
        path.relative_to(ROOT).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in paths
    }


def examples(paths: Iterable[Path]) -> list[Example]:
    """One example per word of each message that is not in ``learned.NEVER_WEIGHED``."""
    found: list[Example] = []
    for path in paths:
        for message in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            shaped = redact_patterns(message["text"])
            tokens = tokenize(shaped)
            labels = rule_decisions(tokens)
            flags = labels.flags
            candidates = set(learned.scored(tokens, flags, labels.settled))
            names = _name_tokens(shaped, tokens, message.get("personal") or [])
            named = learned.named_words(tokens, flags)
            for i, token in enumerate(tokens):
                if not token.is_word or token.key in learned.NEVER_WEIGHED:
                    continue
                features = learned.features(tokens, flags, i, labels.reliable, named)
                found.append(Example(features, names[i], i in candidates, path.name))
    return found


def _name_tokens(text: str, tokens: Sequence[Token], items: list[dict[str, str]]) -> list[bool]:
    """Which tokens lie inside a labelled name, wherever its text stands as a word. Unlike the
    benchmark's whole-word count (``benchmarks.redaction.item_spans``), a name typed with its
    possessive s and no apostrophe ("keishas mom", "hazels inhaler") is still the name here:
    the model should learn to remove it. A name's text inside another word ("ice" in
    "voicemail", "sharp" in "sharpie") is not the name."""
    spans = [
        (match.start(), match.end())
        for item in items
        if item["kind"] == "name"
        for match in re.finditer(rf"(?<![^\W\d_]){re.escape(item['text'])}(?=s?(?![^\W\d_]))", text)
    ]
    return [any(t.start < end and start < t.end for start, end in spans) for t in tokens]


def train(data: Sequence[Example]) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent, in a fixed order for a fixed file,
    returning the average of the weights over every step rather than the last step's: the
    last step depends on the last few examples seen, so a borderline name would be caught or
    not as the shuffle fell; the average does not swing with them."""
    weights: dict[str, float] = defaultdict(float)
    #: Each change times the step it was made at, summed: the average is weights - moved / steps.
    moved: dict[str, float] = defaultdict(float)
    order = list(data)
    shuffle = random.Random(SEED)  # noqa: S311 - a fixed order for a reproducible file, not a secret
    steps = 1
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for example in order:
            score = sum(weights[f] for f in example.features)
            probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
            error = probability - example.is_name
            step = error * (NAME_WEIGHT if example.is_name else 1.0)
            for f in example.features:
                change = LEARNING_RATE * (step + L2 * weights[f])
                weights[f] -= change
                moved[f] -= steps * change
            steps += 1
    averaged = {f: w - moved[f] / steps for f, w in weights.items()}
    return {f: round(w, 4) for f, w in sorted(averaged.items()) if abs(w) >= PRUNE}


def cross_validate(data: Sequence[Example]) -> None:
    thresholds = (0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)
    caught = dict.fromkeys(thresholds, 0)
    taken = dict.fromkeys(thresholds, 0)
    missed = sum(1 for e in data if e.weighed and e.is_name)
    for source in sorted({e.source for e in data}):
        print(f"leaving out {source} ...", file=sys.stderr, flush=True)
        model = learned.NameModel(train([e for e in data if e.source != source]), 0.0)
        for example in data:
            if example.source != source or not example.weighed:
                continue
            probability = model.probability(example.features)
            for threshold in thresholds:
                if probability >= threshold:
                    caught[threshold] += example.is_name
                    taken[threshold] += not example.is_name
    print(f"names the rules missed: {missed}")
    for threshold in thresholds:
        found, lost = caught[threshold], taken[threshold]
        print(f"threshold {threshold}: caught {found}, plain words taken {lost}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cross-validate",
        action="store_true",
        help="score each tuning set with a model trained on the others, and write nothing",
    )
    args = parser.parse_args(argv)
    data = examples(sorted(ROOT.glob(TUNING_SETS)))
    print(f"{len(data)} words from the tuning sets", file=sys.stderr)
    if args.cross_validate:
        cross_validate(data)
        return 0
    weights = train(data)
    model = {"threshold": THRESHOLD, "built_from": built_from(), "weights": weights}
    OUTPUT.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(weights)} weights", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
