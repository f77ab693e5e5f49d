"""More training rows per source for the fast model, on the whole guard's held-out table (an
experiment; the shipped fast model reads at most ``train_guard.ROWS_PER_SOURCE`` rows per
source, label and language).

    python bench/guard_fast_rows.py [--cap 6000] [--out FILE]

Each (source, label, language) group keeps the rows the shipped recipe trains on and adds
a seeded sample of its other rows, up to ``--cap`` in all (only the big benign sources have
more than 2,000: JCommonsenseQA, RealPersonaChat, JaQuAD, BANKING77, CLINC150, HWU64,
GPTeacher). Each of the 8 folds of ``train_guard.loso_scores`` retrains only its fast model
on those rows (weighted as ``train_guard.sample_weights`` weighs any rows, so a bigger
source also weighs more, by the square root of its size); the e5 head scores are the cached
ones of the same folds. The table is ``guard_loso.loso_report``'s: each source's operating
points are chosen on the *other* sources' held-out scores; nothing is tuned on the source
reported.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard
from guard_corpus import Prompt, load_corpus
from guard_loso import loso_report

from guardrails.policy import load_policy_file

OUT = Path("bench/results/guard_fast_rows.json")


def extra_rows(used: list[Prompt], cap: int) -> list[Prompt]:
    """Shippable corpus rows not in ``used``: per (source, label, language), a seeded sample
    of at most ``cap`` minus the rows of the group already used."""
    seen = {(r.source, r.attack, r.lang, r.text) for r in used}
    have: dict[tuple[str, bool, str], int] = defaultdict(int)
    for r in used:
        have[(r.source, r.attack, r.lang)] += 1
    groups: dict[tuple[str, bool, str], list[Prompt]] = defaultdict(list)
    for r in load_corpus():
        if r.shippable and (r.source, r.attack, r.lang, r.text) not in seen:
            groups[(r.source, r.attack, r.lang)].append(r)
    out: list[Prompt] = []
    for key in sorted(groups):
        room = cap - have[key]
        items = groups[key]
        if room <= 0:
            continue
        if len(items) > room:
            items = random.Random(f"{train_guard.SEED}:extra:{key}").sample(items, room)
        out.extend(items)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=int, default=6000, help="rows per group, at most")
    parser.add_argument("--policy", type=Path, default=Path("policies/default.yaml"))
    parser.add_argument("--benign-rule", choices=("median", "mean"), default="mean")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    train_guard.BENIGN_RULE = args.benign_rule
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False, embed=False)
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    base, order = train_guard.cached_loso(rows, shippable, features, e5_index, vectors, fast_rows)
    used = [rows[i] for i in shippable if fast_rows[i]]
    extra = extra_rows(used, args.cap)
    print(f"{len(extra)} extra rows for the fast model (cap {args.cap})", flush=True)
    extra_features = train_guard.cached_features([r.text for r in extra], progress=True)
    fold_of = train_guard.source_folds(rows, shippable)
    of_order = np.array([fold_of[rows[i].source] for i in order])
    of_row = np.array([fold_of[rows[i].source] for i in shippable])
    of_extra = np.array([train_guard.fold_of(r.source) for r in extra])
    fast = np.empty(order.shape[0])
    for fold in range(train_guard.FOLDS):
        started = time.process_time()
        kept = shippable[of_row != fold]
        kept = kept[fast_rows[kept]]
        more = np.flatnonzero(of_extra != fold)
        chosen = [rows[i] for i in kept] + [extra[i] for i in more]
        labels = np.array([r.attack for r in chosen], dtype=np.float64)
        together = train_guard._concat(features.take(kept), extra_features.take(more))
        weights = train_guard.train_fast(together, labels, train_guard.sample_weights(chosen))
        held = of_order == fold
        fast[held] = features.take(order[held]).logits(weights)
        print(f"  fold {fold}: {len(chosen)} rows, {time.process_time() - started:.0f} CPU-s")
    policy = load_policy_file(args.policy).policy.guard
    print(f"\n== fast model on up to {args.cap} rows per group ==")
    report: dict[str, Any] = {
        "cap": args.cap,
        "extra_rows": len(extra),
        "benign_rule": args.benign_rule,
        "more_rows": loso_report(
            policy, held_out=(train_guard.Scored(fast, base.head), order), quiet=False
        ),
        "baseline": loso_report(policy, held_out=(base, order), quiet=True),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
