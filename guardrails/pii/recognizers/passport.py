"""Japanese passport numbers: two capital letters and seven digits (TR1234567).

Product and ticket codes share the shape, so without a keyword (旅券, パスポート, passport)
within the window before the number the score stays below the default threshold.
"""

from __future__ import annotations

from typing import ClassVar

from guardrails.pii.entities import PASSPORT
from guardrails.pii.recognizers.keyword_pattern import KeywordPatternRecognizer

__all__ = ["PassportRecognizer"]


class PassportRecognizer(KeywordPatternRecognizer):
    """PASSPORT: [A-Z]{2}[0-9]{7} with a passport keyword."""

    ENTITY: ClassVar[str] = PASSPORT
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("passport", r"(?<![A-Za-z0-9])[A-Z]{2}\d{7}(?![A-Za-z0-9])", 0.4),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = ("旅券", "パスポート", "passport")
    BEFORE: ClassVar[int] = 20
    CONTEXT_SCORE: ClassVar[float] = 0.9
