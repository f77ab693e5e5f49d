"""Thirty-second round, labelled identifiers (issue 16): the codes an employer, a hotel,
an airline, a clinic, a school, an insurer, a building or the police give one person,
written beside their label, must not reach the model in clear; look-alikes (product codes,
versions, model numbers, prices, dates, rooms, pages, status codes, a label with no value,
a format's example) must reach it as written.

Masked now: a booking's code (予約番号はHR-58213947, booking reference QX7P2M — a booking
code may have one digit only), a badge's or ID card's number, a case number tied to a
person (受理番号, crime reference number), お客さま番号, the label after the code
(HR-58213947（予約番号）, K-33108 is my employee number), a dash between label and code
(Patient ID — PT-88213), a CSV or TSV column under a header naming a personal number
(employee_id, 顧客番号, 予約番号), a JSON key naming a booking (reservation_id,
bookingRef), a routing number after the account number on its line, a passport number
with its digits in four and three. Not masked: a code shown as a format's example
(予約番号：ABC123のような形式).

The rows are the round's tuned-on hand set (bench/pii_data/written_r32_ids.jsonl, half A)
and probes written for these tests; the floors count both halves of that set.
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, not_covered, touching

_SET = Path(__file__).resolve().parents[4] / "bench" / "pii_data" / "written_r32_ids.jsonl"
_ROWS = [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line]
_KINDS = ("ID_NUMBER", "BANK_ACCOUNT", "PASSPORT", "DRIVER_LICENSE", "HEALTH_INSURANCE")

FOUND = [
    # (text, value, entity type prefix)
    ("ホテルの予約番号はHR-58213947です。チェックインを15時に変更できますか？", "HR-58213947", "ID_NUMBER"),
    ("Hi, my booking reference is QX7P2M, could you help me add a checked bag?", "QX7P2M", "ID_NUMBER"),
    ("氏名：（省略）\n予約No.：４８２９１７３６\n人数：2名", "４８２９１７３６", "ID_NUMBER"),
    ("Confirmation code: 7KD93LA2 — please write a polite email", "7KD93LA2", "ID_NUMBER"),
    ('{"reservation_id": "RSV-2025-004471", "party_size": 4}', "RSV-2025-004471", "ID_NUMBER"),
    ("---\n株式会社サンプル 営業部\n予約コード：YK3391A\n---", "YK3391A", "ID_NUMBER"),
    ("employee_id,department,start_date\nK-33108,Sales,2021-04-01\nK-33215,Support,2022-10-01", "K-33215", "ID_NUMBER"),
    ("Patient ID — PT-88213. Please rewrite this referral letter.", "PT-88213", "ID_NUMBER"),
    ("Acct no: 0001234567 routing 021000021 — write a payment instruction", "021000021", "BANK_ACCOUNT"),
    # probes written for the tests
    ("ご予約番号：TK-449102 の人数を変更したいです", "TK-449102", "ID_NUMBER"),
    ("予約確認番号は 88120473 です", "88120473", "ID_NUMBER"),
    ("PNR: ZK4T9Q for the Tokyo flight", "ZK4T9Q", "ID_NUMBER"),
    ("booking ref - AB12CD, can I change the name?", "AB12CD", "ID_NUMBER"),
    ("社員証番号 A-20931 をなくした", "A-20931", "ID_NUMBER"),
    ("my badge is 0049213, it doesn't open the door", "0049213", "ID_NUMBER"),
    ("Case number: 2024-CV-00123 regarding my landlord", "2024-CV-00123", "ID_NUMBER"),
    ("警察の受理番号 12-4421 です", "12-4421", "ID_NUMBER"),
    ("staff_no;name;team\n00418;X;ops\n00419;Y;ops", "00419", "ID_NUMBER"),
    ("予約番号,日付,人数\nRS-99812,2025-01-02,2\nRS-99813,2025-01-03,4", "RS-99812", "ID_NUMBER"),
    ('{"bookingRef": "HX-902211", "nights": 3}', "HX-902211", "ID_NUMBER"),
    ("HR-58213947（予約番号）でチェックインできますか", "HR-58213947", "ID_NUMBER"),
    ("K-33108 is my employee number, I forgot it before", "K-33108", "ID_NUMBER"),
    ("A-55210 が社員番号です", "A-55210", "ID_NUMBER"),
    ("Membership ID — M-448812", "M-448812", "ID_NUMBER"),
    ("Acct #: 44410022, routing no. 026009593, please set up direct deposit", "026009593", "BANK_ACCOUNT"),
    ("passport no. XY 4455 123, renewing soon", "XY 4455 123", "PASSPORT"),
]  # fmt: skip

# (text, the words that must reach the model as written): the set's look-alikes (both
# halves) and probes.
LOOKALIKES = [(r["text"], r["keep"][0]) for r in _ROWS if not r["values"]] + [
    ("予約番号：ABC123のような形式の例を書いて", "ABC123"),
    ("会員番号は 1234-5678 みたいな形式ですか", "1234-5678"),
    ("Version 2.14.0 is the release number", "2.14.0"),
    ("型番 KJ-55X90L (model number)", "KJ-55X90L"),
    ("Ticket #4821 in Jira is assigned to me", "4821"),
    ("What bank is routing number 021000021?", "021000021"),
    ("The total is 12345678 yen; routing 021000021 is Chase.", "021000021"),
    ("version,build\n2.14.0,20240518\n2.15.0,20240601", "20240518"),
    ("会議室の予約番号の付け方を教えて", "予約番号"),
    ("Call TR 1234 567 for support", "TR 1234 567"),
    ("I earned the badge 2024 Champion on Duolingo", "2024"),
    ("The ID card 2025 redesign has a new hologram", "2025"),
    ("Add a build badge v2.3.1 to the README", "v2.3.1"),
    ("booking for 2025-04-01 at 19:00", "2025-04-01"),
    ("ご予約の番号は 3 桁ですか", "3 桁"),
]  # fmt: skip

# Values of the set not mostly masked, per half (measured: A 0, B 4 of 36).
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
