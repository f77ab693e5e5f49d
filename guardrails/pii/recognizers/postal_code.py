"""Japanese postal codes (郵便番号): 3 + 4 digits.

A code needs a reason to be believed, since 123-4567 could be many things: the 〒 mark or a
keyword (郵便番号, ZIP) just before it, or a prefecture written right after it (〒 is often
dropped in front of an address). Without either the score stays below the default
threshold. The two groups may be separated by a hyphen, a space (〒 710 5196) or nothing.
"""

from __future__ import annotations

from typing import ClassVar

from guardrails.pii.entities import POSTAL_CODE
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
)
from guardrails.pii.recognizers.prefectures import PREFECTURES

__all__ = ["PostalCodeRecognizer"]

_EDGE_BEFORE = DIGITS_START
_EDGE_AFTER = DIGITS_END


class PostalCodeRecognizer(KeywordPatternRecognizer):
    """POSTAL_CODE: 〒123-4567, 郵便番号1234567, 123-4567 東京都…"""

    ENTITY: ClassVar[str] = POSTAL_CODE
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("hyphenated", rf"{_EDGE_BEFORE}\d{{3}}[{HYPHENS}]\d{{4}}{_EDGE_AFTER}", 0.4),
        ("spaced", rf"{_EDGE_BEFORE}\d{{3}} \d{{4}}{_EDGE_AFTER}", 0.1),
        ("plain", rf"{_EDGE_BEFORE}\d{{7}}{_EDGE_AFTER}", 0.1),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("〒", "郵便番号", "郵便", "ZIP", "postal", "post code")
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = PREFECTURES
    BEFORE: ClassVar[int] = 18
    AFTER: ClassVar[int] = 6
    CONTEXT_SCORE: ClassVar[float] = 0.9
