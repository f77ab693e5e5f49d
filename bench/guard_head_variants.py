"""Other e5 heads and row weightings, compared on the whole guard's held-out table.

    python bench/guard_head_variants.py [VARIANT ...]   # default: every variant

Each variant retrains only the e5 head of each of the 8 folds of
``train_guard.loso_scores`` (the fold's fast model is the cached one, trained on the same
rows), scores the fold's left-out sources, and reports the same summary as
``bench/guard.py --loso`` (``guard_loso.loso_report``): the operating points of each
source are chosen on the *other* sources' held-out scores by the rules of
``train_guard.choose_points``; nothing is tuned on the source it reports. The rule and
exemplar verdicts are computed once and shared by every variant.

Writes ``bench/results/guard_head_variants.json``: per variant, the attack recall summary,
the AUCs and the benign rows (share blocked by the whole guard per benign source).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard
from guard_corpus import Prompt
from guard_loso import loso_report

from guardrails.classify.embedding_head import HeadWeights
from guardrails.policy import load_policy_file

OUT = Path("bench/results/guard_head_variants.json")

Trainer = Callable[[np.ndarray, np.ndarray, np.ndarray], HeadWeights]
Weigher = Callable[[list[Prompt]], np.ndarray]


def balanced_weights(rows: list[Prompt]) -> np.ndarray:
    """Like ``train_guard.sample_weights`` but every source of a (label, language) quarter
    weighs alike, whatever its size."""
    sizes: dict[tuple[bool, str, str], int] = {}
    for row in rows:
        key = (row.attack, row.lang, row.source)
        sizes[key] = sizes.get(key, 0) + 1
    sources: dict[tuple[bool, str], int] = {}
    for attack, lang, _ in sizes:
        sources[(attack, lang)] = sources.get((attack, lang), 0) + 1
    weights = np.array(
        [
            train_guard.CONTENT_SOURCES.get(r.source, 1.0)
            / sizes[(r.attack, r.lang, r.source)]
            / sources[(r.attack, r.lang)]
            for r in rows
        ]
    )
    return np.asarray(weights * len(rows) / weights.sum(), dtype=np.float64)


def hard_benign_boost(factor: float, base: Weigher) -> Weigher:
    """``base`` with the benign rows of the look-alike sources (``HARD_BENIGN``) ×factor."""

    def weigh(rows: list[Prompt]) -> np.ndarray:
        weights = base(rows)
        boost = np.array(
            [
                factor if (not r.attack and r.source in train_guard.HARD_BENIGN) else 1.0
                for r in rows
            ]
        )
        weights = weights * boost
        return np.asarray(weights * len(rows) / weights.sum(), dtype=np.float64)

    return weigh


def tanh_head(hidden: int, decay: float) -> Trainer:
    def train(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> HeadWeights:
        return train_guard.train_head(x, y, w, hidden=hidden, decay=decay)

    return train


def linear_head(l2: float) -> Trainer:
    def train(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> HeadWeights:
        return train_guard.train_linear_head(x, y, w, l2=l2)

    return train


#: Fast-logit weights tried on validation by the "fw-search" variants.
SEARCHED_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7)

VARIANTS: dict[str, tuple[Trainer, Weigher]] = {
    "tanh32 sqrt (shipped)": (tanh_head(32, 1e-3), train_guard.sample_weights),
    "linear l2=1e-3 sqrt": (linear_head(1e-3), train_guard.sample_weights),
    "linear l2=1e-2 sqrt": (linear_head(1e-2), train_guard.sample_weights),
    "linear l2=1e-1 sqrt": (linear_head(1e-1), train_guard.sample_weights),
    "linear l2=1e-2 balanced": (linear_head(1e-2), balanced_weights),
    "linear l2=1e-2 sqrt hard-benign x3": (
        linear_head(1e-2),
        hard_benign_boost(3.0, train_guard.sample_weights),
    ),
    "tanh128 sqrt": (tanh_head(128, 1e-3), train_guard.sample_weights),
    "tanh32 balanced": (tanh_head(32, 1e-3), balanced_weights),
    "tanh32 sqrt fw-search": (tanh_head(32, 1e-3), train_guard.sample_weights),
    "linear l2=1e-2 sqrt fw-search": (linear_head(1e-2), train_guard.sample_weights),
    "linear l2=1e-2 balanced fw-search": (linear_head(1e-2), balanced_weights),
}


def variant_scores(
    trainer: Trainer,
    weigher: Weigher,
    rows: list[Prompt],
    index: np.ndarray,
    features: train_guard.Features,
    e5_index: np.ndarray,
    vectors: np.ndarray,
    fast_rows: np.ndarray,
) -> tuple[train_guard.Scored, np.ndarray]:
    """``train_guard.loso_scores`` with another head (same folds, same cached fast models)."""
    fold_of = train_guard.source_folds(rows, index)
    of_row = np.array([fold_of[rows[i].source] for i in index])
    order, fasts, heads = [], [], []
    for fold in range(train_guard.FOLDS):
        held, kept = index[of_row == fold], index[of_row != fold]
        fast = train_guard.cached_fast(rows, kept[fast_rows[kept]], features)
        embedded = kept[e5_index[kept] >= 0]
        chosen = [rows[i] for i in embedded]
        head = trainer(
            vectors[e5_index[embedded]],
            np.array([r.attack for r in chosen], dtype=np.float64),
            weigher(chosen),
        )
        scored = train_guard.score(
            train_guard.Cascade(fast, head), held, features, e5_index, vectors
        )
        order.append(held)
        fasts.append(scored.fast)
        heads.append(scored.head)
    return train_guard.Scored(np.concatenate(fasts), np.concatenate(heads)), np.concatenate(order)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", help="default: every variant")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    out: Path = args.out
    names = args.variants or list(VARIANTS)
    policy = load_policy_file(Path("policies/default.yaml")).policy.guard
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False, embed=False)
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    results: dict[str, Any] = {}
    if out.exists():
        results = json.loads(out.read_text(encoding="utf-8"))
    for name in names:
        trainer, weigher = VARIANTS[name]
        started = time.process_time()
        held_out = variant_scores(
            trainer, weigher, rows, shippable, features, e5_index, vectors, fast_rows
        )
        cpu = time.process_time() - started
        print(f"\n=== {name} (8 fold heads: {cpu:.0f} CPU-s)", flush=True)
        shipped_weights = train_guard.FAST_WEIGHTS
        if name.endswith("fw-search"):
            train_guard.FAST_WEIGHTS = SEARCHED_WEIGHTS
        try:
            report = loso_report(policy, held_out=held_out, quiet=True)
        finally:
            train_guard.FAST_WEIGHTS = shipped_weights
        benign = {
            f"{r['source']} {r['lang']}": r["stopped_whole"]
            for r in report["table"]
            if r["label"] == "benign"
        }
        for key, value in benign.items():
            if value is not None and value > 0:
                print(f"  benign {key:44} {value:.1%}")
        results[name] = {
            "head_cpu_s": round(cpu, 1),
            "attack_recall": report["attack_recall_by_lang"],
            "auc": report["auc_vs_ordinary_benign"],
            "benign_blocked_whole": benign,
            "table": report["table"],
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
