"""Redaction: what may be written down of a question staff typed.

Staff describe real situations and name students. Before a question is stored (the log of
questions the bot could not answer, feedback), ``redact`` replaces personal data with bracketed
placeholders: ``[name]``, ``[id]``, ``[phone]``, ``[email]``, ``[address]``, ``[dob]`` (and
``[url]``, ``[handle]``). It needs nothing from the router: a word survives only when it is
known to be safe (a common English word that is not a name, or a hand-kept school word), or
when it is a common word that is also a name and nothing around it says it is one. How each
part works: patterns (shaped data), lexicon (what is known of a word), context (names).
"""

from __future__ import annotations

from bot.privacy.context import redact_names
from bot.privacy.lexicon import tokenize
from bot.privacy.patterns import redact_patterns


def redact(text: str) -> str:
    """``text`` with names, ids, phones, emails, street addresses and birth dates replaced."""
    shaped = redact_patterns(text)
    return redact_names(shaped, tokenize(shaped))


__all__ = ["redact"]
