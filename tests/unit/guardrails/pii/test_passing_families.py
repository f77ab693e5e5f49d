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
    # a Latin name after a person's ID value, in brackets or after a dash
    ("Employee ID 77821 (Priya Sharma) needs a badge reset email", "Priya Sharma", "PERSON"),
    ("member #123 - John O'Neil, write him a renewal reminder", "John O'Neil", "PERSON"),
    ("customer 7781 (Anand Krishnan) called twice today", "Anand Krishnan", "PERSON"),
    ("Student No. 2019-A114 - Chloe McKay: absence note please", "Chloe McKay", "PERSON"),
    # the account holder said in a sentence, an ordinary word as the surname
    ("振込先は三井住友 普通 1234567、名義は青葉 翔太。振込依頼文作って", "青葉 翔太", "PERSON"),
    ("口座名義は森 花子です。名義変更の手続きは？", "森 花子", "PERSON"),
    ("名義が岬 大地になっているので確認して", "岬 大地", "PERSON"),
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
    # an ID with a note or a title after it, a bank and its branch, 名義 as a topic
    "Ticket #8812 - Password Reset, please help",
    "Sumitomo Mitsui, Ginza branch - opening hours?",
    "Mizuho, Shibuya branch: how do I close an account?",
    "名義変更の手続きを教えて",
    "名義は会社 名義です",
]


@pytest.mark.parametrize("text", BENIGN)
def test_twin_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []


# The ID itself is found; the note after it is no one's name.
NOT_A_PERSON = [
    "Employee ID 77821 (temporary) needs a badge reset email",
    "Member No. 4410 (Gold) - renewal due next week",
]


@pytest.mark.parametrize("text", NOT_A_PERSON)
def test_note_after_id_is_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"] == []


# A medication field ends before the request written after it on the same line.
REQUEST_AFTER_FIELD = [
    ("Medication: levetiracetam (for epilepsy). Please format this.", "Please format this"),
    ("Allergies: penicillin. Can you write a wallet card?", "Can you write a wallet card"),
]


@pytest.mark.parametrize(("text", "asked"), REQUEST_AFTER_FIELD)
def test_request_after_field_is_kept(full_analyzer: PiiAnalyzer, text: str, asked: str) -> None:
    start = text.index(asked)
    findings = full_analyzer.analyze(text)
    assert findings
    assert all(f.end <= start for f in findings)


# An account holder whose name is two English words (session 18).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Account holder: Ivy Lane", "Ivy Lane"),
        ("account holder: Rose Hill, write a wire request", "Rose Hill"),
        ("Name on the account: Summer Brooks.", "Summer Brooks"),
    ],
)
def test_holder_in_english_words(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert _found(full_analyzer, text, value, "PERSON")
