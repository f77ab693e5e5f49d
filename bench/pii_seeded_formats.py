"""What the seeded structured-value generators (``pii_r24_struct_gen.py``,
``pii_r25_formats_gen.py``, ``pii_r26_formats.py``) share: value formats dealt with their
carrier sentences into halves, benign makers dealt the same way, cases drawn with a seed,
and the command line of ``pii_hand_sets`` (``--run`` scores the set and writes its JSON).

Dealing: a family's formats and carriers in even positions are half ``T`` (tuned on), odd
positions half ``H`` (held out), and a format is only ever drawn inside a carrier of its
own half; a family's benign makers alternate T/H.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pii_cases import Case
from pii_hand_sets import HandSet, Template, templated_cases
from pii_hand_sets import main as hand_set_main

Rng = random.Random
Fmt = Callable[[Rng], str]
"""Draws one value already in ``{KIND:value}`` markup."""


def _carried(fmt: Fmt, carriers: Sequence[str]) -> Callable[[Rng], str]:
    def draw(rng: Rng) -> str:
        return rng.choice(carriers).format(v=fmt(rng))

    return draw


def dealt_templates(
    families: Mapping[str, tuple[Sequence[Fmt], Sequence[str]]],
    benign: Mapping[str, Sequence[Callable[[Rng], str]]],
) -> dict[str, list[Template]]:
    """The templates of ``families`` (formats and the carriers ``{v}`` is put in, ids
    ``family-format``) and of the ``benign`` makers (family ``benign_<name>``, ids
    ``name-index``), each dealt to T or H by its position."""
    out: dict[str, list[Template]] = {}
    for family, (fmts, carriers) in families.items():
        out[family] = [
            (f"{family}-{fmt.__name__}", "TH"[i % 2], _carried(fmt, carriers[i % 2 :: 2]), False)
            for i, fmt in enumerate(fmts)
        ]
    for family, makers in benign.items():
        out["benign_" + family] = [
            (f"{family}-{i}", "TH"[i % 2], make, True) for i, make in enumerate(makers)
        ]
    return out


@dataclass(frozen=True, slots=True)
class SeededFormats:
    """One seeded generator: its set, templates and placeholder types, the prefix of its
    case ids and its default seed and number of cases per template."""

    hand_set: HandSet
    templates: Mapping[str, Sequence[Template]]
    types: Mapping[str, str]
    prefix: str
    seed: int
    per_template: int
    description: str | None = None
    """The script's ``--help`` text (its module docstring)."""

    def cases(self, seed: int | None = None, per_template: int | None = None) -> list[Case]:
        """``per_template`` cases of every template, drawn with ``seed`` (the generator's
        defaults when not given); ids are unique."""
        return templated_cases(
            self.templates,
            self.seed if seed is None else seed,
            self.per_template if per_template is None else per_template,
            types=self.types,
            prefix=self.prefix,
        )

    def main(self, argv: list[str] | None = None) -> int:
        """The generator's command line (``--run``, ``--seed``, ``--per-template``, ``--out``)."""
        return hand_set_main(
            self.hand_set,
            self.cases,
            argv,
            description=self.description,
            seeded=(self.seed, self.per_template),
        )
