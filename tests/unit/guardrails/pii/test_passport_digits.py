"""Passport numbers of digits only after a passport word and its label (issue 16,
seventeenth round, second wave). Every row was written for these tests."""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    ("passport no. 548213907, expires 2031", "548213907"),
    ("Passport number: 731204588", "731204588"),
    ("パスポート番号：48213907", "48213907"),
    ("旅券番号 562210983 で予約しました", "562210983"),
    ('{"passport_no": "610284472", "country": "US"}', "610284472"),
    ("My passport # is 320119845", "320119845"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_digit_passport_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    start = text.index(value)
    end = start + len(value)
    assert any(
        f.entity_type == "PASSPORT" and f.start <= start and end <= f.end
        for f in full_analyzer.analyze(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "パスポートの申請手数料は 16000 円です",
        "passport photos cost 1500 yen",
        "注文番号 548213907 の商品",
        "ISBN 9784101092058",
        "passport office opens 2024-04-01",
        "型番 731204588",
    ],
)
def test_digits_without_a_passport_label_are_left_alone(
    full_analyzer: PiiAnalyzer, text: str
) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "PASSPORT"] == []
