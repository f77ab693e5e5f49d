"""Hand-written PII cases (issue 16, nineteenth session, second wave): the families an
outside blind check still showed, written message by message, with look-alikes.

Passport numbers followed by their country in brackets, short local phone numbers after a
form label, dates of birth in romaji (``1995 nen 5 gatsu 9 nichi``, ``showa 60 nen``), the
billing senses of *charge* next to the criminal ones, sightseeing places and festivals, and
names in casual self-introductions, contact lines and autocorrect apologies. At least a
third of the cases are look-alikes nothing may change.

The messages are in ``bench/data/pii_cases_r19w2/``, split by writing style: ``dev.yaml``
(half **dev**, tuned on: one chat message or form line) and ``blind.yaml`` (half **blind**,
held out: signatures and blocks over lines, multi-turn, full width, no spaces, mixed
Japanese and English). Markup: ``{P:…}`` a name, ``{S:…}`` a special-care core, ``{TEL:…}``
``{PP:…}`` ``{DOB:…}`` ``{MAIL:…}`` structured values, ``[[…]]`` request words that must
reach the model. Only the blind half's totals are printed unless ``--show-held-out``.

    .venv/bin/python bench/pii_cases_r19w2.py [--out FILE]            # write the cases
    .venv/bin/python bench/pii_cases_r19w2.py --run [--show-held-out] # through the stage
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pii_hand_sets
from pii_cases import Case
from pii_hand_sets import HandSet, load_halves, marked_case

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_r19w2"
FILES = {"dev": "dev.yaml", "blind": "blind.yaml"}
HELD_OUT = "blind"
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "pii_cases_r19w2.json"
_TYPES = {
    "P": "PERSON",
    "S": "SPECIAL_CARE",
    "TEL": "PHONE_NUMBER",
    "PP": "PASSPORT",
    "DOB": "DATE_OF_BIRTH",
    "MAIL": "EMAIL_ADDRESS",
}


def _case(raw: dict[str, Any], family: str, half: str) -> Case:
    return marked_case(raw, family, half, types=_TYPES, prefix="r19w2")


def generate(halves: Sequence[str] = ("dev", "blind")) -> list[Case]:
    """Every case of the requested halves, in file order."""
    return load_halves(DATA, FILES, halves, _case)


HAND_SET = HandSet(
    name="r19w2",
    halves=tuple(FILES),
    held_out=HELD_OUT,
    default_out=DEFAULT_OUT,
    id_width=14,
    sent_width=200,
)


def run(show_held_out: bool) -> dict[str, Any]:
    """The cases through the gateway's real ``pii.pseudonymize`` stage (default policy)."""
    return pii_hand_sets.run(HAND_SET, generate(), show_held_out)


def main(argv: Sequence[str] | None = None) -> int:
    return pii_hand_sets.main(
        HAND_SET, generate, argv, description=__doc__.splitlines()[0] if __doc__ else None
    )


if __name__ == "__main__":
    raise SystemExit(main())
