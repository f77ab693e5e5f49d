"""Dates of birth: Western (1990/07/28, 1990年7月28日) and 和暦 (平成2年7月28日, H2.7.28) dates
written next to a birth keyword.

A date alone is not personal data, so a keyword is required: 生年月日, 誕生日, 生まれ, DOB,
birth before the date, or 生まれ/生 right after it. Era names after NFKC include the
one-character forms (㍻ → 平成) and the initials M/T/S/H/R; 元年 counts as year 1.
"""

from __future__ import annotations

from typing import ClassVar

from guardrails.pii.entities import DATE_OF_BIRTH
from guardrails.pii.recognizers.keyword_pattern import KeywordPatternRecognizer

__all__ = ["DateOfBirthRecognizer"]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_ERA = r"(?:明治|大正|昭和|平成|令和|[MTSHR]\.?)"


class DateOfBirthRecognizer(KeywordPatternRecognizer):
    """DATE_OF_BIRTH: a full date with a birth keyword."""

    ENTITY: ClassVar[str] = DATE_OF_BIRTH
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "western",
            rf"(?<!\d)(?:1[89]|20)\d\d(?:\s?[/.\-]\s?{_MONTH}\s?[/.\-]\s?{_DAY}|"
            rf"\s?年\s?{_MONTH}\s?月\s?{_DAY}\s?日)(?!\d)",
            0.3,
        ),
        (
            "japanese_era",
            rf"{_ERA}\s?(?:\d{{1,2}}|元)(?:\s?年\s?{_MONTH}\s?月\s?{_DAY}\s?日|"
            rf"[/.\-]{_MONTH}[/.\-]{_DAY})(?!\d)",
            0.3,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "生年月日",
        "誕生日",
        "生まれ",
        "出生",
        "DOB",
        "birth",
        "生日",
    )
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = ("生まれ", "生", "誕生")
    BEFORE: ClassVar[int] = 16
    AFTER: ClassVar[int] = 3
    CONTEXT_SCORE: ClassVar[float] = 0.9
    REQUIRE_CONTEXT: ClassVar[bool] = True
