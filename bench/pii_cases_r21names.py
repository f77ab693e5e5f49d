"""Round 21's hand-written person-name set (issue 16): 160 messages, 80 Japanese and 80
English, written before the name recognizers or earlier sets' cases were read. 114 carry names
of private people (honorifics and titles, signatures, tables, forms, attendee lists, JSON,
romaji and katakana, full-width and letter-by-letter spacing, initials, hyphenated and
double-barrelled names, nicknames, names that are also words, names as the object of a verb,
lower case); 46 are benign look-alikes (public figures in a public role, historical persons,
companies, products, places and streets named after people, names discussed as words).

Half ``A`` (tuned on) and half ``B`` (held out) differ by family and style, not by row:
``bench/data/pii_cases_r21names/{a,b}.yaml``. ``--run`` scores both halves through the real
stage; ``--show-held-out`` lists half B's failures too.

    .venv/bin/python bench/pii_cases_r21names.py --run
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, load_halves, main, marked_case

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "pii_cases_r21names"
FILES = {"A": "a.yaml", "B": "b.yaml"}
SET = HandSet(
    name="pii_cases_r21names",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_cases_r21names.json",
)


def cases() -> list[Case]:
    """Both halves' cases, A then B, in file order."""
    case = partial(marked_case, types={"N": "PERSON"}, prefix="r21n")
    return load_halves(DATA, FILES, SET.halves, case)


if __name__ == "__main__":
    sys.exit(main(SET, cases, description=__doc__))
