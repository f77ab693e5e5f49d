from __future__ import annotations

import pytest

from guardrails.pii.recognizers.credit_card import CreditCardRecognizer, luhn_valid
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("カード番号4111-1111-1111-1111です", ["4111-1111-1111-1111"]),
        ("5555 5555 5555 4444で支払い", ["5555 5555 5555 4444"]),
        ("番号4111111111111111", ["4111111111111111"]),
        ("アメックス3782-822463-10005", ["3782-822463-10005"]),
        ("カード４１１１ー１１１１ー１１１１ー１１１１", ["4111-1111-1111-1111"]),
        ("カード4111-1111-1111-1112", ["4111-1111-1111-1112"]),
        ("番号4111-1111-1111-1112", []),
        ("4111-1111 1111-1111", []),
        ("伝票12345678901234567890", []),
        ("JANコード4901234567894の商品", []),
        ("4901234567894の在庫", []),
        ("品番 4111111111111111", []),
        ("クレカ番号5555555555554444の停止", ["5555555555554444"]),
    ],
    ids=[
        "hyphens",
        "spaces",
        "plain",
        "amex-groups",
        "fullwidth-long-vowel-dashes",
        "luhn-fails-after-keyword-typo",
        "luhn-fails-without-keyword",
        "mixed-separators",
        "too-long",
        "jan-code-keyword",
        "thirteen-digits-without-keyword",
        "product-keyword-before",
        "kureka-keyword",
    ],
)
def test_credit_card(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(CreditCardRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("4111111111111111", True), ("378282246310005", True), ("4111111111111112", False)],
    ids=["visa-test-number", "amex-test-number", "off-by-one"],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid
