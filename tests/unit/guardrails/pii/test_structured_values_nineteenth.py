"""Structured values, nineteenth round (issue 16): numbers said, and a card's extras.

A phone number broken by fillers and particles (080の、えーと、5566の7788; 090, uh, 1234,
um, 5678) or said in English words (oh-nine-oh, double-oh, words and digit groups mixed);
a card's expiry and security code after their labels when a card number or a card word is
near; an account number right after any account-kind word (当座, 貯蓄, 総合, checking, and
current after a bank or branch), also in a postcode's hyphenated shape.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # fillers and particles between the groups
    ("携帯は080の、えーと、5566の7788です", "080の、えーと、5566の7788", "PHONE_NUMBER"),
    ("番号ね、03、あのー、4412、7781。", "03、あのー、4412、7781", "PHONE_NUMBER"),
    ("連絡先は052…381、えっと、9902だよ", "052…381、えっと、9902", "PHONE_NUMBER"),
    ("call me on 090, uh, 4471, um, 2290 tonight", "090, uh, 4471, um, 2290", "PHONE_NUMBER"),
    ("my number is 045... 219, er, 7730", "045... 219, er, 7730", "PHONE_NUMBER"),
    # said in English words, words and digits mixed
    ("my cell is oh-nine-oh, 4433, 2211", "oh-nine-oh, 4433, 2211", "PHONE_NUMBER"),
    (
        "zero nine zero one two three four five six seven eight, thanks",
        "zero nine zero one two three four five six seven eight",
        "PHONE_NUMBER",
    ),
    ("text o-eight-o double-four 12, 9987", "o-eight-o double-four 12, 9987", "PHONE_NUMBER"),
    (
        "office: oh-six, seven-one-one-two, double-three double-nine",
        "oh-six, seven-one-one-two, double-three double-nine",
        "PHONE_NUMBER",
    ),
    # a card's expiry and security code
    ("card 4111 1111 1111 1111, exp 09/27, security code 4321", "09/27", "CREDIT_CARD"),
    ("card 4111 1111 1111 1111, exp 09/27, security code 4321", "4321", "CREDIT_CARD"),
    ("カード番号 5500-0000-0000-0004\n有効期限：11/29\nCVV：123", "11/29", "CREDIT_CARD"),
    ("カード番号 5500-0000-0000-0004\n有効期限：11/29\nCVV：123", "123", "CREDIT_CARD"),
    ("クレカのセキュリティコードは 882、期限は 3/31", "882", "CREDIT_CARD"),
    ("クレカのセキュリティコードは 882、期限は 3/31", "3/31", "CREDIT_CARD"),
    ("My card expires 06/2030 and the CVC is 5512.", "06/2030", "CREDIT_CARD"),
    ("My card expires 06/2030 and the CVC is 5512.", "5512", "CREDIT_CARD"),
    ("visa ending 0042, valid thru 12-28, cvv2 771", "12-28", "CREDIT_CARD"),
    # an account number right after any account-kind word
    ("三菱UFJ銀行渋谷支店、当座1234567", "1234567", "BANK_ACCOUNT"),
    ("みずほ銀行・新宿支店・当座・123-4567", "123-4567", "BANK_ACCOUNT"),
    ("当座預金281-3390に入金", "281-3390", "BANK_ACCOUNT"),
    ("Umeda branch, checking 188-4020, holder omitted", "188-4020", "BANK_ACCOUNT"),
    ("Ginza branch, current 552-0193", "552-0193", "BANK_ACCOUNT"),
    ("MUFG Bank Umeda, current 0537382. Draft the footer", "0537382", "BANK_ACCOUNT"),
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
    # expiry dates and codes with no card near
    "クーポンの有効期限は09/27まで",
    "coupon code SAVE10, expires 09/27",
    "製品のセキュリティコード4321を入力して初期設定",
    "the router's security code 5521 is on the sticker",
    "カードゲームの有効期限切れのパック、09/27発売",
    "カードの支払期限は12/27です",
    "ギフト券の有効期限は10/26、残高4321円",
    # counts, steps and times
    "I walked 4321 steps today",
    "集合は09:27、持ち物は？",
    "we sold nine oh nine units, one two three",
    "oh, nine o'clock works for me",
    "in 2025, 1234, 5678 people came",
    "round one, two, three, four, five, six, seven, eight, nine, ten",
    # a count in words that starts with zero but adds up to no number
    "zero, one, two and three are the first digits",
    # account-kind words as ordinary words
    "普通に123-4567のバスで行く",
    "the current 1234567 users",
    "current 552-0193 is the postcode",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in STRUCTURED] == []
