"""PII cases, twenty-first generator (τ held out / υ tuned on): special care in three families
the earlier generators barely wrote, and their look-alikes.

- **crimes suffered**, English (``I was sexually assaulted last year and …``, ``I'm a victim
  of …``, ``I have been abused by my ex``, ``After being mugged …``) and Japanese
  (``〜被害に遭った``, ``元夫からDVを受けて``, ``夫に〜されていて``), each followed by a request;
- **medicines after plain English verbs** (``I have X and take lithium``, ``I'm on
  sertraline``, ``I was prescribed quetiapine``, ``I take methotrexate weekly``), generic
  names of many classes;
- **a condition as a field's value** (``持病は糖尿病です``, ``既往歴は``, ``病名は``, ``障害は``,
  ``宗教は``): the field word is marked as words that must reach the model, so a mask that
  swallows it counts as a request lost;
- **benign look-alikes**: news about assaults, ``What is lithium used for?``, a lithium
  battery recall, ``持病とは何ですか``, statistics, ``I take the train``, ``prescribed glasses``.

Templates and values are in ``bench/data/pii_cases_tau/``, split by position into **τ** (even
positions: held out, only aggregate figures are printed) and **υ** (odd: tuned on).

    .venv/bin/python bench/pii_cases_tau.py [--seed 331] [--per-template 8] [--out FILE]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pii_case_halves import generate_seeded_halves, write_cases
from pii_cases import Case
from pii_cases_xi import _SHAPES, _fill

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_tau"
DEFAULT_SEED = 331
DEFAULT_PER_TEMPLATE = 8


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "τυ"
) -> list[Case]:
    """Every case of the requested halves (τ from ``seed + 1``, υ from ``seed``)."""
    return generate_seeded_halves(
        DATA,
        "τυ",
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
        readable="υ",
        held_out="τ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
