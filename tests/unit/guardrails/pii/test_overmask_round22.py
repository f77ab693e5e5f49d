"""Issue 16, twenty-second round, over-masking: a public body's address asked about, a
fictional address in a sentence about a story (ベーカー街, a street), a bank's ABA routing
number, form labels read as a speaker's name (影響範囲：全社), and a form's label masked with
its value. Rows written for these tests; the families are those of
``bench/pii_r22_overmask_gen.py``, described by an outside blind set and colleagues'
reports, so both of its halves are tuned on.

Left alone: public and fictional addresses, routing numbers. Still masked (twins on the same
words): a person's home near 県庁, the account number after a routing number, a condition
after its label (the label itself stays). Floors over both generator halves.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally

LEFT_ALONE = [
    ("静岡県庁（静岡市葵区追手町9-6）へはバスで行ける？", "ADDRESS"),
    ("宮城県庁は仙台市青葉区本町3-8-1にありますが、駐車場は？", "ADDRESS"),
    ("How do I get to 千葉県庁 (千葉市中央区市場町1-1) from the station?", "ADDRESS"),
    ("In the Holmes stories, who is the landlady at 221B Baker Street?", "ADDRESS"),
    ("Which bank owns routing number 011000138?", "BANK_ACCOUNT"),
    ("ABA 121000358 is that a Bank of America number?", "BANK_ACCOUNT"),
    ("推理小説でベーカー街221Bが出てくる作品は？", "PERSON"),
    ("ウォール街の歴史を教えて", "PERSON"),
    ("報告書を整形して\n影響範囲：全社\n対応期限：月末\n発生場所：倉庫", "PERSON"),
    ("申請書です\n支持政党：特になし\n回答方法：メール", "PERSON"),
]

FOUND = [
    ("県庁の近くに住んでいます。自宅は静岡市葵区追手町4-2-7-301です。", "静岡市葵区追手町4-2-7-301",
     "ADDRESS"),
    ("My flat is at 7 Kings Road, Brighton BN1 2FN. Can you forward my parcel?",
     "7 Kings Road, Brighton BN1 2FN", "ADDRESS"),
    ("Routing number 021000021, my account number 4829103756, please set up the deposit.",
     "4829103756", "BANK_ACCOUNT"),
    ("Routing 123456789, account 48291037", "123456789", "BANK_ACCOUNT"),
    ("問診票です。持病 1型糖尿病", "1型糖尿病", "SPECIAL_CARE"),
    ("既往歴：うつ病\nこれで保険に入れますか？", "うつ病", "SPECIAL_CARE"),
    ("持病は2型糖尿病です。", "2型糖尿病", "SPECIAL_CARE"),
    ("この票を確認して\n氏名：中村恵子\n影響範囲：全社\n対応期限：月末", "中村恵子", "PERSON"),
    ("議事録\n森花子：資料あがりました\n田中一郎：了解です", "森花子", "PERSON"),
    ("ベーカー街の近くで高橋さんに会った", "高橋", "PERSON"),
]  # fmt: skip

KEPT_LABELS = [
    ("問診票です。持病 1型糖尿病", "持病"),
    ("既往歴：うつ病\nこれで保険に入れますか？", "既往歴"),
    ("申込書の記入例：持病 … てんかん", "持病"),
]


@pytest.mark.parametrize(("text", "kind"), LEFT_ALONE, ids=[t[:28] for t, _ in LEFT_ALONE])
def test_a_public_value_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_the_twin_is_still_masked(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "label"), KEPT_LABELS, ids=[lb for _, lb in KEPT_LABELS])
def test_the_label_stays(full_analyzer: PiiAnalyzer, text: str, label: str) -> None:
    start = text.index(label)
    end = start + len(label)
    findings = full_analyzer.analyze(text)
    assert any(f.entity_type.startswith("SPECIAL_CARE") for f in findings)
    assert not [f for f in findings if f.start < end and start < f.end]


# Measured after the fix (tuned on): benign rows given any finding (before the fix the
# stage altered T 28, H 36 of 54; left: Conan Doyle read as a person, "a museum at 221B
# Baker Street" with no story word), twins' values not found whole (the three H misses are a
# Leeds address the English reader does not read, unchanged by this round).
_FLAGGED = {"T": 2, "H": 5}
_MISSED = {"T": 0, "H": 3}


@pytest.mark.parametrize("half", ["T", "H"])
def test_generator_floor(full_analyzer: PiiAnalyzer, half: str) -> None:
    cases = bench_cases("pii_r22_overmask_gen")
    counts = tally(full_analyzer, cases, half, check=found_by_one)
    assert counts.total == 42
    assert len(counts.missed) <= _MISSED[half], "\n".join(counts.missed)
    assert len(counts.flagged) <= _FLAGGED[half], "\n".join(counts.flagged)
