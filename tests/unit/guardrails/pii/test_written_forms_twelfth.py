"""Structured identifiers as people really write them (issue 16, twelfth round), and the
look-alikes that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a benchmark
set): a date of birth said aloud and written in kana by speech-to-text (western and 和暦
years, kana or digits with ねん/がつ/にち, special day words); digits OCR read as letters
(O for 0, l or I for 1) in dates, phones and postcodes; a number laid out with spaces around
its separators or more than one space between its groups (cards, My Number); the middle dot
between digit groups; a spaced-out number after a label glued to it (the label is not
joined to it); a 0570 or 0120 number in brackets with a three-digit last group; ポストコード;
a health-insurance card's number in a JSON record. Look-alikes: standards and engine sizes
next to digits, a score, a ten-digit id starting 020, era dates without a birth word.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.normalize import normalize


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type == kind and f.start <= start and end <= f.end for f in analyzer.analyze(text)
    )


VALUES = [
    (
        "（音声入力）せいねんがっぴは へいせいじゅうさんねん、ごがつ、ようか です",
        "へいせいじゅうさんねん、ごがつ、ようか",
        "DATE_OF_BIRTH",
    ),
    (
        "たんじょうびは せんきゅうひゃくろくじゅうにねん じゅういちがつ みっか です",
        "せんきゅうひゃくろくじゅうにねん じゅういちがつ みっか",
        "DATE_OF_BIRTH",
    ),
    ("生年月日 2001ねん 7がつ 30にち", "2001ねん 7がつ 30にち", "DATE_OF_BIRTH"),
    (
        "うまれは しょうわがんねん くがつ ついたち",
        "しょうわがんねん くがつ ついたち",
        "DATE_OF_BIRTH",
    ),
    ("生年月日 1983/O9/2l （OCR）", "1983/O9/2l", "DATE_OF_BIRTH"),
    ("カード番号 4111  1111  1111  1111 で決済", "4111  1111  1111  1111", "CREDIT_CARD"),
    ("card: 5500 - 0000 - 0000 - 0004 exp 09/29", "5500 - 0000 - 0000 - 0004", "CREDIT_CARD"),
    ("クレカ 4242・4242・4242・4242 が通らない", "4242・4242・4242・4242", "CREDIT_CARD"),
    (
        "カード番号 4 0 1 2  8 8 8 8  8 8 8 8  1 8 8 1 （スキャン）",
        "4 0 1 2  8 8 8 8  8 8 8 8  1 8 8 1",
        "CREDIT_CARD",
    ),
    ("Amex 3782 - 822463 - 10005 で", "3782 - 822463 - 10005", "CREDIT_CARD"),
    ("個人番号 9 4 5 8 0 7 3 0 2 1 5 3 氏名 記入済", "9 4 5 8 0 7 3 0 2 1 5 3", "MY_NUMBER"),
    ("マイナンバー 7368 - 1930 - 3645 を提出", "7368 - 1930 - 3645", "MY_NUMBER"),
    ("TEL 03-l234-5678（名刺の読み取り）", "03-l234-5678", "PHONE_NUMBER"),
    ("代表 (0263) 64-5561 まで", "(0263) 64-5561", "PHONE_NUMBER"),
    ("直通 0263(44)4123", "0263(44)4123", "PHONE_NUMBER"),
    ("ポストコード 064-0941 宛に送って", "064-0941", "POSTAL_CODE"),
    ("〒 l50-0002 渋谷区", "l50-0002", "POSTAL_CODE"),
    (
        '{"insurance": {"symbol": "3300418", "number": "27"}} を照合',
        "27",
        "HEALTH_INSURANCE",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), VALUES, ids=[v for _, v, _ in VALUES])
def test_value_is_found(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


BENIGN = [
    "ISO 9001 と ISO 14001 の違いを教えて",
    "2.0l のエンジンと 1.5l のエンジンの燃費",
    "TOKYO 2020 のメダル数は？",
    "スコアは3 - 2で勝った",
    "ticket=0203318842 closed",
    "平成元年に創業、昭和64年1月7日が最後の日でした",
    "にせんにじゅうごねん しがつ ついたちに かいさいされます",
    "令和7年4月1日施行の改正点",
    "Zoom ID 812 3456 7890 で入ってください",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type != "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("個人番号 1 2 3 4 5 6 7 8 9 0 1 2 氏名", "個人番号 123456789012 氏名"),
        ("住所：那 覇 市 日 吉 7 - 18 - 13", "住所:那覇市日吉7-18-13"),
        ("東京都千 代 田 区", "東京都千代田区"),
        ("名前は小 田 未 来です", "名前は小田未来です"),
        ("1971/O6/13 と 0l1-172-5632", "1971/06/13 と 011-172-5632"),
        ("ISO 9001 TOKYO 500ml", "ISO 9001 TOKYO 500ml"),
        ("3 5 5 9  5 9 2 6", "3559 5926"),
        ("しょうわよんじゅうにねん、じゅうにがつ、じゅうごにち", "昭和42年12月15日"),
    ],
    ids=[
        "label-not-glued",
        "spaced-address-kept",
        "same-script-kept",
        "name-after-particle",
        "ocr-letters",
        "words-untouched",
        "spaced-groups",
        "spoken-era-date",
    ],
)
def test_normalised_text(text: str, normalised: str) -> None:
    assert normalize(text).text == normalised
