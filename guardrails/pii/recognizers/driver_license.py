"""Driver's licence numbers (運転免許証番号): 12 digits next to a licence keyword.

Twelve digits alone could be anything (a 個人番号, an order number), so a keyword is required
in the window before the number: 免許, 運転免許証, 免許証番号, ライセンス(番号),
license/licence. ``第123456789012号`` as printed on the card is matched too, and the twelve
digits in any grouping with one kind of separator (``12-34-567890-12``, ``1234 5678 9012``;
thirteenth round: also a middle dot, slash or underscore, and the keyword in kana,
めんきょしょうばんごう).
Sixteenth round: the number as printed on the card, 第 + twelve digits + 号 (full or half
width, spaced or not), and twelve digits right after 番号は / 番号: / 正しくは, count as a
licence number when a licence word (免許証, 運転免許, 免許番号, licence/license, ライセンス)
stands anywhere earlier in the message (「免許証を更新しました。番号は第…号です」). A
patent (特許第…号) never does; short ordinals (第123号) and ten-digit document numbers fail
the twelve-digit check.
"""

from __future__ import annotations

import re
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
_MESSAGE_REACH = 400
"""How far back (characters) a licence word is looked for before a 第…号 or 番号は number."""
_LICENCE_WORD = re.compile(r"免許|licen[cs]e|ライセンス|めんきょ|menkyo", re.IGNORECASE)
_PATENT = re.compile(r"特許(?:番号)?\s?第?\s?$")
_CARD_PRINTED = re.compile(r"(?<!特許)第\s?$")
# 番号 alone or the licence's own (免許証番号), not another kind's (会員番号, 注文番号).
_NUMBER_SAID = re.compile(
    r"(?:(?:(?<![\u3400-\u9fff\u30a1-\u30faー])|(?<=免許)|(?<=免許証))番号(?:は|が|:|：)?"
    r"|正しくは|正しい番号は)[\s,、:]*$"
)


class DriverLicenseRecognizer(KeywordPatternRecognizer):
    """DRIVER_LICENSE: 12 digits (in any grouping) after a licence keyword."""

    ENTITY: ClassVar[str] = DRIVER_LICENSE
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "license",
            rf"{DIGITS_START}\d{{4}}([ ./_・{HYPHENS}]?)\d{{4}}\1\d{{4}}{DIGITS_END}",
            0.3,
        ),
        # 12-34-567890-12: other groupings of the twelve digits, one separator throughout;
        # also two groups (123456 789012, 1234-56789012) and a line break between groups
        # (免許⏎番号：123456⏎789012), as forms and chats break the number. Twenty-ninth
        # round: up to six groups (30 12 34 56 78 90, a pair of digits at a time).
        (
            "grouped",
            rf"{DIGITS_START}\d{{2,8}}([ ./_・\n{HYPHENS}])\d{{2,8}}(?:\1\d{{2,8}}){{0,4}}"
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
        # Twenty-fifth round: licences from abroad (운전면허, Führerschein, permis de conduire,
        # водійське посвідчення, водительское удостоверение, 驾驶证).
        "운전면허",
        "면허번호",
        "führerschein",
        "permis de conduire",
        "посвідчення водія",
        "водійське посвідчення",
        "водительское удостоверение",
        "驾驶证",
        "駕駛執照",
        # English forms' abbreviations: DL#, DL No., D/L number.
        "DL#",
        "DL No",
        "DL number",
        "D/L",
    )
    BEFORE: ClassVar[int] = 20
    AFTER: ClassVar[int] = 0
    CONTEXT_SCORE: ClassVar[float] = 0.95
    REQUIRE_CONTEXT: ClassVar[bool] = True

    def has_context(self, text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 8) : start]
        if _PATENT.search(before):
            return False
        if super().has_context(text, start, end):
            return True
        printed = (
            _CARD_PRINTED.search(before) is not None and text[end : end + 2].lstrip()[:1] == "号"
        )
        if not printed and _NUMBER_SAID.search(before) is None:
            return False
        reach = text[max(0, start - _MESSAGE_REACH) : start]
        return "特許" not in reach[-12:] and _LICENCE_WORD.search(reach) is not None

    def invalidate_result(self, pattern_text: str) -> bool:
        # Any grouping is accepted, but the digits must add up to a licence number.
        return sum(c.isdigit() for c in pattern_text) != _DIGITS
