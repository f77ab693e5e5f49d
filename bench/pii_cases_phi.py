"""PII cases, twentieth-session generator (φ held out / χ tuned on): special care where the
earlier generators barely wrote it, and its look-alikes.

- **JSON fields**: a condition, medicine, disability or test status as the value of a JSON
  key (``"diagnosis": "双極性障害"``, ``"medical_history"``, ``"既往歴"``, ``"note": "HIV陽性"``);
- **Japanese inside English**: ``I was diagnosed with うつ病 last year, …``, ``My son has
  発達障害, …``, ``the new hire is 聴覚障害 so …``;
- **a person at work pointed at by role**: ``The new hire has epilepsy, so …``, ``This
  applicant has …``;
- **lab values with their unit**: ``My LDL was 182 mg/dL``, ``HbA1cが7.8%``;
- **a test status after the condition**: ``HIV陽性``, ``梅毒陽性``;
- **benign look-alikes**: a condition as a JSON topic, a Japanese term asked about in English,
  a norm with a unit, ``The new hire orientation is …``, and 生活保護 application, start and
  end dates (no date of birth).

Templates and values are in ``bench/data/pii_cases_phi/``, split by position into **φ** (even
positions: held out) and **χ** (odd: tuned on). ``--run`` scores both through the real
stage (the held-out half's failures are listed only with ``--show-held-out``).

    .venv/bin/python bench/pii_cases_phi.py [--seed 420] [--per-template 6] [--out FILE]
    .venv/bin/python bench/pii_cases_phi.py --run [--show-held-out]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from pii_case_halves import generate_seeded_halves, write_cases
from pii_cases import Case
from pii_cases_xi import _SHAPES, _fill
from pii_hand_sets import ROOT, HandSet, run

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_phi"
DEFAULT_SEED = 420
DEFAULT_PER_TEMPLATE = 6
SET = HandSet(
    name="pii_cases_phi",
    halves=("φ", "χ"),
    held_out="φ",
    default_out=ROOT / "bench" / "results" / "pii_cases_phi.json",
)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "φχ"
) -> list[Case]:
    """Every case of the requested halves (φ from ``seed + 1``, χ from ``seed``)."""
    return generate_seeded_halves(
        DATA,
        "φχ",
        seed=seed,
        per_template=per_template,
        halves=halves,
        fill=_fill,
        shapes=lambda family, filled: list(_SHAPES),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--run" in args:
        import json

        show = "--show-held-out" in args
        out = Path(args[args.index("--out") + 1]) if "--out" in args else SET.default_out
        report = run(SET, generate(), show)
        if not show:
            report.pop("failures")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        return 0
    return write_cases(
        args,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="χ",
        held_out="φ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
