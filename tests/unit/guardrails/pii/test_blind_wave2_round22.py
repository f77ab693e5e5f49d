"""Issue 16, twenty-second round, wave 2: the blind set's families fixed in this round
(pregnancy stated of a person, a licence suspended for drunk driving, an era year written
with 生 alone). Rows written for these tests; the families are those of
``bench/pii_r22_blind_wave2.py``, which were described from the blind set's misses, so both
of its halves are tuned on.

Each row: the value found whole; look-alikes left alone; floors over both generator halves
for the fixed kinds (special care, date of birth), counted as found whole.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally

FOUND = [
    ("The new hire is 20 weeks pregnant; adjust her desk height", "weeks pregnant",
     "SPECIAL_CARE"),
    ("My neighbour is 5 months pregnant and needs help with shopping", "months pregnant",
     "SPECIAL_CARE"),
    ("Heads up, Rina is pregnant with twins, keep her off the night rota", "pregnant with twins",
     "SPECIAL_CARE"),
    ("嫁が妊娠5ヶ月になりました。会社への伝え方を教えて", "妊娠5ヶ月", "SPECIAL_CARE"),
    ("後輩は妊娠22週なので立ち仕事を減らしたい", "妊娠22週", "SPECIAL_CARE"),
    ("Our courier had his license revoked for drunk driving last month", "drunk driving",
     "SPECIAL_CARE"),
    ("叔父が酒気帯び運転で免許停止になったらしい", "酒気帯び運転", "SPECIAL_CARE"),
    ("課長は昭和48年生です。還暦祝いの案を", "昭和48年", "DATE_OF_BIRTH"),
    ("担当の方は平成3年生の方でした", "平成3年", "DATE_OF_BIRTH"),
]  # fmt: skip

LOOKALIKES = [
    ("Is it safe to fly at 30 weeks of pregnancy? General guidance please.", "SPECIAL_CARE"),
    ("妊娠中に避けたほうがいい食べ物は？", "SPECIAL_CARE"),
    ("What is the fine for drunk driving in Japan?", "SPECIAL_CARE"),
    ("飲酒運転で免停になったらどうなる？", "SPECIAL_CARE"),
    ("What happens if your licence is suspended for drunk driving?", "SPECIAL_CARE"),
    ("娘は3年生です。夏休みの宿題を手伝って", "DATE_OF_BIRTH"),
    ("平成11年生産終了のモデルの部品はまだある？", "DATE_OF_BIRTH"),
    ("昭和52年は西暦何年？", "DATE_OF_BIRTH"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_the_value_is_found_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[t[:32] for t, _ in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


# Values not found whole after the fix (before: every one of the 36 per half); tuned on.
_FLOORS = {"T": 12, "H": 18}
_KINDS = {"SPECIAL_CARE", "DATE_OF_BIRTH"}


@pytest.mark.parametrize("half", ["T", "H"])
def test_generator_floor(full_analyzer: PiiAnalyzer, half: str) -> None:
    cases = bench_cases("pii_r22_blind_wave2")
    counts = tally(full_analyzer, cases, half, check=found_by_one, kinds=_KINDS)
    assert counts.total == 36
    assert len(counts.missed) <= _FLOORS[half], "\n".join(counts.missed)
    assert counts.flagged == []
