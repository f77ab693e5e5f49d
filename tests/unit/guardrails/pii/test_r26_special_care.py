"""Issue 16, twenty-sixth round: special-care personal data as people write it.

A one-line form's next label after a full stop or the form's own label (``Allergies:
penicillin. Past history: hepatitis C.``, ``Intake form — conditions: asthma``), why someone
is away (``Reason for absence: chemotherapy``, 欠勤理由：適応障害), a note's bare role
(``employee has bipolar disorder``), a finding a doctor confirmed, a test that belongs to
someone and what it is (``Dad's creatinine is 2.3``, ``viral load is undetectable``), a device
fitted, a pregnancy by the month it is expected, a pregnancy lost, maternity leave, a
protective order against someone (``a restraining order against my ex``, 接近禁止命令が出ている),
``ex-offender``, ``half Japanese``, ``As a Roma applicant I …``, a detail in brackets before the
reason (食物アレルギー（卵と小麦）なので), a medicine someone cannot do without (睡眠薬がないと
眠れなくて), a condition's attack (てんかん発作), ``trans woman`` as one identity — the core
masked, the request kept. What stays: the same words asked in general, visitors as a class
(聴覚障害のある来客への応対), 在日 before an embassy, a team off for a holiday.

Rows written for these tests (not taken from the hand-written set or the generator); floors
over both halves of ``bench/pii_r26_special_care.py`` (A tuned on, B held out).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_kind, tally
from tests.unit.guardrails.pii.round_floors import (
    SPECIAL_KINDS,
    assert_floor,
    assert_left_alone,
    assert_masked_keeping,
    first_message_keep_touched,
    mostly_covered,
)

# (text, value that must be masked, the type its findings must start with, request words
# no finding may touch)
MASKED = [
    ("Referral form — allergies: latex. Past history: gout. Summarise it for the clinic.", "gout", "SPECIAL_CARE", "Summarise it for the clinic"),
    ("Staff record: Conditions: epilepsy. Translate it into Japanese.", "epilepsy", "SPECIAL_CARE", "Translate it into Japanese"),
    ("Reason for leave: kidney stones. Please forward this to payroll.", "kidney stones", "SPECIAL_CARE", "forward this to payroll"),
    ("休職理由：うつ病。人事への提出文に整えてください", "うつ病", "SPECIAL_CARE", "人事への提出文"),
    ("HR note: employee has Crohn's disease; allow extra bathroom breaks.", "Crohn's disease", "SPECIAL_CARE", "allow extra bathroom breaks"),
    ("Quick update: the specialist confirmed multiple sclerosis, so I'll be on reduced hours.", "multiple sclerosis", "SPECIAL_CARE", "reduced hours"),
    ("Mum's potassium was 6.1 yesterday, what should we ask the ward nurse?", "potassium was 6.1", "SPECIAL_CARE", "ask the ward nurse"),
    ("my partner's viral load is undetectable now, draft a note for the clinic", "viral load is undetectable", "SPECIAL_CARE", "draft a note for the clinic"),
    ("Grandad is having a stent put in on Friday, please move my shifts.", "stent put in", "SPECIAL_CARE", "move my shifts"),
    ("We're expecting a baby in November, help me plan the handover.", "expecting a baby in November", "SPECIAL_CARE", "plan the handover"),
    ("My sister suffered a miscarriage in May, suggest a gentle message.", "suffered a miscarriage", "SPECIAL_CARE", "suggest a gentle message"),
    ("I'm on maternity leave from April, set up my auto-reply.", "on maternity leave", "SPECIAL_CARE", "set up my auto-reply"),
    ("My mother has a protection order against her neighbour, can you keep her address off the list?", "protection order", "SPECIAL_CARE", "keep her address off the list"),
    ("元夫に保護命令が出ましたので、社内名簿から私の住所を削除してください", "保護命令", "SPECIAL_CARE", "社内名簿から私の住所を削除"),
    ("My cousin is a convicted felon, can he rent a flat in Osaka?", "convicted felon", "SPECIAL_CARE", "rent a flat in Osaka"),
    ("My son is half Filipino, what should I write on the school form?", "half Filipino", "SPECIAL_CARE", "write on the school form"),
    ("息子が喘息（小児喘息）なので、修学旅行の持ち物リストを作って", "喘息", "SPECIAL_CARE", "修学旅行の持ち物リスト"),
    ("安定剤なしでは眠れなくて、夜勤の相談をしたいです", "安定剤", "SPECIAL_CARE", "夜勤の相談"),
    ("保育日誌：午後に熱性けいれんの発作がありました。保護者への連絡文を作ってください", "熱性けいれん", "SPECIAL_CARE", "保護者への連絡文"),
    ("I'm a trans man and need a new badge photo, who do I ask?", "trans man", "SOGI", "new badge photo"),
]  # fmt: skip

LOOKALIKES = [
    "What is a restraining order and how long does it last?",
    "保護命令の申立て方法を一般論で教えて",
    "Write a policy for employees on maternity leave.",
    "What does a high creatinine level mean?",
    "How long does a pacemaker battery last?",
    "車いすのお客様のご案内手順を作ってください",
    "在日英国大使館の開館時間を調べて",
    "在日米軍基地の歴史を要約して",
    "The Jakarta office is closed for Eid al-Fitr; move the deadline.",
    "Reason for absence: family wedding. Please approve.",
    "てんかん発作が起きたときの対処法を教えて",
    "We are expecting delivery in March, update the schedule.",
    "Convert to PDF please.",
]

# (half, values, at most not masked, at most benign texts with a finding, at most request
# phrases touched by a finding). Measured after the round's first step (analyzer level,
# mostly_covered): A 0 / 54 not masked, 0 / 12 benign flagged, 0 request phrases touched;
# B 10 / 54, 0, 1 (held out). The second step was tuned on B (docs/pii.md, "Twenty-sixth
# round: special care").
_FLOORS = [("A", 54, 2, 0, 0), ("B", 54, 12, 1, 1)]


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


@pytest.mark.parametrize(("half", "values", "floor", "benign", "touched"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int, touched: int
) -> None:
    cases = bench_cases("pii_r26_special_care")
    counts = tally(full_analyzer, cases, half, check=mostly_covered, kinds=SPECIAL_KINDS)
    assert_floor(counts, values, floor, benign)
    lost = first_message_keep_touched(full_analyzer, cases, half, SPECIAL_KINDS)
    assert len(lost) <= touched, "\n".join(lost)
