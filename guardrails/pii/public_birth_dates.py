"""Whether a date of birth is a well-known person's, asked about as general knowledge.

「大谷翔平の生年月日（1994年7月5日）と同じ日生まれの有名人は？」 or "Einstein was born on
March 14, 1879 — what else happened that year?" name a listed public figure and their
birth date: neither is personal data of the user or a customer, and masking the date cost
the model the question (twenty-sixth round). A DATE_OF_BIRTH finding is left alone when a
listed name (:class:`guardrails.pii.public_figures.PublicFigures`) mentioned in a general
way stands before it in the same sentence, and the sentence has no first person (私, 僕,
うちの, 自分, my, I, me, our: 私の誕生日は大谷翔平と同じ… is the writer's) and the text no
contact or identifier (a record about someone named after them). The policy switch that
masks public figures (``PUBLIC_FIGURE`` asked for) masks these dates again. Pure; never
raises.
"""

from __future__ import annotations

import re
from typing import Final

from presidio_analyzer import RecognizerResult

from guardrails.pii.entities import DATE_OF_BIRTH
from guardrails.pii.public_figures import RECORD_TYPES, PublicFigures

__all__ = ["without_public_birth_dates"]

_SENTENCE_END: Final = re.compile(r"[。？?！!\n]|\.(?:\s|$)")
_FIRST_PERSON: Final = re.compile(
    r"私|僕|俺|わたし|あたし|自分|うちの|弊社|当社|娘|息子|妻|夫|母|父"
    r"|(?<![A-Za-z])(?:[Mm]y|I|I'm|I've|me|[Oo]ur|[Ww]e)(?![A-Za-z'])"
)


def _sentence_start(text: str, position: int) -> int:
    start = 0
    for match in _SENTENCE_END.finditer(text, 0, position):
        start = match.end()
    return start


def without_public_birth_dates(
    text: str, results: list[RecognizerResult], figures: PublicFigures
) -> list[RecognizerResult]:
    """``results`` without the dates of birth that are a listed public figure's (see the
    module docstring)."""
    dates = [r for r in results if r.entity_type == DATE_OF_BIRTH]
    if not dates or any(r.entity_type in RECORD_TYPES for r in results):
        return results
    mentions = figures.find(text)
    if not mentions:
        return results
    public: set[int] = set()
    for date in dates:
        head = _sentence_start(text, date.start)
        end = _SENTENCE_END.search(text, date.end)
        tail = len(text) if end is None else end.start()
        if _FIRST_PERSON.search(text, head, tail) is not None:
            continue
        if any(
            head <= start and stop <= date.start and figures.is_general_mention(text, start, stop)
            for start, stop in mentions
        ):
            public.add(id(date))
    return [r for r in results if id(r) not in public]
