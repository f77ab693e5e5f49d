"""Hand-written PII cases (issue 16, nineteenth session): structured values and benign
look-alikes, JA and EN, written message by message (no templates, no value lists).

Every structured type — phones, e-mails, addresses, postal codes, dates of birth, bank
accounts, cards and their security codes, My Number, passports, licences, insurance and
pension numbers, other countries' national numbers (NHS, SSN, SIN, NI), employee numbers —
plus look-alikes nothing may change (order, tracking and lottery numbers, product codes,
prices, event dates, public institutions' addresses and numbers, versions, IP addresses,
times, a company or team where a person would stand).

The messages are in ``bench/data/pii_cases_r19struct/``, split by style, not at random:
``half_1.yaml`` (tuned on: chat sentences, labelled forms with misspelt labels, full width,
numbers said aloud in kana or kanji, の between digit groups, spoken English dates, JSON
pasted into a message, CSV lines, URL query strings) and ``half_2.yaml`` (held out: e-mail
signatures, values broken over lines or content parts, markdown tables, tool results and
tool-call arguments, multi-turn, English numbers dictated word by word, fillers inside a
value, XML / HTML forms, YAML-style lists). Only half 2's totals are printed unless
``--show-held-out`` lists its failures too.

    .venv/bin/python bench/pii_cases_r19struct.py --run [--show-held-out] [--out FILE]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pii_hand_sets
import yaml
from pii_cases import Case
from pii_cases_struct import _case
from pii_hand_sets import HandSet

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_r19struct"
FILES = {"1": "half_1.yaml", "2": "half_2.yaml"}
HELD_OUT = "2"
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "pii_cases_r19struct.json"


def generate(halves: str = "12") -> list[Case]:
    """Every hand-written case of the requested halves, in file order."""
    cases: list[Case] = []
    for half in halves:
        data = yaml.safe_load((DATA / FILES[half]).read_text(encoding="utf-8"))
        for family, rows in data.items():
            cases.extend(_renamed(_case(row, family, half)) for row in rows)
    return cases


def _renamed(case: Case) -> Case:
    return dataclasses.replace(case, id=case.id.replace("struct-", "r19struct-", 1))


HAND_SET = HandSet(
    name="r19struct", halves=tuple(FILES), held_out=HELD_OUT, default_out=DEFAULT_OUT, id_width=28
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
