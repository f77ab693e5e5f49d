"""Score one hand-written PII set of ``bench/pii_data/`` through the gateway's real
``pii.pseudonymize`` stage, per half

    python bench/pii_written.py written_r31_formats              # leaked, altered, lost per half
    python bench/pii_written.py written_r31_formats --show B     # half B's failures, as sent
    python bench/pii_written.py written_r31_formats --json OUT   # the counts as JSON too

A hand set's rows (``{"id", "lang", "text", "values": [{"text", "type"}], "keep": [..],
"family", "half"}``) were written by an engineer before the recognizers they check, and
dealt by family into half ``A`` (tuned on) and half ``B`` (held out). Each row is one user
message; a row without values is a benign look-alike, which must reach the model unaltered.
The stage runs as ``bench/pii_hand_sets.py`` runs it (default policy, GiNZA's NER gated,
the special-care recognizers) and ``bench/pii_case_run.py`` scores what would be sent: per
half the values leaked whole (and partly), the benign messages altered and the kept words
lost, then per family. Pure measurement; nothing is asserted (the floors live in
``tests/unit/guardrails/pii/test_r*_*.py``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from pii_case_run import CaseOutcome, run_cases
from pii_cases import Case, Secret

from guardrails.pii.analyzer import NerMode, PiiAnalyzer
from guardrails.pii.special_care import special_care_recognizers
from guardrails.policy import load_policy_file
from proxy.pipeline.stages.pii import PiiPseudonymizeStage

DATA = Path(__file__).resolve().parent / "pii_data"
DEFAULT_POLICY = Path(__file__).resolve().parents[1] / "policies" / "default.yaml"
_HALVES = {"A": "tuned on", "B": "held out"}
_COUNTS = ("values", "leaked", "partial", "benign", "altered", "keep", "lost", "restore")


def cases(name: str) -> list[Case]:
    """The rows of ``pii_data/<name>.jsonl`` as cases of one user message each."""
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    rows: list[dict[str, Any]] = [json.loads(line) for line in lines if line.strip()]
    return [
        Case(
            id=row["id"],
            family=row["family"],
            template=row["id"],
            half=row["half"],
            lang=row["lang"],
            shape="single",
            messages=[{"role": "user", "content": row["text"]}],
            secrets=[Secret(value["type"], value["text"]) for value in row["values"]],
            keep=list(row["keep"]),
            benign=not row["values"],
        )
        for row in rows
    ]


def _failed(outcome: CaseOutcome) -> bool:
    altered = outcome.altered and outcome.case.benign
    return bool(
        outcome.leaked or outcome.partial or outcome.lost or altered or outcome.restore_failed
    )


def _count(outcomes: list[CaseOutcome]) -> Counter[str]:
    counts: Counter[str] = Counter({key: 0 for key in _COUNTS})
    for o in outcomes:
        counts["values"] += len(o.case.secrets)
        counts["leaked"] += len(o.leaked)
        counts["partial"] += len(o.partial)
        counts["benign"] += o.case.benign
        counts["altered"] += o.case.benign and o.altered
        counts["keep"] += len(o.case.keep)
        counts["lost"] += len(o.lost)
        counts["restore"] += o.restore_failed
    return counts


def report(outcomes: list[CaseOutcome], show: str | None) -> dict[str, dict[str, int]]:
    """Print ``show``'s failures (if asked), the counts per half and per half and family;
    return the counts keyed ``half`` and ``half family``."""
    if show is not None:
        for o in outcomes:
            if o.case.half != show or not _failed(o):
                continue
            flags = [*o.leaked, *(f"{p}~" for p in o.partial)]
            flags += ["ALTERED"] if o.altered and o.case.benign else []
            flags += [f"lost {list(o.lost)}"] if o.lost else []
            flags += ["RESTORE"] if o.restore_failed else []
            sent = " | ".join(text.replace("\n", "⏎") for text in o.sent)
            print(f"{o.case.id} [{o.case.family}] {' '.join(flags)}: {sent}")
        print()
    counts: dict[str, dict[str, int]] = {}
    halves = sorted({o.case.half for o in outcomes})
    for half in halves:
        c = _count([o for o in outcomes if o.case.half == half])
        counts[half] = dict(c)
        print(
            f"half {half} ({_HALVES.get(half, half)}): values leaked {c['leaked']} "
            f"(partial {c['partial']})/{c['values']}; benign altered {c['altered']}/"
            f"{c['benign']}; kept words lost {c['lost']}/{c['keep']}; "
            f"restore failed {c['restore']}"
        )
    w = max([len("family"), *(len(o.case.family) for o in outcomes)])
    print(
        f"\n{'half':<5} {'family':<{w}} {'leaked':>6} {'partial':>7} {'values':>6} "
        f"{'altered':>7} {'benign':>6} {'lost':>4} {'keep':>4}"
    )
    for half in halves:
        for family in sorted({o.case.family for o in outcomes if o.case.half == half}):
            group = [o for o in outcomes if o.case.half == half and o.case.family == family]
            c = _count(group)
            counts[f"{half} {family}"] = dict(c)
            print(
                f"{half:<5} {family:<{w}} {c['leaked']:>6} {c['partial']:>7} {c['values']:>6} "
                f"{c['altered']:>7} {c['benign']:>6} {c['lost']:>4} {c['keep']:>4}"
            )
    return counts


def main() -> None:
    names = sorted(p.stem for p in DATA.glob("written_*.jsonl"))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("name", choices=names, metavar="NAME", help=", ".join(names))
    parser.add_argument("--policy", type=Path, default=DEFAULT_POLICY)
    parser.add_argument("--show", choices=("A", "B"), help="list one half's failures, as sent")
    parser.add_argument("--json", type=Path, help="write the counts as JSON")
    args = parser.parse_args()
    analyzer = PiiAnalyzer(ner=NerMode.GATED.value, extra_recognizers=special_care_recognizers())
    stage = PiiPseudonymizeStage(analyzer, cache_entries=0)
    outcomes = run_cases(stage, load_policy_file(args.policy), cases(args.name))
    counts = report(outcomes, args.show)
    if args.json:
        args.json.write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
