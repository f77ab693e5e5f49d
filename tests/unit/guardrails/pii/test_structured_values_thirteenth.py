"""Structured values as people write them (issue 16, thirteenth round, structured values),
and the look-alikes that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a benchmark
set): digit groups joined by a dash of another kind (U+2010, em dash, minus) or by a middle
dot used the same way throughout; kanji digits with ○ for zero; the country code before an
area code in brackets and the call prefix dialled from Japan; ``{at}``; a postcode with a
dot or in a vCard ``ADR`` line; an era's first character (昭58.7.21), capitals and
day/month-name/year dates; a value broken over two lines under its label; an account under
its bank and branch lines; card, My Number, licence and passport numbers with new
separators, keywords in kana or romaji; a passport's machine-readable zone; a health card's
labels one per line or as a ``記号/番号=`` pair; residence-card numbers in groups; romaji
addresses with the full block and a glued municipality; a spaced-out label before a number
(T E L 0 7 5 …, T E L O45-…); an account or passport number said aloud (こうざは いちにー…,
TKのよんはち…).
Look-alikes: a list of two numbers sharing their first groups, a column of numbers, circles
as blanks, version and chapter numbers in romaji-address shape, codes and prices.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

_MRZ = "P<JPNSATO<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nTR48219370JPN8504124F3107159<<<<<<<<<<<<<<02"

FOUND = [
    # phones
    ("連絡先：０８０･４４１２･９０３７（夜）", "０８０･４４１２･９０３７", "PHONE_NUMBER"),
    ("代表 045・321・7788 までお願いします", "045・321・7788", "PHONE_NUMBER"),
    ("ご自宅 〇四五・三二一・七七八八 です", "〇四五・三二一・七七八八", "PHONE_NUMBER"),
    ("TEL ○八○－五五一二－三三○九", "○八○－五五一二－三三○九", "PHONE_NUMBER"),
    ("call +81(80)5512-3309 tonight", "+81(80)5512-3309", "PHONE_NUMBER"),
    ("海外からは 0081-90-2233-4455 へ", "0081-90-2233-4455", "PHONE_NUMBER"),
    ("携帯 090‐7788‐1122 まで", "090‐7788‐1122", "PHONE_NUMBER"),
    ("fax 03—5566—7788", "03—5566—7788", "PHONE_NUMBER"),
    ("OCR: T E L O45-321-7788  F A X 同左", "O45-321-7788", "PHONE_NUMBER"),
    ("F A X 0 3 5 5 6 6 7 7 8 8", "0 3 5 5 6 6 7 7 8 8", "PHONE_NUMBER"),
    # e-mail
    ("mail: kenta.o{at}example.co.jp", "kenta.o{at}example.co.jp", "EMAIL_ADDRESS"),
    # dates of birth
    ("生年月日 1979‐11‐03", "1979‐11‐03", "DATE_OF_BIRTH"),
    ("birthdate=1991—02—14 plan=a", "1991—02—14", "DATE_OF_BIRTH"),
    ("生年月日：昭58.7.21", "昭58.7.21", "DATE_OF_BIRTH"),
    ("D.O.B. 7 JULY 1983", "7 JULY 1983", "DATE_OF_BIRTH"),
    ("DOB 09/Mar/1977", "09/Mar/1977", "DATE_OF_BIRTH"),
    ("生年月日\n1984年\n6月5日", "1984年\n6月5日", "DATE_OF_BIRTH"),
    # postcodes
    ("郵便番号：604.8123", "604.8123", "POSTAL_CODE"),
    ("yuubin bangou 530 0001 desu", "530 0001", "POSTAL_CODE"),
    ("ADR;TYPE=HOME:;;北区梅田1-1;大阪市;大阪府;530-0001;Japan", "530-0001", "POSTAL_CODE"),
    # bank accounts
    ("三井住友銀行\n神田支店（店番221）\nとうざ\n1234560", "1234560", "BANK_ACCOUNT"),
    ("横浜銀行\n戸塚支店\n7654321\nへ振込お願いします", "7654321", "BANK_ACCOUNT"),
    ("ID,入金先\n1,8877665", "8877665", "BANK_ACCOUNT"),
    (
        "（音声入力）こうざは いちにーさんよんごーろくなな です",
        "いちにーさんよんごーろくなな",
        "BANK_ACCOUNT",
    ),
    # cards
    ("クレカ 4111/1111/1111/1111 です", "4111/1111/1111/1111", "CREDIT_CARD"),
    ("card 4242_4242_4242_4242", "4242_4242_4242_4242", "CREDIT_CARD"),
    # My Number
    ("マイナンバー\n5201 9384\n7165\n確認して", "5201 9384\n7165", "MY_NUMBER"),
    ("うちのまいなんばーは3310-4928-5732です", "3310-4928-5732", "MY_NUMBER"),
    ("kojin bangou: 3310 4928 5733", "3310 4928 5733", "MY_NUMBER"),
    # passports
    ("旅券番号\nTR 482 1937\nです", "TR 482 1937", "PASSPORT"),
    ("パスポ番号 MZ‐4821937 の期限", "MZ‐4821937", "PASSPORT"),
    ("旅券No TZ・4821937", "TZ・4821937", "PASSPORT"),
    (
        "旅券番号はTKのよんはちにーいちきゅうさんなな",
        "TKのよんはちにーいちきゅうさんなな",
        "PASSPORT",
    ),
    (_MRZ, "TR4821937", "PASSPORT"),
    (_MRZ, "SATO<<HANAKO", "PERSON"),
    (_MRZ, "850412", "DATE_OF_BIRTH"),
    # driving licences
    ("めんきょしょうばんごう 3012・3456・7890", "3012・3456・7890", "DRIVER_LICENSE"),
    ("driver's license #\n3012 3456\n7890", "3012 3456\n7890", "DRIVER_LICENSE"),
    # health insurance
    ("保険証\n記号：4521\n番号：883", "4521", "HEALTH_INSURANCE"),
    ("保険証\n記号：4521\n番号：883", "883", "HEALTH_INSURANCE"),
    ("記号/番号=45217/8830 枝番=01", "45217", "HEALTH_INSURANCE"),
    ("記号/番号=45217/8830 枝番=01", "8830", "HEALTH_INSURANCE"),
    # residence cards
    ("在留カード番号 AB-12345678-CD の更新", "AB-12345678-CD", "ID_NUMBER"),
    ("residence card: QW 1234 5678 ER", "QW 1234 5678 ER", "ID_NUMBER"),
    # romaji addresses
    ("Room 305, 3-14-2 Nakameguro, Meguroku", "Room 305, 3-14-2 Nakameguro, Meguroku", "ADDRESS"),
    ("2-8-1 Nishishinjuku Shinjukuku Tokyo", "2-8-1 Nishishinjuku Shinjukuku Tokyo", "ADDRESS"),
    ("Kamiuma 2-chome 14-5, Setagayaku", "Kamiuma 2-chome 14-5, Setagayaku", "ADDRESS"),
    # Kunrei "du" is not in the syllable table: still a romaji word (no l, q, x, v or c).
    ("Odukuri 2-5-8, Hitashi", "Odukuri 2-5-8, Hitashi", "ADDRESS"),
]


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type == kind and f.start <= start and end <= f.end for f in analyzer.analyze(text)
    )


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[f"{k}:{v}" for _, v, k in FOUND])
def test_value_is_found(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


STRUCTURED = frozenset(
    {
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "POSTAL_CODE",
        "ADDRESS",
        "DATE_OF_BIRTH",
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
    "価格は1,234・5,678円の2種類です",
    "第3章 2-3-1 Overview, Takeshi を参照してください",
    "Version 1-2-3 Release Notes",
    "会議は 10:00—11:30 です",
    "2024‐2025年度の予算案",
    "在庫\n1200\n3400\n5600\n7800",
    "○○さん、○月○日に○○円をお支払いください",
    "ISBN 978‐4‐10‐101001‐0 の本",
    "注文番号 1234・5678・9012 の配送",
    "商品コード AB‐1234567 の在庫",
    "P<JPN で始まる行の意味を教えて",
    "Zoom ID: 845 1234 5678",
    "みずほ銀行\n渋谷支店\n営業時間 9:00-15:00",
    "記号と番号の違いを教えて",
    "バージョン 123.4567 に更新",
    "1985年\n4月入社の社員",
    "1996年\n10月に開催",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in STRUCTURED] == []


def test_list_of_two_numbers_keeps_the_second_apart(full_analyzer: PiiAnalyzer) -> None:
    text = "電話：06-6489-6256・6257"
    phones = [f for f in full_analyzer.analyze(text) if f.entity_type == "PHONE_NUMBER"]
    assert [text[f.start : f.end] for f in phones] == ["06-6489-6256"]


@pytest.mark.parametrize(
    "text", ["個 人 番 号 O90-1234-5678", "郵便番号 090-8531-3444", "電話番号090-2211-3344"]
)
def test_number_label_is_no_town(full_analyzer: PiiAnalyzer, text: str) -> None:
    found = full_analyzer.analyze(text)
    assert not any(f.entity_type == "ADDRESS" for f in found)
    assert any(f.entity_type == "PHONE_NUMBER" for f in found)
