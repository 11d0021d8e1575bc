"""A small invented knowledge base the router's rule tests write for themselves, so a
curator's edit to the real YAML can never break a rule test (and a rule is shown on a handful
of offices whose every word the test controls)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.service import Brain, load_brain
from intents.loader import DEFAULT_ROOT as INTENTS_ROOT

PAGE = """\
Office of Widget Safety (OWS)

The Office of Widget Safety keeps every widget in the district safe, from design to disposal.

Widget Safety Office
555-010-0100
12 Main St.
Springfield, ST 10001

Gadget Inspection
Inspects gadgets before they enter a school and keeps the register of inspected gadgets.

Sprocket Response
Responds when a sprocket jams, overheats or breaks during the school day, and restores it.

Garden Partnerships
Works with neighborhood growers to plant and tend vegetable gardens beside schools.

Garden Partnerships
555-010-0200
40 Elm Rd.
Springfield, ST 10002
"""

OFFICES = """\
offices:
  - id: ows
    name: Office of Widget Safety
    acronym: OWS
    role: Keeps widgets safe across the district.
    handles: [widget safety]
    source: widgets
    contacts:
      heading: Widget Safety Office
      phone: ["555-010-0100"]
      address: ["12 Main St.", "Springfield, ST 10001"]
  - id: gadgets
    name: Gadget Inspection
    parent: ows
    role: Inspects gadgets before they reach a school.
    handles: [gadget inspections, the register of inspected gadgets]
    source: widgets
  - id: sprockets
    name: Sprocket Response
    parent: ows
    role: Restores jammed or broken sprockets during the school day.
    handles: [sprocket emergencies]
    source: widgets
  - id: gardens
    name: Garden Partnerships
    acronym: GPO
    role: Plants vegetable gardens with neighborhood growers.
    handles: [school vegetable gardens]
    source: widgets
    contacts:
      heading: Garden Partnerships
      phone: ["555-010-0200"]
      address: ["40 Elm Rd.", "Springfield, ST 10002"]
"""

TOPICS = """\
topic: widgets
intents:
  - id: gadgets
    office: gadgets
    phrases: [gadget check]
"""

OUT_OF_SCOPE = """\
out_of_scope:
  - label: payroll
    personal: true
    phrases: [paycheck, my paycheck, direct deposit]
  - label: lawn care
    phrases: [mowing the lawn, vegetable gardens]
"""

SYNONYMS = """\
synonyms:
  - idea: sprocket
    words: [cog]
"""

THESAURUS = """\
thesaurus:
  - idea: overheats
    words: [too hot to touch, smoking]
"""

ABOUT = """\
district: Springfield
scope: I know the widget offices of Springfield.
examples: [who inspects gadgets?]
"""


def write_knowledge(root: Path) -> tuple[Path, Path]:
    """(knowledge folder, intents folder) of the invented district, under ``root``."""
    knowledge, intents = root / "knowledge", root / "intents"
    (knowledge / "offices").mkdir(parents=True)
    (knowledge / "sources").mkdir()
    (knowledge / "sources" / "widgets.txt").write_text(PAGE)
    (knowledge / "sources" / "sources.yaml").write_text(
        "sources:\n  - id: widgets\n    title: Widget page\n    file: widgets.txt\n"
    )
    (knowledge / "offices" / "widgets.yaml").write_text(OFFICES)
    (knowledge / "about.yaml").write_text(ABOUT)
    (intents / "topics").mkdir(parents=True)
    (intents / "topics" / "widgets.yaml").write_text(TOPICS)
    shutil.copy(INTENTS_ROOT / "meta.yaml", intents / "meta.yaml")
    (intents / "out_of_scope.yaml").write_text(OUT_OF_SCOPE)
    (intents / "synonyms.yaml").write_text(SYNONYMS)
    (intents / "thesaurus.yaml").write_text(THESAURUS)
    return knowledge, intents


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return write_knowledge(tmp_path_factory.mktemp("district"))


@pytest.fixture(scope="module")
def small(folders: tuple[Path, Path]) -> Brain:
    return load_brain(*folders)
