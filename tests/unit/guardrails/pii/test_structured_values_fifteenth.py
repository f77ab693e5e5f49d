"""Structured values as people write them (issue 16, fifteenth round), and the look-alikes
that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a benchmark
set): a health card's 記号 and 番号 as a pair with no insurance word near (an e-mail
naming 資格情報のお知らせ two sentences back, a clinic form), in kana, romaji and brackets,
the other way round, in a table, CSV, TSV or JSON, in English after eligibility
certificate / NHI; account numbers after a katakana account kind, a bank or branch word,
総合, with the bank in brackets after the number, in English (ordinary, a/c, checking);
passport numbers with the letters spaced, next to a visa word, with the keyword two
sentences back; Diners and unevenly grouped card numbers next to a keyword or an expiry;
e-mail with (a), _at_ / _dot_, てん for the dots, ＠マーク; a birth year or month before
生まれ, "born in", lower-case months, 25NOV46; a postcode read out digit by digit.
Look-alikes: bank amounts, 記号 and 番号 of a bank book, product codes, a year after a
birthplace, grades, tables of other numbers, @-decorators, item(a).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # health insurance: the card's pair
    (
        "いつもお世話になります。資格情報のお知らせが届きました。\n"
        "記号 4402　番号 118\nご確認ください",
        "4402",
        "HEALTH_INSURANCE",
    ),
    ("受付票\n記号：7310\n番号：55021\n枝番：03", "55021", "HEALTH_INSURANCE"),
    ("記号が6620で番号が3091です、予約したいです", "3091", "HEALTH_INSURANCE"),
    ("きごう 2231 ばんごう 90017 で登録して", "90017", "HEALTH_INSURANCE"),
    ("【記号】8812【番号】40731【枝番】01", "40731", "HEALTH_INSURANCE"),
    ("番号 661（記号 20455）で照会", "20455", "HEALTH_INSURANCE"),
    ("記号番号 3307-99120 の方", "3307-99120", "HEALTH_INSURANCE"),
    ("kigo: 51120, bango: 778 と書いてあります", "778", "HEALTH_INSURANCE"),
    ('{"kigo": "70231", "bango": "4410", "edaban": "02"}', "4410", "HEALTH_INSURANCE"),
    ("記号,番号,枝番\n33019,20771,00\n確認して", "33019", "HEALTH_INSURANCE"),
    ("| 記号 | 番号 |\n|---|---|\n| 901 | 55670 |", "55670", "HEALTH_INSURANCE"),
    ("記号\t番号\n4471\t880912", "880912", "HEALTH_INSURANCE"),
    ("From my eligibility certificate: symbol 30918, number 2271", "2271", "HEALTH_INSURANCE"),
    ("NHI card Kigo 88102 Bango 5530", "5530", "HEALTH_INSURANCE"),
    # bank accounts
    ("振込先 福井銀行/本店/トウザ/4410932", "4410932", "BANK_ACCOUNT"),
    ("口座は大和支店の6620931です", "6620931", "BANK_ACCOUNT"),
    ("総合 8802213 に入れておいて", "8802213", "BANK_ACCOUNT"),
    ("当 2209813（群馬銀行 高崎支店）", "2209813", "BANK_ACCOUNT"),
    ("Send it to Hokuriku Bank, ordinary 3301927", "3301927", "BANK_ACCOUNT"),
    ("a/c 7710293 at the Kanda branch", "7710293", "BANK_ACCOUNT"),
    ("Gunma Bank (Takasaki), checking #4419027", "4419027", "BANK_ACCOUNT"),
    # passports
    ("Passport: R K 4410927 (expires 2030)", "R K 4410927", "PASSPORT"),
    ("tz5519023 でビザの申請をしたい", "tz5519023", "PASSPORT"),
    ("ESTA: number MU 7720931", "MU 7720931", "PASSPORT"),
    (
        "パスポートを更新したので連絡します。前回の旅行は三年前でした。"
        "新しい番号は tr 6610293 です",
        "tr 6610293",
        "PASSPORT",
    ),
    # cards
    ("カード 3056-930902-5904 で払いたい", "3056-930902-5904", "CREDIT_CARD"),
    ("クレカ 4539-14887343 5219 の明細", "4539-14887343 5219", "CREDIT_CARD"),
    ("決済 3714 496353-98431 が失敗", "3714 496353-98431", "CREDIT_CARD"),
    ("5425 23310012 5436 有効期限 09/29", "5425 23310012 5436", "CREDIT_CARD"),
    # e-mail
    ("mail: sora.k(a)example.co.jp", "sora.k(a)example.co.jp", "EMAIL_ADDRESS"),
    ("contact kaito_at_example_dot_co_dot_jp", "kaito_at_example_dot_co_dot_jp", "EMAIL_ADDRESS"),
    (
        "めーるは mio てん ueda あっと example てん com",
        "mio てん ueda あっと example てん com",
        "EMAIL_ADDRESS",
    ),
    ("連絡 ren.abe＠マークexample.jp", "ren.abe＠マークexample.jp", "EMAIL_ADDRESS"),
    # dates of birth
    ("私は昭和52年生まれです", "昭和52年", "DATE_OF_BIRTH"),
    ("夫は平成3年11月生まれ", "平成3年11月", "DATE_OF_BIRTH"),
    ("88年生まれの息子", "88年", "DATE_OF_BIRTH"),
    ("1979年の生まれです", "1979年", "DATE_OF_BIRTH"),
    ("H5生まれ", "H5", "DATE_OF_BIRTH"),
    ("my son was born in 2011, which grade is he in", "2011", "DATE_OF_BIRTH"),
    ("she was born in Sept 1983", "Sept 1983", "DATE_OF_BIRTH"),
    ("born on september 9 1990", "september 9 1990", "DATE_OF_BIRTH"),
    ("DOB 17JUN82", "17JUN82", "DATE_OF_BIRTH"),
    # postcodes read out digit by digit (2-0-4-… once the kana digits are read)
    (
        "ゆうびんばんごうは にー ぜろ よん さん よん ご なな です",
        "にー ぜろ よん さん よん ご なな",
        "POSTAL_CODE",
    ),
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
    "三菱UFJ銀行の振込手数料は1000000円を超えるといくら？",
    "みずほ銀行 渋谷支店（店番 210）の営業時間",
    "支店の年間取引 2500000件",
    "記号と番号の違いを教えて",
    "化学記号 Fe の原子番号は 26",
    "品番 KX1234567 の説明書",
    "東京生まれで1990年に入社しました",
    "小学2年生の算数ドリル",
    "平成元年に発売されたゲーム機の歴史",
    "品名,数量,単価\nボルト,1200,35\nナット,800,20",
    "Python の @dataclass と @property の違い",
    "see item(a) and item(b) of the contract",
    "The company was founded in 1985.",
    "注文番号 4539-1488-7343-5219 の配送状況",
    "郵便番号の上3桁は何を表す？",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in STRUCTURED] == []


@pytest.mark.parametrize(
    "text",
    ["ゆうちょの通帳、記号 13370 番号 22104411", "ゆうちょ 記号番号 14420-55091231"],
    ids=["yucho-pair", "yucho-joined"],
)
def test_a_bank_books_pair_is_an_account(full_analyzer: PiiAnalyzer, text: str) -> None:
    kinds = {f.entity_type for f in full_analyzer.analyze(text)}
    assert "BANK_ACCOUNT" in kinds and "HEALTH_INSURANCE" not in kinds
