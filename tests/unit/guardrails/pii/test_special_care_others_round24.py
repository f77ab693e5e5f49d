# ruff: noqa: E501
"""Issue 16, twenty-fourth round: special care said casually about oneself or another person,
and the chat names next to it.

A lower-case first name heading a chat message before a condition or status (``nina is in
rehab``), a disclosure relayed from someone named (``hannah told me she's …``), a kana given
name before a Japanese disclosure (``あかりが妊娠したって``), a one-kanji surname after a
workplace role (``人事の森が``), party support in chat (``公明党支持``, ``joined the communist
party``, ``vote Green``), a role before a name (``new hire jess disclosed …``), a name's
possessive before a result (``Bill Turner's HbA1c of 9.1%``), a same-sex couple told without
an orientation word (``we're both women``, ``his husband``, ``同性のパートナーを…``); and what
stays: the same topics asked in general, procedures, public roles, holidays as dates.

Rows written for these tests (not taken from the hand-written set or
``bench/pii_r24_special_gen.py``); floors over both generator halves (T tuned on, H held out).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally
from tests.unit.guardrails.pii.round_floors import assert_floor

# (text, value, the type its finding must start with)
FOUND = [
    ("nina is in rehab again, can someone take her saturday shift?", "nina", "PERSON"),
    ("nina is in rehab again, can someone take her saturday shift?", "rehab", "SPECIAL_CARE"),
    ("btw oskar has epilepsy, what should we do if he has a seizure in the lab", "epilepsy", "SPECIAL_CARE"),
    ("btw oskar has epilepsy, what should we do if he has a seizure in the lab", "oskar", "PERSON"),
    ("freya's on antidepressants now, go easy on her this week", "freya", "PERSON"),
    ("isla told me she's pregnant, don't tell anyone yet", "isla", "PERSON"),
    ("new hire bruno disclosed a theft conviction, does the insurer need to know?", "bruno", "PERSON"),
    ("our trainee Kofi asked for leave for depression, which form is it?", "depression", "SPECIAL_CARE"),
    ("stefan joined the socialist party last month lol", "stefan", "PERSON"),
    ("I always vote Green, is that weird for a banker?", "Green", "SPECIAL_CARE"),
    ("HR flagged Dana Whitfield's HbA1c of 8.8%, write her a note", "Dana Whitfield", "PERSON"),
    ("あかりが妊娠したって！何かお祝いしたい", "あかり", "PERSON"),
    ("あかりが妊娠したって！何かお祝いしたい", "妊娠", "SPECIAL_CARE"),
    ("はるとが適応障害なんだって。シフト減らしてあげて", "はると", "PERSON"),
    ("人事の森が糖尿病で通院中です。出張は控えさせたい", "森", "PERSON"),
    ("みのりさん公明党支持らしいから選挙の話はしないでおこう", "公明党支持", "SPECIAL_CARE"),
    ("my husband and I (we're both men) need the spouse form", "both men", "SOGI"),
    ("Ken and his husband are moving to Osaka, find them a flat", "husband", "SOGI"),
    ("同性のパートナーを家族手当の対象にできますか", "同性のパートナー", "SOGI"),
    ("Gail Fenwick is post-op knee replacement, set her up to work from home", "knee replacement", "SPECIAL_CARE"),
]  # fmt: skip

LOOKALIKES = [
    "what is epilepsy and how is it treated?",
    "rehab is expensive in the US, what does insurance usually cover?",
    "employees disclosed a conviction in 3% of background checks; summarise the trend",
    "妊娠したら産休はいつから取れますか？",
    "妊娠中の薬について一般的な注意点を教えて",
    "自民党の支持率の推移を教えて",
    "公明党の代表は誰ですか",
    "we joined the office party at seven and left at nine",
    "Explain the policies of the Green Party in Germany.",
    "Is same-sex marriage legal in Japan?",
    "同性のパートナーがいる社員への福利厚生の例は？",
    "her husband will pick up the kids",
    "we're both teachers, suggest a family budget",
    "post-op care after a hip replacement: what should the leaflet say?",
    "部下の件が片付かないので相談したい",
    "営業の方が来ました",
    "When is Diwali this year? Put it in the shared calendar.",
]

# (half, values, at most not found whole, at most benign texts with a finding). At HEAD
# abb2170 before the round: T 70 / 127 missed and 0 / 10 benign flagged, H 49 / 90 and 0 / 10;
# after it T 29 / 127 and H 29 / 90 (many of the 29 are a label wider than the finding:
# "a Green Party member" against "Green Party member").
_FLOORS = [("T", 127, 32, 0), ("H", 90, 33, 0)]


@pytest.mark.parametrize(
    ("text", "value", "kind"), FOUND, ids=[f"{v}-{i}" for i, (_, v, _) in enumerate(FOUND)]
)
def test_found(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    findings = full_analyzer.analyze(text)
    assert found_by_one(findings, text, value, kind), findings


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int
) -> None:
    cases = bench_cases("pii_r24_special_gen")
    counts = tally(full_analyzer, cases, half, check=found_by_one)
    assert_floor(counts, values, floor, benign)
