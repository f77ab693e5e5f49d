"""Twenty-third round, structured values (issue 16): Western addresses with a unit, a floor
or a post-office box, in capitals or lower case, British addresses whose street has no
street word, Australian and Canadian postcodes; romaji Japanese addresses as chome, ban and
go, with the ward first or in lower case; a Japanese address with its building and room on
the next line; a UK sort code and account after a bank's name; an IBAN in lower case; and a
ZIP that is the first cell of a pasted row, with cells merged by pipes or runs of spaces.
Left alone: unit and box words in prose, sort-code shapes with no bank, lower-case letter
runs that fail the IBAN check, a five-digit ID before a ZIP cell, the next line under an
address when it is not a building.

The rows were written for these tests. The floors read both halves of the seeded generator
``bench/pii_r23_struct_gen.py`` (T tuned on, H held out): values not masked whole by the
analyzer may fall, never rise.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally

FOUND = [
    # (text, value, entity type prefix)
    ("Send it to Apt 7, 318 Linden Avenue, Dayton, OH 45402", "318 Linden Avenue", "ADDRESS"),
    ("Send it to Apt 7, 318 Linden Avenue, Dayton, OH 45402", "45402", "ADDRESS"),
    ("ship to 90 Orchid Lane Suite 4C Boise ID 83702 please", "90 Orchid Lane", "ADDRESS"),
    ("#1405 - 880 Granville Street, Vancouver, BC V6Z 1K3", "V6Z 1K3", "ADDRESS"),
    ("Level 9, 55 Collins St, Melbourne VIC 3000", "55 Collins St", "ADDRESS"),
    ("Level 9, 55 Collins St, Melbourne VIC 3000", "3000", "ADDRESS"),
    ("5/17 Ocean Parade, Manly NSW 2095 is my unit", "17 Ocean Parade", "ADDRESS"),
    ("2nd floor, 14 Castle Street, Dundee DD1 3AF", "14 Castle Street", "ADDRESS"),
    ("SHIP TO: UNIT 2, 77 BIRCH ROAD, DULUTH, MN 55802", "77 BIRCH ROAD", "ADDRESS"),
    ("new addr 412 w elm st apt 3 fargo nd 58102 thx", "412 w elm st", "ADDRESS"),
    ("flat 4 19 quarry lane sheffield s11 8rd", "19 quarry lane", "ADDRESS"),
    ("Our club post goes to PO Box 3381, Tulsa, OK 74101", "PO Box 3381", "ADDRESS"),
    ("送付先：P.O. Box 912, Hobart TAS 7001", "P.O. Box 912", "ADDRESS"),
    ("Locked Bag 40, Parramatta NSW 2124", "Locked Bag 40", "ADDRESS"),
    ("I live at 8 Holloway, Taunton TA1 4AB", "8 Holloway", "ADDRESS"),
    ("Address:\n3 The Crescent\nHarrogate\nHG1 2RS", "3 The Crescent", "ADDRESS"),
    ("Home is 25 Ridge Way, Mesa, Arizona 85201", "85201", "ADDRESS"),
    ("Yoyogi 2-chome 11-ban 6-go, Shibuya-ku", "Yoyogi 2-chome 11-ban 6-go", "ADDRESS"),
    ("Osaka-shi, Kita-ku, Nakazakinishi 3-2-14", "Nakazakinishi 3-2-14", "ADDRESS"),
    ("send to nakameguro 2-chome 4-11 meguro-ku tokyo", "nakameguro 2-chome 4-11", "ADDRESS"),
    ("住所\n大阪府豊中市本町3-1-7\nコーポ緑地 205号室\n宛", "205号室", "ADDRESS"),
    ("お届け先：\n福岡市東区香椎駅前2-11-4\nパインヒルズ 1102", "1102", "ADDRESS"),
    ("Refund to Barclays 20-32-06 / 43819027 please", "20-32-06", "BANK"),
    ("Refund to Barclays 20-32-06 / 43819027 please", "43819027", "BANK"),
    ("bank: Starling, s/c 60-83-71, a/c 92017734", "60-83-71", "BANK"),
    ("my iban: de44 5001 0517 5407 3249 31", "de44 5001 0517 5407 3249 31", "BANK"),
    ("ZIP\tCity\tPhone\n73301\tAustin\t512-555-0148", "73301", "POSTAL_CODE"),
    ("clean this:\n60614 | Chicago | (312) 555-0190 | vip", "60614", "POSTAL_CODE"),
    ("rows:\n02116  Boston  617-555-0123  new", "02116", "POSTAL_CODE"),
]  # fmt: skip

LOOKALIKES = [
    ("Run apt install curl, then open Room 12 of the docs.", "ADDRESS"),
    ("Unit 4 of the course covers GDPR; Suite 2 covers tests.", "ADDRESS"),
    ("We ship 24 units per box, 3 boxes per pallet.", "ADDRESS"),
    ("How do UK postcodes such as SW1A work?", "ADDRESS"),
    ("Chapter 2-chome 5-ban is a grammar joke, not a place", "ADDRESS"),
    ("Score 20-45-77 and 41234567 fans came", "BANK"),
    ("Barclays posted 12-04-23 results; 55443322 shares traded", "BANK"),
    ("hash ab12cdef0123456789abcd in the log", "BANK"),
    ("SKU  qty  price\n10442  3  1500", "POSTAL_CODE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert found_whole(full_analyzer, text, value, kind)


def test_a_five_digit_id_before_a_zip_cell_is_not_the_code(full_analyzer: PiiAnalyzer) -> None:
    text = "rows:\n88231,94110,415-555-0132"
    found = {text[f.start : f.end] for f in full_analyzer.analyze(text)}
    assert "94110" in found
    assert "88231" not in found


def test_a_line_under_an_address_that_is_no_building_stays_out(
    full_analyzer: PiiAnalyzer,
) -> None:
    text = "東京都港区芝公園4-2-8\n在庫 200個を確認"
    found = [text[f.start : f.end] for f in full_analyzer.analyze(text)]
    assert "東京都港区芝公園4-2-8" in found
    assert not [span for span in found if "在庫" in span or "200" in span]


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[f"{k}-{t[:28]}" for t, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


_KINDS = ("ADDRESS", "POSTAL_CODE", "BANK_ACCOUNT", "PHONE_NUMBER")
# (half, values, at most missed, at most benign texts with a structured finding). Before
# this round, at 22dcf2c, the stage leaked T 29.2 % / H 44.7 % of the addresses, T 57.5 % /
# H 82.7 % of the postcodes and H 40.5 % of the bank values whole (bench "leaked"); measured
# here after it (values not covered whole, benign texts flagged): T 0, 0; H 27, 0.
_FLOORS = [("T", 524, 0, 0), ("H", 536, 27, 0)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_floor(full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int) -> None:
    cases = bench_cases("pii_r23_struct_gen")
    counts = tally(full_analyzer, cases, half, check=covered_by_any, kinds=_KINDS)
    assert counts.total == values
    assert len(counts.missed) <= floor, "\n".join(counts.missed)
    assert len(counts.flagged) <= benign, "\n".join(counts.flagged)
