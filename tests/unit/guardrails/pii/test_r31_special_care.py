"""Issue 16, thirty-first round: special-care disclosures as people write them, the request kept.

A pregnancy told casually or by its stage (妊娠してて, 妊娠後期のため, 出産予定なので, ``her third
trimester``, ``pregnant (about 20 weeks)``, a misspelt ``pregant``), hearing that is weak told as
an idiom (耳が遠い) or a loss with its degree and the ears it is in, a limb or the sight someone
lost, a record's fragment that opens with a status word (``Hearing aid user, …``), a person a
record numbers or a new hire named by the role (``employee #4471 has``, ``new hire has``), a
case that stands (``awaiting trial``, ``out on bail``), test values listed in a lab
report (``CD4 count 310, viral load undetectable``) or a blood pressure read out in English
(``bp was 170 over 105``), and an orientation someone was outed about (アウティングされた) or a
transition a record notes (``transitioning (FtM)``) — the core masked, the request kept.

What stays: a stage or a term as a topic (妊娠初期の症状, 出産予定日の計算, ``the second
trimester``), a class of customers asked about (聴覚障害のあるお客様への対応), an arrest in a
news item pasted to be summarised, a lost phone, a norm of blood pressure, a birthplace, a
former nationality or a naturalisation (ネパール出身です, 元韓国籍: a legal status, not race), a
country's people as a group (フィリピン出身者の雇用), the word asked about (アウティングとは).

Rows written for these tests (not taken from the round's hand-written set, which stays in the
engineers' notes); a floor over the told-by-stage rows below the figure measured when the test
was written (all covered).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import (
    assert_left_alone,
    assert_masked_keeping,
    not_covered,
)

# (text, value that must be masked, the type its findings must start with, request words
# no finding may touch)
MASKED = [
    ("妊娠してて、来月の社員旅行は欠席したいです。断りのメールを書いて", "妊娠", "SPECIAL_CARE", "断りのメールを書いて"),
    ("妻が妊娠しておりますので、年末の出張は外していただけますか", "妊娠", "SPECIAL_CARE", "出張は外していただけますか"),
    ("妊娠後期に入りましたので、在宅勤務の申請書を作ってください", "妊娠後期", "SPECIAL_CARE", "在宅勤務の申請書"),
    ("出産予定なので、引き継ぎ資料の目次を考えて", "出産予定", "SPECIAL_CARE", "引き継ぎ資料の目次"),
    ("My sister is in her third trimester; suggest a gift for her baby shower.", "third trimester", "SPECIAL_CARE", "suggest a gift"),
    ("I'm pregnant (about 20 weeks), so please rework my on-call week.", "pregnant (about 20 weeks)", "SPECIAL_CARE", "rework my on-call week"),
    ("preggers again lol, pls help me word the news for my team", "preggers", "SPECIAL_CARE", "word the news for my team"),
    ("祖父は耳が遠いので、年賀状は大きな字で作りたい。文面を考えて", "耳が遠い", "SPECIAL_CARE", "文面を考えて"),
    ("My mum has severe hearing loss in her left ear; suggest a phone with loud ringtones.", "severe hearing loss", "SPECIAL_CARE", "suggest a phone"),
    ("I lost my right arm in 2015, please recommend a one-handed keyboard.", "my right arm", "SPECIAL_CARE", "one-handed keyboard"),
    ("Cochlear implant user, prefers chat to calls. Please draft the onboarding plan.", "Cochlear implant user", "SPECIAL_CARE", "draft the onboarding plan"),
    ("Intake: new hire has epilepsy; please book a desk near the exit.", "epilepsy", "SPECIAL_CARE", "book a desk near the exit"),
    ("Patient #2231 is on dialysis; draft the transport request.", "dialysis", "SPECIAL_CARE", "draft the transport request"),
    ("My cousin is out on bail, can you explain the next court dates?", "out on bail", "SPECIAL_CARE", "next court dates"),
    ("Clinic note: HbA1c 8.4%, LDL 162 mg/dL. Write a plain summary for the patient.", "HbA1c 8.4%", "SPECIAL_CARE", "plain summary"),
    ("my blood pressure was 165 over 100 today, can I still fly tomorrow?", "165 over 100", "SPECIAL_CARE", "still fly tomorrow"),
    ("ゲイであることを同僚にアウティングされました。人事への相談文を作って", "ゲイ", "SOGI", "人事への相談文"),
    ("Record: the tenant is transitioning (FtM); update the name on the lease.", "FtM", "SOGI", "update the name on the lease"),
]  # fmt: skip

LOOKALIKES = [
    "妊娠初期の症状を一般的に教えて",
    "妊娠してても飲める頭痛薬はありますか",
    "出産予定日の計算方法を教えて",
    "出産予定の社員がいる場合の手続きを教えて",
    "Explain what happens in the third trimester of pregnancy.",
    "耳が遠い人への話し方のコツは？",
    "聴覚障害のあるお客様への電話以外の対応方法をまとめて",
    "How should a call centre support hearing aid users?",
    "I lost my phone on the train, how do I block it?",
    "What does awaiting trial mean in the UK?",
    "ニュース要約：大手企業の元役員が昨日逮捕された。記事を3行でまとめて。",
    "A normal blood pressure is 120 over 80, right?",
    "フィリピン出身者の雇用に必要な手続きは？",
    "帰化申請の必要書類を教えて",
    # A birthplace, a former nationality or a naturalisation is a legal status, not race
    # (APPI guideline 通則編 2-3 (1)), as for a nationality field: left alone by default.
    "私はネパール出身で、日本語のビジネスメールに自信がありません。添削してください",
    "夫は元韓国籍ですが、子どものパスポート申請で気をつけることは？",
    "アウティングとは何か、事例を挙げて説明して",
    "Tell me about 14 famous scientists.",
]

# A pregnancy told by its stage or its expected birth: at most this many not mostly covered.
# Measured when the test was written: 0 of 5.
_STAGE_TOLD = [
    ("妊娠中期なので重い荷物の運搬は免除してほしい。上司への依頼文を書いて", "妊娠中期"),
    ("出産予定ですので、4月から休みます。挨拶文を考えて", "出産予定"),
    ("She's in her second trimester, please move her to day shifts.", "second trimester"),
    (
        "I'm pregnant (around 30 weeks) — what should I tell the airline?",
        "pregnant (around 30 weeks)",
    ),
    ("pregnent with our second, need a roster swap for March", "pregnent"),
]
_STAGE_FLOOR = 1


@pytest.mark.parametrize(
    ("text", "value", "kind", "keep"),
    MASKED,
    ids=[f"{v}-{i}" for i, (_, v, _, _) in enumerate(MASKED)],
)
def test_masked_and_request_kept(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str, keep: str
) -> None:
    assert_masked_keeping(full_analyzer, text, value, kind, keep)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert_left_alone(full_analyzer, text)


def test_stage_told_floor(full_analyzer: PiiAnalyzer) -> None:
    missed = not_covered(full_analyzer, _STAGE_TOLD, "SPECIAL_CARE")
    assert len(missed) <= _STAGE_FLOOR, "\n".join(missed)
