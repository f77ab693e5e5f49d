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
        ("旅券番号ab1234567", []),
        ("旅券番号AB12345678", []),
        ("旅券番号ABC1234567", []),
    ],
    ids=[
        "keyword",
        "katakana-keyword",
        "english-keyword",
        "fullwidth",
        "no-keyword",
        "lowercase",
        "eight-digits",
        "three-letters",
    ],
)
def test_passport(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(PassportRecognizer(), text)) == expected
