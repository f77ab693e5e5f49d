"""Round 20's hand-written person-name set (issue 16): 160 messages, half Japanese and half
English, written before the name recognizers were read. 110 carry names of private people in
the shapes people paste (lists, JSON, CSV, signatures, contact lines, lower case, capitals,
full-width or spaced letters, vocatives, katakana names with ・ or ＝, particle surnames,
tool results); 50 are benign look-alikes (companies and brands that read like names, public
figures in general questions, surnames discussed as words, stations and streets).

Half ``A`` (tuned on) and half ``B`` (held out) differ by family and style, not by row:
``bench/data/pii_cases_r20names/{a,b}.yaml``. ``--run`` scores both halves through the real
stage; ``--show-held-out`` lists half B's failures too.

    .venv/bin/python bench/pii_cases_r20names.py --run
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, load_halves, main, marked_case

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "pii_cases_r20names"
FILES = {"A": "a.yaml", "B": "b.yaml"}
SET = HandSet(
    name="pii_cases_r20names",
    halves=("A", "B"),
    held_out="B",
    default_out=ROOT / "bench" / "results" / "pii_cases_r20names.json",
)


def cases() -> list[Case]:
    """Both halves' cases, A then B, in file order."""
    case = partial(marked_case, types={"N": "PERSON"}, prefix="r20n")
    return load_halves(DATA, FILES, SET.halves, case)


if __name__ == "__main__":
    sys.exit(main(SET, cases, description=__doc__))
