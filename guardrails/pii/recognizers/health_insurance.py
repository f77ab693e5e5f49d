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
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

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
_CARD_LABEL: Final = re.compile(r"記号\s*[・/]\s*番号")
_BLOCK_LINES: Final = 3
_SHORT_LINE: Final = 24
_LABEL = r"(?:記号|番号|枝番|[Nn]o\.?|[Nn]umber(?:\s+is)?|[Ss]ymbol)"


class HealthInsuranceRecognizer(KeywordPatternRecognizer):
    """HEALTH_INSURANCE: a labelled number after a health-insurance word."""

    ENTITY: ClassVar[str] = HEALTH_INSURANCE
    PATTERNS: ClassVar[tuple[tuple[str, str, float], ...]] = (
        (
            "labelled",
            rf"(?<={_LABEL}[\s:：#=はが\"'\\]{{0,6}}){DIGITS_START}\d{{1,10}}"
            rf"(?:[ {HYPHENS}・]\d{{1,10}})?{DIGITS_END}",
            0.1,
        ),
        # The second number of a pair after 記号/番号 (記号/番号=12345/678).
        (
            "pair",
            rf"(?<=記号\s*[・/]\s*番号[\s:：=はが]{{0,4}}\d{{1,10}}\s*[・/]\s*){DIGITS_START}"
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
        "health insurance",
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

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A health-insurance word before the number that is not part of another
        insurance's 被保険者 (雇用保険の被保険者番号 is no health card)."""
        window = text[self._block_start(text, start) : start]
        if _CARD_LABEL.search(_OTHER_INSURED.sub("", window)) is not None:
            return True
        if self._before is None:
            return False
        if self._before.search(window) is None and not super().has_context(text, start, end):
            return False
        if self._before.search(window) is None:
            return True  # the keyword is in the column's header cell
        return self._before.search(_OTHER_INSURED.sub("", window)) is not None
