"""Thirtieth round, names (issue 16): a name as people really write it — a lone given name
after a word said to or of people, in any case and tense (``a card for Aisha``, ``i pinged
tariq``), called at the start of a quoted line (``'Marco, your slides …'``), a romaji family
name in lower case before a person's verb or after a verb of talking to someone
(``hashimoto agreed``, ``ask nishimura``), one listed name word in lower case under a
person's key (``"owner":"ishikawa"``, ``reviewer=hannah``), and a Chinese name in Latin
letters beside Japanese text (``Wang Fang さん``) — while the places, firms and things that
share such words stay what they are: a trip ``AからBへ`` with a word of travel after it
(``羽田から新千歳への最終便``), a cell under a place column of a table (``駅,乗降客数`` /
``品川,…``), a maker named with its market (``Suzuki の二輪車の国内シェア``), a given name
that is also a tool or a language after a bare preposition (``port it to Julia``).

The rows were written for these tests (not taken from the round's hand-written set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import (
    assert_masked_whole,
    assert_round_trip,
    touching,
)

# (text, the name that must be found whole)
FOUND = [
    ("Can you help me write a birthday card for Aisha from the whole team?", "Aisha"),
    ("i pinged tariq twice about the invoice, draft a firmer follow-up", "tariq"),
    ("We already emailed Chloe the contract; what should the next step be?", "Chloe"),
    ("Please write a short apology to Daniel for the missed meeting.", "Daniel"),
    ("Rewrite more kindly: 'Marco, your slides were not ready again.'", "Marco"),
    ('"Hannah, can you check the numbers before Friday?" — make this sound friendlier', "Hannah"),
    ("notes: hashimoto agreed to take over the vendor review", "hashimoto"),
    ("ask nishimura whether the quote includes tax", "nishimura"),
    ("fujiwara and matsumoto said the test env is down", "fujiwara"),
    ('{"owner":"ishikawa","status":"in progress"} を表にして', "ishikawa"),
    ('[{"reviewer": "hannah", "state": "pending"}] count the pending reviews', "hannah"),
    ("log: task=1182 owner=kimura status=done をまとめて", "kimura"),
    ("Wang Fang さんへの歓迎メールを書いて", "Wang Fang"),
    ("来週 Chen Xiaoming が来日するので手配を手伝って", "Chen Xiaoming"),
    ("Liu Bo の評価面談のメモを整理して", "Liu Bo"),
]  # fmt: skip

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("羽田から新千歳への最終便は何時？", "新千歳"),
    ("羽田から新千歳への最終便は何時？", "羽田"),
    ("品川から大宮まで在来線で何分かかる？", "大宮"),
    ("駅,乗降客数\n品川,38万\n大宮,25万", "品川"),
    ("拠点,人数\n梅田,40\n天神,25", "天神"),
    ("Suzuki の二輪車の国内シェアを調べて", "Suzuki"),
    ("Yamaha の楽器事業の売上推移をまとめて", "Yamaha"),
    ("port the simulation to Julia for speed", "Julia"),
    ("our unit tests run with Jasmine and Karma", "Jasmine"),
    ("Songs by Adele for a farewell party?", "Adele"),
    ("the flight to Austin leaves at 9", "Austin"),
    ('{"owner": "platform", "user": "admin"} を YAML にして', "platform"),
    ("Is Kim the most common family name in Korea?", "Kim"),
]  # fmt: skip

# Kept as a name: a hand-over between people is no trip, a person's own bike is no maker's.
STILL_NAMES = [
    ("田中から佐藤への引き継ぎ資料を作って", "佐藤"),
    ("鈴木の二輪車を借りたお礼を書きたい", "鈴木"),
    ("ask Hugo about the launch date", "Hugo"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v[:24] for _, v in FOUND])
def test_the_name_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, ("PERSON",))


@pytest.mark.parametrize(("text", "value"), STILL_NAMES, ids=[v[:24] for _, v in STILL_NAMES])
def test_a_name_beside_the_new_readings_stays_one(
    full_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


RESTORED = [
    "i pinged tariq twice about the invoice, draft a firmer follow-up",
    "Wang Fang さんへの歓迎メールを書いて",
    '{"owner":"ishikawa","status":"in progress"} を表にして',
]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:20] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)
