"""Structured values, eighteenth round (issue 16): numbers pasted from forms and chats.

A generic label (番号, No., Number) on the line under the line naming the document
(お支払いカード⏎番号 …, 運転免許⏎番号：…); a licence number in two groups, broken over two
lines or after DL#; a passport's letters and digits on two lines; a health card named and
its numbers printed after it without 記号 / 番号 labels (被保険者証 12345-678-01, insurance
card no. 1234 / 567); a My Number word followed by an everyday word that also names other
numbers (マイナンバーの問い合わせ, 会員登録); seven digits in a postcode's shape under an
account column or kind; a foreign number after a Japanese label's colon or before
国際電話; a card number said aloud in kanji digits with の between the groups.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # a generic label under the line that names the document
    ("ご利用カード\n番号 5105 1051 0510 5106\n名義 略", "5105 1051 0510 5106", "CREDIT_CARD"),
    ("ご利用カード\nNo. 4012 8888 8888 1882\n", "4012 8888 8888 1882", "CREDIT_CARD"),
    # a card typo (Luhn fails) under that label is still the card
    ("クレジットカード\n番号：4012 8888 8888 1883\n", "4012 8888 8888 1883", "CREDIT_CARD"),
    ("運転免許\n番号：4410 2233 5567\n", "4410 2233 5567", "DRIVER_LICENSE"),
    # licences in two groups, over two lines, after DL#
    ("免許証番号は 301122 456780 です", "301122 456780", "DRIVER_LICENSE"),
    ("運転免許証\n番号：623301\n118842\n有効期限", "623301\n118842", "DRIVER_LICENSE"),
    (
        "| 書類 | 番号 |\n|---|---|\n| 運転免許証 | 4402-33119870 |",
        "4402-33119870",
        "DRIVER_LICENSE",
    ),
    ("DL#: 551023449870", "551023449870", "DRIVER_LICENSE"),
    ("D/L 4455 6677 8810 (Tokyo)", "4455 6677 8810", "DRIVER_LICENSE"),
    # passport letters and digits on two lines
    ("Passport\nMR\n4412093\n", "MR\n4412093", "PASSPORT"),
    ("旅券番号\nTG\n7720391", "TG\n7720391", "PASSPORT"),
    ("パスポート\n番号 ts5502817\n", "ts5502817", "PASSPORT"),
    # a health card named, its numbers printed after it
    ("国民健康保険被保険者証 310452-8812-02 で受診", "310452", "HEALTH_INSURANCE"),
    ("国民健康保険被保険者証 310452-8812-02 で受診", "8812", "HEALTH_INSURANCE"),
    ("資格確認書の番号（55021 70338 01）を伝えた", "70338", "HEALTH_INSURANCE"),
    ("insurance card no. 6620 / 118903, please", "118903", "HEALTH_INSURANCE"),
    ("保険証：4471・20934・03", "20934", "HEALTH_INSURANCE"),
    # a My Number word, then an everyday word that also names other numbers
    ("マイナンバーの問い合わせ 4012 5678 9013 はどこへ", "4012 5678 9013", "MY_NUMBER"),
    ("マイナンバーを会員登録で入れた 401256789013", "401256789013", "MY_NUMBER"),
    ("個人番号の請求書への記載 4012-5678-9013", "4012-5678-9013", "MY_NUMBER"),
    # seven digits in a postcode's shape where the form says it is the account
    ("振込先\n北洋銀行 大通支店\n普通預金\n402-7719", "402-7719", "BANK_ACCOUNT"),
    ("銀行,支店,口座番号\n常陽銀行,水戸,551-0283", "551-0283", "BANK_ACCOUNT"),
    ("Account No.:\n3301-552", "3301-552", "BANK_ACCOUNT"),
    ("Deposit to Chiba Bank, Makuhari branch, savings 4410527 please", "4410527", "BANK_ACCOUNT"),
    # foreign numbers after a Japanese label's colon, or before 国際電話
    ("兄の番号です：8613912345670 国際電話のかけ方", "8613912345670", "PHONE_NUMBER"),
    ("叔母の番号：1-416-555-0133 に電話したい", "1-416-555-0133", "PHONE_NUMBER"),
    # a card said aloud in kanji digits with の between the groups
    (
        "カード番号は 四〇一二の八八八八の八八八八の一八八一 です",
        "四〇一二の八八八八の八八八八の一八八一",
        "CREDIT_CARD",
    ),
]


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type == kind and f.start <= start and end <= f.end for f in analyzer.analyze(text)
    )


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[f"{k}:{v}" for _, v, k in FOUND])
def test_value_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


STRUCTURED = frozenset(
    {
        "PHONE_NUMBER",
        "BANK_ACCOUNT",
        "CREDIT_CARD",
        "MY_NUMBER",
        "PASSPORT",
        "DRIVER_LICENSE",
        "HEALTH_INSURANCE",
        "ID_NUMBER",
    }
)

BENIGN = [
    # a generic label under a line that names no document
    "ご注文\n番号 4012 5678 9013\n",
    "お問い合わせ\n番号：240512\n",
    "パスポートの件\nNo\n1234567\n",
    # dates and times near a health card's word
    "保険証の有効期限 2026/03/31 まで",
    "保険証の番号 2025-04-01 に変わります",
    "保険証を持って2階 3番窓口へ",
    # other numbers labelled as such after a My Number word
    "マイナンバーの問い合わせ番号 401256789013",
    "マイナンバーと注文番号 4012 5678 9013",
    # a postcode's shape under a postcode column or line
    "氏名,郵便番号\n略,551-0283",
    "〒\n150-0002\n",
    # a licence word near a date, a fee, a count
    "免許更新の講習は 2025 03 08、手数料 3000円",
    "在庫\n123456\n789012",
    # a colon after a letter or a digit still blocks a foreign number's start
    "ID:447700900842 の件",
    "時刻 10:30-12:00 に電話",
    # kanji digits with の that are no card
    "第一の一二三四",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in STRUCTURED] == []
