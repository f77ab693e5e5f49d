"""Round 21's hand-written set of structured values and special-care data (JA, EN, mixed).

``bench/data/pii_cases_r21sv/a.yaml`` (tuned on) and ``b.yaml`` (held out), split by family
and writing style, not by row. Structured values: phones in full-width digits, with dots,
spaces, ``+81 (0)``, an extension, kanji numerals, split over a line break (OCR); e-mail
spelled out (``at``/``dot``, ``[at]``, ``(at)``, ``＠``, ``アット``, full width); addresses
with 丁目/番地/号 and a building, in romaji, US and UK forms, split over lines; postal codes;
My Number, passport, licence, bank, card, insurance policy, member and employee numbers,
SSN and residence card, IP addresses, dates of birth — in JSON, escaped JSON, CSV, YAML,
forms, chat lines and e-mail signatures. Special care about an identifiable person
(diagnoses, medication that reveals a condition, disability certificates, crimes committed
and suffered, faith, party support, origin) in many phrasings. Each half also holds 24
benign look-alikes (order, model, version, ISBN and tracking numbers, public help lines,
event dates, prices, health, law and religion as topics).

    .venv/bin/python bench/pii_cases_r21sv.py --run [--show-held-out]
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence

from pii_cases import Case
from pii_hand_sets import ROOT, HandSet, load_halves, main, marked_case

DATA = ROOT / "bench" / "data" / "pii_cases_r21sv"
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
    "MEM": "MEMBER_NUMBER",
    "FID": "FOREIGN_ID",
    "IP": "IP_ADDRESS",
    "SC": "SPECIAL_CARE",
}
SET = HandSet(
    name="pii_cases_r21sv",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_cases_r21sv.json",
)


def generate() -> list[Case]:
    """Both halves' cases, half A first."""
    case = functools.partial(marked_case, types=TYPES, prefix="r21sv")
    return load_halves(DATA, FILES, SET.halves, case)


def cli(argv: Sequence[str] | None = None) -> int:
    return main(SET, generate, argv, description=__doc__)


if __name__ == "__main__":
    sys.exit(cli())
