"""Issue 16, twenty-second round: special care and the person it is about (rows written for
these tests, not taken from the hand-written set's or the generator's cases; the families
are those of ``bench/pii_cases_r22sc.py`` half A and ``bench/pii_r22_special_gen.py`` half T).

Each row: the sensitive core (or the name) found whole; look-alikes left alone; floors over
the held-out halves (hand-written half B, generator half H), counted the way the earlier
rounds' floors count: a value is missed when no finding of its kind covers all of it.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_kind, tally

FOUND = [
    # a field whose key names the category: the value masked whole, the key kept
    ('{"name": "Rui Costa", "religion": "Adventist", "dept": "ops"}', "Adventist", "SPECIAL_CARE"),
    ('{"member": "Ana Lima", "affiliation": "Workers Party"}', "Workers Party", "SPECIAL_CARE"),
    ("所属政党（任意）：社民党\n氏名：木下 涼", "社民党", "SPECIAL_CARE"),
    # (a nationality field is no longer race: test_names_special_care_round23.py)
    ("民族：アイヌ\n氏名：タパ・ラム", "アイヌ", "SPECIAL_CARE"),
    ("Ethnicity: Quechua\nName: Rosa Quispe", "Quechua", "SPECIAL_CARE"),
    ("宗教上の配慮：豚肉を食べない\n氏名：ユスフ・カヤ", "豚肉を食べない", "SPECIAL_CARE"),
    ('{"applicant": "Dan Moss", "criminal_history": "burglary 2015"}', "burglary 2015",
     "SPECIAL_CARE"),
    # a JSON record about a person: a value that is the sensitive words
    ('{"employee": "Ivo Horvat", "absence_reason": "bipolar disorder"}', "bipolar disorder",
     "SPECIAL_CARE"),
    # a status in brackets or after a dash, right after a person
    ("Guest Lena Vogt (Hindu) will join the dinner", "Hindu", "SPECIAL_CARE"),
    ("大塚様（DV被害者）の転送を止めてください", "DV被害者", "SPECIAL_CARE"),
    ("Contact: Owen Reid -- Green Party canvasser.", "Green Party canvasser", "SPECIAL_CARE"),
    # English statements: a named subject, a party in full, a rumour, a treatment owned
    ("FYI Marta Nowak was blackmailed last spring, so keep her off the rota", "blackmailed",
     "SPECIAL_CARE"),
    ("Leo Brandt campaigns for the Pirate Party on weekends", "Pirate Party", "SPECIAL_CARE"),
    ("did you know Yara is a Lutheran? anyway book the hall", "Lutheran", "SPECIAL_CARE"),
    ("Nils will miss Friday because of his dialysis appointment", "dialysis", "SPECIAL_CARE"),
    ("Ben spent two years in jail before joining us", "two years in jail", "SPECIAL_CARE"),
    ("Our client Ruth Adler is Orthodox Jewish, avoid Saturdays", "Orthodox Jewish",
     "SPECIAL_CARE"),
    ("My cousin is in drug rehab until June, plan the reunion later", "drug rehab",
     "SPECIAL_CARE"),
    # Japanese: told on, passed on, a certificate handed in, a stage
    ("妹が痴漢被害を警察に相談している。通勤の相談に乗って", "痴漢被害", "SPECIAL_CARE"),
    ("井口さんは視覚障害があるとのこと。資料の形式を考えて", "視覚障害", "SPECIAL_CARE"),
    ("部下から双極性障害の診断書が提出されました。面談の進め方を", "双極性障害", "SPECIAL_CARE"),
    ("祖父、肺がんのステージ3らしい。お見舞いの品を選んで", "肺がん", "SPECIAL_CARE"),
    # the person a special-care statement is said of
    ("Heads up: Mirela Dinu is Romani, please welcome her", "Mirela Dinu", "PERSON"),
    ("Priyanka Deshmukh was diagnosed with lupus in May", "Priyanka Deshmukh", "PERSON"),
]  # fmt: skip

LOOKALIKES = [
    ("Book a hotel near Washington DC for the summit.", "PERSON"),
    ("Is Jackson Hole open for skiing in April?", "PERSON"),
    ("Does Carson City have a light rail?", "PERSON"),
    ("My sister told me the film was good, can you find tickets?", "PERSON"),
    ("Please cover his client calls while he is away.", "PERSON"),
    ("認知症の家族向けの相談窓口を教えて", "SPECIAL_CARE"),
    ("障害：サーバ停止\n影響：全社", "SPECIAL_CARE"),
    ("宗教：特になし", "SPECIAL_CARE"),
    ('{"affiliation": "University of Kyoto", "name": "Aya Ono"}', "SPECIAL_CARE"),
    ('{"topic": "depression", "level": "intro"}', "SPECIAL_CARE"),
    ('{"disease": "diabetes", "symptoms": "thirst"}', "SPECIAL_CARE"),
    ("The Museum (Catholic) opens at nine.", "SPECIAL_CARE"),
    ("台風被害を市に相談した。", "SPECIAL_CARE"),
    ("ストーカー被害を警察に相談するにはどうすればいい？", "SPECIAL_CARE"),
    ("What does the Green Party stand for?", "SPECIAL_CARE"),
    ("Explain the difference between Sunni and Shia Islam.", "SPECIAL_CARE"),
    ("Microsoft is a member of the consortium.", "PERSON"),
    ("The shop was robbed last night, draft a notice.", "SPECIAL_CARE"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_the_value_is_found_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[t[:32] for t, _ in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


def test_a_field_key_is_kept() -> None:
    """The key of a special-care field is no part of the masked value."""
    from guardrails.pii.special_care.record_notes import sensitive_fields

    text = "支持政党（任意）：日本共産党"
    ((key_start, start, end, category),) = sensitive_fields(text)
    assert (key_start, text[start:end], category) == (0, "日本共産党", "creed")


def _missed(analyzer: PiiAnalyzer, module: str, half: str) -> tuple[int, list[str]]:
    single = [case for case in bench_cases(module) if case.shape == "single"]
    counts = tally(analyzer, single, half, check=covered_by_kind, kinds=_KINDS, benign=False)
    return counts.total, counts.missed


_KINDS = {"SPECIAL_CARE", "PERSON"}


# Held-out values not found whole by the analyzer after this round (a rise means a change
# lost held-out values); the counts before the round are in docs/pii.md.
_GEN_H_FLOOR = 41
_HAND_B_FLOOR = 39


def test_generator_held_out_floor(full_analyzer: PiiAnalyzer) -> None:
    total, missed = _missed(full_analyzer, "pii_r22_special_gen", "H")
    assert total == 194
    assert len(missed) <= _GEN_H_FLOOR, "\n".join(missed)


def test_hand_written_held_out_floor(full_analyzer: PiiAnalyzer) -> None:
    total, missed = _missed(full_analyzer, "pii_cases_r22sc", "B")
    assert total == 146  # 148 before the twenty-third round relabelled two nationalities
    assert len(missed) <= _HAND_B_FLOOR, "\n".join(missed)
