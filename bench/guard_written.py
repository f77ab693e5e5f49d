"""Score one hand-written guard set of ``bench/guard_data/`` through the guard, per half

    python bench/guard_written.py written_r30_harm                 # whole guard, rates per half
    python bench/guard_written.py written_r30_harm --rules-only    # the policy's rules alone
    python bench/guard_written.py written_r30_harm --show blind    # half B's errors

A hand set's rows (``{"id", "lang", "label", "family", "half", "text"}``) were written by an
engineer before the rules they check, and dealt by family into half ``A`` (tuned on) and half
``B`` (held out). This reads them as the family generators' rows (``A`` is ``dev``, ``B`` is
``blind``) and prints the same report as ``bench/guard_grave_requests.py``: stopped rows per
half, language and label, then per family. Pure measurement; nothing is asserted (the floors
live in ``tests/unit/guardrails/classify/test_r*_*.py``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from guard_grave_requests import cli

DATA = Path(__file__).resolve().parent / "guard_data"
_HALVES = {"A": "dev", "B": "blind"}


def rows(name: str) -> list[dict[str, str]]:
    """The rows of ``guard_data/<name>.jsonl``, their halves named as the generators name
    theirs (``A`` → ``dev``, ``B`` → ``blind``)."""
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    found = [json.loads(line) for line in lines if line.strip()]
    return [{**row, "half": _HALVES.get(row["half"], row["half"])} for row in found]


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        names = sorted(p.stem for p in DATA.glob("written_*.jsonl"))
        sys.exit(f"usage: guard_written.py NAME [options]; NAME one of: {', '.join(names)}")
    name = sys.argv.pop(1)
    cli(f"hand set {name}", lambda: rows(name))


if __name__ == "__main__":
    main()
