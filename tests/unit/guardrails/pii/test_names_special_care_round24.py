# ruff: noqa: E501
"""Issue 16, twenty-fourth round: names and special care said casually, and look-alikes.

A given name said again after the full name (``cc: Tobias Grant … Tobias has asked``), a
greeting before ``X here``, an orientation asked about one person (``Is Kevin from sales
gay?``, ``do you think jason is bi?``), a clinical note's ``presents with``, a condition
told about with a possessive (``told me about his hepatitis B``), ``is pregnant`` said of
someone; and what stays: a work's title after its author's possessive (``Jules Verne's
Twenty Thousand Leagues Under the Sea``), a katakana firm named "A and B"
(``ジョンソン・エンド・ジョンソン``), pregnancy and orientation as topics.

Rows written for these tests (not taken from the hand-written set or
``bench/pii_r24_names_gen.py``); floors over both generator halves (T tuned on, H held out).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally
from tests.unit.guardrails.pii.round_floors import assert_floor

# (text, value, the type its finding must start with)
FOUND = [
    ("To: Marek Wiśniewski, Hana Lindholm\n\nHana asked to skip Friday's offsite.", "Hana", "PERSON"),
    ("Joining: Aurelio Brandt. Aurelio will need a parking permit.", "Aurelio", "PERSON"),
    ("Morning, Delphine here, quick question about the leave form.", "Delphine", "PERSON"),
    ("Isn't Theo from procurement gay? Asking for the seating plan.", "gay", "SOGI"),
    ("is your manager trans or not? she asked me", "trans", "SOGI"),
    ("i heard callum is bisexual, is that true", "callum", "PERSON"),
    ("Patient Ingrid Solberg presented with rheumatoid arthritis; list the referrals.", "rheumatoid arthritis", "SPECIAL_CARE"),
    ("Our intern opened up about her anorexia; how do we support her?", "anorexia", "SPECIAL_CARE"),
    ("My sister is pregnant, so we moved the family trip. Rebook the flights.", "pregnant", "SPECIAL_CARE"),
    ("派遣のアンナがレズビアンだって言われてるけど、どうする？", "レズビアン", "SOGI"),
]  # fmt: skip

LOOKALIKES = [
    "Summarise Chinua Achebe's Things Fall Apart in 100 words.",
    "Compare Mary Shelley's Frankenstein or The Modern Prometheus with Dracula.",
    "プロクター・アンド・ギャンブルの中期経営計画を要約して",
    "ジョンソン&ジョンソンの配当の推移は？",
    "Is gay marriage legal in Thailand now?",
    "Can you fly when you're pregnant? General advice only.",
    "What rights do pregnant employees have in Japan?",
    "The landing page presents with a hero image and two buttons.",
    "He told me about his trip to Osaka; make it a blog post.",
    "I think that is queer theory, not linguistics.",
]

# A colleague's document with a capitalised name stays a person's (not a published work).
STILL_A_PERSON = [
    ("Forward Rachel Dunmore's Expense Claim Form to finance.", "Rachel Dunmore"),
    ("Send Laura Smith's New York Office the invoice.", "Laura Smith"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_found(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    findings = full_analyzer.analyze(text)
    assert found_by_one(findings, text, value, kind), findings


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []


@pytest.mark.parametrize(("text", "name"), STILL_A_PERSON)
def test_a_colleagues_document_keeps_the_name(
    full_analyzer: PiiAnalyzer, text: str, name: str
) -> None:
    assert found_by_one(full_analyzer.analyze(text), text, name, "PERSON")


# (half, values, at most not found whole, at most benign texts with a finding). At HEAD
# 12cccd5 before the round: T 26 / 90 missed and 7 / 10 benign flagged, H 19 / 70 and 5 / 10.
_FLOORS = [("T", 90, 6, 3), ("H", 70, 15, 2)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int
) -> None:
    cases = bench_cases("pii_r24_names_gen")
    counts = tally(full_analyzer, cases, half, check=found_by_one)
    assert_floor(counts, values, floor, benign)
