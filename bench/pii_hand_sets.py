"""What every hand-written PII case set in ``bench/`` shares: running its cases through the
gateway's real ``pii.pseudonymize`` stage (default policy), the report per half with the
failures printed, and the command line (``--run``, ``--show-held-out``, ``--out``).

A set module (``pii_cases_struct.py``, ``pii_cases_r19struct.py``, ``pii_cases_r19names.py``,
``pii_cases_r19w2.py``) reads its own YAML files into :class:`pii_cases.Case` rows and calls
:func:`main` with them; the held-out half's failures are listed only when asked, so an
engineer can keep that half unread. Pure measurement: nothing here asserts a figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pii_cases import Case

ROOT = Path(__file__).resolve().parents[1]

__all__ = ["HandSet", "main", "run"]


@dataclass(frozen=True)
class HandSet:
    """One hand-written set: its report name, its halves in order, the held-out one, where
    ``--run`` writes by default, and how wide the failure lines print."""

    name: str
    halves: Sequence[str]
    held_out: str
    default_out: Path
    id_width: int = 24
    sent_width: int = 160


def run(hand_set: HandSet, cases: Sequence[Case], show_held_out: bool) -> dict[str, Any]:
    """``cases`` through the gateway's real ``pii.pseudonymize`` stage (default policy):
    the summary per half and overall, and the failures (the held-out half's only when
    ``show_held_out``), printed as they are found."""
    sys.path.insert(0, str(ROOT))
    from pii import DEFAULT_POLICY, print_case_report
    from pii_case_run import run_cases, summarise

    from guardrails.pii.analyzer import NerMode, PiiAnalyzer
    from guardrails.pii.special_care import special_care_recognizers
    from guardrails.policy import load_policy_file
    from proxy.pipeline.stages.pii import PiiPseudonymizeStage

    analyzer = PiiAnalyzer(ner=NerMode.GATED.value, extra_recognizers=special_care_recognizers())
    policy = load_policy_file(DEFAULT_POLICY)
    outcomes = run_cases(PiiPseudonymizeStage(analyzer, cache_entries=0), policy, cases)
    report: dict[str, Any] = {"set": hand_set.name, "seed": "hand", "halves": list(hand_set.halves)}
    for half in hand_set.halves:
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
        if (show_held_out or o.case.half != hand_set.held_out)
        and (o.leaked or o.partial or o.lost or (o.altered and o.case.benign) or o.restore_failed)
    ]
    for failure in report["failures"]:
        what = ",".join(failure["leaked"] + [p + "~" for p in failure["partial"]])
        flags = (" altered" if failure["altered"] else "") + (
            f" lost {failure['lost']}" if failure["lost"] else ""
        )
        sent = " | ".join(s.replace("\n", "⏎") for s in failure["sent"])
        print(f"{failure['id']:{hand_set.id_width}} {what}{flags}: {sent[: hand_set.sent_width]}")
    print_case_report(report, show_held_out=True)
    return report


def main(
    hand_set: HandSet,
    generate: Callable[[], list[Case]],
    argv: Sequence[str] | None = None,
    *,
    description: str | None = None,
) -> int:
    """The set's command line: ``--run`` scores it and writes the JSON report (without the
    failures unless ``--show-held-out``); without ``--run`` the cases print as JSON lines
    (to ``--out`` if given)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--run", action="store_true", help="run the cases through the stage")
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help=f"list the held-out half's ({hand_set.held_out}) failures too",
    )
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.run:
        report = run(hand_set, generate(), args.show_held_out)
        if not args.show_held_out:
            report.pop("failures")
        out = args.out or hand_set.default_out
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        return 0
    text = "\n".join(json.dumps(c.to_json(), ensure_ascii=False) for c in generate()) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
