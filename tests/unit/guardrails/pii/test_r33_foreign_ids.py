"""Thirty-third round, identifiers the recognizers did not know (issue 16): a code whose
label or country was not one the recognizers read must not reach the model in clear;
look-alikes of the same shape (order numbers, part and model codes, versions, SKUs,
tracking numbers, gift cards, a format's question) must reach it as written.

Masked now: another country's national number by its shape and check digit (Singapore
NRIC/FIN, China's 18-digit resident ID, Taiwan's and Hong Kong's IDs, Korea's resident
registration number, the UK National Insurance number as printed), and after its label
where there is no check digit or the shape is shared (Aadhaar, PAN, compact NINO, a Hong
Kong ID without brackets, a Korean number issued after 2020, PhilSys, SSS, TIN, CCCD,
CMND): ``recognizers/national_ids.py``. More labels of a person's code (emp #, personnel
no., applicant ID, cust. no., 従業員ナンバー, 会員ナンバー, 受講者番号), another country's
number plate after its label (plate no. KA 01 MJ 4455, registration: AB12 CDE):
``recognizers/id_number.py``. The name after "Name on passport:", "full name as in
passport =", パスポート記載の氏名: ``person_words/name_labels.txt``.

The rows are the round's tuned-on hand set (bench/pii_data/written_r33_foreign_ids.jsonl,
half A) and probes written for these tests; the floors count both halves of that set.
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, not_covered, touching

_SET = Path(__file__).resolve().parents[4] / "bench" / "pii_data" / "written_r33_foreign_ids.jsonl"
_ROWS = [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line]
_KINDS = ("ID_NUMBER", "PERSON", "PASSPORT", "DRIVER_LICENSE")
_TYPES = {"OTHER_ID": "ID_NUMBER", "LICENSE": "ID_NUMBER", "PERSON": "PERSON"}

FOUND = [(r["text"], v["text"], _TYPES[v["type"]]) for r in _ROWS if r["half"] == "A" for v in r["values"]] + [
    # probes written for the tests
    ("Our new colleague's NRIC number is S7654321F; please prepare the welcome pack.", "S7654321F", "ID_NUMBER"),
    ("FIN: F2345678T", "F2345678T", "ID_NUMBER"),
    ("居民身份证 440304198511225675", "440304198511225675", "ID_NUMBER"),
    ("中国の身分証：11010519900307123X", "11010519900307123X", "ID_NUMBER"),
    ("台湾の身分證字號はA123456789です", "A123456789", "ID_NUMBER"),
    ("HKID K654321(9)", "K654321(9)", "ID_NUMBER"),
    ("香港身份證：XA123456(8)", "XA123456(8)", "ID_NUMBER"),
    ("주민등록번호: 900101-1234568", "900101-1234568", "ID_NUMBER"),
    ("Her resident registration number is 210505-4817262.", "210505-4817262", "ID_NUMBER"),
    ("Aadhaar number 4987 1234 5605", "4987 1234 5605", "ID_NUMBER"),
    ("UID: 2345-6789-0124", "2345-6789-0124", "ID_NUMBER"),
    ("PAN card ABCPK1234F", "ABCPK1234F", "ID_NUMBER"),
    ("permanent account number BNZPM2501G", "BNZPM2501G", "ID_NUMBER"),
    ("national insurance number JK 12 34 56 D", "JK 12 34 56 D", "ID_NUMBER"),
    ("NINO: CE441290B", "CE441290B", "ID_NUMBER"),
    ("SSS No. 34-1234567-8", "34-1234567-8", "ID_NUMBER"),
    ("PhilSys PSN 1234-5678-9012-3456", "1234-5678-9012-3456", "ID_NUMBER"),
    ("CCCD số 001090012345", "001090012345", "ID_NUMBER"),
    ("CMND: 123456789", "123456789", "ID_NUMBER"),
    ("My emp no is 55821, can you help", "55821", "ID_NUMBER"),
    ("Personnel number: P-004412", "P-004412", "ID_NUMBER"),
    ("applicant ID 2024-00871 - please write a rejection letter", "2024-00871", "ID_NUMBER"),
    ("Cust. No. 55102938, billing question", "55102938", "ID_NUMBER"),
    ("student ID no. 21B04417", "21B04417", "ID_NUMBER"),
    ("会員ナンバー 00128833", "00128833", "ID_NUMBER"),
    ("受講者番号 2024-1188 で申し込みました", "2024-1188", "ID_NUMBER"),
    ("Vehicle registration: KA01MJ4455", "KA01MJ4455", "ID_NUMBER"),
    ("licence plate 7ABC123 (California)", "7ABC123", "ID_NUMBER"),
    ("Reg no. LV19 ABC is my car", "LV19 ABC", "ID_NUMBER"),
    ("passenger name as on passport: MARIA CLARA SANTOS", "MARIA CLARA SANTOS", "PERSON"),
    ("パスポート記載の氏名：LE THI HOA", "LE THI HOA", "PERSON"),
]  # fmt: skip

# (text, the words that must reach the model as written): the set's look-alikes (both
# halves) and probes.
LOOKALIKES = [(r["text"], r["keep"][0]) for r in _ROWS if not r["values"]] + [
    ("請求書番号 S7654321F の件でお問い合わせです", "S7654321F"),
    ("Item T0312345B is discontinued.", "T0312345B"),
    ("Release S1234567 build", "S1234567"),
    ("The JAN code 4901234567894 is on the back of the box.", "4901234567894"),
    ("Amazon order 249-1234567-1234567 hasn't arrived.", "249-1234567-1234567"),
    ("Build 20240315-1234567 failed on CI, why?", "20240315-1234567"),
    ("ISBN 978-4-06-123456-7 の本を探しています", "978-4-06-123456-7"),
    ("My Taiwan ARC number is A823456780? not sure", "A823456780"),
    ("Registration number: 12345678 for the company", "12345678"),
    ("Registration: OPEN 2024 sessions", "OPEN 2024"),
    ("registration is open until Friday, 2024-05-01", "2024-05-01"),
    ("The plate number format in India is like KA 01 AB 1234.", "KA 01 AB 1234"),
    ("emp # column sorting", "emp #"),
    ("Surname: field is required. Given names: optional.", "field"),
]  # fmt: skip

# Values of the set not mostly masked, per half (measured at the end of the round).
_FLOORS = {"A": 0, "B": 5}


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep)


@pytest.mark.parametrize("half", ["A", "B"])
def test_the_hand_set_floor(full_analyzer: PiiAnalyzer, half: str) -> None:
    rows = [(r["text"], v["text"]) for r in _ROWS if r["half"] == half for v in r["values"]]
    missed = not_covered(full_analyzer, rows, _KINDS)
    assert len(missed) <= _FLOORS[half], "\n".join(missed)
