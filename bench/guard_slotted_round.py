"""One guard round generator of slotted families with an opener: the part
``guard_r21_wave2.py``, ``guard_r24_harm_kinds.py``, ``guard_r25_harm.py`` and
``guard_r26_harm.py`` share (they differ only in their seed, openers and families).

Each template of a family is dealt into ``dev`` (tuned on) or ``blind`` (held out) by
``guard_grave_requests.halves`` and asked ``per_template`` times with seeded slot fillers,
after an opener drawn for the row's language, then restyled as people type
(``guard_ordinary_requests._style``). The command line is ``guard_grave_requests.cli``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

from guard_grave_requests import SlottedFamily, cli, slotted_rows
from guard_ordinary_requests import _style


@dataclass(frozen=True, slots=True)
class SlottedRound:
    """A round's generator: ``seed``, rows per template, the openers per language (``""``
    entries for rows without one) and the families."""

    seed: int
    per_template: int
    openers: Mapping[str, tuple[str, ...]]
    families: Mapping[str, SlottedFamily]
    description: str
    """The script's ``--help`` text (the first line of its docstring)."""

    def _opener(self, family: str, lang: str, rng: random.Random) -> str:
        return rng.choice(self.openers[lang])

    def generate(self) -> list[dict[str, str]]:
        """Each template ``per_template`` times with seeded slot fillers and an opener, in
        the half its template was dealt into, then restyled as people type."""
        return slotted_rows(self.seed, self.families, self.per_template, self._opener, _style)

    def main(self) -> None:
        """The round's command line: its rows (``--out``) or the guard's rates on them."""
        cli(self.description, self.generate)
