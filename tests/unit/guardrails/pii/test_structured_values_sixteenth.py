"""Structured values, sixteenth round (issue 16, second wave): foreign phone numbers in their
own national formats, driver's licence numbers printed as 第…号 or said after 番号は /
正しくは with the licence word further back, and digits read out in kana separated by
「の、」; with the look-alikes that must stay unchanged.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.recognizers.phone_number import is_foreign_phone_number

FOUND = [
    # foreign phones, with a + and a country code
    ("携帯: +1 (415) 555-0147", "+1 (415) 555-0147", "PHONE_NUMBER"),
    ("US office +1-303-555-0110 (main)", "+1-303-555-0110", "PHONE_NUMBER"),
    ("+1 718 555 0162 に電話してください", "+1 718 555 0162", "PHONE_NUMBER"),
    ("+82 10-8823-4410 に電話して", "+82 10-8823-4410", "PHONE_NUMBER"),
    ("ソウル支社 +82 2 3456 7890", "+82 2 3456 7890", "PHONE_NUMBER"),
    ("mobile +44 20 7946 0958", "+44 20 7946 0958", "PHONE_NUMBER"),
    ("UK: +44 (0)161 496 0017", "+44 (0)161 496 0017", "PHONE_NUMBER"),
    ("+86 138 0013 8000", "+86 138 0013 8000", "PHONE_NUMBER"),
    ("- 王さん — +86 138 0013 8000", "+86 138 0013 8000", "PHONE_NUMBER"),
    ("台湾 +886 912 345 678", "+886 912 345 678", "PHONE_NUMBER"),
    ("マニラの番号 +63 917 123 4567", "+63 917 123 4567", "PHONE_NUMBER"),
    ("+84 91 234 56 78 (Zalo)", "+84 91 234 56 78", "PHONE_NUMBER"),
    ("香港 +852 6123 4567", "+852 6123 4567", "PHONE_NUMBER"),
    ("Reach Anil on +91 98765 43210.", "+91 98765 43210", "PHONE_NUMBER"),
    ("Berlin: +49 30 901820", "+49 30 901820", "PHONE_NUMBER"),
    ("+33 1 42 68 53 00 (Paris)", "+33 1 42 68 53 00", "PHONE_NUMBER"),
    # North American numbers without a country code
    ("連絡は(415) 555-0147まで", "(415) 555-0147", "PHONE_NUMBER"),
    ("cell 415.555.0147", "415.555.0147", "PHONE_NUMBER"),
    ("- John Smith - 206-555-0134", "206-555-0134", "PHONE_NUMBER"),
    ("* Mike: (917)555-0101", "(917)555-0101", "PHONE_NUMBER"),
    ("1-415-555-0199 is her line", "1-415-555-0199", "PHONE_NUMBER"),
    ("シアトルの友人の携帯は 425 555 0173 です", "425 555 0173", "PHONE_NUMBER"),
    # Korean mobiles, UK and Philippine national formats
    ("韓国の携帯 010-8823-4410", "010-8823-4410", "PHONE_NUMBER"),
    ("Kim - 010-8823-4410", "010-8823-4410", "PHONE_NUMBER"),
    ("- 이민호 010.3321.5567", "010.3321.5567", "PHONE_NUMBER"),
    ("07700 900123 に折り返し", "07700 900123", "PHONE_NUMBER"),
    ("Manchester office 0161 496 0000", "0161 496 0000", "PHONE_NUMBER"),
    ("フィリピンの携帯 0918-222-3344", "0918-222-3344", "PHONE_NUMBER"),
    # shapes that need a phone word
    ("李さんの手机 138-0013-8000", "138-0013-8000", "PHONE_NUMBER"),
    ("中国の携帯は 186 1234 5678 です", "186 1234 5678", "PHONE_NUMBER"),
    ("mobile 98765 43210 (India)", "98765 43210", "PHONE_NUMBER"),
    ("シンガポールの携帯 9123 4567", "9123 4567", "PHONE_NUMBER"),
    # driver's licence numbers printed as 第…号, the licence word further back
    ("運転免許証の番号は第123456789012号です", "123456789012", "DRIVER_LICENSE"),
    ("免許証を更新しました。番号は第 1234 5678 9012 号", "1234 5678 9012", "DRIVER_LICENSE"),
    ("免許証を更新しました。新しいのは第123456789012号です", "123456789012", "DRIVER_LICENSE"),
    ("license: 第１２３４５６７８９０１２号", "１２３４５６７８９０１２", "DRIVER_LICENSE"),
    (
        "My driver's license was renewed yesterday. The number is 第123456789012号.",
        "123456789012",
        "DRIVER_LICENSE",
    ),
    (
        "運転免許の件です。先日お伝えした番号は間違いでした。正しくは 987654321098 です",
        "987654321098",
        "DRIVER_LICENSE",
    ),
    ("免許番号を間違えました。番号は 3012 4455 6789 です", "3012 4455 6789", "DRIVER_LICENSE"),
    (
        "本人確認書類として運転免許証を使います。よろしくお願いします。第 6655 4433 2211 号",
        "6655 4433 2211",
        "DRIVER_LICENSE",
    ),
    # digits read out in kana, separated by の、
    (
        "ぜろの、きゅうの、ぜろの、いちの、にの、さんの、よんの、ごの、ろくの、ななの、はち",
        "ぜろの、きゅうの、ぜろの、いちの、にの、さんの、よんの、ごの、ろくの、ななの、はち",
        "PHONE_NUMBER",
    ),
    (
        "携帯は ぜろきゅうぜろの、いちにさんよんの、ごろくななはち",
        "ぜろきゅうぜろの、いちにさんよんの、ごろくななはち",
        "PHONE_NUMBER",
    ),
    (
        "電話番号はゼロキューゼロの、イチニーサンヨンの、ゴーロクナナハチです",
        "ゼロキューゼロの、イチニーサンヨンの、ゴーロクナナハチ",
        "PHONE_NUMBER",
    ),
    (
        "電話はぜろきゅうぜろ、いちにさんよん、ごろくななはち",
        "ぜろきゅうぜろ、いちにさんよん、ごろくななはち",
        "PHONE_NUMBER",
    ),
    (
        "口座番号は いちの、にの、さんの、よんの、ごの、ろくの、なな",
        "いちの、にの、さんの、よんの、ごの、ろくの、なな",
        "BANK_ACCOUNT",
    ),
    (
        "口座は ろくの、よんの、さんの、にの、いちの、ぜろの、きゅう",
        "ろくの、よんの、さんの、にの、いちの、ぜろの、きゅう",
        "BANK_ACCOUNT",
    ),
    ("口座番号は いちにさんよん、ごろくなな", "いちにさんよん、ごろくなな", "BANK_ACCOUNT"),
    ("普通 1234-567 にお願いします", "1234-567", "BANK_ACCOUNT"),
    # a My Number keyword keeps a 第…号-wrapped number a 個人番号
    ("マイナンバー 第555000123457号", "555000123457", "MY_NUMBER"),
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
    # order numbers, prices, years, versions, ISBNs, models, times, postcodes
    "注文番号 2023-0415-5550 の状況",
    "価格 1,415,555円（税込）",
    "2019-2023 の売上推移",
    "期間: 2024.04.01-2025.03.31",
    "v10.8.823 にアップデート",
    "version 4.15.5550 release notes",
    "ISBN 978-4-06-293810-3",
    "ISBN 4-06-293810-3 の初版",
    "型番 KX-415-5550 の在庫",
    "model SM-G991B/DS 128GB",
    "会議は10:30-12:00、懇親会は18:00-20:30",
    "〒150-0002 渋谷区渋谷",
    "IP 192.168.100.1024 の設定",
    "売上は+12.5%、前年比+3,400万円",
    "Score: +15 points, 3-0 win",
    "The invoice total was $1,415.55 on 2024-05-01",
    "SKU 8823-4410-77",
    "人口の列: 215 300 1200 と 318 420 5521",
    # licence look-alikes
    "第123号議案",
    "請求書第2023000123号",
    "請求書第202300012345号を送付しました",
    "特許第6543210号",
    "ライセンス契約について、特許第654321098765号",
    "免許の更新は第3回講習で。受付番号は 2024",
    "license renewal done. 注文番号は 998877665544 でした",
    # twelve digits with a valid My Number check digit, printed as a document's 第…号
    "契約書第202400123456号を送付します",
    "議事録 第 100000555015 号",
    "登録第314159265352号の商標",
    # a date near an account word, a postcode shape
    "振込日は 2024-12-01 です",
    "口座開設の書類を 〒123-4567 に送付",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in STRUCTURED] == []


@pytest.mark.parametrize(
    ("number", "foreign"),
    [
        ("+1 (415) 555-0147", True),
        ("+82 10-8823-4410", True),
        ("(415) 555-0147", True),
        ("415.555.0147", True),
        ("010-8823-4410", True),
        ("07700 900123", True),
        ("+81 90-1234-5678", False),  # Japanese: the Japanese rules decide
        ("+1 555", False),  # too short
        ("123.456.7890", False),  # no North American area code starts with 1
        ("415.155.0147", False),  # nor exchange
        ("2023-0415-5550", False),
    ],
)
def test_foreign_shapes(number: str, foreign: bool) -> None:
    assert is_foreign_phone_number(number) is foreign


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("型番 206-555-0134 の部品", None),
        ("Order #312-555-0172 has shipped", None),
        ("invoice 010-2233-4455", None),
        ("注文番号 07700 900123 を確認", None),
        # a phone word between the other word and the number: a phone again
        ("注文番号の件、電話 415-555-0147 まで", "415-555-0147"),
        # Japanese numbers are unaffected by the other word
        ("注文番号の問い合わせ 03-1234-5678", "03-1234-5678"),
    ],
)
def test_foreign_shape_after_another_numbers_word(
    full_analyzer: PiiAnalyzer, text: str, value: str | None
) -> None:
    phones = [
        text[f.start : f.end]
        for f in full_analyzer.analyze(text)
        if f.entity_type == "PHONE_NUMBER"
    ]
    assert phones == ([] if value is None else [value])
