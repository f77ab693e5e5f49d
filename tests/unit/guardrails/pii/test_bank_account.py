from __future__ import annotations

import pytest

from guardrails.pii.recognizers.bank_account import BankAccountRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("口座番号1234567へ振り込んで", ["1234567"]),
        ("普通預金 口座番号 7654321", ["7654321"]),
        ("当座 2345678", ["2345678"]),
        ("口座番号：１２３４５６７", ["1234567"]),
        ("ゆうちょ 記号番号 12345-12345678", ["12345-12345678"]),
        ("account no. 1234567", ["1234567"]),
        ("会員番号1234567", []),
        ("口座番号123456", []),
        ("口座を開設したいです。在庫は1234567個あります", []),
    ],
    ids=[
        "keyword-glued",
        "type-and-keyword",
        "account-type-only",
        "fullwidth",
        "yucho",
        "english",
        "other-number",
        "six-digits",
        "keyword-too-far",
    ],
)
def test_bank_account(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(BankAccountRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("振込先は（普）1234567です", ["1234567"]),
        ("（当）7654321へ", ["7654321"]),
        ("返金は普）2345678にお願いします", ["2345678"]),
        ("引き落とし口座→3456789", ["3456789"]),
        ("refund to my account 4567890", ["4567890"]),
        ("会員番号1234567です", []),
        ("How do I open a bank account as a foreign resident?", []),
    ],
    ids=["futsu-abbreviation", "touza-abbreviation", "half-bracket", "debit-account",
         "english-account", "member-number", "english-prose"],
)  # fmt: skip
def test_bank_account_abbreviations(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(BankAccountRecognizer(), text)) == expected
