"""The last digits of a person's identifier said in words (twenty-fourth round, issue 16).

A caller verified by "SSN ends in 4471", 「マイナンバー下4桁は1234」, 「口座番号下四桁3306」,
"passport number finishes with 771", "Verified via last 4 SSN 2290" or 「カード番号の末尾は7788」
gives three or four digits that, with the name or the account beside them, single the
person out (they are what a caller is verified with). Taken: three or four digits after a
last-digits phrase (ends in/with, ending, finishes with, last 4/four (digits), 下4桁, 下四桁,
末尾, 最後の4桁, 下4ケタ) that follows a personal identifier's word (SSN, social, passport,
licence, account, card, マイナンバー, 個人番号, 口座番号, 保険証, 基礎年金番号, 免許証, パスポート,
在留カード …) within a short stretch of the same sentence, or a last-digits phrase that
names the identifier before the digits ("last 4 SSN 2290", 「下4桁（マイナンバー）」 is not).
Reported as ID_NUMBER, or CREDIT_CARD when the word is a card's (the card recognizer's own
last-digits reading, twentieth round, needs 4桁 or a card word in its label).

Not taken: the last digits of a number that names no person (our support line, an invoice,
an order: no identifier word), an expiry or validity year in the stretch (免許証の有効期限は
2027年, licence expires … ending 2027), a money amount or a date after the digits.
"""

from __future__ import annotations

import re
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import CREDIT_CARD, ID_NUMBER

__all__ = ["PartialIdRecognizer"]

_CARD: Final = (
    r"(?:クレジットカード|クレカ|デビットカード|カード|(?i:\b(?:credit |debit )?card\b"
    r"|\bvisa\b|\bmastercard\b|\bamex\b))"
)
_OTHER: Final = (
    r"(?:マイナンバー|個人番号|口座番号|口座|保険証|被保険者番号|基礎年金番号|年金番号"
    r"|運転免許証|免許証|パスポート|旅券番号|在留カード|社員番号"
    r"|(?<![A-Za-z])(?:SSN|SIN|NINO)(?![A-Za-z])"
    r"|(?i:\bsocial(?:\s+security)?(?!\s+media)\b|\bpassport\b|\bdriver'?s\s+licen[cs]e\b"
    r"|\blicen[cs]e\b|\baccount\b|\bacct\b|\bnational\s+id\b|\bpension\b|\bmember(?:ship)?\s+id\b"
    r"|\bpolicy\s+(?:number|no\.?)))"
)
_WORD: Final = rf"(?:(?P<card>{_CARD})|{_OTHER})"
# The last-digits phrase, in English or Japanese.
_LAST: Final = (
    r"(?:(?i:\b(?:ends?|ending|finish(?:es|ing)?)(?:\s+(?:in|with))?"
    r"|\blast\s*(?:-\s*)?(?:4|four|3|three)(?:\s+digits)?)"
    r"|(?:下|末尾|最後)(?:の)?\s*(?:[3-4３-４三四]\s*(?:桁|ケタ|けた))?)"
)
_JOIN: Final = r"(?:\s*(?:は|が|で|:|：|=|#|\(|（|「|(?i:is|are|as|of|was))\s*){0,3}\s*"
_DIGITS: Final = (
    r"(?<![0-9０-９])(?P<digits>[0-9０-９]{3,4})"
    r"(?![0-9０-９]|\s*(?:円|%|％|年|月|日|ドル|(?i:yen|usd|dollars?)))"
)
# The word, a short stretch of the same sentence, the phrase, the digits.
_AFTER_WORD: Final = re.compile(
    rf"{_WORD}(?P<gap>[^。．.!?！？\n]{{0,24}}?){_LAST}{_JOIN}{_DIGITS}"
)
# The phrase naming the identifier before its digits (last 4 SSN 2290, last four of my card).
_WORD_AFTER: Final = re.compile(
    rf"{_LAST}\s*(?i:(?:of|on)\s+)?(?i:(?:my|his|her|their|the)\s+)?{_WORD}{_JOIN}{_DIGITS}"
)
_EXPIRY: Final = re.compile(r"有効期限|期限|期間|更新日|(?i:expir|valid|renew)")
SCORE: Final = 0.85


class PartialIdRecognizer(EntityRecognizer):
    """ID_NUMBER / CREDIT_CARD: the last digits of a person's identifier (module docstring)."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[ID_NUMBER, CREDIT_CARD],
            name=type(self).__name__,
            supported_language="ja",
        )

    def load(self) -> None:
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        taken: set[int] = set()
        for pattern in (_AFTER_WORD, _WORD_AFTER):
            for match in pattern.finditer(text):
                start, end = match.span("digits")
                if start in taken:
                    continue
                gap = match.groupdict().get("gap") or ""
                if _EXPIRY.search(gap) is not None:
                    continue
                entity = CREDIT_CARD if match.group("card") else ID_NUMBER
                if entity not in entities:
                    continue
                taken.add(start)
                results.append(
                    RecognizerResult(
                        entity_type=entity,
                        start=start,
                        end=end,
                        score=SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return results
