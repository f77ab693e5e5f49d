"""Twenty-fifth round, names as enterprise traffic writes them (issue 16): a mail's ``To:``
line, the lower-case keys of a YAML or plain-text record (``owner: …``), two labelled fields
on one line split by a slash (``面接官：… ／ 候補者：…``), one-case romaji full names either
way round (``daisuke ota``, ``yamamoto kaori``), a lower-case given name in a chat sentence
(``a note to jake``, ``takumi from sales said``, ``shun and …``), a katakana given name
before a surname with an honorific (``ラジェシュ クマールさん``); and what stays: two places
compared (``金沢と富山``), a request's verb before an eponym (``Explain Hodgkin lymphoma``), a
disease or law named after a person (``ギラン・バレー症候群``), a region in a record
(``"region": "Kansai"``), a trip's ``From:``/``To:``.

The rows were written for these tests (not taken from the hand-written set or
``bench/pii_r25_names_gen.py``); the floors read both halves of that generator (T tuned
on, H held out): values found whole, benign texts with no finding, request words untouched.
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally
from tests.unit.guardrails.pii.round_floors import assert_floor, keep_touched, touching

# (text, the name that must be found whole)
FOUND = [
    ("From: Colm Brady\nTo: Anneliese Vogt\nSubject: invoice\n\nShorten my reply.", "Anneliese Vogt"),
    ("TO: Priyanka Menon\nCC: finance\nWrite the cover note.", "Priyanka Menon"),
    ("owner: Fergus Doyle\nstatus: open\nIs this YAML valid?", "Fergus Doyle"),
    ("reviewer: Oksana Melnyk\nturn this into a checklist", "Oksana Melnyk"),
    ("面接官：相良 俊／候補者：綾瀬 みのり\n評価コメントを整えて", "綾瀬 みのり"),
    ("応募者：真田 航平\n書類選考の結果連絡を書いて", "真田 航平"),
    ("pls send the slides to kohei nishida before noon", "kohei nishida"),
    ("打合せは sugimoto ayaka と hirano yuta で調整中です", "sugimoto ayaka"),
    ("打合せは sugimoto ayaka と hirano yuta で調整中です", "hirano yuta"),
    ("can you draft a thank you to yoshiki for the handover", "yoshiki"),
    ("fyi naoko said the vendor moved the date, reply to them", "naoko"),
    ("mike said he would send it", "mike"),
    ("来週の当番は 白石、飯田、岡谷 です。当番表を整えて", "白石"),
    ("経理の金田と白石が同席します。案内文を作って", "金田"),
    ("remind rika and kenji matsuo about the audit", "rika"),
    ("remind rika and kenji matsuo about the audit", "kenji matsuo"),
    ("ムハンマド アリフさんに入館証の受け取りを案内して", "ムハンマド アリフ"),
    ("カルロス メンデス様宛の請求書送付状を作って", "カルロス メンデス"),
    ("Ticket\tMentor\tState\n1\tHarriet Osei\topen\n2\tBruno Kessler\tdone\nsummarise", "Bruno Kessler"),
    ("| 案件 | Lead |\n|---|---|\n| 移行 | 石黒 |\n| 監査 | 早坂 |", "早坂"),
    ("宛先：経理部 西村 圭吾 様\n請求書の再送をお願いします", "西村 圭吾"),
]  # fmt: skip

# (text, words that must reach the model as written: no finding may touch them)
LOOKALIKES = [
    ("出張で泊まるなら長野と松本、どっちがいい？", "長野"),
    ("仙台と盛岡、冬の出張ならどちらが便利？", "盛岡"),
    ("Explain Hodgkin lymphoma staging for a patient leaflet.", "Hodgkin"),
    ("Explain Bayes' theorem to the new analysts.", "Bayes"),
    ("ギラン・バレー症候群について一般向けに説明して", "ギラン・バレー"),
    ("フーリエ変換とラプラス変換の違いを説明して", "フーリエ"),
    ('{"region": "Kyushu", "status": "active"}\nexplain the fields', "Kyushu"),
    ("From: Osaka\nTo: Nagoya\nDeparture: 9:00\nPlan the trip.", "Nagoya"),
    ("convert the list to romaji and send it to the team", "romaji"),
    ("we flew to florence and rome, then to osaka", "florence"),
    ("| Task | Owner | Status |\n|---|---|---|\n| Backup | Infra | Ready |\n| Audit | Legal | Waiting |", "Legal"),
    ("Product,Manager,Region\nWidget,Sales Team,Kanto\nGadget,Operations,Kansai", "Operations"),
    ("宛先：経理部 西村 圭吾 様\n請求書の再送をお願いします", "経理部"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_name_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    findings = full_analyzer.analyze(text)
    assert found_by_one(findings, text, value, "PERSON"), [
        (f.entity_type, text[f.start : f.end]) for f in findings
    ]


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep)


# (half, values, at most not found whole, at most benign texts with a finding, at most
# request words touched). At 789e0d5, before the round, the stage leaked T 15/108 and H
# 11/102 names (bench "leaked"), one T benign text altered (金沢と富山). Measured after it:
# see docs/pii.md, twenty-fifth round, names.
_FLOORS = [("T", 108, 2, 1, 1), ("H", 102, 4, 2, 2)]


@pytest.mark.parametrize(("half", "values", "floor", "benign", "touched"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int, touched: int
) -> None:
    cases = bench_cases("pii_r25_names_gen")
    counts = tally(full_analyzer, cases, half, check=found_by_one, kinds=("PERSON",))
    assert_floor(counts, values, floor, benign)
    lost = keep_touched(full_analyzer, cases, half)
    assert len(lost) <= touched, "\n".join(lost)
