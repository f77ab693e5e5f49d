"""Round 20's hand-written set of structured values and special-care data (JA, EN, mixed).

``bench/data/pii_cases_r20sv/half_a.yaml`` (tuned on) and ``half_b.yaml`` (held out, split by
format family, not by row): phones with dots, slashes, kanji or full-width digits, spelled
out or behind ``の``/``〜``; obfuscated e-mail; addresses without a prefecture, with building
and room, in English or romaji; dates of birth in 和暦, kanji, English and numeric forms;
bank, card, My Number, passport, licence, insurance, member and foreign ID numbers; special
care (illness, disability, medication, lab values, faith, race, criminal record, crime
victim) in JSON fields, casual speech, third person and inside the other language. Each half
also holds 25 benign look-alikes (order numbers, prices, product codes, event dates, a
生活保護 application date, general questions about illnesses, drugs, faiths and law).

    .venv/bin/python bench/pii_cases_r20sv.py --run [--show-held-out]
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence

from pii_cases import Case
from pii_hand_sets import ROOT, HandSet, load_halves, main, marked_case

DATA = ROOT / "bench" / "data" / "pii_cases_r20sv"
FILES = {"A": "half_a.yaml", "B": "half_b.yaml"}
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
    "SC": "SPECIAL_CARE",
}
SET = HandSet(
    name="pii_cases_r20sv",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_cases_r20sv.json",
)


def generate() -> list[Case]:
    """Both halves' cases, half A first."""
    case = functools.partial(marked_case, types=TYPES, prefix="r20sv")
    return load_halves(DATA, FILES, SET.halves, case)


def cli(argv: Sequence[str] | None = None) -> int:
    return main(SET, generate, argv, description=__doc__)


if __name__ == "__main__":
    sys.exit(cli())
