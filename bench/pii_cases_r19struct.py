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

import argparse
import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pii_cases import Case
from pii_cases_struct import _case

ROOT = Path(__file__).resolve().parents[1]
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
    cases = generate()
    outcomes = run_cases(PiiPseudonymizeStage(analyzer, cache_entries=0), policy, cases)
    report: dict[str, Any] = {"set": "r19struct", "seed": "hand", "halves": list(FILES)}
    for half in FILES:
        report[half] = summarise([o for o in outcomes if o.case.half == half])
    report["all"] = summarise(outcomes)
    report["failures"] = [
        {
            "id": o.case.id,
            "leaked": list(o.leaked),
            "partial": list(o.partial),
            "lost": list(o.lost),
            "altered": o.altered and o.case.benign,
            "sent": list(o.sent),
        }
        for o in outcomes
        if (show_held_out or o.case.half != HELD_OUT)
        and (o.leaked or o.partial or o.lost or (o.altered and o.case.benign) or o.restore_failed)
    ]
    for failure in report["failures"]:
        what = ",".join(failure["leaked"] + [p + "~" for p in failure["partial"]])
        flags = (" altered" if failure["altered"] else "") + (
            f" lost {failure['lost']}" if failure["lost"] else ""
        )
        sent = " | ".join(s.replace("\n", "⏎") for s in failure["sent"])
        print(f"{failure['id']:28} {what}{flags}: {sent[:160]}")
    print_case_report(report, show_held_out=True)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--run", action="store_true", help="run the cases through the stage")
    parser.add_argument("--show-held-out", action="store_true", help="list half 2's failures")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.run:
        report = run(args.show_held_out)
        if not args.show_held_out:
            report.pop("failures")
        out = args.out or DEFAULT_OUT
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        return 0
    cases = [c.to_json() for c in generate()]
    sys.stdout.write("\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
