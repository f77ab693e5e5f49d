"""Issue 16, twenty-seventh round: special care.

Clinical shorthand of referral and intake notes (``Hx T1D, prior MI, s/p CABG``, ``PMH HTN,
DM2``, 既往に慢性腎臓病、心房細動あり), a dependence named with の (覚醒剤の依存から回復中) or
``clean from`` a drug, a protective order someone has or is applying for (保護命令を申し立て中,
``… and has a restraining order``), violence named by who did it (配偶者からの暴力を受けており),
a second clause or object that keeps the subject (``carries an EpiPen and an inhaler for
asthma``), a record in a sentence (入居希望者は傷害罪で服役していた方です), a table's health or
faith column, a field in brackets (``(religion: Muslim)``), a person's profile or needs as a
weak label — the core masked, the request kept. What stays: a holiday's name (``closed for
Yom Kippur``, ``Our Diwali party``; neither a person nor a faith unless someone practises it),
the same words asked about, clinical abbreviations outside a clinical list (``the MI
office``), a used book's condition column, a head of state's illness in the news.

Rows written for these tests (not taken from the round's hand-written set); a floor over the
shorthand rows below the figure measured when the test was written (all covered).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import covered_by_kind
from tests.unit.guardrails.pii.round_floors import (
    SPECIAL_KINDS,
    assert_left_alone,
    assert_masked_keeping,
    not_covered,
)

# (text, value that must be masked, the type its findings must start with, request words
# no finding may touch)
MASKED = [
    ("Referral: 61F, Hx HTN, prior CVA 2020, s/p PCI. Please draft the clinic letter.", "CVA", "SPECIAL_CARE", "draft the clinic letter"),
    ("Referral: 61F, Hx HTN, prior CVA 2020, s/p PCI. Please draft the clinic letter.", "PCI", "SPECIAL_CARE", "draft the clinic letter"),
    ("PMHx: asthma (childhood), GERD. Reformat this for the ward.", "GERD", "SPECIAL_CARE", "Reformat this for the ward"),
    ("Pt with h/o DVT and CKD stage 4; summarise for the pharmacist.", "CKD stage 4", "SPECIAL_CARE", "summarise for the pharmacist"),
    ("紹介状：既往歴 慢性心不全、2型糖尿病。食事指導の文面を作成してください", "慢性心不全", "SPECIAL_CARE", "食事指導の文面"),
    ("利用者は脳梗塞の既往あり。送迎時の注意点をまとめて", "脳梗塞", "SPECIAL_CARE", "送迎時の注意点"),
    ("弟は大麻の依存症で通院しています。家族会の探し方を教えて", "大麻の依存症", "SPECIAL_CARE", "家族会の探し方"),
    ("I've been sober off alcohol since June, help me plan a birthday dinner.", "sober off alcohol", "SPECIAL_CARE", "plan a birthday dinner"),
    ("相談者は保護命令を申請済です。書類一覧を作ってください", "保護命令", "SPECIAL_CARE", "書類一覧"),
    ("Our tenant left her partner and got a protection order. Write the lock-change notice.", "protection order", "SPECIAL_CARE", "Write the lock-change notice"),
    ("母は元夫からの暴言を受けており、転居を考えています。不動産屋への説明文を作って", "元夫からの暴言", "SPECIAL_CARE", "不動産屋への説明文"),
    ("The new hire carries an EpiPen, add it to the first-aid plan.", "EpiPen", "SPECIAL_CARE", "add it to the first-aid plan"),
    ("The applicant is deaf and needs a sign-language interpreter for the interview.", "deaf", "SPECIAL_CARE", "sign-language interpreter"),
    ("応募者は窃盗で服役していた方です。通知文を作ってください", "窃盗で服役", "SPECIAL_CARE", "通知文"),
    ("id\tteam\tdiagnosis\n7\tOps\tbipolar disorder\n9\tHR\t-\nsort by team", "bipolar disorder", "SPECIAL_CARE", "sort by team"),
    ("Meal plan: vegetarian (faith: Hindu); seat near the door. Build the list.", "Hindu", "SPECIAL_CARE", "Build the list"),
    ("Patient profile: cerebral palsy, epilepsy. Draft the transport request.", "cerebral palsy", "SPECIAL_CARE", "Draft the transport request"),
]  # fmt: skip

LOOKALIKES = [
    "The office is shut for Rosh Hashanah; move the review to Thursday.",
    "Send a short note wishing our clients a happy Diwali and a bright new year.",
    "Add Eid al-Adha and Vesak to the Singapore calendar.",
    "ラマダンの期間は毎年いつ頃ですか",
    "What does PMH stand for in a medical chart?",
    "The MI office handles payroll; DM me the report and the HR summary.",
    "Our known issues list needs a PE teacher's sign-off.",
    "item,price,condition\nbook,5,used\nlamp,9,like new\nsum the prices",
    "保護命令を申し立てる方法を教えてください",
    "安倍元首相の持病だった潰瘍性大腸炎について一般向けに説明して",
    "What is the difference between hypertension and hyperlipidemia?",
    "糖尿病の方は入居できますか",
]

HOLIDAY_TEXTS = [
    "The office will be closed for Yom Kippur on October 12.",
    "We'll be out for Rosh Hashanah next week.",
    "Please avoid booking the launch during Yom Kippur or Sukkot.",
]


# The shorthand rows: at most this many values not mostly covered. Measured when the test
# was written: 0 of 11.
_SHORTHAND = [
    ("Hx T1D, prior MI 2018, s/p CABG x3. Convert to a SOAP note.", "T1D"),
    ("Hx T1D, prior MI 2018, s/p CABG x3. Convert to a SOAP note.", "MI"),
    ("Hx T1D, prior MI 2018, s/p CABG x3. Convert to a SOAP note.", "CABG x3"),
    ("PMH: HTN, HLD, OSA on CPAP. Write the discharge summary.", "HTN"),
    ("PMH: HTN, HLD, OSA on CPAP. Write the discharge summary.", "HLD"),
    ("PMH: HTN, HLD, OSA on CPAP. Write the discharge summary.", "OSA"),
    ("known COPD, remote TIA; please tidy this note", "COPD"),
    ("known COPD, remote TIA; please tidy this note", "TIA"),
    ("既往に心房細動・高血圧あり。申し送りを短くして", "心房細動"),
    ("既往に心房細動・高血圧あり。申し送りを短くして", "高血圧"),
    ("history of dyslipidemia and CAD, on statins. Make it patient-friendly.", "CAD"),
]
_SHORTHAND_FLOOR = 1


@pytest.mark.parametrize(
    ("text", "value", "kind", "keep"),
    MASKED,
    ids=[f"{v}-{i}" for i, (_, v, _, _) in enumerate(MASKED)],
)
def test_masked_and_request_kept(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str, keep: str
) -> None:
    assert_masked_keeping(full_analyzer, text, value, kind, keep, covered=covered_by_kind)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert_left_alone(full_analyzer, text)


@pytest.mark.parametrize("text", HOLIDAY_TEXTS)
def test_holiday_is_no_person_nor_faith(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []


def test_practised_holiday_still_masked(full_analyzer: PiiAnalyzer) -> None:
    text = "I'm fasting for Ramadan, so please move the lunch meeting."
    findings = full_analyzer.analyze(text)
    assert covered_by_kind(findings, text, "Ramadan", "SPECIAL_CARE"), findings


def test_shorthand_floor(full_analyzer: PiiAnalyzer) -> None:
    missed = not_covered(full_analyzer, _SHORTHAND, SPECIAL_KINDS)
    assert len(missed) <= _SHORTHAND_FLOOR, "\n".join(missed)
