"""Health-insurance card identifiers: a labelled number after a health-insurance word."""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.entities import HEALTH_INSURANCE


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("健康保険証の記号12 番号3456で照会してください", ["12", "3456"]),
        ("被保険者番号：00123456", ["00123456"]),
        ("保険証番号は12-345です", ["12-345"]),
        ("国保の保険証、記号 ３２１ 番号 ４５ 枝番 01 です", ["３２１", "４５", "01"]),
        ("協会けんぽの保険証、番号は 1234567 です", ["1234567"]),
        ("My health insurance card number is 12345678.", ["12345678"]),
        ("health insurance No. 4455-66", ["4455-66"]),
        ("マイナ保険証の資格確認書、番号は778899", ["778899"]),
    ],
)
def test_labelled_numbers_are_found(analyzer: PiiAnalyzer, text: str, values: list[str]) -> None:
    found = [
        text[f.start : f.end] for f in analyzer.analyze(text) if f.entity_type == HEALTH_INSURANCE
    ]
    assert found == values


@pytest.mark.parametrize(
    "text",
    [
        "保険証を持って2階の受付へ来てください",  # a number, but no label before it
        "注文番号 12345 の件です",  # a label, but no health-insurance word
        "保険証の記号・番号を教えてください",
        "保険証の番号が変わったのですが、手続きは2週間以内ですか",
        "記号3つと数字8桁のパスワード",
        "健康保険の扶養に入れる年収は130万円までですか",
        "社会保険の等級は20等級です",
        "健康保険証を忘れました。番号札3番でお待ちの方は…",  # the next sentence
    ],
)
def test_other_numbers_are_not(analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in analyzer.analyze(text) if f.entity_type == HEALTH_INSURANCE] == []


@pytest.mark.parametrize(
    "text",
    ["雇用保険被保険者番号は1234-567890-1です", "介護保険の被保険者番号 0012345678"],
    ids=["employment-insurance", "care-insurance"],
)
def test_another_insurance_is_no_health_card(analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in analyzer.analyze(text) if f.entity_type == HEALTH_INSURANCE] == []
