"""Twenty-sixth round, structured values in the formats people type (issue 16): a phone
number read out in hiragana (``ぜろきゅうぜろ、…、… に電話して``: the particle after it is
not a digit), its first group in kana and the rest in kanji numerals
(``ゼロキューゼロの五五一二の〇九三七``), a bracketed exchange with spaces
(``0466 (22) 7153``), a mobile broken over two lines after its second group; an e-mail
address with a kana or kanji local part (``やまだたろう＠docomo.ne.jp``); a romaji home
with no ward after a word saying someone lives or receives things there; ``b. 1985``.
Look-alikes that must reach the model as written: a public office's number asked about,
a company's own footer address, a listed public figure's birth date in a general
question, and the usual codes, prices and times.

The rows were written for these tests. The floors read both halves of the seeded
generator ``bench/pii_r26_formats.py`` (T tuned on, H held out).
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
    ("至急 ぜろななぜろ、よんよんにいち、さんいちにいち に電話ください", "ぜろななぜろ、よんよんにいち、さんいちにいち", "PHONE_NUMBER"),
    ("夜は ぜろはちぜろ、いちにさんよん、ごろくななはち にかけて", "ぜろはちぜろ、いちにさんよん、ごろくななはち", "PHONE_NUMBER"),
    ("携帯はゼロナナゼロの四四一二の三〇〇八です", "ゼロナナゼロの四四一二の三〇〇八", "PHONE_NUMBER"),
    ("番号：ゼロキュウゼロ 七七二一 〇〇四五", "ゼロキュウゼロ 七七二一 〇〇四五", "PHONE_NUMBER"),
    ("ぜろはちぜろ-5561-2290 に折り返しを", "ぜろはちぜろ-5561-2290", "PHONE_NUMBER"),
    ("実家の電話 0558 (72) 1043 です", "0558 (72) 1043", "PHONE_NUMBER"),
    ("代わりに 03 (3581) 4421 へどうぞ", "03 (3581) 4421", "PHONE_NUMBER"),
    ("携帯：080-4471\n2290 です", "080-4471\n2290", "PHONE_NUMBER"),
    ("call me: 090 6612\n7730", "090 6612\n7730", "PHONE_NUMBER"),
    ("メール：さとうけんじ＠yahoo.co.jp", "さとうけんじ＠yahoo.co.jp", "EMAIL_ADDRESS"),
    ("返信はスズキ.ハナコ@example.ne.jp まで", "スズキ.ハナコ@example.ne.jp", "EMAIL_ADDRESS"),
    ("宛先 やまもと_ゆい@gmail.com", "やまもと_ゆい@gmail.com", "EMAIL_ADDRESS"),
    ("私のアドレスは田中@例え.jp です", "田中@例え.jp", "EMAIL_ADDRESS"),
    ("I live at 3-8-21 Shimo-Kitazawa, Apt 402.", "3-8-21 Shimo-Kitazawa, Apt 402", "ADDRESS"),
    ("お届け先：2-14-6 Jiyugaoka\n平日の午前中でお願いします", "2-14-6 Jiyugaoka", "ADDRESS"),
    ("Please ship it to 5-1-30 Tenjin, Room 1203", "5-1-30 Tenjin, Room 1203", "ADDRESS"),
    ("Employee: S. Hara, b. 1983, Nagoya office", "b. 1983", "DATE_OF_BIRTH"),
    ("Record: M. Sato (b.1969), retired", "b.1969", "DATE_OF_BIRTH"),
]  # fmt: skip

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("渋谷区役所 03-3463-1211 は土曜日も開いていますか？", "03-3463-1211"),
    ("税務署の電話 03-3821-9070 はいつ繋がりやすいですか？", "03-3821-9070"),
    ("Is the consulate's number +81-6-6315-5900 right for passport renewals?", "+81-6-6315-5900"),
    ("当社ホームページの所在地：港区芝公園4-2-8 を英訳して", "港区芝公園4-2-8"),
    ("Our letterhead: 2-7-3 Marunouchi, Chiyoda-ku — is the romanisation right?", "2-7-3 Marunouchi"),
    ("夏目漱石の生年月日は1867年2月9日ですよね？", "1867年2月9日"),
    ("Einstein was born on March 14, 1879. Summarise his childhood.", "March 14, 1879"),
    ("ゼロ円で3000個配布するキャンペーンの文面を考えて", "3000個"),
    ("See appendix b. 1985-1990 for the figures.", "1985-1990"),
    ("インスタ @hinata.photo で写真を見てね", "インスタ"),
    ("注文番号 2024112800123 の配送状況を教えて", "2024112800123"),
    ("請求書番号 20241201-0032 の金額が違います", "20241201-0032"),
    ("会議は 09:30〜11:00 です。議題をまとめて", "09:30〜11:00"),
    ("Upgrade from 3.12.4 to 3.13.1 broke the build.", "3.12.4"),
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
    "EMAIL_ADDRESS",
)

# A public figure's birth date is the user's when the writer puts themself in the sentence.
TWINS = [
    ("私の誕生日は大谷翔平と同じ1994年7月5日です", "1994年7月5日", "DATE_OF_BIRTH"),
    ("市役所の担当さんの直通 03-5321-1111 はいつ繋がりますか？", "03-5321-1111", "PHONE_NUMBER"),
    ("私の住所「港区芝公園4-2-8」を英訳して", "港区芝公園4-2-8", "ADDRESS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "value", "kind"), TWINS, ids=[v[:24] for _, v, _ in TWINS])
def test_the_twin_is_still_masked(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _ENTITY_KINDS)


RESTORED = [
    "至急 ぜろななぜろ、よんよんにいち、さんいちにいち に電話ください",
    "携帯はゼロナナゼロの四四一二の三〇〇八です",
    "メール：さとうけんじ＠yahoo.co.jp まで",
    "I live at 3-8-21 Shimo-Kitazawa, Apt 402.",
    "携帯：080-4471\n2290 です",
]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:20] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)


_KINDS = (
    "ADDRESS",
    "DATE_OF_BIRTH",
    "BANK_ACCOUNT",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "POSTAL_CODE",
    "CREDIT_CARD",
    "MY_NUMBER",
    "PASSPORT",
    "DRIVER_LICENSE",
    "HEALTH_INSURANCE",
    "ID_NUMBER",
)
# (half, values, at most missed, at most benign texts flagged). Before this round, at
# dc57f3e, the stage leaked (bench "leaked") T 7/248 values with 8/88 benign texts altered,
# H 32 (+1 partly)/240 with 10/88. Measured after it (values not covered by any finding,
# which counts the words of "symbol 4893, number 078" too; benign texts with a finding of
# these kinds): T 9/248, 0; H 23/240, 0.
_FLOORS = [("T", 248, 10, 1), ("H", 240, 25, 2)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_floor(full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int) -> None:
    cases = bench_cases("pii_r26_formats")
    counts = tally(full_analyzer, cases, half, check=covered_by_any, kinds=_KINDS)
    assert_floor(counts, values, floor, benign)
