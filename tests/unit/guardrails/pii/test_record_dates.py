"""Birth dates written as the field after a person's name in a record."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from guardrails.pii.entities import DATE_OF_BIRTH, PERSON
from guardrails.pii.record_dates import with_record_birth_dates


def _dates(text: str, results: list[RecognizerResult]) -> list[str]:
    out = with_record_birth_dates(text, results, this_year=2026)
    return [text[r.start : r.end] for r in out if r.entity_type == DATE_OF_BIRTH]


def test_the_field_after_a_name_is_a_birth_date() -> None:
    text = "山田太郎, 1985/04/12, 営業部"
    assert _dates(text, [RecognizerResult(PERSON, 0, 4, 0.9)]) == ["1985/04/12"]


def test_a_recent_date_or_one_already_found_is_left_alone() -> None:
    recent = "山田太郎, 2025/04/12, 面談"
    assert _dates(recent, [RecognizerResult(PERSON, 0, 4, 0.9)]) == []
    text = "山田太郎, 1985/04/12, 営業部"
    phone_like = RecognizerResult("PHONE_NUMBER", 8, 12, 0.9)  # overlaps the date
    assert _dates(text, [RecognizerResult(PERSON, 0, 4, 0.9), phone_like]) == []


def test_every_row_of_a_long_record_list() -> None:
    # 8,000 rows took 4 CPU-s when each date was compared with every finding kept so far.
    row = "山田太郎, 1985/04/12\n"
    people = [RecognizerResult(PERSON, i * len(row), i * len(row) + 4, 0.9) for i in range(8000)]
    assert _dates(row * 8000, people) == ["1985/04/12"] * 8000
