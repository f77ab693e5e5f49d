from __future__ import annotations

import pytest

from guardrails.pii.recognizers.phone_number import PhoneNumberRecognizer, is_japanese_phone_number
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("携帯は090-1234-5678です", ["090-1234-5678"]),
        ("携帯09012345678に", ["09012345678"]),
        ("０８０－１１１１－２２２２までお願いします", ["080-1111-2222"]),
        ("代表03-1234-5678", ["03-1234-5678"]),
        ("大阪06-6123-4567へ", ["06-6123-4567"]),
        ("会社0466-12-3456", ["0466-12-3456"]),
        ("IP電話050-1234-5678", ["050-1234-5678"]),
        # Toll-free lines are public business numbers (twenty-first round, a lead's decision).
        ("フリーダイヤル0120-123-456", []),
        ("0800-123-4567までどうぞ", []),
        ("TEL (03) 1234-5678", ["(03) 1234-5678"]),
        ("電話03(1234)5678", ["03(1234)5678"]),
        ("call +81-90-1234-5678 now", ["+81-90-1234-5678"]),
        ("+81 3 1234 5678", ["+81 3 1234 5678"]),
        ("携帯090ー1234ー5678", ["090-1234-5678"]),
        ("電話0312345678", ["0312345678"]),
        ("注文番号 090-1234-56789", []),
        ("090-1234-567", []),
        ("問い合わせ番号 A-20231105", []),
        ("郵便番号060-0001", []),
        ("価格は12,345円", []),
        ("0120-12-3", []),
        ("user090-1234-5678@example.jp", []),
    ],
    ids=[
        "mobile-hyphens",
        "mobile-plain-glued",
        "mobile-fullwidth",
        "tokyo",
        "osaka",
        "four-digit-area",
        "ip-050",
        "toll-free-0120-is-a-business-line",
        "toll-free-0800-is-a-business-line",
        "parenthesised-area",
        "parenthesised-exchange",
        "international-mobile",
        "international-fixed-spaces",
        "long-vowel-dashes",
        "fixed-plain",
        "too-many-digits",
        "too-few-digits",
        "reference-number",
        "postal-code",
        "price",
        "short-toll-free",
        "inside-email",
    ],
)
def test_phone_number(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(PhoneNumberRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("090-1234-5678", True),
        ("03-1234-5678", True),
        ("+81 90 1234 5678", True),
        ("+1 415 555 0100", False),
        ("080-123-4567", False),
        ("0012-3456-7890", False),
    ],
    ids=["mobile", "fixed", "plus81", "us-number", "mobile-with-10-digits", "double-zero"],
)
def test_is_japanese_phone_number(number: str, valid: bool) -> None:
    assert is_japanese_phone_number(number) is valid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("携帯は080.0543.3542です", ["080.0543.3542"]),
        ("090/1067/0854に電話して", ["090/1067/0854"]),
        # The normaliser closes the spaces around a separator inside a number (twelfth round).
        ("06 - 1095 - 2736まで", ["06-1095-2736"]),
        ("〇七〇-七二七六-四九八一です", ["070-7276-4981"]),
        ("電話は〇九〇の一二三四の五六七八", ["090の1234の5678"]),
        ("090〜1234〜5678へ", ["090〜1234〜5678"]),
        ("０９０～１２３４～５６７８", ["090~1234~5678"]),
        ("番号は〇三一二三四五六七八", ["0312345678"]),
        ("自宅は〇三の八七四八の七六四七", ["03の8748の7647"]),
        ("〇二九七の二〇の一五九五まで", ["0297の20の1595"]),
        ("2023.01.15に会議", []),
        ("バージョン0.12.3456", []),
        ("一九九〇年に", []),
        ("TEL 0 7 0 3635 8304", ["0703635 8304"]),
        ("緊急連絡先 0-9-0-1-2-3-4-5-6-7-8 母", ["0-9-0-1-2-3-4-5-6-7-8"]),
        ("mobile 08 0123 45678 please", ["08 0123 45678"]),
        ("固定 0 3 1 2 3 4 5 6 7 8 です", ["0312345678"]),
        ("スコアは 0 1 2 3 4 5 6 7 8 9 10 の11段階", []),
        ("0.1.2.3.4.5.6.7.8.9", []),
    ],
    ids=[
        "dots",
        "slashes",
        "spaced-hyphens",
        "kanji-numerals",
        "no-separators-kanji",
        "wave-dash",
        "fullwidth-tilde",
        "kanji-plain",
        "kanji-two-digit-area",
        "kanji-two-digit-exchange",
        "date-with-dots",
        "version-number",
        "kanji-year",
        "digit-groups-read-out",
        "digit-by-digit-hyphens",
        "uneven-groups",
        "fixed-digit-by-digit",
        "scale-of-numbers",
        "dotted-sequence",
    ],
)
def test_phone_number_separators_and_kanji(detect: Detect, text: str, expected: list[str]) -> None:
    """Separators people actually type, and numbers written in kanji (seen as digits)."""
    assert above(detect(PhoneNumberRecognizer(), text)) == expected
