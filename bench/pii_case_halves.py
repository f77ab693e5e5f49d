"""What the held-out PII case generators (``pii_cases_c.py``, ``pii_cases_e.py``) share: the
split of every value list into a held-out and a readable half, the template slots, and the
command line that writes a generator's cases.

A generator's held-out half takes the even positions of every list, its readable half the
odd ones, so the two never share a value. The gimei names (``../shared/evaldata/names/``,
MIT, read at run time, not shipped) are split with the same parity by every generator:
reading one generator's readable half never shows a name of any held-out half.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pii_cases import Case

NAMES = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "names" / "names.yml"

#: ``{TYPE}`` or ``{TYPE:variant}``: a value the template's slot is filled with.
SLOT = re.compile(r"\{([A-Z_]+(?::[a-z_]+)?)\}")
#: ``[[words]]``: words the pseudonymized request must still contain (the user's request).
KEEP = re.compile(r"\[\[(.+?)\]\]")


def half_of(items: Sequence[Any], held_out: bool) -> list[Any]:
    """The even positions of ``items`` for the held-out half, the odd ones otherwise."""
    return [item for i, item in enumerate(items) if (i % 2 == 0) == held_out]


def split_values(values: dict[str, Any], held_out: bool) -> dict[str, Any]:
    """``values`` with each list (and each list inside a mapping) cut to one half."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, list):
            out[key] = half_of(value, held_out)
        elif isinstance(value, dict):
            out[key] = {k: half_of(v, held_out) for k, v in value.items()}
        else:
            out[key] = value
    return out


def gimei_names(held_out: bool) -> dict[str, list[list[str]]]:
    """One half of the gimei surnames and given names (male and female together)."""
    data = yaml.safe_load(NAMES.read_text(encoding="utf-8"))
    given = data["first_name"]["male"] + data["first_name"]["female"]
    return {"surnames": half_of(data["last_name"], held_out), "given": half_of(given, held_out)}


def random_digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def template_lang(text: str) -> str:
    """``ja`` when the text has kana or kanji, else ``en``."""
    return "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else "en"


def write_cases(
    argv: Sequence[str] | None,
    *,
    description: str | None,
    generate: Callable[[int, int, str], list[Case]],
    seed: int,
    per_template: int,
    readable: str,
    held_out: str,
) -> int:
    """The generators' command line: write the cases of ``--halves`` (the readable half
    unless the held-out one is asked for on purpose) as JSONL to ``--out`` or stdout."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--per-template", type=int, default=per_template)
    parser.add_argument(
        "--halves", default=readable, help=f"{held_out} is held out: write it only on purpose"
    )
    parser.add_argument("--out", type=Path, default=None, help="JSONL (default: stdout)")
    args = parser.parse_args(argv)
    cases = generate(args.seed, args.per_template, args.halves)
    lines = [json.dumps(c.to_json(), ensure_ascii=False) for c in cases]
    if args.out is None:
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(cases)} cases ({sum(c.benign for c in cases)} benign) to {args.out}")
    return 0
