"""Addresses a tap can open: a phone number's ``tel:`` URI.

Staff read answers on phones; a number they can tap dials, one they have to copy does not.
Every renderer links the same numbers the same way, so the rule lives here.
"""

from __future__ import annotations

from knowledge.loader import PHONE_PATTERN

#: The knowledge base only holds North American numbers (``kb check`` requires the
#: 773-553-1830 shape, ``PHONE_PATTERN``), so each dials as +1 and ten digits.
COUNTRY_CODE = "1"


def tel_uri(number: str) -> str | None:
    """``tel:+17735531830`` for ``773-553-1830``; None for anything not in the checked shape,
    which is then shown as text rather than linked to a wrong number."""
    if not PHONE_PATTERN.match(number):
        return None
    return f"tel:+{COUNTRY_CODE}{number.replace('-', '')}"
