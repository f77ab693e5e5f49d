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
