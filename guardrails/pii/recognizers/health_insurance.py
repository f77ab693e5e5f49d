"""Health-insurance card identifiers (健康保険証の記号・番号, 被保険者番号).

The insured person's 記号 and 番号 (and 枝番) on a Japanese health-insurance card identify
them; since 2020 the law restricts asking for them. A number is taken when a label stands
right before it — 記号, 番号 (被保険者番号, 保険証番号, 記号番号), 枝番, No., number — and a
health-insurance word is in the window before (保険証, 被保険者, 保険者番号, 記号・番号,
健康保険, 国保, 社会保険, 協会けんぽ, 保険者証, 資格確認書, health insurance, insurance
card): 「健康保険証の記号12 番号3456」,
「被保険者番号：00123456」, 「保険証番号は12-345です」, "health insurance card number
12345678", a JSON record under an ``"insurance"`` key (``{"insurance": {"symbol": "1234",
"number": "56"}}``). A bare number after a health-insurance word is not taken (「保険証を持って2階の
受付へ」), nor one after a label with no such word (「注文番号 12345」). The insurer's
number (保険者番号) is matched too: on a card it stands beside the person's own. The
insured of employment, workers' compensation or care insurance (雇用保険の被保険者番号) is
not a health card's.

Thirteenth round: ``=`` between a label and its number and the second number of a
``記号/番号=12345/678`` pair; a JSON record read as text inside another (``\\"symbol\\":``);
a card's lines one under another (``健康保険証⏎記号：1719⏎番号：0279017``): up to three
short lines above the number's line are read as its window.

Fifteenth round, the card's layout as its own evidence: a 記号 number followed within a
few characters (or on the next line) by a 番号 number — 記号 25979210　番号 8298,
記号が4321で番号が8765, 番号 1234（記号 56）, JSON ``"kigo": "…", "bango": "…"`` — is the
pair printed on a health card, with or without a health-insurance word (an e-mail that
says 資格情報のお知らせ and puts the pair on its own line; a clinic's intake form), unless
the text is about a bank (ゆうちょ's 記号・番号 are an account: see bank_account). Labels in
kana and romaji (きごう, ばんごう, 枝, kigo, bango, edaban); 記号番号 without a separator.
A pasted table, CSV or TSV whose header has a 記号 and a 番号 cell: the numbers under
those columns (and 枝番's). In English the pair (symbol … number …) still needs a
health-insurance word, now also eligibility certificate, NHI, hoken, insurer / insured.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import HEALTH_INSURANCE
from guardrails.pii.recognizers.keyword_pattern import (
    DIGITS_END,
    DIGITS_START,
    HYPHENS,
    KeywordPatternRecognizer,
)

__all__ = ["HealthInsuranceRecognizer"]

# The insured of employment, workers' compensation or care insurance: not a health card
# (雇用保険被保険者番号 is an official number of its own, ID_NUMBER).
_OTHER_INSURED: Final = re.compile(r"(?:雇用保険|労災保険|介護保険|雇保)(?:の)?被?保険者")
# The card's own labels are health-insurance words in themselves: 保険者番号 (the insurer's
# number printed on the card) and 記号・番号 joined by a middle dot or slash (however
# spaced: 「記号 ・番号」), the way the card prints the insured person's pair.
_CARD_LABEL: Final = re.compile(r"記号\s*[・/]?\s*番号")
_BLOCK_LINES: Final = 3
_SHORT_LINE: Final = 24
_LABEL = (
    r"(?:記号|番号|枝番|きごう|ばんごう|えだばん|枝|(?i:kigo|bango|edaban)|[Nn]o\.?"
    r"|[Nn]umber(?:\s+is)?|[Ss]ymbol)"
)
# The card's pair: a 記号 number, then within a few characters (a line break allowed) a 番号
# number, and perhaps a 枝番. Groups 1-3 are the numbers.
_LABEL_GAP = r"[\s:：#=はが\"'\\】\]]{0,6}"
_SYMBOL_LABEL = r"(?:被保険者証?の?)?(?:記号|きごう|(?i:kigo))"
_NUMBER_LABEL = r"(?:被保険者証?の?)?(?:番号|ばんごう|(?i:bango))"
_BRANCH_LABEL = r"(?:枝番|枝|えだばん|(?i:edaban))"
_PAIR: Final = re.compile(
    rf"{_SYMBOL_LABEL}{_LABEL_GAP}(\d{{1,10}}(?:-\d{{1,10}})?)[^\d\n]{{0,14}}?\n?"
    rf"[^\d\n]{{0,6}}?{_NUMBER_LABEL}{_LABEL_GAP}(\d{{1,10}})"
    rf"(?:[^\d\n]{{0,8}}?{_BRANCH_LABEL}{_LABEL_GAP}(\d{{1,3}}))?"
)
# 番号 1234（記号 56）: the pair the other way round.
_PAIR_REVERSED: Final = re.compile(
    rf"{_NUMBER_LABEL}{_LABEL_GAP}(\d{{1,10}})[^\d\n]{{0,6}}?{_SYMBOL_LABEL}{_LABEL_GAP}(\d{{1,10}})"
)
# English labels name many things: the pair needs a health-insurance word (CONTEXT).
# A text about a bank: 記号 and 番号 are ゆうちょ's account (bank_account.py).
_BANK_WORDS: Final = re.compile(r"ゆうちょ|貯金|通帳|口座|振込|振り込|振替|銀行")
_PAIR_REACH: Final = 96
_TABLE_SEPARATORS: Final = ("\t", "|", ",", ";")
_TABLE_ROWS: Final = 20
_RULE_LINE: Final = re.compile(r"^[\s|:\-]+$")
_SYMBOL_CELL: Final = re.compile(rf"^\s*(?:{_SYMBOL_LABEL}|記号・番号)\s*$")
_NUMBER_CELL: Final = re.compile(rf"^\s*{_NUMBER_LABEL}\s*$")
_BRANCH_CELL: Final = re.compile(rf"^\s*{_BRANCH_LABEL}\s*$")
_NUMBER_VALUE: Final = re.compile(r"^\s*(\d{1,10}(?:-\d{1,10})?)\s*$")


# The card named, then its numbers with no 記号 / 番号 label between them: the pair (and the
# 枝番) as printed on the card, in groups set apart by a hyphen, a middle dot, a slash or
# spaces (被保険者証　85065-7216101-08, 保険証の番号（199171 3510 07）, insurance card no.
# 724761 / 0852062). Only a label-like gap between the card word and the numbers, so a date
# (保険証の有効期限 2025/03/31) is not read.
_CARD_WORD = (
    r"(?:保険証|被保険者証|保険者証|資格情報|資格確認書|(?i:health insurance card|insurance card))"
)
_CARD_GAP = (
    r"[ \t\u3000:：（(【\[]*(?:の?(?:記号[・/]?番号|番号|記号|(?i:no\.?|number|#))(?:は|が)?"
    r"[ \t\u3000:：（(【\[]*)?"
)
_GROUP_SEP = r"[ \t\u3000]*[-・/ \t\u3000][ \t\u3000]*"
_CARD_GROUPS: Final = re.compile(
    rf"{_CARD_WORD}{_CARD_GAP}(?<![\d.])(\d{{1,8}}){_GROUP_SEP}(\d{{1,8}})"
    rf"(?:(?:{_GROUP_SEP}|[ \t\u3000]*[（(])(\d{{2}})(?!\d))?(?![\d.:/])"
)


_DATE_GROUPS: Final = re.compile(
    r"(?:19|20)\d\d\D+(?:0?[1-9]|1[0-2])(?:\D+(?:0?[1-9]|[12]\d|3[01]))?"
)


class HealthInsuranceRecognizer(KeywordPatternRecognizer):
    """HEALTH_INSURANCE: a labelled number after a health-insurance word."""

    ENTITY: ClassVar[str] = HEALTH_INSURANCE
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "labelled",
            rf"(?<={_LABEL}[\s:：#=はが\"'\\】\]]{{0,6}}){DIGITS_START}\d{{1,10}}"
            rf"(?:[ {HYPHENS}・]\d{{1,10}})?{DIGITS_END}",
            0.1,
        ),
        # The second number of a pair after 記号/番号 (記号/番号=12345/678).
        (
            "pair",
            rf"(?<=(?:記号|[Ss]ymbol)\s*[・/]\s*(?:番号|[Nn]o\.?|[Nn]umber)[\s:：=はが]{{0,4}}"
            rf"\d{{1,10}}\s*[・/]\s*){DIGITS_START}"
            rf"\d{{1,10}}{DIGITS_END}",
            0.1,
        ),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "保険証",
        "被保険者",
        "保険者番号",
        "保険者no",
        "健康保険",
        "保険者証",
        "国保",
        "社会保険",
        "社保",
        "協会けんぽ",
        "資格確認書",
        "資格情報",
        "資格確認",
        "health insurance",
        "eligibility certificate",
        "NHI",
        "hoken",
        "insurer",
        "insured",
        "insurance card",
        '"insurance"',
        '\\"insurance\\"',
    )
    # A JSON record spells its keys out: {"insurance": {"symbol": "…", "number": "…"}}.
    BEFORE: ClassVar[int] = 64
    AFTER: ClassVar[int] = 0
    CONTEXT_SCORE: ClassVar[float] = 0.9
    REQUIRE_CONTEXT: ClassVar[bool] = True

    def _block_start(self, text: str, start: int) -> int:
        """Where the window starts: the base class's, or the first of up to
        ``_BLOCK_LINES`` short lines (a card's labels) right above the number's line."""
        window_start = self._window_start(text, start)
        position = text.rfind("\n", 0, start) + 1
        if start - position > _SHORT_LINE:
            return window_start
        for _ in range(_BLOCK_LINES):
            if position == 0:
                break
            above_start = text.rfind("\n", 0, position - 1) + 1
            if position - 1 - above_start > _SHORT_LINE:
                break
            position = above_start
        return min(window_start, position)

    def _in_pair(self, text: str, start: int, end: int) -> bool:
        """The number is one of a card's 記号 / 番号 / 枝番 pair, in a text not about a
        bank."""
        low, high = max(0, start - _PAIR_REACH), min(len(text), end + _PAIR_REACH)
        if _BANK_WORDS.search(text, low, high) is not None:
            return False
        for pattern in (_PAIR, _PAIR_REVERSED):
            for match in pattern.finditer(text, low, high):
                for group in range(1, (pattern.groups or 0) + 1):
                    if match.start(group) >= 0 and match.start(group) <= start < match.end(group):
                        return True
        return False

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A health-insurance word before the number that is not part of another
        insurance's 被保険者 (雇用保険の被保険者番号 is no health card), or the card's
        記号・番号 pair itself (see the module docstring)."""
        window = text[self._block_start(text, start) : start]
        if self._in_pair(text, start, end):
            return _OTHER_INSURED.search(window) is None
        if (
            _CARD_LABEL.search(_OTHER_INSURED.sub("", window)) is not None
            and _BANK_WORDS.search(window) is None
        ):
            return True
        if self._before is None:
            return False
        if self._before.search(window) is None and not super().has_context(text, start, end):
            return False
        if self._before.search(window) is None:
            return True  # the keyword is in the column's header cell
        return self._before.search(_OTHER_INSURED.sub("", window)) is not None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for start, end in [*_table_cells(text), *_card_groups(text)]:
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


def _table_cells(text: str) -> list[tuple[int, int]]:
    """The numbers under the 記号 / 番号 / 枝番 columns of a pasted table, CSV or TSV whose
    header line has a 記号 cell and a 番号 cell (``記号,番号,枝番⏎1234,5678,01``); none in a
    text about a bank."""
    if "記号" not in text and "きごう" not in text and "kigo" not in text.lower():
        return []
    if _BANK_WORDS.search(text) is not None:
        return []
    found: list[tuple[int, int]] = []
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for index, line in enumerate(lines):
        # A table inside a JSON string read as text ("memo": "記号,番号⏎…"): the header
        # starts after the string's opening quote.
        header = line[line.rfind('"') + 1 :]
        separator = next((c for c in _TABLE_SEPARATORS if c in header), None)
        if separator is None:
            continue
        cells = header.split(separator)
        if not any(_SYMBOL_CELL.match(c) for c in cells) or not any(
            _NUMBER_CELL.match(c) for c in cells
        ):
            continue
        columns = {
            i
            for i, c in enumerate(cells)
            if _SYMBOL_CELL.match(c) or _NUMBER_CELL.match(c) or _BRANCH_CELL.match(c)
        }
        for row_index in range(index + 1, min(len(lines), index + 1 + _TABLE_ROWS)):
            row = lines[row_index]
            if _RULE_LINE.match(row) and row.strip():
                continue
            if row.count(separator) != header.count(separator):
                break
            position = offsets[row_index]
            for column, cell in enumerate(row.split(separator)):
                value = _NUMBER_VALUE.match(cell)
                if column in columns and value is not None:
                    found.append((position + value.start(1), position + value.end(1)))
                position += len(cell) + 1
    return found


def _card_groups(text: str) -> list[tuple[int, int]]:
    """The numbers right after a card word, as the card prints them (``_CARD_GROUPS``);
    none in a text about a bank or after another insurance's 被保険者."""
    if _BANK_WORDS.search(text) is not None:
        return []
    found: list[tuple[int, int]] = []
    for match in _CARD_GROUPS.finditer(text):
        if _OTHER_INSURED.search(text, max(0, match.start() - 12), match.end()) is not None:
            continue
        if _DATE_GROUPS.fullmatch(text, match.start(1), match.end()) is not None:
            continue  # 保険証の番号 2025-03-31: a date, not the pair
        found.extend(match.span(g) for g in (1, 2, 3) if match.start(g) >= 0)
    return found
