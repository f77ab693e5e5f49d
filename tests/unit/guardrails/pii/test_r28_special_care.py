"""Issue 16, twenty-eighth round: special care about a person, with the request kept.

A clinical list closed by あり or led into の既往 (自閉スペクトラム症と聴覚過敏あり, 不眠症と
アルコール依存症の既往あり: every item, not only the last), a condition said of a named owner
with no verb (母が統合失調症、父は…), a pregnancy lost told as an event (死産となり), a mind hurt
said casually (メンタル崩してて), lineage (アイヌの末裔), an office held in a party (支部長をして
いる), a certificate's grade and the condition in brackets after it, a clinical note's own
label (``Ward note:``, ``Nurse handover:``), outing told (``outed Sam as gay``) — the core
masked, the request kept. What stays: a product named after the condition it serves (``our
HIV home test kit``), a medicine's leaflet (ワルファリンカリウム錠1mgの添付文書), the same words
asked about (流産の原因, メンタルを崩したときのセルフケア), a list of illnesses compared, a
class (糖尿病ありの方), a party's board in the news.

Rows written for these tests (not taken from the round's hand-written set); a floor over the
list rows below the figure measured when the test was written (all covered).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import (
    SPECIAL_KINDS,
    assert_left_alone,
    assert_masked_keeping,
    not_covered,
    touching,
)

# (text, value that must be masked, the type its findings must start with, request words
# no finding may touch)
MASKED = [
    ("妹が去年死産となり、まだ立ち直れていません。職場への説明文を考えて", "死産", "SPECIAL_CARE", "職場への説明文を考えて"),
    ("最近メンタル崩してて通院始めた。上司への相談メールを書いて", "メンタル崩し", "SPECIAL_CARE", "上司への相談メールを書いて"),
    ("彼女はアイヌの末裔です。自己紹介文を作って", "アイヌの末裔", "SPECIAL_CARE", "自己紹介文を作って"),
    ("彼は立憲民主党の支部長をしています。推薦文を作って", "立憲民主党の支部長", "SPECIAL_CARE", "推薦文を作って"),
    ("母が統合失調症、父は単身赴任中。奨学金の申請理由を書いて", "統合失調症", "SPECIAL_CARE", "奨学金の申請理由を書いて"),
    ("精神障害者保健福祉手帳2級（統合失調症）を持っています。応募書類を作って", "精神障害者保健福祉手帳2級（統合失調症）", "SPECIAL_CARE", "応募書類を作って"),
    ("Ward note: HbA1c 10.2, started insulin glargine. Draft the discharge letter.", "HbA1c 10.2", "SPECIAL_CARE", "Draft the discharge letter"),
    ("Nurse handover: bed 4, schizophrenia, on clozapine. Summarise for nights.", "schizophrenia", "SPECIAL_CARE", "Summarise for nights"),
    ("My coworker outed Sam as gay at lunch. Write a note to HR.", "gay", "SOGI", "Write a note to HR"),
]  # fmt: skip

LOOKALIKES = [
    "Write a landing page for our HIV home test kit.",
    "Our diabetes management app needs a new onboarding screen; draft the copy.",
    "ワルファリンカリウム錠1mgの添付文書を要約して",
    "セルトラリン錠の効能・効果を患者向けに書き直して",
    "流産の原因と確率について教えて",
    "メンタルを崩したときのセルフケアの方法は？",
    "統合失調症、双極性障害、うつ病の違いを表にして",
    "糖尿病ありの方の食事制限を教えて",
    "自民党の役員会が開かれた。ニュースを要約して",
    "身体障害者手帳の等級（1級〜6級）について教えて",
]


# Items of a list closed by あり or led into の既往: at most this many not mostly covered.
# Measured when the test was written: 0 of 8 (the last item only was found before).
_LISTS = [
    ("対象者は不眠症とアルコール依存症の既往あり。面談記録を要約して", "不眠症"),
    ("対象者は不眠症とアルコール依存症の既往あり。面談記録を要約して", "アルコール依存症"),
    ("利用者：てんかんと難聴あり。送迎の注意点をまとめて", "てんかん"),
    ("利用者：てんかんと難聴あり。送迎の注意点をまとめて", "難聴"),
    ("入所者は認知症、糖尿病あり。ケア計画の下書きを作って", "認知症"),
    ("入所者は認知症、糖尿病あり。ケア計画の下書きを作って", "糖尿病"),
    ("学生は自閉スペクトラム症と聴覚過敏あり。配慮申請書を作って", "自閉スペクトラム症"),
    ("学生は自閉スペクトラム症と聴覚過敏あり。配慮申請書を作って", "聴覚過敏"),
]
_LISTS_FLOOR = 1
_LIST_REQUESTS = [
    "面談記録を要約して",
    "送迎の注意点をまとめて",
    "ケア計画の下書きを作って",
    "配慮申請書を作って",
]


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


def test_list_items_floor(full_analyzer: PiiAnalyzer) -> None:
    missed = not_covered(full_analyzer, _LISTS, "SPECIAL_CARE")
    assert len(missed) <= _LISTS_FLOOR, "\n".join(missed)


def test_list_requests_kept(full_analyzer: PiiAnalyzer) -> None:
    texts = {text for text, _ in _LISTS}
    touched = [
        (keep, touching(full_analyzer.analyze(text), text, keep, SPECIAL_KINDS))
        for text in texts
        for keep in _LIST_REQUESTS
        if keep in text
    ]
    assert [pair for pair in touched if pair[1]] == []
