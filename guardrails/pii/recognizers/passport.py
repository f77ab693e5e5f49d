"""Japanese passport numbers: two letters and seven digits (TR1234567).

People write them in capitals, in lower case (tr1234567), or with a space, hyphen or dot
after the letters (TR 1234567, TR.1234567). With a keyword (旅券, パスポート, passport)
in the window before or right after the number (also at the start of the next
sentence: 「番号はtk1234567です。パスポートの更新…」), any of these forms is a
passport number. Without one, only the printed form (two capitals, seven digits)
counts, and just at the default threshold: product and ticket codes share the shape,
so a product keyword before it (品番, 型番, 注文番号, SKU) drops it. The keyword may
also stand in the sentence before the number
(「パスポートを更新しました。新しい番号はTd9334461です」).
Thirteenth round: a middle dot, underscore or slash after the letters (TZ・6708499), the
digits in two groups (TS 291 8810), shortened and mistyped keywords (パスポ番号, 旅劵番号);
dashes of any kind arrive as hyphens (see normalize).

Fifteenth round: the two letters spaced apart (T H 7361573, R E 8754300), with a keyword;
a visa or travel word counts as one, before or after the number (ビザ, 査証, visa, ESTA,
渡航, 出入国, nationality, 国籍, 発行国); a passport keyword anywhere in the 200 characters
before the number (「パスポートの件でご相談です。…控えておいた番号は TK1234567 です」:
the base window of 28 characters missed a keyword two sentences back).

Seventeenth round, second wave: a number of digits only (eight or nine: the US and several
other countries' passports) right after a passport word and its label (passport no.
123456789, パスポート番号: 12345678, ``"passport_no": "123456789"``); only there, since
bare digits are everything else.

Nineteenth round, second wave: other countries' numbers of letters and digits (one letter
and eight digits as US and Canadian books print them, ``93H102834``, ``4K7720193``) after
a passport word and its label, and any such code of eight or nine capitals and digits followed
by its issuing country in brackets (``X12345678 (US)``, ``TR4820193（日本）``) when a passport
word stands in the message before it; an order or invoice code with a country stays.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import PASSPORT
from guardrails.pii.recognizers.keyword_pattern import HYPHENS, KeywordPatternRecognizer

__all__ = ["PassportRecognizer"]

_EDGE_BEFORE = r"(?<![A-Za-z0-9])"
_EDGE_AFTER = r"(?![A-Za-z0-9])"
# A passport keyword further back than the base window: the number's whole message is
# about the passport.
_FAR_KEYWORD: Final = re.compile(r"旅券|パスポート|ぱすぽーと|(?i:passport)")
_FAR_REACH: Final = 200
_DIGITS_AFTER_LABEL: Final = re.compile(
    r"(?:旅券|パスポート|passport)[ _]?(?:番号|no\.?|number|num|#)?[\"']?[ \t]?"
    r"(?:は|:|=|is)?[ \t]?[\"']?[ \t]?(\d{8,9})(?![0-9A-Za-z])",
    re.IGNORECASE,
)
"""Digits only, right after a passport word and its label (no window: bare digits)."""
# Nineteenth round, second wave: eight or nine capitals and digits, at least five of them digits
# (K48201937, 93H102834, 09AA12345); a Japanese number is exactly two letters and seven.
_CODE = r"(?=[A-Z0-9]*\d(?:[A-Z]*\d){4})[A-Z0-9]{8,9}"
# Twenty-fifth round: the word in the languages of the forms people paste (Reisepass(nummer),
# Pass-Nr., numéro de passeport, pasaporte, passaporto, паспорт, 护照号码, 여권번호).
_CODE_AFTER_LABEL: Final = re.compile(
    r"(?:旅券|パスポート|护照|護照|여권|(?i:passport|reisepass|pass-nr|passeport|pasaporte|passaporto"
    r"|паспорт|закордонний паспорт))"
    r"[ _]?(?:番号|号码|號碼|번호|(?i:no\.?|nr\.?|n°|number|num|nummer|numéro|número|номер|#))?"
    r"[\"']?[ \t]?"
    rf"(?:は|:|：|=|(?i:is))?[ \t]?[\"']?[ \t]?({_CODE})(?![0-9A-Za-z])"
)
_COUNTRY_IN_BRACKETS: Final = re.compile(
    rf"(?<![0-9A-Za-z])({_CODE})[ \t]?[(（][ \t]?"
    r"(?:[A-Z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}"
    r"|[\u30a0-\u30ff]{2,}|[\u4e00-\u9fff]{1,4})[ \t]?[)）]"
)
_NOT_PASSPORT_BEFORE: Final = re.compile(
    r"(?i:order|invoice|inv|ticket|tracking|sku|model|item|part|serial|booking|ref)"
    r"|注文|伝票|追跡|品番|型番|請求|予約"
)
_LABEL_LETTERS: Final = frozenset({"NO", "ID", "NR", "TO", "AT", "ON", "IN", "IS", "OF"})
# Thirtieth round: a Microsoft Knowledge Base article or update (KB5034441, kb 5036893) has
# the shape of a passport number; without a passport or travel word it is the update.
_SOFTWARE_ARTICLE: Final = re.compile(r"(?i:kb)[^0-9]{0,3}\d")


class PassportRecognizer(KeywordPatternRecognizer):
    """PASSPORT: [A-Z]{2}[0-9]{7}, and written loosely next to a passport keyword."""

    ENTITY: ClassVar[str] = PASSPORT
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        ("passport", rf"{_EDGE_BEFORE}[A-Z]{{2}}\d{{7}}{_EDGE_AFTER}", 0.5),
        # の after the letters too: a number said aloud (TRの5954698 once the kana digits
        # are read).
        (
            "loose",
            rf"{_EDGE_BEFORE}[A-Za-z]{{2}}(?:[ .・_/{HYPHENS}]|の)?\d{{7}}{_EDGE_AFTER}",
            0.3,
        ),
        # The digits in two groups (TS 291 8810, TK-123-4567), as a number read from the
        # page is often copied; with a keyword only. Thirty-second round: also four and
        # three (TR 1234 567).
        (
            "grouped",
            rf"{_EDGE_BEFORE}[A-Za-z]{{2}}([ .・{HYPHENS}])?"
            rf"(?:\d{{3}}(?(1)\1|[ .・{HYPHENS}])\d{{4}}|\d{{4}}(?(1)\1|[ .・{HYPHENS}])\d{{3}})"
            rf"{_EDGE_AFTER}",
            0.3,
        ),
        # The two letters spaced apart (T H 7361573), as a number read off the page is typed;
        # with a keyword only.
        (
            "spaced_letters",
            rf"{_EDGE_BEFORE}[A-Za-z][ ,、][A-Za-z][ ,、]?\d{{7}}{_EDGE_AFTER}",
            0.3,
        ),
        # The letters alone on their line and the digits on the next (a scan or a form
        # pasted line by line: passport⏎TT⏎6341860); with a keyword only.
        (
            "lines",
            rf"^[A-Za-z]{{2}}[ \t]*\n[ \t]*\d{{7}}{_EDGE_AFTER}",
            0.3,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "旅券",
        "旅劵",
        "パスポート",
        "パスポ",
        "passport",
        "travel doc",
        "渡航書類",
        "pasupooto",
        "ビザ",
        "査証",
        "visa",
        "ESTA",
        "渡航",
        "出入国",
        "nationality",
        "国籍",
        "発行国",
    )
    CONTEXT_AFTER: ClassVar[tuple[str, ...]] = (
        "旅券",
        "パスポート",
        "passport",
        "ビザ",
        "査証",
        "visa",
        "ESTA",
        "渡航",
        "出入国",
        "nationality",
        "国籍",
        "発行国",
    )
    NOT_CONTEXT: ClassVar[tuple[str, ...]] = (
        "品番",
        "型番",
        "商品",
        "注文",
        "伝票",
        "追跡",
        "SKU",
        "order",
        "model",
        "item",
        "チケット",
        "予約番号",
    )
    BEFORE: ClassVar[int] = 28
    AFTER: ClassVar[int] = 14
    AFTER_CROSSES_SENTENCE: ClassVar[bool] = True
    BEFORE_CROSSES_SENTENCE: ClassVar[bool] = True
    CONTEXT_SCORE: ClassVar[float] = 0.9

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = [
            r
            for r in results
            if _SOFTWARE_ARTICLE.match(text, r.start) is None
            or self.has_context(text, r.start, r.end)
        ]
        spans = [m.span(1) for m in _DIGITS_AFTER_LABEL.finditer(text)]
        spans += [m.span(1) for m in _CODE_AFTER_LABEL.finditer(text)]
        spans += [
            m.span(1)
            for m in _COUNTRY_IN_BRACKETS.finditer(text)
            if _FAR_KEYWORD.search(text, max(0, m.start() - _FAR_REACH), m.start())
            and not _NOT_PASSPORT_BEFORE.search(text, max(0, m.start() - 16), m.start())
        ]
        for start, end in spans:
            if any(r.start < end and start < r.end for r in results):
                continue
            results.append(
                RecognizerResult(
                    entity_type=self.ENTITY,
                    start=start,
                    end=end,
                    score=self.CONTEXT_SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results

    def invalidate_result(self, pattern_text: str) -> bool:
        # A generic label on the line above a number (No⏎1234567) is no pair of letters.
        return "\n" in pattern_text and pattern_text[:2].upper() in _LABEL_LETTERS

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A keyword in the base windows, or a passport keyword anywhere in the
        ``_FAR_REACH`` characters before the number."""
        if super().has_context(text, start, end):
            return True
        return _FAR_KEYWORD.search(text, max(0, start - _FAR_REACH), start) is not None
