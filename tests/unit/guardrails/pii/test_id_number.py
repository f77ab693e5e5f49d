"""Other official identification numbers (ID_NUMBER): a labelled 基礎年金番号, 雇用保険被保険者番号,
住民票コード, 受給者番号, a residence card number, a car's number plate."""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.entities import ID_NUMBER


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer()


def _ids(analyzer: PiiAnalyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze(text) if f.entity_type == ID_NUMBER]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("基礎年金番号は4410-203958です。年金の見込額は？", ["4410-203958"]),
        ("年金番号 5821 770364 の照会", ["5821 770364"]),
        ("雇用保険被保険者番号：3302-118845-7", ["3302-118845-7"]),
        ("雇用保険の被保険者番号が 60214488193 と書いてあります", ["60214488193"]),
        ("住民票コードは 90817723645 です", ["90817723645"]),
        ("受給者証番号 2204815 の更新", ["2204815"]),
        ("被保護者番号＝０３３８１２７", ["０３３８１２７"]),
        ("在留カード番号：KP90412785QM", ["KP90412785QM"]),
        ("在留カードを見せてもらいました。番号は nb40719962ez です", ["nb40719962ez"]),
        ("My basic pension number is 7718-402296.", ["7718-402296"]),
        ("residence card no. TR33817406DA please", ["TR33817406DA"]),
        ("社用車は練馬500ち82-19です", ["練馬500ち82-19"]),
        ("来客の車 つくば 330 は ・417", ["つくば 330 は ・417"]),
        ("ナンバーは 702ま14-66 の白い車", ["702ま14-66"]),
    ],
    ids=[
        "pension",
        "pension-spaced",
        "employment-insurance",
        "employment-insurance-plain",
        "resident-code",
        "recipient-certificate",
        "welfare-recipient-full-width",
        "residence-card",
        "residence-card-lower-next-sentence-label",
        "pension-english",
        "residence-card-english",
        "plate",
        "plate-dot-serial",
        "plate-no-region",
    ],
)
def test_official_numbers_are_found(analyzer: PiiAnalyzer, text: str, values: list[str]) -> None:
    assert _ids(analyzer, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "基礎年金番号がわからない場合はどうすればいいですか",
        "在留期間は3年で、更新は2回目です",
        "公費負担者番号 54136018 は医療機関で確認します",
        "保険者番号 06139999 の協会けんぽ",
        "型番 AB12345678CD の在庫",  # the residence card's shape, no residence-card word
        "品川駅から300メートル、あと12分",
        "年金は月に15万円です",
        "第3版 500部 12-34ページ",
    ],
    ids=[
        "label-without-number",
        "number-without-label",
        "public-expense-payer",
        "insurer",
        "product-code",
        "place-and-distance",
        "amount",
        "page-range",
    ],
)
def test_other_numbers_are_not(analyzer: PiiAnalyzer, text: str) -> None:
    assert _ids(analyzer, text) == []
