"""``whohandles kb check``: the curator's safety net, as one report.

Loading already validated every file (the CLI refuses to start on a broken one); this adds
the provenance proof of every contact line and what a curator should know about phrases.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from bot.service import Brain
from intents.overlaps import overlaps
from knowledge import check_provenance

#: Phrases matched word for word that ``kb check`` names (the rest are counted).
EXACT_SHOWN = 12


def kb_check(brain: Brain, write: Callable[[str], None]) -> int:
    """Print what was checked, or every problem; 0 when the knowledge is sound, else 1."""
    problems = check_provenance(brain.kb)
    problems += overlaps(brain.kb, brain.index)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"kb check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    contacts = sum(
        len(o.contacts.phone) + len(o.contacts.fax) + len(o.contacts.address)
        for o in brain.kb
        if o.contacts
    )
    intents = brain.index.intents
    write(
        f"kb check: ok: {len(brain.kb)} offices, {len(intents.intents)} intents, "
        f"{len(intents.synonyms)} synonym groups, "
        f"{contacts} contact lines proven against {len(brain.kb.sources)} source documents"
    )
    # Not a problem, but a curator should know: "drop out" never matches "drop" alone.
    exact = sorted({cue.text for cue in brain.index.cues if cue.exact})
    if exact:
        shown = ", ".join(f'"{text}"' for text in exact[:EXACT_SHOWN])
        more = f" and {len(exact) - EXACT_SHOWN} more" if len(exact) > EXACT_SHOWN else ""
        write(
            f"kb check: {len(exact)} phrases are left one word by their stop words, so they "
            f"match only word for word: {shown}{more}"
        )
    return 0
