"""Hand-written PII cases (issue 16, session 18): things told in passing that reached the
model in clear — a relative's illness, the reason for a medicine, driving-licence numbers in
US/UK formats, a name in parentheses or after a dash next to an ID, an account holder's name
whose surname is an ordinary word — each with benign twins nothing may change.

The messages are in ``bench/data/pii_cases_passing/``, split by style, not at random:
``half_a.yaml`` (**A**, tuned on: casual chat) and ``half_b.yaml`` (**B**, held out: keigo,
formal English, pasted forms). Run through the gateway's real ``pii.pseudonymize`` stage with
special care, scored by ``bench/pii_case_run.py``.

    .venv/bin/python bench/pii_cases_passing.py [--out FILE] [--show-held-out]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pii_cases_struct
import yaml
from pii_cases import Case, Secret

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data" / "pii_cases_passing"
FILES = {"A": "half_a.yaml", "B": "half_b.yaml"}
HELD_OUT = "B"
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "pii_cases_passing.json"
_EXTRA_TYPES = {"SC": "SPECIAL_CARE:medical_history", "NAME": "PERSON"}


def generate(halves: str = "AB") -> list[Case]:
    """Every hand-written case of the requested halves, in file order."""
    types = {**pii_cases_struct._TYPES, **_EXTRA_TYPES}
    cases: list[Case] = []
    for half in halves:
        data = yaml.safe_load((DATA / FILES[half]).read_text(encoding="utf-8"))
        for family, rows in data.items():
            for row in rows:
                raw = {**row, "sec": []}
                case = pii_cases_struct._case(raw, family, half)
                case.id = f"passing-{half}-{row['id']}"
                case.secrets = [Secret(types[kind], value) for kind, value in row.get("sec", [])]
                cases.append(case)
    return cases


def run(show_held_out: bool) -> dict[str, Any]:
    """The cases through the gateway's real ``pii.pseudonymize`` stage (default policy)."""
    sys.path.insert(0, str(ROOT))
    from pii import DEFAULT_POLICY, print_case_report
    from pii_case_run import run_cases, summarise

    from guardrails.pii.analyzer import NerMode, PiiAnalyzer
    from guardrails.pii.special_care import special_care_recognizers
    from guardrails.policy import load_policy_file
    from proxy.pipeline.stages.pii import PiiPseudonymizeStage

    analyzer = PiiAnalyzer(ner=NerMode.GATED.value, extra_recognizers=special_care_recognizers())
    policy = load_policy_file(DEFAULT_POLICY)
    outcomes = run_cases(PiiPseudonymizeStage(analyzer, cache_entries=0), policy, generate())
    report: dict[str, Any] = {"set": "passing", "seed": "hand", "halves": list(FILES)}
    for half in FILES:
        report[half] = summarise([o for o in outcomes if o.case.half == half])
        for family in sorted({o.case.family for o in outcomes}):
            rows = [o for o in outcomes if o.case.half == half and o.case.family == family]
            bad = sum(bool(o.leaked or o.partial) for o in rows if not o.case.benign)
            altered = sum(o.altered for o in rows if o.case.benign)
            lost = sum(bool(o.lost) for o in rows)
            n_sec = sum(not o.case.benign for o in rows)
            n_ben = sum(o.case.benign for o in rows)
            report[f"{half}:{family}"] = {
                "leaked": bad,
                "of": n_sec,
                "altered": altered,
                "benign": n_ben,
                "lost": lost,
            }
            print(
                f"{half} {family:16} leaked {bad}/{n_sec}  benign altered {altered}/{n_ben}"
                f"  request lost {lost}"
            )
    for o in outcomes:
        if not show_held_out and o.case.half == HELD_OUT:
            continue
        if o.leaked or o.partial or o.lost or (o.altered and o.case.benign):
            what = ",".join(list(o.leaked) + [p + "~" for p in o.partial])
            flags = (" altered" if o.altered and o.case.benign else "") + (
                f" lost {list(o.lost)}" if o.lost else ""
            )
            sent = " | ".join(s.replace("\n", "⏎") for s in o.sent)
            print(f"{o.case.id:22} {what}{flags}: {sent[:150]}")
    report["all"] = summarise(outcomes)
    print_case_report(report, show_held_out=True)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--show-held-out", action="store_true", help="list B's failures too")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    report = run(args.show_held_out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
