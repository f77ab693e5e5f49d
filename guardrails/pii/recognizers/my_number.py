"""個人番号 (My Number): 12 digits whose last digit is a check digit.

Accepts the digits written together or in 4-4-4 groups separated by one kind of space,
hyphen, dot, slash or middle dot (full-width forms arrive NFKC-normalised). A 12-digit
number labelled as another kind of number (お問い合わせ番号, 追跡番号, 注文番号, 会員番号 …)
is that number, not a 個人番号. A number whose check digit does not
validate is reported only right after its keyword (a typo in one's own 個人番号 is still
one's 個人番号). Without a keyword (マイナンバー, 個人番号) nearby the score stays
modest, because one random 12-digit number in ten passes the check; a driver's licence
number with its own keyword outranks it. Thirteenth round: keywords in kana, romaji and
English (まいなんばー, 個人No., kojin bangou, Individual Number); a slash, underscore or
wave between the groups; a number broken over two lines arrives joined (see normalize).
Sixteenth round: twelve digits printed as 第…号 (契約書第202400123456号) are a document's
or a driver's licence's number, never a 個人番号, unless a My Number keyword is near.
Seventeenth round (issue 16): a keyword is required. Twelve digits that pass the check
with no My Number word near them were masked as a 個人番号 (one random number in eleven
passes). Decided on the PII case generators: of their 481 planted My Numbers every one
has its keyword (also split across content parts, spaced out by OCR or as the JSON key
``my_number``), while 53 other twelve-digit numbers there pass the check with no such word
(licence numbers, Yamato's twelve-digit tracking numbers, order and contract numbers): a
customer's bare twelve digits are a parcel or a contract far more often, and the number
with its own word (免許, 追跡) goes to that word's recognizer.
Seventeenth round, second wave: that decision is reversed, the stage fails closed. A My
Number keyword parted from its number by an image content part (``My`` ⟨image⟩ ``Number:
…``), a line break or a cell leaves bare twelve digits, and those leaked (set J 0 → 12.5 %).
Twelve digits passing the check are a 個人番号 (modest score) unless something labels them
as another number: a word for another identifier in the window before (now also 免許,
ライセンス, licence, 伝票, 注文, 追跡, contract no, invoice, 請求, 送り状 …, and JSON keys
such as ``tracking_no``, ``order_id``, ``license_no``), the header of the table column
they stand in, or a parcel's context in their sentence or line (ヤマト, クロネコ, 宅急便,
荷物, 配達, parcel, delivery, shipped …). A My Number word broken by spaces or a line break
(``My⏎Number``, ``マイ ナンバー``, ``個人⏎番号``) is still its keyword.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import MY_NUMBER
from guardrails.pii.recognizers.keyword_pattern import (
    _SENTENCE_END,
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
    _column_header,
)

__all__ = ["MyNumberRecognizer", "my_number_check_digit"]

_NOT_DIGIT = re.compile(r"\D")
_ORDINAL_BEFORE = re.compile(r"第\s?$")
_ORDINAL_AFTER = re.compile(r"\s?号")
_SPLIT_KEYWORD = re.compile(
    r"(?:\bmy|マイ)[\s_\-]{0,3}(?:number\b|ナンバー)|個人\s{0,3}(?:番号|No)"
    r"|\bindividual\s{0,3}number\b|\bkojin[\s_\-]{0,3}bang",
    re.IGNORECASE,
)
"""A My Number word written with a break inside (``My⏎Number``, ``マイ ナンバー``)."""
_SPLIT_REACH = 40
_PARCEL = re.compile(
    r"ヤマト|クロネコ|宅急便|宅配便?|佐川|ゆうパック|飛脚|荷物|配達|配送|発送|出荷|不在票|送り状|お届け"
    r"|\b(?:yamato|kuroneko|parcel|package|deliver(?:y|ed)?|ship(?:ped|ment|ping)|courier"
    r"|waybill|consignment)\b",
    re.IGNORECASE,
)
"""Words of a parcel's context: twelve digits in the same sentence or line are a tracking
number (Yamato's are twelve digits, half of them pass the My Number check)."""
_PARCEL_REACH = 48
# What makes a word of another identifier its label: 番号, No., ID, #, a colon (注文:).
_LABEL_AFTER = re.compile(r"[\s_]?(?:番号|No\b|no\b|No\.|ID|id\b|#|コード|code|number|[:=])")
_FOUR_FOUR_FOUR = re.compile(rf"\d{{4}}([ ./_~〜・{HYPHENS}]?)\d{{4}}\1\d{{4}}")
_LABELS = ("番号", "品番", "型番", "No", "number", "JAN", "ISBN", "_")


def my_number_check_digit(body: str) -> int:
    """The check digit for the first 11 digits of a 個人番号.

    Weights are applied from the right-most digit of the body: 2..7 for the first six
    positions, 2..6 for the next five; the digit is 11 minus the weighted sum mod 11, or 0
    when that remainder is 0 or 1. Raises ValueError unless ``body`` is 11 ASCII digits.
    """
    if len(body) != 11 or not body.isascii() or not body.isdigit():
        raise ValueError("a My Number body is 11 digits")
    total = 0
    for position, char in enumerate(reversed(body), start=1):
        weight = position + 1 if position <= 6 else position - 5
        total += int(char) * weight
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


class MyNumberRecognizer(KeywordPatternRecognizer):
    """MY_NUMBER: 12 digits with a valid check digit."""

    ENTITY: ClassVar[str] = MY_NUMBER
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "my_number",
            rf"{DIGITS_START}\d{{4}}([ ./_~〜・{HYPHENS}]?)\d{{4}}\1\d{{4}}{DIGITS_END}",
            0.6,
        ),
        # Twenty-ninth round: the twelve digits grouped otherwise, one digit typed apart
        # (4821663701 95, 48216637019 5, 4 82166370195) or in groups of two or three: only
        # after a My Number word (see ``analyze``).
        (
            "my_number_regrouped",
            rf"{DIGITS_START}\d(?:[ {HYPHENS}]?\d){{11}}{DIGITS_END}",
            0.4,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "マイナンバー",
        "マイナ",
        "個人番号",
        "my number",
        "mynumber",
        "まいなんばー",
        "マイナンバ",
        "個人No",
        "kojin bangou",
        "kojin bango",
        "individual number",
        "my_number",
        "my-number",
        "kojin_bango",
    )
    NOT_CONTEXT: ClassVar[tuple[str, ...]] = (
        "問い合わせ番号",
        "問合せ番号",
        "追跡番号",
        "伝票番号",
        "注文番号",
        "受付番号",
        "会員番号",
        "予約番号",
        "管理番号",
        "お客様番号",
        "契約番号",
        "証券番号",
        "品番",
        "型番",
        "JAN",
        "ISBN",
        "tracking",
        "order",
        "問い合わせ",
        "問合せ",
        "追跡",
        "伝票",
        "注文",
        "送り状",
        "契約No",
        "請求",
        "免許",
        "ライセンス",
        "licen",
        "driver",
        "contract no",
        "contract_",
        "contract number",
        "invoice",
        "waybill",
        "受注",
        "領収",
        "receipt",
        "booking",
        "reservation",
        "会員",
        "member",
        "serial",
        "シリアル",
        "製造番号",
        "ロット",
    )
    BEFORE: ClassVar[int] = 24
    CONTEXT_SCORE: ClassVar[float] = 0.95

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        kept: list[RecognizerResult] = []
        for r in results:
            if r.score >= self.CONTEXT_SCORE or self.has_context(text, r.start, r.end):
                kept.append(r)
                continue
            if _FOUR_FOUR_FOUR.fullmatch(text, r.start, r.end) is None:
                continue
            if _ORDINAL_BEFORE.search(text, max(0, r.start - 2), r.start) and _ORDINAL_AFTER.match(
                text, r.end
            ):
                continue
            if self._labelled_otherwise(text, r.start, r.end):
                continue
            kept.append(r)
        return kept

    def _other_identifier(self, text: str, start: int) -> bool:
        """As the base class, except that a word of another identifier used as an
        ordinary word after a My Number word (マイナンバーの問い合わせ, マイナンバーを会員登録で,
        個人番号の請求書への記載) names no other number: only such a word written as a label
        (問い合わせ番号, 会員No., 注文:) or with no My Number word before it does."""
        if not super()._other_identifier(text, start):
            return False
        assert self._not is not None and self._before is not None
        window_start = self._window_start(text, start)
        last = None
        for match in self._not.finditer(text, window_start, start):
            last = match
        if last is None:
            return True
        if _LABEL_AFTER.match(text, last.end()) is not None or last.group().endswith(_LABELS):
            return True
        return self._before.search(text, window_start, last.start()) is None

    def has_context(self, text: str, start: int, end: int) -> bool:
        if super().has_context(text, start, end):
            return True
        window = text[max(0, start - _SPLIT_REACH) : start]
        return _SPLIT_KEYWORD.search(window) is not None

    def _labelled_otherwise(self, text: str, start: int, end: int) -> bool:
        """Twelve digits without a My Number word that something names as another number:
        the header of their table column, or a parcel's words in their sentence or line."""
        header = _column_header(text, start)
        if header is not None and self._not is not None and self._not.search(header):
            return True
        left = max(0, start - _PARCEL_REACH)
        for mark in _SENTENCE_END.finditer(text, left, start):
            left = mark.end()
        right = min(len(text), end + _PARCEL_REACH)
        boundary = _SENTENCE_END.search(text, end, right)
        if boundary is not None:
            right = boundary.start()
        return bool(_PARCEL.search(text, left, start) or _PARCEL.search(text, end, right))

    def invalidate_result(self, pattern_text: str) -> bool:
        return len(_NOT_DIGIT.sub("", pattern_text)) != 12

    def checksum_ok(self, matched: str) -> bool:
        digits = _NOT_DIGIT.sub("", matched)
        return my_number_check_digit(digits[:11]) == int(digits[11])
