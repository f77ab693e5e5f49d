"""Dates of birth in a record about a person, written with no birth keyword.

A record pasted from a chart, a CRM or a form lists a person's fields one after another:
``カルテ転記：タカヤマ ヒロアキ、1963年2月26日、既往歴 …`` or ``山田 太郎, 1985/04/12, 営業部``.
The date right after the person's name, as a field of its own, is their date of birth:
the field after a name is what describes that person, and a date years ago is no event
of the record (an appointment or a call is this year's or last year's). So a full date
(Western or 和暦, the birth recognizer's own patterns) counts when:

* a PERSON finding ends right before it, with an honorific at most and one field
  separator (、 , ; a tab, ``|`` or two spaces) between them;
* it fills its field: a separator, a line break or the end of the text follows (生 or
  生まれ may come first);
* its year is at least two years before the current one.

Pure function of the text, the findings and the year; never raises. Overlap checks are
sorted-span look-ups (:mod:`guardrails.pii.spans`): linear in the number of people.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from typing import Final

from presidio_analyzer import RecognizerResult

from .entities import DATE_OF_BIRTH, PERSON
from .recognizers.date_of_birth import DateOfBirthRecognizer
from .spans import DisjointSpans, SpanIndex

__all__ = ["with_record_birth_dates"]

SCORE: Final = 0.85
_MIN_AGE_YEARS: Final = 2
_PATTERNS: Final = {name: pattern for name, pattern, _ in DateOfBirthRecognizer.PATTERNS}
_DATE: Final = re.compile(f"{_PATTERNS['western']}|{_PATTERNS['japanese_era']}")
_BETWEEN: Final = re.compile(
    r"[ \u3000]?(?:様|さん|氏|殿)?[ \u3000]?(?:[、,;\t|]|[ \u3000]{2})[ \u3000]*"
)
_FIELD_END: Final = re.compile(
    r"[ \u3000]*(?:生まれ|生)?[ \u3000]*(?:$|[、,;\t|\n)。]|[ \u3000]{2})"
)
_ERA_START: Final = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
                     "M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}  # fmt: skip
_ERA_YEAR: Final = re.compile(r"(明治|大正|昭和|平成|令和|[MTSHR])\.?\s?(\d{1,2}|元)")
_WESTERN_YEAR: Final = re.compile(r"(?:1[89]|20)\d\d")


def _year(date: str) -> int | None:
    era = _ERA_YEAR.match(date)
    if era is not None:
        number = 1 if era.group(2) == "元" else int(era.group(2))
        return _ERA_START[era.group(1)] + number
    western = _WESTERN_YEAR.match(date)
    return int(western.group()) if western is not None else None


def with_record_birth_dates(
    text: str, results: Sequence[RecognizerResult], *, this_year: int | None = None
) -> list[RecognizerResult]:
    """``results`` plus the birth dates written as the field after a person's name."""
    people = sorted((r for r in results if r.entity_type == PERSON), key=lambda r: r.end)
    if not people or not any(c.isdigit() for c in text):
        return list(results)
    latest = (this_year or datetime.date.today().year) - _MIN_AGE_YEARS
    kept = list(results)
    found = SpanIndex((r.start, r.end) for r in results)
    added = DisjointSpans()  # the dates added here overlap nothing kept, so not each other
    for person in people:
        between = _BETWEEN.match(text, person.end)
        if between is None:
            continue
        date = _DATE.match(text, between.end())
        if date is None or _FIELD_END.match(text, date.end()) is None:
            continue
        year = _year(date.group())
        if year is None or year > latest:
            continue
        start, end = date.span()
        if found.overlaps(start, end) or added.overlaps(start, end):
            continue
        added.add(start, end)
        kept.append(RecognizerResult(DATE_OF_BIRTH, start, end, SCORE))
    return kept
