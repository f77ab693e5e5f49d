"""Hand-written PII cases (issue 16, nineteenth session, names pass): person names and
special care in many writing styles, written message by message, with look-alikes.

The messages are in ``bench/data/pii_cases_r19names/``, split by writing style:
``half_1.yaml`` (half **1**, tuned on: chat typed straight in with nicknames and pet
suffixes, chat logs ``Name: …``, e-mail signatures, ``key: value`` forms and lists, romaji,
special care told in passing inside a long chat message) and ``half_2.yaml`` (half **2**,
held out: typos and slang in names, full-width, half-width and spaced-out names, To/Cc
lists, JSON tool calls and results, multi-turn chats, the ``name`` field, forum posts,
letters and forms, code-switched Japanese and English). Markup as in
``bench/pii_cases_hand.py``: ``{P:…}`` a name, ``{S:…}`` a special-care core, ``[[…]]``
words of the request that must reach the model. Only half 2's totals are printed unless
``--show-held-out`` lists its failures too.

    .venv/bin/python bench/pii_cases_r19names.py [--out FILE]            # write the cases
    .venv/bin/python bench/pii_cases_r19names.py --run [--show-held-out] # through the stage
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pii_hand_sets
from pii_cases import Case
from pii_hand_sets import HandSet, load_halves, marked_case

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_r19names"
FILES = {"1": "half_1.yaml", "2": "half_2.yaml"}
HELD_OUT = "2"
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "pii_cases_r19names.json"
_TYPES = {"P": "PERSON", "S": "SPECIAL_CARE"}


def _case(raw: dict[str, Any], family: str, half: str) -> Case:
    return marked_case(raw, family, half, types=_TYPES, prefix="r19n")


def generate(halves: Sequence[str] = "12") -> list[Case]:
    """Every case of the requested halves, in file order."""
    return load_halves(DATA, FILES, halves, _case)


HAND_SET = HandSet(
    name="r19names",
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
