"""Round 22's hand-written set of special-care personal data and person names (issue 16):
APPI 要配慮個人情報 (health conditions and treatment, disability, faith, party support,
criminal record and proceedings, ethnicity and origin, being a crime victim) about the user,
a colleague, a relative or a customer, with the person's name where one is given, JA and EN.

Written by hand before the recognizers or earlier sets' cases were read. Styles: casual
chat, 敬語 e-mail, HR forms, medical referral letters, JSON and CSV records, a tool result,
a multi-turn chat, school notes. Each row marks the values that must not reach the model
(``{SC:…}`` the sensitive core, ``{N:…}`` a private person's name) and the request words
that must (``[[…]]``), so masking a whole clause counts as a lost request. Each half holds 24
benign look-alikes: conditions, faiths, parties and peoples as topics, public and historical
figures, place names that are also surnames, Washington DC, Jackson, the NAS.

Half ``A`` (tuned on) and half ``B`` (held out) differ by family and style, not by row:
``bench/data/pii_cases_r22sc/{a,b}.yaml``.

    .venv/bin/python bench/pii_cases_r22sc.py --run [--show-held-out]
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Sequence

from pii_cases import Case
from pii_hand_sets import ROOT, HandSet, load_halves, main, marked_case

DATA = ROOT / "bench" / "data" / "pii_cases_r22sc"
FILES = {"A": "a.yaml", "B": "b.yaml"}
TYPES = {"SC": "SPECIAL_CARE", "N": "PERSON", "DOB": "DATE_OF_BIRTH"}
SET = HandSet(
    name="pii_cases_r22sc",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_cases_r22sc.json",
)


def generate() -> list[Case]:
    """Both halves' cases, half A first."""
    case = functools.partial(marked_case, types=TYPES, prefix="r22sc")
    return load_halves(DATA, FILES, SET.halves, case)


def cli(argv: Sequence[str] | None = None) -> int:
    return main(SET, generate, argv, description=__doc__)


if __name__ == "__main__":
    sys.exit(cli())
