"""Round 22's hand-written set of structured values in formats nobody tested (JA, EN, mixed),
and benign look-alikes that must reach the model unchanged.

``bench/data/pii_cases_r22st/a.yaml`` (tuned on) and ``b.yaml`` (held out), split by family
and writing style, not by row; written before the recognizers or earlier sets were read.
Half A: UK mobiles hyphenated 5-3-3, +44/+1/+82/+86 and digits-only international numbers,
Japanese numbers split by の, ー, ‐, −, ―, full-width minus; e-mail with (dot)/(at), ［at］,
full width, あっとまーく, AT/DOT; romaji addresses; UK/US/EU addresses over lines;
headerless CSV rows with a postal code; vCards; passports, licences, My Number, cards, NI
numbers, IBAN, a bank account; dates of birth. Half B: 00/001/0086 prefixes, +61/+33/+49,
tel: links, ノ, 〜, half-width ｰ, em dash, kanji numerals with の, OCR spacing and numbers
broken over a line; アットマーク/ドット, <at>, （あっと）, upper case, mailto:; addresses in
Spain, Italy, the Netherlands, Ireland, PO boxes, upper-case and building-first romaji;
JSON/YAML/TSV records, e-mail signatures; other ID and date forms. Each half holds 30 or
more benign look-alikes (company support inboxes, a company's head office, toll-free
numbers, Washington DC, Jackson, a NAS in a subnet plan, SKUs, tracking, invoice and order
numbers, versions, timestamps, prices).

    .venv/bin/python bench/pii_cases_r22st.py --run [--show-held-out]
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence

from pii_cases import Case
from pii_hand_sets import ROOT, HandSet, load_halves, main, marked_case

DATA = ROOT / "bench" / "data" / "pii_cases_r22st"
FILES = {"A": "a.yaml", "B": "b.yaml"}
TYPES = {
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "ADDR": "JP_ADDRESS",
    "ZIP": "POSTAL_CODE",
    "DOB": "DATE_OF_BIRTH",
    "BANK": "BANK_ACCOUNT",
    "CARD": "CREDIT_CARD",
    "MYNUM": "MY_NUMBER",
    "PASS": "PASSPORT",
    "LIC": "DRIVER_LICENSE",
    "INS": "INSURANCE_NUMBER",
    "FID": "FOREIGN_ID",
}
SET = HandSet(
    name="pii_cases_r22st",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_cases_r22st.json",
)


def generate() -> list[Case]:
    """Both halves' cases, half A first."""
    case = functools.partial(marked_case, types=TYPES, prefix="r22st")
    return load_halves(DATA, FILES, SET.halves, case)


def cli(argv: Sequence[str] | None = None) -> int:
    return main(SET, generate, argv, description=__doc__)


if __name__ == "__main__":
    sys.exit(cli())
