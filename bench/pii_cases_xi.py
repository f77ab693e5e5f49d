"""PII cases, nineteenth generator (ξ held out / π tuned on): special care written in
other ways than the earlier generators, and the look-alikes that must pass unchanged.

- **English** first-person and third-person disclosures in many frames (``As a practising
  X I …`` without a comma, ``Being X, …``, ``I've been on X since …``, ``I've had X since
  …``, ``I'm on meds for X``, ``in recovery from X``, ``served time for X``, ``converted to
  X``, ``my son has X and …``, ``my wife's been on X``, ``born with X``, ``I live with X``);
- **Japanese** casual, Kansai and keigo (``〜やねん``, ``〜持ってて``, ``〜を抱えております``,
  ``〜がございますため``), medicine brands and generics with casual verbs (``〜もらってる``,
  ``毎日〜のんでて``, ``〜出されてるねん``), lab values, rarer conditions and minority faiths,
  records, victims and origin;
- **benign look-alikes** (30 templates): general questions about a condition, an offence or
  a faith, public figures' illnesses in history, drug prices, opening hours of a hospital or
  pharmacy, a church's address as a topic, news, ``As a manager, …``, ``My son has soccer
  practice``.

Every disclosure marks the request (``[[…]]``) that must still reach the model. Templates
and values are in ``bench/data/pii_cases_xi/``; both are split by position into **ξ**
(even positions: held out, only aggregate figures are printed) and **π** (odd positions:
tuned on); each half draws from its own random stream (``seed`` for π, ``seed + 1`` for ξ).
A value written ``core|tail`` shows both and holds only ``core`` secret.

    .venv/bin/python bench/pii_cases_xi.py [--seed 313] [--per-template 8] [--out FILE]
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pii_case_halves import fill_slots, generate_seeded_halves, write_cases
from pii_cases import Case, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_xi"
DEFAULT_SEED = 313
DEFAULT_PER_TEMPLATE = 8

#: A slot's value: the text shown, its entity type ("" when nothing is secret), the secrets.
Shown = tuple[str, str, list[str]]

_SHAPES = ["single", "single", "single", "multi_turn", "parts", "tool_result"]


def _value(slot: str, rng: random.Random, half: tuple[Any, ...]) -> Shown:
    values, _ = half
    kind, _, key = slot.partition(":")
    if kind == "SC":
        core, _, tail = str(rng.choice(values[key])).partition("|")
        return core + tail, "SPECIAL_CARE", [core]
    if kind == "B":
        return str(rng.choice(values[key])), "", []
    raise KeyError(slot)


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    return fill_slots(text, rng, lambda slot: _value(slot, rng, half))


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "ξπ"
) -> list[Case]:
    """Every case of the requested halves (ξ from ``seed + 1``, π from ``seed``)."""
    return generate_seeded_halves(
        DATA,
        "ξπ",
        seed=seed,
        per_template=per_template,
        halves=halves,
        fill=_fill,
        shapes=lambda family, filled: list(_SHAPES),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="π",
        held_out="ξ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
