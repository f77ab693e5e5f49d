"""Twenty-second round (issue 16): structured values in formats nobody tested, and look-alikes
that are no one's personal data.

Found: UK mobiles hyphenated 5-3-3, Japan's number written the international way without its
plus, a number dialled with an international prefix instead of the plus, の in katakana
between the groups; a street number with a letter (221B) and an address over lines;
continental European addresses (street word first or glued on, then a postcode and the town);
a romaji address with the town first and a room after the block; a vCard's ADR value; a
postal code as a cell of a headerless CSV/TSV row beside a phone number; an IBAN mistyped
right after the word IBAN. Left alone: a country name in Latin letters before a toll-free
number ("the US is 1-800-…", the bug that made it an ADDRESS: Sudachi tags US and Japan as
places and the Japanese token walk took the number as a block), a company's role inbox on
its own domain, a company's seat written as a profile or notice writes it.

The rows were written for these tests. The floors read the hand-written set
``bench/pii_cases_r22st`` (both halves; B held out) and the held-out half H of the seeded
generator ``bench/pii_r22_struct_gen.py``: values not masked whole by the analyzer may fall,
never rise.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally

FOUND = [
    # (text, value, entity type prefix)
    ("my mobile: 07845-220-931, ring after six", "07845-220-931", "PHONE_NUMBER"),
    ("携帯 818033714462 に SMS を送って", "818033714462", "PHONE_NUMBER"),
    ("call me on 00 33 6 45 12 88 09 tonight", "00 33 6 45 12 88 09", "PHONE_NUMBER"),
    ("my mobile from Japan: 001-1-646-555-0129", "001-1-646-555-0129", "PHONE_NUMBER"),
    ("妻の携帯は080ノ3371ノ4462です", "080ノ3371ノ4462", "PHONE_NUMBER"),
    ("to 14A Mill Street\nLeeds LS6 2AB ok", "14A Mill Street\nLeeds LS6 2AB", "ADDRESS"),
    ("to 27 avenue Bosquet\n75007 Paris", "27 avenue Bosquet\n75007 Paris", "ADDRESS"),
    ("my flat: Bergmannstraße 5\n10961 Berlin", "Bergmannstraße 5\n10961 Berlin", "ADDRESS"),
    ("casa: Via Roma 14, 20121 Milano MI", "Via Roma 14, 20121 Milano MI", "ADDRESS"),
    ("at Prinsengracht 263-1, 1016 GV Amsterdam", "Prinsengracht 263-1, 1016 GV", "ADDRESS"),
    ("Home: Kamiyacho 1-4-12-805, Minato-ku", "Kamiyacho 1-4-12-805, Minato-ku", "ADDRESS"),
    ("VCARD\nADR;TYPE=HOME:;;3 Church Lane;Bath;;BA1 1AA;UK", "3 Church Lane;Bath", "ADDRESS"),
    ("整形して\nK-22,1500002,090-3371-4462,済", "1500002", "POSTAL_CODE"),
    ("CSV:\n7,CF10 1EP,07845 220 931,ok", "CF10 1EP", "POSTAL_CODE"),
    ("TSV\nrec-a\t60614\t(312) 555-0198", "60614", "POSTAL_CODE"),
    ("IBAN: DE12 3456 7890 1234 5678 90 (refund)", "DE12 3456 7890 1234 5678 90", "BANK"),
    ("my mail is support@gmail.com", "support@gmail.com", "EMAIL"),
    ("reply to k.ono(dot)home(at)gmail(dot)com", "k.ono(dot)home(at)gmail(dot)com", "EMAIL"),
    ("住所は大阪市北区梅田1-3-1です", "大阪市北区梅田1-3-1", "ADDRESS"),
]  # fmt: skip

LOOKALIKES = [
    ("In the US is 1-888-555-0142 the number to call?", "ADDRESS"),
    ("Our line in Japan 0120-444-921 is free", "ADDRESS"),
    ("Our support line in the US is 1-800-466-2210; in Japan 0120-555-812.", "ADDRESS"),
    ("Our support line in the US is 1-800-466-2210; in Japan 0120-555-812.", "PHONE_NUMBER"),
    ("Write to support@acme-corp.com for a refund", "EMAIL"),
    ("お問い合わせ: info@example-shop.co.jp まで", "EMAIL"),
    ("Headquartered at 1 Market Street, San Francisco, CA 94105.", "ADDRESS"),
    ("本社：名古屋市中区栄3-5-7（会社案内）", "ADDRESS"),
    ("The SKU list:\n88231,94110,in stock", "POSTAL_CODE"),
    ("Version 2.14.3, build 20261206, ZIP file 10 MB", "POSTAL_CODE"),
    ("Vitamin C 500 mg, Street price 1,200", "ADDRESS"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert found_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[f"{k}-{t[:28]}" for t, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


# (set module, half, values, at most missed, at most benign texts with a finding). Missed
# here is stricter than the bench's "leaked" (a value not covered whole by findings: a 〒
# left outside the span counts): at 68eff1d, before this round's fixes, the stage leaked
# A 15/89, B 14/105, H 49/190 whole.
_FLOORS = [
    ("pii_cases_r22st", "A", 89, 1, 2),
    ("pii_cases_r22st", "B", 105, 13, 3),
    ("pii_r22_struct_gen", "H", 190, 43, 2),
]


@pytest.mark.parametrize(("module", "half", "values", "floor", "benign"), _FLOORS)
def test_floor(
    full_analyzer: PiiAnalyzer, module: str, half: str, values: int, floor: int, benign: int
) -> None:
    counts = tally(full_analyzer, bench_cases(module), half, check=covered_by_any)
    assert counts.total == values
    assert len(counts.missed) <= floor, "\n".join(counts.missed)
    assert len(counts.flagged) <= benign
