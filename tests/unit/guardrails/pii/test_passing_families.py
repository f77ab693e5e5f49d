"""Things told in passing (issue 16, session 18): a relative's illness, the reason for a
medicine, a driving-licence number with letters, a name next to an ID, an account holder
whose surname is an ordinary word. Benign twins with the same words must stay untouched.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # licence numbers with letters, right after the licence word
    ("Driver's license: D1234-56789-01234, rental form", "D1234-56789-01234", "DRIVER_LICENSE"),
    ("DL# A123 4567 8901 for the accident report", "A123 4567 8901", "DRIVER_LICENSE"),
    ("my licence no. is MORGA753116SM9IJ", "MORGA753116SM9IJ", "DRIVER_LICENSE"),
    ("drivers lic S530-4127-8861 - box 5?", "S530-4127-8861", "DRIVER_LICENSE"),
    ("Driving Licence Number: HARRI804127AB3CD", "HARRI804127AB3CD", "DRIVER_LICENSE"),
    ("License No. F255-921-50-094-0", "F255-921-50-094-0", "DRIVER_LICENSE"),
    # the reason a medicine is taken is a condition (病歴), with or without "my"
    ("i'm on sertraline for anxiety, can i drink coffee?", "anxiety", "SPECIAL_CARE"),
    ("been on adderall for ADHD since college lol", "ADHD", "SPECIAL_CARE"),
    ("im on lithium for bipolar, any tips for sleep", "bipolar", "SPECIAL_CARE"),
    ("on prozac for depression rn, easy recipes?", "depression", "SPECIAL_CARE"),
    ("She's been taking Keppra for seizures since May", "seizures", "SPECIAL_CARE"),
    ("He takes Vyvanse for his ADHD, is that a stimulant?", "ADHD", "SPECIAL_CARE"),
    # a relative's illness told in passing, by the course it takes
    ("母が最近認知症が進んできたので、介護休暇の取り方教えて", "認知症", "SPECIAL_CARE"),
    ("じいちゃんがパーキンソン病でさ、手すりどこにつける？", "パーキンソン病", "SPECIAL_CARE"),
    (
        "部下の母親が末期がんとのことで、休暇制度の案内文を作成いただけますか",
        "がん",
        "SPECIAL_CARE",
    ),
    ("祖母は糖尿病が悪化してきまして、献立をご提案ください", "糖尿病", "SPECIAL_CARE"),
    ("夫が心筋梗塞で入院しました。保険の手続きを教えて", "心筋梗塞", "SPECIAL_CARE"),
    ("mom's breast cancer came back so draft an email to my boss", "breast cancer", "SPECIAL_CARE"),
    ("dad's asthma got worse, what should I tell his school?", "asthma", "SPECIAL_CARE"),
]


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type.startswith(kind) and f.start <= start and end <= f.end
        for f in analyzer.analyze(text)
    )


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[f"{k}:{v}" for _, v, k in FOUND])
def test_value_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


BENIGN = [
    "driver's license renewal costs $35 in Texas, right?",
    "License: MIT, can I use this in my app?",
    "license key ABCD-12345-EFGH-67890 does not activate",
    "Licensed under the Apache License 2.0",
    "how long does a DL renewal take in NY?",
    # a medicine asked about, a worry that is no diagnosis, "for my" after everyday things
    "What is sertraline used for?",
    "for anxiety about the exam, any tips?",
    "Is propranolol used for anxiety?",
    "taking the train for my trip tomorrow, what should I pack",
    "I am taking a course for my career; could you review my CV?",
    "I'm on a budget for my wedding, cheap venue ideas?",
    # a condition asked about, or a relative in a hypothetical
    "認知症の予防法は？",
    "what are the early signs of dementia?",
    "認知症が進むとどうなりますか",
    "父が脳梗塞で倒れたらどうすればいい？",
    "母が認知症になった時の手続きは？",
    "Mom's cooking is the best, recipe ideas?",
]


@pytest.mark.parametrize("text", BENIGN)
def test_twin_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []
