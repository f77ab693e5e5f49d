from __future__ import annotations

import pytest

from guardrails.pii.recognizers.my_number import MyNumberRecognizer, my_number_check_digit
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("body", "digit"),
    [("12345678901", 8), ("98765432109", 3), ("00000000019", 1), ("27182818284", 0)],
    ids=["ascending", "descending", "leading-zeros", "remainder-le-1-gives-0"],
)
def test_check_digit(body: str, digit: int) -> None:
    assert my_number_check_digit(body) == digit


@pytest.mark.parametrize("body", ["1234567890", "123456789012", "1234567890a"], ids=str)
def test_check_digit_rejects_bad_bodies(body: str) -> None:
    with pytest.raises(ValueError, match="11 digits"):
        my_number_check_digit(body)


@pytest.mark.parametrize(
    ("text", "expected", "strong"),
    [
        ("マイナンバーは123456789018です", ["123456789018"], True),
        ("個人番号:9876 5432 1093", ["9876 5432 1093"], True),
        ("個人番号 3141-5926-5352 を登録", ["3141-5926-5352"], True),
        ("マイナンバー１２３４５６７８９０１８", ["123456789018"], True),
        ("番号271828182840を確認", ["271828182840"], False),
        ("マイナンバーは123456789012です", ["123456789012"], False),
        ("番号123456789012を確認", [], False),
        ("注文番号1234567890180", [], False),
        ("1234-5678 9018", [], False),
        ("カード4111-1234-5678-9018-0000", [], False),
    ],
    ids=[
        "keyword-plain",
        "keyword-spaces",
        "keyword-hyphens",
        "fullwidth",
        "no-keyword-still-reported",
        "bad-check-digit-after-keyword-typo",
        "bad-check-digit-without-keyword",
        "thirteen-digits",
        "mixed-separators",
        "inside-longer-number",
    ],
)
def test_my_number(detect: Detect, text: str, expected: list[str], strong: bool) -> None:
    found = detect(MyNumberRecognizer(), text)
    assert above(found) == expected
    if expected:
        assert (found[0][1] >= 0.9) is strong
