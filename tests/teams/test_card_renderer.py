"""Every kind of Teams card, read by the official Adaptive Cards renderer as Teams reads it.

``tests/teams/render/validate.mjs`` parses each card of the gallery for the version the card
declares, validates it and renders it (in jsdom, with Teams' light host config); any event or
console warning fails that card's test. Needs Node.js and the pinned renderer
(``tests/teams/render/install``; .ci/run does both): locally the test skips without them, under
CI it fails.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bot.render.teams import Card
from bot.service import Assistant, Brain
from tests.conftest import missing
from tests.teams.card_gallery import NAMES, gallery

RENDER = Path(__file__).resolve().parent / "render"
#: Teams refuses a message whose card is larger than this.
TEAMS_MAX_CARD_BYTES = 28 * 1024
#: A card the renderer must object to: proof the harness reports problems at all.
CANARY: Card = {
    "type": "AdaptiveCard",
    "version": "1.2",
    "body": [{"type": "TextBlock", "text": "Heading styles are 1.5", "style": "heading"}],
}


@pytest.fixture(scope="module")
def cards(brain: Brain) -> dict[str, Card]:
    return gallery(Assistant(brain))


@pytest.fixture(scope="module")
def rendered(cards: dict[str, Card], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The validator's report, from one Node run over the whole gallery and the canary."""
    node = shutil.which("node")
    if node is None:
        missing("nodejs")
    if not (RENDER / "node_modules" / "adaptivecards").is_dir():
        missing("the card renderer", install="tests/teams/render/install")
    path = tmp_path_factory.mktemp("cards") / "gallery.json"
    path.write_text(json.dumps({**cards, "_canary": CANARY}), encoding="utf-8")
    done = subprocess.run(
        [node, str(RENDER / "validate.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def test_the_gallery_has_every_kind(cards: dict[str, Card]) -> None:
    assert tuple(cards) == NAMES
    assert all(card["type"] == "AdaptiveCard" for card in cards.values())


@pytest.mark.parametrize("name", NAMES)
def test_the_official_renderer_reads_the_card_cleanly(name: str, rendered: dict[str, Any]) -> None:
    problems = rendered["cards"][name]
    assert problems == [], f"{rendered['renderer']} on the {name!r} card:\n" + "\n".join(problems)


def test_the_renderer_reports_a_card_it_cannot_read(rendered: dict[str, Any]) -> None:
    (problem,) = rendered["cards"]["_canary"]
    assert "UnsupportedProperty" in problem and '"style"' in problem


@pytest.mark.parametrize("name", NAMES)
def test_the_card_fits_in_a_teams_message(name: str, cards: dict[str, Card]) -> None:
    size = len(json.dumps(cards[name], ensure_ascii=False).encode())
    assert size < TEAMS_MAX_CARD_BYTES, f"the {name!r} card is {size} bytes"
