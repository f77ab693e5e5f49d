"""Twenty-fifth round, structured values in the formats people really use (issue 16):
addresses in Cyrillic (``вул. Хрещатик, 22, кв. 15, Київ, 01001``; ``125009, г. Москва,
ул. Тверская, д. 12, кв. 45``), Hong Kong flats with a block or tower (``Flat 12B, Block 3,
Tai Koo Shing, Quarry Bay, Hong Kong``), a Korean floor (``…152, 12층 1203호``), a Chinese
room (``…100号2305室``), a romaji block with a comma after it, an address's reading in kana
(``トウキョウト シブヤク ジングウマエ 1-2-3``); dates of birth after French, German, Spanish,
Ukrainian, Russian and Korean labels and with European month names; a French RIB's parts
and a German Kontonummer/BLZ; passport words abroad (Reisepass, passeport, 护照, 여권); a
Korean licence; a number in its country's domestic form after a phone word in that language
(``Telefon: 030 12345678``, ``móvil 612 34 56 78``, ``тел. 8 (495) 123-45-67``). Each value is masked whole, the look-alikes beside them stay as written,
and the stage gives the user back their own spelling.

The rows were written for these tests. The floors read both halves of the seeded generator
``bench/pii_r25_formats_gen.py`` (T tuned on, H held out).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally
from tests.unit.guardrails.pii.round_floors import (
    assert_floor,
    assert_masked_whole,
    assert_round_trip,
    touching,
)

FOUND = [
    # (text, value, entity type prefix)
    ("Посилку надішліть на адресу: вул. Хрещатик, 22, кв. 15, Київ, 01001", "вул. Хрещатик, 22, кв. 15, Київ, 01001", "ADDRESS"),
    ("自宅は ул. Тверская, д. 12, кв. 45, Москва, 125009 です。", "ул. Тверская, д. 12, кв. 45, Москва, 125009", "ADDRESS"),
    ("Адрес: 190000, г. Санкт-Петербург, наб. Фонтанки, д. 20, кв. 7", "190000, г. Санкт-Петербург, наб. Фонтанки, д. 20, кв. 7", "ADDRESS"),
    ("配送先 пр-т Мира, д. 32, стр. 2, кв. 187 まで", "пр-т Мира, д. 32, стр. 2, кв. 187", "ADDRESS"),
    ("м. Львів, вул. Шевченка, буд. 5, кв. 9 — це моя адреса", "м. Львів, вул. Шевченка, буд. 5, кв. 9", "ADDRESS"),
    ("Please courier it to Flat 12B, Block 3, Tai Koo Shing, Quarry Bay, Hong Kong.", "Flat 12B, Block 3, Tai Koo Shing, Quarry Bay, Hong Kong", "ADDRESS"),
    ("香港の自宅：Room 1807, Wah Fu Estate Block 5, Pok Fu Lam", "Room 1807, Wah Fu Estate Block 5, Pok Fu Lam", "ADDRESS"),
    ("Home: Flat C, 12/F, Tower 2, Laguna City, Kwun Tong, Kowloon", "Flat C, 12/F, Tower 2, Laguna City, Kwun Tong, Kowloon", "ADDRESS"),
    ("배송지: 서울특별시 강남구 테헤란로 152, 12층 1203호", "서울특별시 강남구 테헤란로 152, 12층 1203호", "ADDRESS"),
    ("寄到 上海市浦东新区世纪大道100号2305室，谢谢", "上海市浦东新区世纪大道100号2305室", "ADDRESS"),
    ("住所：北京市朝阳区建国路88号3号楼2单元1501室", "北京市朝阳区建国路88号3号楼2单元1501室", "ADDRESS"),
    ("Address: 4-15-8, Minami-Aoyama, Minato-ku, Tokyo", "4-15-8, Minami-Aoyama, Minato-ku, Tokyo", "ADDRESS"),
    ("住所（カナ）：トウキョウト シブヤク ジングウマエ 1-2-3", "トウキョウト シブヤク ジングウマエ 1-2-3", "ADDRESS"),
    ("お届け先：ふくおかし はかたく はかたえきまえ 1-2-3", "ふくおかし はかたく はかたえきまえ 1-2-3", "ADDRESS"),
    ("Date de naissance : 12/04/1985", "12/04/1985", "DATE_OF_BIRTH"),
    ("Mme Martin, née le 27 août 1979, demande un duplicata.", "27 août 1979", "DATE_OF_BIRTH"),
    ("Geburtsdatum: 03.11.1968, Staatsangehörigkeit deutsch", "03.11.1968", "DATE_OF_BIRTH"),
    ("geboren am 3. März 1971 in Köln", "3. März 1971", "DATE_OF_BIRTH"),
    ("fecha de nacimiento: 21 de junio de 1982", "21 de junio de 1982", "DATE_OF_BIRTH"),
    ("Дата народження: 14.02.1990", "14.02.1990", "DATE_OF_BIRTH"),
    ("생년월일: 1987.05.21", "1987.05.21", "DATE_OF_BIRTH"),
    ("RIB : code banque 30004 guichet 00821 compte 00012345678 clé 47", "00012345678", "BANK_ACCOUNT"),
    ("RIB : code banque 30004 guichet 00821 compte 00012345678 clé 47", "30004", "BANK_ACCOUNT"),
    ("Kontonummer 1234567890, BLZ 370 400 44", "370 400 44", "BANK_ACCOUNT"),
    ("Reisepassnummer: C01X00T47", "C01X00T47", "PASSPORT"),
    ("numéro de passeport 18AV12345", "18AV12345", "PASSPORT"),
    ("护照号码 E12345678", "E12345678", "PASSPORT"),
    ("운전면허번호 11-23-456789-01", "11-23-456789-01", "DRIVER_LICENSE"),
    ("Telefon: 030 12345678, bitte nach 18 Uhr", "030 12345678", "PHONE_NUMBER"),
    ("su móvil es 612 34 56 78", "612 34 56 78", "PHONE_NUMBER"),
    ("Celular (11) 91234-5678 — WhatsApp também", "(11) 91234-5678", "PHONE_NUMBER"),
    ("мой тел. 8 (495) 123-45-67", "8 (495) 123-45-67", "PHONE_NUMBER"),
    ("téléphone 01 23 45 67 89", "01 23 45 67 89", "PHONE_NUMBER"),
]  # fmt: skip

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("Что находится на Невском проспекте? Расскажи коротко.", "Невском проспекте"),
    ("Meeting in Room 301, Tower 2 at 3pm — book it for the team.", "Room 301, Tower 2"),
    ("Which MTR exit is closest to Block 3 of the exhibition hall?", "Block 3"),
    ("Die Messe findet am 3. März 2026 statt, bitte Einladung entwerfen.", "3. März 2026"),
    ("Le prix passe à 49,90 € le 1er avril 2025 ; rédige l'annonce.", "1er avril 2025"),
    ("Vous pouvez ouvrir un compte en ligne en 5 minutes ; la clé 12 est envoyée par SMS.", "clé 12"),
    ("Le numéro de compte comporte 11 caractères : comment le vérifier ?", "11 caractères"),
    ("Das Konto wurde am 12.03.2024 eröffnet.", "12.03.2024"),
    ("Telefon 12.03.2024 angerufen, Rückruf ausstehend.", "12.03.2024"),
    ("numéro 12345678 de la commande : où en est-elle ?", "12345678"),
    ("ゲームのステージ 1-2-3 がクリアできない", "ステージ 1-2-3"),
    ("デスク ステージ 1-2-3 の配置図を作って", "デスク ステージ 1-2-3"),
    ("プロジェクトシ 2-3 の進捗を教えて", "プロジェクトシ 2-3"),
    ("注文番号 ORD-2024-0815-3321 の配送状況を教えて", "ORD-2024-0815-3321"),
    ("ISBN 978-4-16-790619-1 の本の要約を作って", "978-4-16-790619-1"),
    ("v2.14.3 にアップデートしてからログインできません", "v2.14.3"),
    ("ヤマトの追跡番号 4012-3456-7890 の荷物が届きません", "4012-3456-7890"),
    ("郵便番号 100-0001 はどこの地域ですか？", "100-0001"),
]  # fmt: skip

_ENTITY_KINDS = (
    "ADDRESS",
    "DATE_OF_BIRTH",
    "BANK_ACCOUNT",
    "PASSPORT",
    "DRIVER_LICENSE",
    "PHONE_NUMBER",
    "POSTAL_CODE",
    "MY_NUMBER",
    "CREDIT_CARD",
)


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _ENTITY_KINDS)


RESTORED = [
    "Посилку надішліть на адресу: вул. Хрещатик, 22, кв. 15, Київ, 01001, дякую",
    "Please courier it to Flat 12B, Block 3, Tai Koo Shing, Quarry Bay, Hong Kong.",
    "フリガナ：オオサカシ キタク ウメダ 3ー1ー1 グランハイツ805 に送ってください",
    "Date de naissance : 12/04/1985 ; lieu de naissance : Lyon",
    "RIB : code banque 30004 guichet 00821 compte 00012345678 clé 47",
]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:20] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)


_KINDS = ("ADDRESS", "DATE_OF_BIRTH", "BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS")
# (half, values, at most missed, at most benign texts flagged). Before this round, at
# 789e0d5, the stage leaked T 30 (+1 partly)/48 addresses and 40/40 dates of birth, H 27
# (+5)/48 and 32/40 (bench "leaked"). Measured after it (values not covered by any finding;
# benign texts with a finding of these kinds): T 0/120, 0; H 3/128, 0.
_FLOORS = [("T", 120, 1, 2), ("H", 128, 6, 3)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_floor(full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int) -> None:
    cases = bench_cases("pii_r25_formats_gen")
    counts = tally(full_analyzer, cases, half, check=covered_by_any, kinds=_KINDS)
    assert_floor(counts, values, floor, benign)
