"""Twenty-ninth round, formats (issue 16): structured values as people really write them —
a value under or after its label with its digit groups on lines of their own
(``電話番号：080⏎1493⏎1361``, ``連絡先（携帯）⏎070-⏎6033⏎-2755``, ``My Number:⏎4519⏎7706⏎8411``,
``カード番号⏎4524⏎0938⏎6892⏎4543``), a My Number with one digit typed apart or grouped
otherwise after its word, a licence number a pair of digits at a time, a block alone right
after an address label (``住所は三丁目十二番五号です``), a romaji building named before the
block (``#203 Sun Heights, 2-14-8 Koenji-minami``). Look-alikes that must reach the model as
written: a column of years or counts under a heading that names no number
(``カード会員数（年度別）⏎2021⏎2022…``), an order number over lines, the same twelve digits
with no My Number word.

The rows were written for these tests (the round's hand set is kept outside the repository).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, assert_round_trip, touching

FOUND = [
    # (text, value, entity type prefix)
    ("電話番号：080\n2214\n5537\n折り返しお願いします", "080\n2214\n5537", "PHONE_NUMBER"),
    ("連絡先（携帯）\n090-\n4471-\n2093\n以上", "090-\n4471-\n2093", "PHONE_NUMBER"),
    ("携帯\n070-\n6610\n-3382\nまで", "070-\n6610\n-3382", "PHONE_NUMBER"),
    ("Mobile:\n+81\n90\n3318\n4402\nthanks", "+81\n90\n3318\n4402", "PHONE_NUMBER"),
    ("Contact number\n052\n771\n3390", "052\n771\n3390", "PHONE_NUMBER"),
    ("マイナンバー\n5201\n9384\n7165\nを書く欄はどこ？", "5201\n9384\n7165", "MY_NUMBER"),
    ("カード番号\n4539\n1488\n0343\n6467\n有効期限は来年", "4539\n1488\n0343\n6467", "CREDIT_CARD"),
    ("カード番号：4539 1488\n0343 6467", "4539 1488\n0343 6467", "CREDIT_CARD"),
    ("マイナンバー 52019384716 5 で登録して", "52019384716 5", "MY_NUMBER"),
    ("個人番号は 520 193 847 165 です", "520 193 847 165", "MY_NUMBER"),
    ("免許証の番号：30 12 34 56 78 90", "30 12 34 56 78 90", "DRIVER_LICENSE"),
    ("住所は四丁目二十番七号です", "四丁目二十番七号", "ADDRESS"),
    ("お届け先：2丁目14番3号 メゾン桜301", "2丁目14番3号 メゾン桜301", "ADDRESS"),
    ("#305 Park Heim, 3-9-2 Kichijoji-Honcho, Musashino-shi", "#305 Park Heim", "ADDRESS"),
    ("Address: Sakura Mansion 1102, 5-12-1 Tenjin, Chuo-ku, Fukuoka", "Sakura Mansion 1102", "ADDRESS"),
]  # fmt: skip

_KINDS = ("PHONE_NUMBER", "CREDIT_CARD", "ADDRESS", "MY_NUMBER", "DRIVER_LICENSE", "ID_NUMBER")

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("カード会員数（年度別）\n2021\n2022\n2023\n2024", "2022"),
    ("電話の件数\n120\n340\n560\n780", "340"),
    ("注文番号：1234\n5678\n9012\n3456 の配送状況", "5678"),
    ("伝票番号\n4412\n9981\n2231", "9981"),
    ("Phone sales by year\n2021\n2022\n2023", "2022"),
    ("52019384716 5 個のサンプルがある", "52019384716"),
    ("The Grand Palace Hotel, 2-3-1 Marunouchi, Chiyoda-ku hosts the conference", "Grand Palace Hotel"),
    ("住所の3番目の欄に何を書けばいい？", "3番目"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _KINDS)


RESTORED = [
    "電話番号：080\n2214\n5537\n折り返しお願いします",
    "マイナンバー 52019384716 5 で登録して",
    "#305 Park Heim, 3-9-2 Kichijoji-Honcho, Musashino-shi",
]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:20] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)
