"""Fit the confidence model's weights on the tuning sets, and print its calibration.

    python -m benchmarks.fit_confidence [--write]

For every question of the tuning sets (never the held-out ones), in three knowledge bases
(the shipped one, and the shipped one with the growth departments added with and without
their phrases), it takes the router's best office and the signals of its evidence
(``intents.confidence.Signals``), labelled right when that office is an acceptable answer
and wrong otherwise (a wrong office, or any office for an out-of-scope question). It fits a
logistic regression with a little L2 regularisation by Newton's method (plain Python, eight
weights), prints the weights to paste into ``intents/weights.py``, the calibration table and
the top-1 and rejection each answering threshold would give.
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from bot.evaluate import is_held_out, load_cases
from bot.service import Brain, load_brain
from intents.confidence import Signals
from intents.router import decide
from tests.growth.fixture import EVAL as GROWTH_EVAL
from tests.growth.fixture import merged_folders

SHIPPED_EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"
NAMES = list(Signals.__dataclass_fields__)
L2 = 0.01

#: (signal values, right?, out-of-scope question?, answered by a phrase?)
Sample = tuple[list[float], int, bool, bool]


def samples(brain: Brain, folder: Path) -> list[Sample]:
    found: list[Sample] = []
    for path in sorted(folder.glob("*.yaml")):
        if is_held_out(path):
            continue
        for case in load_cases(path):
            decision = decide(case.question, brain.index)
            if decision.signals is None:
                continue
            values = decision.signals.values()
            right = int(bool(case.expect) and decision.best in case.expect)
            by_phrase = "by a phrase" in decision.reason
            found.append(([values[n] for n in NAMES], right, not case.expect, by_phrase))
    return found


def fit(data: list[Sample], steps: int = 30) -> list[float]:
    """Logistic regression by Newton's method: returns [bias, *weights]."""
    size = len(NAMES) + 1
    w = [0.0] * size
    for _ in range(steps):
        grad = [0.0] * size
        hess = [[0.0] * size for _ in range(size)]
        for values, label, *_ in data:
            x = [1.0, *values]
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))
            for i in range(size):
                grad[i] += (p - label) * x[i]
                for j in range(size):
                    hess[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, size):
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [[*row, value] for row, value in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for row in range(n):
            if row != col and m[col][col]:
                factor = m[row][col] / m[col][col]
                m[row] = [x - factor * y for x, y in zip(m[row], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def chance(w: list[float], values: list[float]) -> float:
    z = w[0] + sum(a * b for a, b in zip(w[1:], values, strict=True))
    return 1 / (1 + math.exp(-z))


def isotonic(points: list[tuple[float, int]], bins: int = 20) -> list[tuple[float, float]]:
    """Knots (model chance, observed share right), monotone (pool adjacent violators), over
    bins of equal size: the map from the model's chance to a calibrated confidence."""
    points = sorted(points)
    size = max(len(points) // bins, 1)
    groups = [points[i : i + size] for i in range(0, len(points), size)]
    blocks = [[sum(x for x, _ in g) / len(g), sum(y for _, y in g), len(g)] for g in groups]
    merged: list[list[float]] = []
    for block in blocks:
        merged.append(block)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] > merged[-1][1] / merged[-1][2]:
            x2, y2, n2 = merged.pop()
            x1, y1, n1 = merged.pop()
            merged.append([(x1 * n1 + x2 * n2) / (n1 + n2), y1 + y2, n1 + n2])
    return [(round(x, 3), round(y / n, 3)) for x, y, n in merged]


def write_weights(w: list[float], knots: list[tuple[float, float]], path: Path) -> None:
    """Replace the fitted block of ``intents/weights.py`` with these weights and knots."""
    text = path.read_text(encoding="utf-8")
    start = text.index("CONFIDENCE_WEIGHTS = {")
    end = text.index("\n)\n", text.index("CONFIDENCE_KNOTS = (")) + len("\n)\n")
    weights_block = "".join(
        f'    "{name}": {value:.2f},\n' for name, value in zip(NAMES, w[1:], strict=True)
    )
    knots_block = "".join(f"    ({x}, {y}),\n" for x, y in [(0.0, 0.0), *knots[1:]])
    block = (
        "CONFIDENCE_WEIGHTS = {\n" + weights_block + "}\n"
        "#: The model's intercept.\n"
        f"CONFIDENCE_BIAS = {w[0]:.2f}\n"
        "#: (model chance, share of such answers that were right on the tuning sets): the\n"
        "#: monotone map from the model's chance to the confidence an answer shows.\n"
        "CONFIDENCE_KNOTS = (\n" + knots_block + ")\n"
    )
    path.write_text(text[:start] + block + text[end:], encoding="utf-8")


def main() -> None:
    import sys

    data: list[Sample] = samples(load_brain(), SHIPPED_EVAL)
    for phrases in (True, False):
        with tempfile.TemporaryDirectory() as folder:
            brain = load_brain(*merged_folders(Path(folder), phrases=phrases))
            data += samples(brain, GROWTH_EVAL)
    w = fit(data)
    print(f"{len(data)} questions from the tuning sets")
    print(f"CONFIDENCE_BIAS = {w[0]:.2f}")
    print("CONFIDENCE_WEIGHTS = {")
    for name, weight in zip(NAMES, w[1:], strict=True):
        print(f'    "{name}": {weight:.2f},')
    print("}")
    knots = isotonic([(chance(w, v), label) for v, label, *_ in data])
    print(f"CONFIDENCE_KNOTS = {knots}")
    if "--write" in sys.argv:
        write_weights(w, knots, Path(__file__).resolve().parent.parent / "intents" / "weights.py")
        print("wrote intents/weights.py")
    print("calibration of the model's chance (band: answers, right):")
    for low in (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        high = {0.0: 0.2, 0.2: 0.4, 0.4: 0.5, 0.9: 1.01}.get(low, round(low + 0.1, 1))
        band = [label for values, label, *_ in data if low <= chance(w, values) < high]
        if band:
            print(f"  {low:.1f}-{min(high, 1.0):.1f}: {len(band):5d}  {sum(band) / len(band):6.1%}")
    by_docs = [d for d in data if not d[3]]
    inscope = sum(1 for d in data if not d[2])
    print("answering threshold (decides only questions no phrase answers): top-1, rejected")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        right = sum(
            1 for v, lab, o, p in data if not o and lab and (p or chance(w, v) >= threshold)
        )
        print(
            f"  {threshold:.1f}: top-1 {right / inscope:6.1%}   documents-only answers "
            f"{sum(1 for v, *_ in by_docs if chance(w, v) >= threshold)}"
        )


if __name__ == "__main__":
    main()
