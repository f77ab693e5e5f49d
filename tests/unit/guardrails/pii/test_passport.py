from __future__ import annotations

import pytest

from guardrails.pii.recognizers.passport import PassportRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("旅券番号AB1234567です", ["AB1234567"]),
        ("パスポート: XY7654321", ["XY7654321"]),
        ("passport TK0011223", ["TK0011223"]),
        ("パスポートＡＢ１２３４５６７", ["AB1234567"]),
        ("型番AB1234567の部品", []),
        ("旅券番号ab1234567", ["ab1234567"]),
        ("パスポート番号は TS 8095389 です", ["TS 8095389"]),
        ("tk7654321(パスポート)の期限", ["tk7654321"]),
        ("TK7654321で予約しました", ["TK7654321"]),
        ("注文番号 AB1234567 の配送", []),
        ("code ab1234567", []),
        ("旅券番号AB12345678", []),
        ("旅券番号ABC1234567", []),
    ],
    ids=[
        "keyword",
        "katakana-keyword",
        "english-keyword",
        "fullwidth",
        "product-keyword",
        "lowercase-with-keyword",
        "space-after-letters",
        "keyword-after",
        "capitals-without-keyword",
        "order-keyword",
        "lowercase-without-keyword",
        "eight-digits",
        "three-letters",
    ],
)
def test_passport(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(PassportRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("番号はrf0751340です。パスポートの更新手続きを教えて", ["rf0751340"]),
        ("番号はZM 3315483です。パスポートの期限は？", ["ZM 3315483"]),
        ("番号はrf0751340です。よろしく。", []),
    ],
    ids=["keyword-in-next-sentence", "spaced-keyword-next-sentence", "no-keyword-anywhere"],
)
def test_passport_keyword_after_the_sentence(
    detect: Detect, text: str, expected: list[str]
) -> None:
    assert above(detect(PassportRecognizer(), text)) == expected
