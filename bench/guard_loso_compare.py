"""Two held-out guard tables side by side, paired on the sources both have.

    python bench/guard_loso_compare.py BASE.json CANDIDATE.json [--json OUT]

Reads two reports of ``bench/guard.py --loso`` (whole guard, the ``+exemplars`` column) and
prints, for the training sources both reports hold (so a candidate whose corpus has new
sources is compared on the old ones): public attack recall per language (mean over the
held-out attack sources that are not generated families, as ``guard_loso`` summarises
them), generated families, the ordinary benign sources' mean and median blocks (benign
sources outside ``train_guard.HARD_BENIGN``), the look-alike benign mean (inside it),
the held-out conversational-turn family (``gen_turns``), and the evaluation-only
conversation set's benign turns and must-pass phrases (scored with the weights
themselves). Sources only the candidate has (new project-written files) are listed row by
row: each was scored by a cascade trained without it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_guard import HARD_BENIGN


def _key(row: dict[str, Any]) -> tuple[str, str, str]:
    return (row["source"], row["label"], row["lang"])


def summary(report: dict[str, Any], keep: set[tuple[str, str, str]]) -> dict[str, float]:
    """The figures of ``report`` over the table rows whose key is in ``keep`` (percent)."""
    rows = [r for r in report["loso"]["table"] if _key(r) in keep]
    out: dict[str, float] = {}
    for kind in ("public", "generated"):
        for lang in ("en", "ja"):
            values = [
                r["stopped_whole"]
                for r in rows
                if r["label"] == "attack"
                and r["lang"] == lang
                and not r["source"].startswith("dev")
                and r["source"].startswith("gen_") == (kind == "generated")
                and r["stopped_whole"] is not None
            ]
            out[f"{kind} recall {lang.upper()}"] = statistics.mean(values)
    benign = [
        r
        for r in rows
        if r["label"] == "benign" and "(" not in r["source"] and r["stopped_whole"] is not None
    ]
    ordinary = [r["stopped_whole"] for r in benign if r["source"] not in HARD_BENIGN]
    lookalike = [r["stopped_whole"] for r in benign if r["source"] in HARD_BENIGN]
    out["ordinary benign mean"] = statistics.mean(ordinary)
    out["ordinary benign median"] = statistics.median(ordinary)
    out["look-alike benign mean"] = statistics.mean(lookalike)
    for r in benign:
        if r["source"] == "gen_turns":
            out[f"gen_turns {r['lang'].upper()} (held out)"] = r["stopped_whole"]
    turns = {k: v for k, v in report["rates"].items() if k.startswith("conv_") and "_benign_" in k}
    n = sum(v["n"] for v in turns.values())
    out["conversation set benign turns"] = sum(v["stopped"] * v["n"] for v in turns.values()) / n
    return {k: round(100 * v, 2) for k, v in out.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("candidate", type=Path)
    parser.add_argument("--json", type=Path, help="write the comparison here")
    args = parser.parse_args()
    base = json.loads(args.base.read_text(encoding="utf-8"))
    cand = json.loads(args.candidate.read_text(encoding="utf-8"))
    base_keys = {_key(r) for r in base["loso"]["table"]}
    cand_keys = {_key(r) for r in cand["loso"]["table"]}
    common = base_keys & cand_keys
    a, b = summary(base, common), summary(cand, common)
    title = "held out, whole guard (common sources)"
    print(f"{title:44} {'base':>8} {'candidate':>10} {'diff':>7}")
    for key in a:
        diff = b[key] - a[key]
        print(f"{key:44} {a[key]:8.2f} {b[key]:10.2f} {diff:+7.2f}")
    for name, report in (("base", base), ("candidate", cand)):
        print(f"must-pass phrases blocked ({name}): {report['must_pass_blocked'] or 'none'}")
    new = [r for r in cand["loso"]["table"] if _key(r) not in base_keys]
    if new:
        print("sources only the candidate has (each scored by a cascade trained without it):")
        for r in new:
            print(
                f"  {r['source']:28} {r['label']:7} {r['lang']} n={r['n_e5']:4d} "
                f"cascade {100 * r['stopped']:5.1f} % +rules {100 * r['stopped_with_rules']:5.1f} %"
                f" whole {100 * (r['stopped_whole'] or 0):5.1f} %"
            )
    if args.json:
        args.json.write_text(
            json.dumps({"base": a, "candidate": b, "new_sources": new}, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
