"""Redaction on realistic staff messages: nothing identifying survives, office words do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.privacy import known_word_checker, redact
from bot.service import Brain


@pytest.fixture(scope="module")
def is_known(brain: Brain) -> Callable[[str], bool]:
    return known_word_checker(brain.index)


@pytest.mark.parametrize(
    ("message", "gone", "kept"),
    [
        (
            "My student Jamal Thompson is staying at a shelter and keeps missing school",
            ["Jamal", "Thompson"],
            ["student", "shelter", "missing school"],
        ),
        (
            "Hi, this is Ms. Rodriguez from Kelly HS. Can Anaya Brooks get a CTA pass?",
            ["Rodriguez", "Kelly", "Anaya", "Brooks"],
            ["CTA pass", "Ms."],
        ),
        ("student id 40512877 needs a fee waiver", ["40512877"], ["fee waiver"]),
        ("call grandma at (773) 555-0142 or 773.555.0199", ["555-0142", "555.0199"], ["grandma"]),
        ("email me at j.doe@cps.edu about the OSEL fax", ["j.doe@cps.edu"], ["OSEL fax"]),
        (
            "FIGHT BREWING ON TIKTOK BETWEEN DESHAWN AND MARCUS",
            ["DESHAWN", "MARCUS"],
            ["FIGHT BREWING ON TIKTOK"],
        ),
        ("Who handles JROTC scholarships on Monday?", [], ["JROTC scholarships", "Monday"]),
    ],
)
def test_redaction(
    is_known: Callable[[str], bool], message: str, gone: list[str], kept: list[str]
) -> None:
    cleaned = redact(message, is_known)
    for secret in gone:
        assert secret not in cleaned
    for word in kept:
        assert word in cleaned
