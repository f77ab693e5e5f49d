"""Twenty-second round, structured values, wave 2 (issue 16): bank details with no account
word of ours, TSV cells that meet at a tab, phone numbers broken over a line at their
brackets, and look-alikes on the same shapes that are no one's data.

Found: a UK sort code and the account number after it (sort code 40-67-45, account …; SC
… / …; the two on separate lines), a US routing number and account, an Australian BSB and
account; a postcode cell beside a phone cell in a TSV row (the tab between them is a cell
boundary, no longer read as a gap in one number); a number whose area code is in brackets
with the line broken after it or before the closing bracket, and a mobile prefix on a line
of its own; a romaji address in capitals (2-8-1 NISHISHINJUKU, SHINJUKU-KU, TOKYO) and a
hyphenated town before its chome (Nishi-Shinjuku 2-chome 8-1, Shinjuku-ku). Left alone:
part and product codes in a sort code's shape, an example sort code (00-00-00),
tab-separated order exports, numbers in brackets broken over a line that are a figure, a
fiscal year or a chapter; capitals that are English words; a public body's romaji address
after its name and a colon or comma, and a company's own head office.

The rows were written for these tests. The floors read both halves of the seeded generator
``bench/pii_r22_struct_wave2.py`` (T tuned on, H held out): values not masked whole by the
analyzer may fall, never rise.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.normalize import normalize
from tests.unit.guardrails.pii.conftest import found_whole
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally

FOUND = [
    # (text, value, entity type prefix)
    ("Pay it to sort code 30-94-12, 71035528 please", "30-94-12", "BANK"),
    ("Pay it to sort code 30-94-12, 71035528 please", "71035528", "BANK"),
    ("SC 11-22-58 / 40913377 (Starling)", "40913377", "BANK"),
    ("Sort code: 60 83 71\nAccount: 20488113", "20488113", "BANK"),
    ("sortcode 209914 acc 55310962", "55310962", "BANK"),
    ("英国口座 ソートコード 40-11-62、番号 83920017", "83920017", "BANK"),
    ("routing 021000089, checking 483920175 for payroll", "483920175", "BANK"),
    ("ABA: 026009593\n3371204988 (savings)", "3371204988", "BANK"),
    ("BSB 062-914 Acc 10482291, rent for March", "10482291", "BANK"),
    ("行を整形\n1500002\t090-3371-4462", "1500002", "POSTAL_CODE"),
    ("paste:\n080-2214-9930\t530-0001\tok", "530-0001", "POSTAL_CODE"),
    ("paste:\n080-2214-9930\t530-0001\tok", "080-2214-9930", "PHONE"),
    ("電話 090\t1234\t5678 に", "090\t1234\t5678", "PHONE"),
    ("call (646)\n555-0142 tonight", "(646)\n555-0142", "PHONE"),
    ("call (646\n) 555-0142 tonight", "(646\n) 555-0142", "PHONE"),
    ("自宅 (06)\n6341-2290 まで", "(06)\n6341-2290", "PHONE"),
    ("携帯\n080\n3371-4462\nに折り返し", "080\n3371-4462", "PHONE"),
    ("+44 (0)\n7700 900461 is my mobile", "+44 (0)\n7700 900461", "PHONE"),
    ("CSVにして\n12\t064-0941\t011-555-0192", "064-0941", "POSTAL_CODE"),
    ("send to 3-12-7 KAMIMEGURO, MEGURO-KU, TOKYO 153-0051", "3-12-7 KAMIMEGURO", "ADDRESS"),
    ("my flat: HIGASHIIKEBUKURO 1-4-22, TOSHIMA-KU", "HIGASHIIKEBUKURO 1-4-22, TOSHIMA", "ADDRESS"),
    ("home is Kami-Meguro 3-chome 12-7, Meguro-ku", "Kami-Meguro 3-chome 12-7, Meguro", "ADDRESS"),
    ("Our house: 1-2-3 Umeda, Kita-ku, Osaka", "1-2-3 Umeda, Kita-ku, Osaka", "ADDRESS"),
    ("Sunrise Hall, 1-2-3 Umeda, Kita-ku, Osaka is my flat", "1-2-3 Umeda, Kita-ku", "ADDRESS"),
]  # fmt: skip

LOOKALIKES = [
    ("Part 40-22-19 fits bracket 12345678?", "BANK"),
    ("The sort code format is like 00-00-00; explain it", "BANK"),
    ("NPK 20-10-10, lot 55123409: how much per m2?", "BANK"),
    ("Score 3-1-2 in the 80th minute", "BANK"),
    ("SKU\tqty\tprice\nA-1042\t3\t1500\t4500\nA-2290\t1\t820\t820", "POSTAL_CODE"),
    ("2026-12-14\t4410\t12\t310.50\n2026-12-15\t4411\t9\t120.00", "POSTAL_CODE"),
    ("See table (5)\n1234-5678 are the sample IDs", "PHONE"),
    ("FY(2026)\n0012-3344 budget line", "PHONE"),
    ("Chapter (4)\npp. 120-380, summarise", "PHONE"),
    ("URGENT: SEE TABLE 1-2-3 FOR THE NEW-KU RULES", "ADDRESS"),
    ("Tokyo Metropolitan Government: 2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo. Hours?", "ADDRESS"),
    ("Sapporo City Hall, Kita 1-jo Nishi 2-chome, Chuo-ku: is it open?", "ADDRESS"),
    ("Our head office: 1-1-1 UCHISAIWAICHO, CHIYODA-KU, TOKYO (profile)", "ADDRESS"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert found_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[f"{k}-{t[:28]}" for t, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1500002\t090-3371-4462", "1500002\t090-3371-4462"),
        ("530-0001\t080-2214-9930", "530-0001\t080-2214-9930"),
        ("090\t1234\t5678", "090 1234 5678"),
        ("090-1234\t5678", "090-1234 5678"),
        ("54\t127-5774\t03-1234-5678", "54\t127-5774\t03-1234-5678"),
    ],
)
def test_a_tab_between_whole_cells_stays_a_tab(text: str, expected: str) -> None:
    assert normalize(text).text == expected


# (half, values, at most missed, at most benign texts with a finding). Before this wave, at
# 4f967f0, the stage leaked T 81/120 and H 88/127 whole (bench "leaked", a looser count);
# measured here after it (missed, benign texts with a finding): T 4, 0; H 42, 0.
_FLOORS = [("T", 120, 4, 0), ("H", 127, 42, 0)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_floor(full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int) -> None:
    cases = bench_cases("pii_r22_struct_wave2")
    counts = tally(full_analyzer, cases, half, check=covered_by_any)
    assert counts.total == values
    assert len(counts.missed) <= floor, "\n".join(counts.missed)
    assert len(counts.flagged) <= benign
