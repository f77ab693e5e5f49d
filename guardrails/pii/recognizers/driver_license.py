"""Driver's licence numbers (運転免許証番号): 12 digits next to a licence keyword.

Twelve digits alone could be anything (a 個人番号, an order number), so a keyword is required
in the window before the number: 免許, 運転免許証, 免許証番号, ライセンス(番号),
license/licence. ``第123456789012号`` as printed on the card is matched too, and the twelve
digits in any grouping with one kind of separator (``12-34-567890-12``, ``1234 5678 9012``;
thirteenth round: also a middle dot, slash or underscore, and the keyword in kana,
めんきょしょうばんごう).
"""

from __future__ import annotations

from typing import ClassVar

from guardrails.pii.entities import DRIVER_LICENSE
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
)

__all__ = ["DriverLicenseRecognizer"]

_DIGITS = 12


class DriverLicenseRecognizer(KeywordPatternRecognizer):
    """DRIVER_LICENSE: 12 digits (in any grouping) after a licence keyword."""

    ENTITY: ClassVar[str] = DRIVER_LICENSE
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "license",
            rf"{DIGITS_START}\d{{4}}([ ./_・{HYPHENS}]?)\d{{4}}\1\d{{4}}{DIGITS_END}",
            0.3,
        ),
        # 12-34-567890-12: other groupings of the twelve digits, one separator throughout.
        (
            "grouped",
            rf"{DIGITS_START}\d{{2,6}}([ ./_・{HYPHENS}])\d{{2,6}}(?:\1\d{{2,6}}){{1,3}}"
            rf"{DIGITS_END}",
            0.3,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "免許",
        "license",
        "licence",
        "運転",
        "ライセンス",
        "めんきょ",
        "menkyo",
    )
    BEFORE: ClassVar[int] = 20
    AFTER: ClassVar[int] = 0
    CONTEXT_SCORE: ClassVar[float] = 0.95
    REQUIRE_CONTEXT: ClassVar[bool] = True

    def invalidate_result(self, pattern_text: str) -> bool:
        # Any grouping is accepted, but the digits must add up to a licence number.
        return sum(c.isdigit() for c in pattern_text) != _DIGITS
