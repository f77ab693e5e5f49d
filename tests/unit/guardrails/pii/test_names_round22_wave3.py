"""Issue 16, twenty-second round, names wave 3: a plain Latin given name and surname in a
person's slot, Korean names in Hangul, a login handle given as someone's account. Rows
written for these tests; the families are those of ``bench/pii_r22_names_wave3.py``, which
were described from an outside blind set's misses, so both of its halves are tuned on.

Each row: the value found whole; look-alikes left alone; floors over both generator halves,
counted as found whole, and no finding on the generator's look-alikes except the one
counted below.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally

FOUND = [
    ("Last Tuesday Peter Kaminski phoned the front desk twice", "Peter Kaminski", "PERSON"),
    ("Emily Strand-Pauls will send the slides tonight", "Emily Strand-Pauls", "PERSON"),
    ("Could you help me text Laura Brennick about Saturday?", "Laura Brennick", "PERSON"),
    ("先週Daniel Okoyeから見積もりが届きました", "Daniel Okoye", "PERSON"),
    ("Our plumber 박서준 never showed up today", "박서준", "PERSON"),
    ("隣の部屋の윤서아さんに鍵を預けたい", "윤서아", "PERSON"),
    ("내일 강태오씨에게 연락할게요", "강태오", "PERSON"),
    ("My sister's account is corvid_88, she lost access", "corvid_88", "MESSAGING_ID"),
    ("兄のアカウントはkenta.s04なんだけど乗っ取られた", "kenta.s04", "MESSAGING_ID"),
]  # fmt: skip

LOOKALIKES = [
    ("Does Brightline Foods ship frozen meals to Osaka?", "PERSON"),
    ("Does Adobe Acrobat open scanned forms?", "PERSON"),
    ("Is Jackson Hole expensive in winter?", "PERSON"),
    ("세종대왕が作った文字について教えて", "PERSON"),
    ("Explain what 한글 means and who made it.", "PERSON"),
    ("고객님께 드리는 안내문을 번역해 주세요", "PERSON"),
    ("Is @NintendoAmerica the official support account?", "MESSAGING_ID"),
    ("The shop's support handle is help_desk2, can I DM it?", "MESSAGING_ID"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_the_value_is_found_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[t[:32] for t, _ in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


# Values not found whole after the fix and benign rows flagged; tuned on (see the docs).
_FLOORS = {"T": 7, "H": 6}
_FLAGGED = {"T": 0, "H": 1}
_KINDS = {"PERSON", "MESSAGING_ID"}


@pytest.mark.parametrize("half", ["T", "H"])
def test_generator_floor(full_analyzer: PiiAnalyzer, half: str) -> None:
    cases = bench_cases("pii_r22_names_wave3")
    counts = tally(full_analyzer, cases, half, check=found_by_one, kinds=_KINDS)
    assert counts.total == 60
    assert len(counts.missed) <= _FLOORS[half], "\n".join(counts.missed)
    assert len(counts.flagged) <= _FLAGGED[half], "\n".join(counts.flagged)
