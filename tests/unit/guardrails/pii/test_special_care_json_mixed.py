"""Issue 16, twentieth session: special care in the fields of a JSON object, a Japanese word
inside an English sentence, a person at work pointed at by role, a lab value with its unit,
a test status after the condition; and a date followed by 生活保護 or 先生, which is no
date of birth. Rows written for these tests (the families are those of
``bench/pii_cases_phi.py``, not its rows).

Each row: the sensitive core found whole and the words that must reach the model (the
request, a JSON key) untouched by any special-care finding; look-alikes left alone.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found

FOUND = [
    # a JSON field: the key stays, the value is masked
    ('{"diagnosis": "潰瘍性大腸炎", "request": "通院の休暇申請を書いて"}', "潰瘍性大腸炎",
     "通院の休暇申請を書いて"),
    ('{"medical_history": "喘息, 不整脈", "ask": "旅行の注意点"}', "喘息, 不整脈",
     "medical_history"),
    ('{"patient_conditions": "type 2 diabetes", "task": "plan a week of lunches"}',
     "type 2 diabetes", "plan a week of lunches"),
    ('{"既往歴": "狭心症", "依頼": "問診票の清書"}', "狭心症", "既往歴"),
    ('{"current_medications": "warfarin", "question": "what to pack for a trip"}', "warfarin",
     "current_medications"),
    ('{"staff": "S-14", "disability": "視覚障害", "request": "研修資料の準備"}', "視覚障害",
     "disability"),
    ('{"id": "C-77", "memo": "梅毒陽性", "next": "面談日程の調整"}', "梅毒陽性", "面談日程の調整"),
    # a Japanese word inside an English sentence
    ("I was diagnosed with 統合失調症 two years ago, can you write a cover letter?", "統合失調症",
     "write a cover letter"),
    ("My daughter has 学習障害, please suggest study apps.", "学習障害", "suggest study apps"),
    ("My father has 心臓病 and we need a hotel near the hospital.", "心臓病",
     "a hotel near the hospital"),
    ("Heads-up: the new hire is 視覚障害 so send documents as text files.", "視覚障害",
     "send documents as text files"),
    ("My brother has 発達障害 — how can I help him find a job?", "発達障害",
     "how can I help him find a job"),
    # a JSON text inside a JSON string (a tool result)
    ('{"memo": "{\\"allergies\\": \\"penicillin\\", \\"plan\\": \\"a packing list\\"}"}',
     "penicillin", "a packing list"),
    # a person at work pointed at by role (with where they are)
    ("The tenant in 2C has a bleeding disorder; draft a note to the plumber.",
     "bleeding disorder", "draft a note to the plumber"),
    ("The new hire has multiple sclerosis, so plan a flexible schedule.", "multiple sclerosis",
     "plan a flexible schedule"),
    ("This applicant has epilepsy; draft a reasonable-adjustments note.", "epilepsy",
     "draft a reasonable-adjustments note"),
    # a lab value with its unit
    ("My LDL was 174 mg/dL, which snacks are okay?", "174 mg/dL", "which snacks are okay"),
    ("my A1c is 8.2% now, plan some breakfasts", "8.2%", "plan some breakfasts"),
    # a word of the request after the statement is no part of the core
    ("I'm Jewish, so recommend a kosher bakery near the station.", "Jewish",
     "recommend a kosher bakery"),
    # a test status after the condition
    ("検査でC型肝炎陽性と言われました。職場に伝えるべき？", "C型肝炎陽性", "職場に伝えるべき"),
]  # fmt: skip

LOOKALIKES = [
    '{"topic": "うつ病", "question": "一般的な症状を教えて"}',
    '{"title": "糖尿病の予防法", "category": "健康"}',
    '{"diagnosis": "なし", "request": "健診結果の見方を説明して"}',
    "How do you say 双極性障害 in English?",
    "What does 統合失調症 mean? I saw it in a Japanese article.",
    "The new hire orientation is on Monday; please draft the agenda.",
    "This customer has a question about billing, please draft a reply.",
    "What is the normal LDL range in mg/dL?",
    "HIV検査の陽性率は全国でどのくらい？",
]

NOT_A_BIRTH_DATE = [
    "受給開始：2019/04/01（生活保護）",
    "2024年4月1日生活保護の申請をしました",
    "面談は2025/6/3 先生と一緒に行います",
    "令和6年4月1日 生徒会の選挙があります",
]

STILL_A_BIRTH_DATE = [
    ("1990年4月1日生、会社員です", "1990年4月1日"),
    ("平成2年5月3日生（34歳）", "平成2年5月3日"),
    ("1985/4/12 生", "1985/4/12"),
    ("長女は令和3年6月9日出生です", "令和3年6月9日"),
    ("1988年2月29日生れの者です", "1988年2月29日"),
]


@pytest.mark.parametrize(("text", "core", "kept"), FOUND, ids=[c for _, c, _ in FOUND])
def test_the_core_is_masked_and_the_rest_kept(
    full_analyzer: PiiAnalyzer, text: str, core: str, kept: str
) -> None:
    assert _found(full_analyzer, text, core, "SPECIAL_CARE")
    start = text.index(kept)
    end = start + len(kept)
    assert not any(
        f.start < end and start < f.end
        for f in full_analyzer.analyze(text)
        if f.entity_type.startswith("SPECIAL_CARE")
    )


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]


@pytest.mark.parametrize("text", NOT_A_BIRTH_DATE)
def test_a_date_before_a_word_with_sei_is_no_birth_date(
    full_analyzer: PiiAnalyzer, text: str
) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize(("text", "date"), STILL_A_BIRTH_DATE)
def test_sei_right_after_a_date_still_marks_a_birth(
    full_analyzer: PiiAnalyzer, text: str, date: str
) -> None:
    start = text.index(date)
    assert any(
        f.entity_type == "DATE_OF_BIRTH" and f.start <= start and start + len(date) <= f.end
        for f in full_analyzer.analyze(text)
    )


RESIDENCE_CARDS = [
    ("Resident card: EF 87654321 GH, which office renews it?", "EF 87654321 GH"),
    ("my zairyu card is KL12345678MN, can I travel abroad?", "KL12345678MN"),
]


@pytest.mark.parametrize(("text", "number"), RESIDENCE_CARDS)
def test_a_residence_card_named_in_english_is_an_id(
    full_analyzer: PiiAnalyzer, text: str, number: str
) -> None:
    start = text.index(number)
    assert any(
        f.entity_type == "ID_NUMBER" and f.start <= start and start + len(number) <= f.end
        for f in full_analyzer.analyze(text)
    )
