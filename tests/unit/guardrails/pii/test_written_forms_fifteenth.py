"""Families the lead's blind check still let through (wave 2 of the fourteenth round), and
the look-alikes that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a benchmark
or the lead's set): a condition given with で as the cause of what someone cannot do (耳が
聴覚障害で聞こえにくい, うつ病で働けない) against a condition as the topic of a question about
support (聴覚障害で受けられる支援制度は？) or a general person (見えにくい人); a test result
said in English (tested HIV positive, my test came back positive for …) against questions
about tests; the value of a health field in a form (Allergies: penicillin, アレルギー：卵) against
empty fields and other uses of the label (Terms and conditions:); everyday brand-name
medicines taken (ロキソニン, ムコスタ, アレグラ) against questions about them; a telephone
number with its area code in brackets written flush against a label (ＴＥＬ（０３）…).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found


def _special_care(analyzer: PiiAnalyzer, text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in analyzer.analyze(text)
        if f.entity_type.startswith("SPECIAL_CARE")
    ]


SPECIAL_CARE = [
    # A condition before で and a difficulty it causes.
    ("耳が聴覚障害で聞こえにくいので配慮してください", "聴覚障害"),
    ("視覚障害で画面が見えにくいので文字を大きくしたい", "視覚障害"),
    ("目が緑内障で見えにくくなってきた", "緑内障"),
    ("腰がヘルニアで長時間座れないです", "ヘルニア"),
    ("父が認知症で一人で外出できない", "認知症"),
    ("ADHDで集中できないので工夫を教えて", "ADHD"),
    ("私はうつ病で働けない状態です", "うつ病"),
    ("てんかんなので夜勤は避けたい", "てんかん"),
    # A test result said in English.
    ("I tested HIV positive last year", "HIV"),
    ("I tested positive for hepatitis C in March", "hepatitis C"),
    ("my test came back positive for tuberculosis", "tuberculosis"),
    ("My husband tested positive for hepatitis B", "hepatitis B"),
    ("my HIV test came back positive", "HIV"),
    ("I'm HIV+ and need advice", "HIV"),
    # Health fields of a form or list: the value.
    ("allergies: penicillin", "penicillin"),
    ("Allergies: penicillin, peanuts", "penicillin, peanuts"),
    ("Name: Ken Ito, Allergies: sulfa drugs, DOB: 1980-01-02", "sulfa drugs"),
    ("アレルギー：ペニシリン", "ペニシリン"),
    ("アレルギー：卵、そば", "卵、そば"),
    ("薬物アレルギー: セフェム系", "セフェム系"),
    ("Conditions: asthma", "asthma"),
    ("Medical conditions: type 2 diabetes", "type 2 diabetes"),
    ("Medications: Loxonin 60mg", "Loxonin 60mg"),
    ("服用薬：ロキソニン、ムコスタ", "ロキソニン、ムコスタ"),
    ("【アレルギー】ペニシリン", "ペニシリン"),
    ("アレルギー\tペニシリン", "ペニシリン"),
    ("問診票\n氏名：山田花子\nアレルギー：サバ\n服用中の薬：なし", "サバ"),
    # Everyday brand-name medicines taken.
    ("毎日ロキソニンとムコスタを飲んでる", "ロキソニンとムコスタ"),
    ("花粉症でアレグラ飲んでます", "アレグラ"),
    ("頭痛がひどくてイミグラン処方された", "イミグラン"),
    ("ガスター10を毎晩飲んでる", "ガスター10"),
    ("母がカロナールを飲んでいる", "カロナール"),
]


@pytest.mark.parametrize(("text", "value"), SPECIAL_CARE)
def test_special_care_is_found(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert _found(full_analyzer, text, value, "SPECIAL_CARE")


SPECIAL_CARE_LOOKALIKES = [
    "聴覚障害で受けられる支援制度は？",
    "うつ病で使える制度を教えて",
    "聴覚障害で利用できる割引はありますか？",
    "うつ病で休職した場合の手当は？",
    "視覚障害で見えにくい人向けのアプリを教えて",
    "うつ病で働けない人の支援制度を知りたい",
    "糖尿病で食べられないものは何ですか？",
    "緑内障で失明する確率は？",
    "What does it mean to test positive for HIV?",
    "How accurate is a hepatitis C test?",
    "If someone tested positive for HIV, what are their rights?",
    "People who tested positive for hepatitis C should see a doctor",
    "I tested the HIV rapid kit for our lab report",
    "Allergies: none",
    "- Allergies: NKDA",
    "アレルギー：なし",
    "Terms and conditions: see the attached PDF",
    "Conditions: sunny with light rain",
    "Diagnosis: the disk was full",
    "アレルギー対策について教えて",
    "Allergies: symptoms and causes",
    "【アレルギー】症状と対策",
    "持病：申告の仕方を教えて",
    "問診票\n服用中の薬：なし\n持病：特になし",
    "ロキソニンとカロナールの違いは？",
    "ロキソニンの副作用を教えて",
    "ドラッグストアでバファリンが値上がりしてた",
]


@pytest.mark.parametrize("text", SPECIAL_CARE_LOOKALIKES)
def test_special_care_lookalike_is_kept(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert _special_care(full_analyzer, text) == []


PHONES = [
    ("ＴＥＬ（０３）３５８１－４４２０", "（０３）３５８１－４４２０"),
    ("ＴＥＬ（０４５）６７１－２２３３", "（０４５）６７１－２２３３"),
    ("ＦＡＸ（０５２）９６１－２１１１まで", "（０５２）９６１－２１１１"),
    ("Tel.(06)6341-1234まで", "(06)6341-1234"),
    ("（０９２）７１１－４１１１にお電話ください", "（０９２）７１１－４１１１"),
]


@pytest.mark.parametrize(("text", "value"), PHONES)
def test_phone_in_brackets_after_a_label_is_found(
    pii_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    assert _found(pii_analyzer, text, value, "PHONE_NUMBER")


PHONE_LOOKALIKES = [
    "ID(03)1234-567",
    "型番AB(03)12の部品",
    "表(03)を参照",
]


@pytest.mark.parametrize("text", PHONE_LOOKALIKES)
def test_bracketed_code_is_not_a_phone(pii_analyzer: PiiAnalyzer, text: str) -> None:
    assert not any(f.entity_type == "PHONE_NUMBER" for f in pii_analyzer.analyze(text))


ADDRESSES = [
    ("東京都新宿区西新宿2-8-1　サンライズ　７０４", "サンライズ　７０４"),
    ("大阪市北区梅田1-2-3　グランドール梅田　１２０１", "グランドール梅田　１２０１"),
    ("横浜市港北区日吉本町1-2-3　メゾン日吉　B棟　３０５号室", "B棟　３０５号室"),
    ("福岡市中央区天神2-3-4 エステート天神 第2棟 502", "第2棟 502"),
    ("住所は福岡市中央区天神2-3-4 サンライズ天神 502に変わりました", "サンライズ天神 502"),
    ("〒150-0001 東京都渋谷区神宮前３－５－２　コーポ松風　１０２号室に", "コーポ松風　１０２号室"),
    # The room joined to a building name with no kind word.
    ("札幌市中央区北一条西二丁目１番３号　ルミエール７０８\n不在時は置き配", "ルミエール７０８"),
    ("神戸市中央区三宮町1-4-9 グランシエル三宮1105に届けてください", "グランシエル三宮1105"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESSES)
def test_room_after_a_spaced_building_is_in_the_address(
    pii_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    assert _found(pii_analyzer, text, value, "ADDRESS")


ADDRESS_TAILS = [
    ("東京都新宿区西新宿2-8-1 午前 1000円", "1000"),
    ("東京都新宿区西新宿2-8-1 本社 1000名が勤務", "1000"),
    ("東京都千代田区丸の内1-1-1 受付 10時", "10"),
    ("東京都新宿区西新宿2-8-1 本社2000名", "2000"),
    ("東京都新宿区西新宿2-8-1 入場料1500円", "1500"),
]


@pytest.mark.parametrize(("text", "value"), ADDRESS_TAILS)
def test_an_amount_after_the_address_is_not_a_room(
    pii_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    assert not _found(pii_analyzer, text, value, "ADDRESS")
