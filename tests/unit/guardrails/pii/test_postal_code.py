from __future__ import annotations

import pytest

from guardrails.pii.recognizers.postal_code import PostalCodeRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〒100-0001 東京都千代田区", ["100-0001"]),
        ("郵便番号は530-0001です", ["530-0001"]),
        ("郵便番号5300001", ["5300001"]),
        ("〒５３０－０００１", ["530-0001"]),
        ("送り先: 812-0011 福岡県福岡市博多区", ["812-0011"]),
        ("ZIP 060-0806", ["060-0806"]),
        ("在庫番号123-4567の商品", []),
        ("会員番号1234567", []),
        ("〒100-00012", []),
    ],
    ids=[
        "postal-mark",
        "keyword",
        "keyword-plain-digits",
        "fullwidth",
        "followed-by-prefecture",
        "zip-keyword",
        "no-context",
        "plain-no-context",
        "too-long",
    ],
)
def test_postal_code(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(PostalCodeRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〒 710 5196 までお送りください", ["710 5196"]),
        ("郵便番号 150 0002 で登録", ["150 0002"]),
        ("〒１５０　０００２", ["150 0002"]),
        ("My postal code is 150 0002.", ["150 0002"]),
        ("150 0002", []),
        ("部屋は150 0002号", []),
    ],
    ids=["mark-space", "keyword-space", "fullwidth-ideographic-space", "english-keyword",
         "space-no-keyword", "other-number"],
)  # fmt: skip
def test_postal_code_with_space(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(PostalCodeRecognizer(), text)) == expected
