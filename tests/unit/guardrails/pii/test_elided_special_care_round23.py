"""Issue 16, twenty-third round (second wave): special care said with its subject left out
(Been dealing with X, Got X so, On X now, うちの子は〜), allergies named by what they are to,
and the look-alikes that must stay: the same heads before a non-medical object, a kind of
person asked about in general (卵アレルギーの子どもの弁当の工夫は？).

Rows written for this test (not taken from the bench generator or the hand sets); the floors
run over both halves of ``bench/pii_r23_elided_gen.py``.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally

FOUND = [
    ("Been dealing with sciatica and can't sit through the workshop. Draft an apology.",
     "sciatica"),
    ("Still coping with migraines, so please move my review to Thursday.", "migraines"),
    ("Got shingles so I'm working from home; write a Slack status.", "shingles"),
    ("On lithium now, draft a note asking to skip the late shifts.", "lithium"),
    ("just diagnosed w/ celiac disease, help me tell the canteen", "celiac disease"),
    ("Recovering from pneumonia, write my return-to-work email.", "pneumonia"),
    ("Mild sesame allergy here, so tell the caterer to leave it out.", "sesame allergy"),
    ("I'm allergic to amoxicillin; put that in my travel health form.", "allergic to amoxicillin"),
    ("うちの子は小児喘息があって、遠足の引率の先生に伝えたいです", "小児喘息"),
    ("ナッツアレルギー持ちなので、手土産を選ぶのを手伝って", "ナッツアレルギー"),
    ("娘がキウイアレルギーで、保育園への連絡文をお願いします", "キウイアレルギー"),
]  # fmt: skip

LOOKALIKES = [
    "Living with three roommates: how do we split the bills?",
    "Been dealing with the year-end audit and can't focus. Plan my week.",
    "Diagnosed with a memory leak in the parser — write the incident report.",
    "On Friday the team discusses the diabetes awareness campaign.",
    "Got the contract back from legal, so please check clause 4.",
    "What are the early signs of MS?",
    "喘息の子どもの運動会での注意点は？",
    "小麦アレルギーの子どものおやつのレシピは？",
    "アレルギー表示の対象になる食品を一覧にして",
    "Explain how a shellfish allergy is diagnosed.",
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_condition_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert found_whole(full_analyzer, text, value, "SPECIAL_CARE")


@pytest.mark.parametrize("text", LOOKALIKES, ids=[t[:32] for t in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith("SPECIAL")]


# (half, values, at most not found whole, at most benign texts with any finding). Before
# this wave (HEAD 9bfb4f3) the analyzer missed T 22, H 21 of 35 values and gave T 2, H 6 of
# 15 benign texts a finding; after it T 0 / 0, H 1 / 4.
_FLOORS = [("T", 35, 0, 0), ("H", 35, 1, 4)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int
) -> None:
    counts = tally(full_analyzer, bench_cases("pii_r23_elided_gen"), half, check=found_by_one)
    assert counts.total == values
    assert len(counts.missed) <= floor, "\n".join(counts.missed)
    assert len(counts.flagged) <= benign, "\n".join(counts.flagged)
