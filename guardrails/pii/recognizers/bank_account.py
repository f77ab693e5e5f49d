"""Bank account numbers: 7 digits (8 at ゆうちょ銀行) next to an account keyword.

A bare 7-digit number is far too common to be an account on its own, so a keyword is
required within a short window before it: 口座番号, 口座, 普通/当座(預金) and their
bracketed abbreviations （普）/（当）, 記号番号, 振込先/返金先/引き落とし, or the English
"account"; 9-12 digits (an account abroad) only right after acct/account. Without a
keyword nothing is reported.
"""

from __future__ import annotations

from typing import ClassVar

from guardrails.pii.entities import BANK_ACCOUNT
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
)

__all__ = ["BankAccountRecognizer"]

_EDGE_BEFORE = DIGITS_START
_EDGE_AFTER = DIGITS_END


class BankAccountRecognizer(KeywordPatternRecognizer):
    """BANK_ACCOUNT: 口座番号1234567, 普通 1234567, ゆうちょ 12345-12345678."""

    ENTITY: ClassVar[str] = BANK_ACCOUNT
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("account", rf"{_EDGE_BEFORE}\d{{7,8}}{_EDGE_AFTER}", 0.3),
        ("yucho", rf"{_EDGE_BEFORE}\d{{5}}[{HYPHENS} ]\d{{6,8}}{_EDGE_AFTER}", 0.3),
        # Accounts abroad run to 9-12 digits; only right after the English word
        # (acct no. 1670926061, account #123456789), since such numbers are common.
        (
            "account_abroad",
            rf"(?<=(?i:acct|account)(?: ?(?i:no\.?|number|num)|)?(?: ?[:#]| )? ?)"
            rf"{_EDGE_BEFORE}\d{{9,12}}{_EDGE_AFTER}",
            0.3,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "口座",
        "普通",
        "当座",
        "貯蓄",
        "預金",
        "記号番号",
        "ゆうちょ",
        "(普)",
        "(当)",
        "普)",
        "当)",
        "振込",
        "振り込",
        "返金",
        "引き落とし",
        "引落",
        "account",
        "acct",
    )
    BEFORE: ClassVar[int] = 14
    AFTER: ClassVar[int] = 0
    CONTEXT_SCORE: ClassVar[float] = 0.85
    REQUIRE_CONTEXT: ClassVar[bool] = True
