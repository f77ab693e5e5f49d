"""Bank account numbers: 7 digits (8 at ゆうちょ銀行) next to an account keyword.

A bare 7-digit number is far too common to be an account on its own, so a keyword is
required within a short window before it: 口座番号, 口座, 普通/当座(預金) and their
bracketed abbreviations （普）/（当）, 記号番号, 振込先/返金先/引き落とし, or the English
"account"; 9-12 digits (an account abroad) only right after acct/account. Without a
keyword nothing is reported. A Japan Post Bank account is written as two numbers, 記号
(5 digits, starting 1) and 番号 (up to 8 digits): in a text that names ゆうちょ (or 貯金
/ 通帳), both numbers after 記号 and 番号 are the account, however far from the bank's
name (ゆうちょなんですけど、記号が12345、番号が67890121です).
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import BANK_ACCOUNT
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
)

__all__ = ["BankAccountRecognizer"]

_YUCHO: Final = re.compile(r"ゆうちょ|郵便貯金|貯金|通帳")
# 記号 12345 / 番号 67890121, with が/は/：/= or spaces between the word and the number;
# not a 番号 of another kind glued to its word (注文番号, 会員番号).
_YUCHO_PARTS: Final = re.compile(
    r"(?<![\u3400-\u9fff\u30a1-\u30faー])(?:記号|番号)\s*(?:が|は|[:=]|を)?\s*(?:、\s*)?(\d{5}(?!\d)|\d{6,8}(?!\d))"
)
_YUCHO_SCORE: Final = 0.85

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
    # Wide enough for the English keyword's phrase (my account number is 1234567).
    BEFORE: ClassVar[int] = 22
    AFTER: ClassVar[int] = 0
    CONTEXT_SCORE: ClassVar[float] = 0.85
    REQUIRE_CONTEXT: ClassVar[bool] = True

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if _YUCHO.search(text) is None:
            return results
        for match in _YUCHO_PARTS.finditer(text):
            start, end = match.span(1)
            if any(r.start < end and start < r.end for r in results):
                continue
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=start,
                    end=end,
                    score=_YUCHO_SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
