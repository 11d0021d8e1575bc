"""The shipped knowledge with the six invented growth departments added, as a curator adds
them: their pages registered in ``sources.yaml``, their office entries, and (optionally) their
topic files of at most eight phrases per office.

Used by the growth tests and ``benchmarks/growth.py``; written into a folder the caller owns.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from intents.loader import DEFAULT_ROOT as INTENTS_ROOT
from knowledge.loader import DEFAULT_ROOT as KNOWLEDGE_ROOT

GROWTH = Path(__file__).resolve().parent
EVAL = GROWTH / "eval"
_CODE = shutil.ignore_patterns("*.py", "__pycache__")


def merged_folders(target: Path, *, phrases: bool = True) -> tuple[Path, Path]:
    """(knowledge folder, intents folder) under ``target``: shipped plus growth.

    ``phrases`` False leaves out the growth topic files, so the new offices are known only
    from their entries and their pages.
    """
    knowledge, intents = target / "knowledge", target / "intents"
    shutil.copytree(KNOWLEDGE_ROOT, knowledge, ignore=_CODE)
    shutil.copytree(INTENTS_ROOT, intents, ignore=_CODE)
    for page in (GROWTH / "knowledge" / "sources").glob("*.txt"):
        shutil.copy(page, knowledge / "sources" / page.name)
    for entries in (GROWTH / "knowledge" / "offices").glob("*.yaml"):
        shutil.copy(entries, knowledge / "offices" / f"growth-{entries.name}")
    registry = (GROWTH / "knowledge" / "sources" / "sources.yaml").read_text(encoding="utf-8")
    items = registry.split("sources:", 1)[1]
    with (knowledge / "sources" / "sources.yaml").open("a", encoding="utf-8") as shipped:
        shipped.write("\n" + items)
    if phrases:
        for topic in (GROWTH / "intents" / "topics").glob("*.yaml"):
            shutil.copy(topic, intents / "topics" / f"growth-{topic.name}")
    return knowledge, intents
