"""Twenty-fourth round, HR statements (issue 16): the last digits of a person's identifier
said in words (SSN ends in …, マイナンバー下4桁は…, 口座番号下四桁…, passport number finishes
with …) are masked; the last digits of a number that names no person (a support line, an
invoice) are not. Care and HR notes: an illness or organ right before 術後 / 切除後, a stoma or
pacemaker 造設後 / 植込み後, dialysis under way (透析中), "a prior for <offence>", and the party
after 支持政党は are masked; 術後 as a topic, 支持政党 asked about and a prior in statistics stay.

The rows were written for these tests (not taken from the round's hand set). Quality floor:
at least ``MASKED_FLOOR`` of the masked rows and every left-alone row hold.
"""

from __future__ import annotations

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import covered_by_any

MASKED = [
    ("Member verified, SSN ends in 3318, please unlock the account.", "3318"),
    ("社員のマイナンバー下4桁は4402です。", "4402"),
    ("口座番号下四桁2271で確認が取れました。", "2271"),
    ("Her passport number finishes with 618, is that enough to rebook?", "618"),
    ("Verified by last 4 SSN 9034, moving on.", "9034"),
    ("カード番号の末尾は5520です", "5520"),
    ("基礎年金番号の最後の4桁は7613です。", "7613"),
    ("山本さんは人工透析中のため夜勤はできません。", "人工透析"),
    ("上田様、肺がん術後3週目です。", "肺がん術後"),
    ("利用者の方は胃ろう造設後なので入浴に注意。", "胃ろう造設後"),
    ("The new hire has a prior for burglary from 2015.", "burglary"),
    ("面談で「支持政党は社民党です」と言っていました。", "社民党"),
]  # fmt: skip

LEFT_ALONE = [
    "The last four digits of our support line are 0123, add them to the footer.",
    "The invoice number ends in 5512, which month is it?",
    "術後のせん妄について一般向けに説明して。",
    "白内障の手術後は一般的にどのくらいで運転できますか。",
    "支持政党を面接で聞くことは違法ですか。",
    "We put a prior for the model weights before fitting.",
]  # fmt: skip

MASKED_FLOOR = 10  # measured 12 of 12 when written


def test_hr_statement_values_are_masked(full_analyzer: PiiAnalyzer) -> None:
    held = [v for t, v in MASKED if covered_by_any(full_analyzer.analyze(t), t, v, "")]
    assert len(held) >= MASKED_FLOOR, sorted({v for _, v in MASKED} - set(held))


def test_hr_statement_look_alikes_are_left_alone(full_analyzer: PiiAnalyzer) -> None:
    flagged = [
        (t, [(f.entity_type, t[f.start : f.end]) for f in found])
        for t in LEFT_ALONE
        if (found := [f for f in full_analyzer.analyze(t) if f.entity_type != "PERSON"])
    ]
    assert not flagged, flagged
