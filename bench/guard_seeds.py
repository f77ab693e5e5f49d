"""Held-out figures of the trained cascade with their spread over seeds, and bagged e5 heads.

    python bench/guard_seeds.py --draws 0-8              # train the members (cached)
    python bench/guard_seeds.py --report --draws 0-8 --bag 3 --out FILE.json

The leave-one-source-out table (``bench/guard.py --loso``) comes from one e5 head per
fold, trained on one draw of the e5 sample with one set of initial weights. Its figures
move by several points when either changes (tenth round: 15 rows more in the sample moved
English public recall by 4 points), so a candidate's gain of a point or two is not evidence
on its own. This bench gives the spread.

A *draw* ``d`` is one head per fold, trained exactly as ``bench/train_guard.py`` trains it
(same rows, weights, epochs, folds; the fast models are the cached ones) except that its
rows are weighted by a bootstrap draw of the sample (``train_guard.bootstrap_counts``, seed
``SEED + d``) and its initial weights are drawn with seed ``SEED + d``: as if the e5 sample
had been drawn again from the same sources and the head started elsewhere. Each draw's
held-out head logits are cached outside the repository.

The report scores, through the whole guard (rules, cascade, the policy's exemplars; the
fixed benign rule chooses each source's points on the other sources, as
``bench/guard.py --loso`` does):

* ``recipe``: the shipped recipe's single head on the whole sample (``cached_loso``);
* ``single d``: each draw alone — the spread of a one-head recipe;
* ``bag g``: the mean logit of draws ``g·k … g·k+k−1`` (``--bag k``) — what
  ``train_guard.train_bagged_head`` stores as one wider head (``bag 0`` is exactly the
  held-out scores of the ``bag3`` recipe of ``bench/train_guard.py``, and is written to its
  ``cached_loso`` file).

and prints mean, standard deviation and range of each summary figure over the singles and
over the bags.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard
from guard_loso import loso_report

from guardrails.classify.embedding_head import EmbeddingHead
from guardrails.policy import load_policy_file

POLICY = Path(__file__).resolve().parent.parent / "policies" / "default.yaml"
#: Sources only candidate corpora have (``MAMORI_GUARD_CANDIDATE_FAMILIES``): left out of
#: the summary means, reported on their own lines.
CANDIDATE_SOURCES = frozenset({"gen_protective", "gen_pretext", "gen_restyle", "gen_workplace"})


def _draws(spec: str) -> list[int]:
    out: list[int] = []
    for part in spec.split(","):
        if "-" in part:
            lo, hi = part.split("-")
            out.extend(range(int(lo), int(hi) + 1))
        else:
            out.append(int(part))
    return out


def _member_path(rows: Any, index: np.ndarray, vectors: np.ndarray, draw: int) -> Path:
    base = train_guard.loso_cache_path(rows, index, vectors).stem
    tag = hashlib.sha256(f"{base}:draw{draw}".encode()).hexdigest()[:16]
    return train_guard.CACHE_DIR / f"member-{tag}.npz"


def member_logits(setup: Any, draw: int, *, progress: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Held-out fast and head logits of draw ``draw``, in ``loso_scores``' row order."""
    rows, features, e5_index, vectors, fast_rows, index = setup
    path = _member_path(rows, index, vectors, draw)
    if path.exists():
        with np.load(path) as data:
            return data["fast"], data["head"]
    folds = train_guard.source_folds(rows, index)
    of_row = np.array([folds[rows[i].source] for i in index])
    fasts: list[np.ndarray] = []
    heads: list[np.ndarray] = []
    seed = train_guard.SEED + draw
    for fold in range(train_guard.FOLDS):
        held, kept = index[of_row == fold], index[of_row != fold]
        fast = train_guard.cached_fast(rows, kept[fast_rows[kept]], features)
        embedded = kept[e5_index[kept] >= 0]
        chosen = [rows[i] for i in embedded]
        x = vectors[e5_index[embedded]]
        y = np.array([r.attack for r in chosen], dtype=np.float64)
        weights = train_guard.sample_weights(chosen) * train_guard.head_boost(chosen)
        weights = weights * len(chosen) / weights.sum()
        head = train_guard.train_head(
            x, y, weights * train_guard.bootstrap_counts(len(y), seed), seed=seed
        )
        fasts.append(features.take(held).logits(fast))
        logits = np.full(held.shape[0], np.nan)
        where = e5_index[held] >= 0
        logits[where] = EmbeddingHead(head).logits(vectors[e5_index[held[where]]])
        heads.append(logits)
        if progress:
            print(f"  draw {draw} fold {fold} done", flush=True)
    fast_all, head_all = np.concatenate(fasts), np.concatenate(heads)
    train_guard.CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.savez(path, fast=fast_all, head=head_all)
    return fast_all, head_all


def _loso_order(rows: Any, index: np.ndarray) -> np.ndarray:
    """The corpus rows of ``loso_scores``' output, fold by fold."""
    folds = train_guard.source_folds(rows, index)
    of_row = np.array([folds[rows[i].source] for i in index])
    return np.concatenate([index[of_row == fold] for fold in range(train_guard.FOLDS)])


def summarise(report: dict[str, Any]) -> dict[str, float]:
    """The figures the issue's targets are about, whole guard, held out."""
    table = report["table"]
    recall = report["attack_recall_by_lang"]

    def benign(hard: bool) -> list[float]:
        return [
            r["stopped_whole"]
            for r in table
            if r["label"] == "benign"
            and r["stopped_whole"] is not None
            and "never" not in r["source"]
            and not r["source"].startswith("dev")
            and r["source"] not in CANDIDATE_SOURCES
            and (r["source"] in train_guard.HARD_BENIGN) == hard
        ]

    ordinary, hard = benign(False), benign(True)
    # Families that only a candidate corpus has are reported apart, so that the summary
    # figures of a candidate and of the recipe are over the same sources.
    extra = {
        f"{r['source']} {r['label']} {r['lang']}": r["stopped_whole"]
        for r in table
        if r["source"] in CANDIDATE_SOURCES and r["stopped_whole"] is not None
    }
    return {
        **extra,
        "public_en": recall["public en +exemplars"],
        "public_ja": recall["public ja +exemplars"],
        "generated_en": recall["generated en +exemplars"],
        "generated_ja": recall["generated ja +exemplars"],
        "ordinary_mean": float(np.mean(ordinary)),
        "ordinary_median": float(np.median(ordinary)),
        "lookalike_mean": float(np.mean(hard)),
    }


def _spread(items: list[dict[str, float]]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for key in items[0]:
        if any(key not in it for it in items):
            continue
        values = [it[key] for it in items]
        out[key] = {
            "mean": round(statistics.mean(values), 4),
            "sd": round(statistics.stdev(values), 4) if len(values) > 1 else 0.0,
            "min": round(min(values), 4),
            "max": round(max(values), 4),
        }
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", default="0-8", help="draws to train or report: 0-8 or 0,2,4")
    parser.add_argument("--bag", type=int, default=3, help="draws per bag in the report")
    parser.add_argument("--report", action="store_true", help="report (trains missing draws)")
    parser.add_argument(
        "--write-bag",
        action="store_true",
        help="write the mean of draws 0 … bag-1 as the bagged recipe's held-out run",
    )
    parser.add_argument(
        "--no-recipe", action="store_true", help="leave out the one-head recipe's run"
    )
    parser.add_argument("--policy", type=Path, default=POLICY)
    parser.add_argument("--out", type=Path, default=Path("bench/results/guard-r11-seeds.json"))
    parser.add_argument(
        "--benign-rule",
        choices=("median", "mean"),
        default="mean",
        help="block-point rule of each source's points (guard-v2: mean)",
    )
    args = parser.parse_args()
    train_guard.BENIGN_RULE = args.benign_rule
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False)
    index = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    setup = (rows, features, e5_index, vectors, fast_rows, index)
    draws = _draws(args.draws)
    members = {d: member_logits(setup, d) for d in draws}
    if args.write_bag:
        # Draws 0 … bag-1 are the bagged recipe's members: their mean is its held-out run.
        order = _loso_order(rows, index)
        head = np.mean([members[d][1] for d in range(args.bag)], axis=0)
        saved = train_guard.BAG
        train_guard.BAG = args.bag
        path = train_guard.loso_cache_path(rows, index, vectors)
        train_guard.BAG = saved
        np.savez(path, fast=members[0][0], head=head, order=order)
        print(f"wrote {path}")
    if not args.report:
        return 0
    policy = load_policy_file(args.policy).policy.guard
    order = _loso_order(rows, index)
    if not args.no_recipe:
        recipe_scored, recipe_order = train_guard.cached_loso(
            rows, index, features, e5_index, vectors, fast_rows
        )
        assert np.array_equal(order, recipe_order)
    results: dict[str, dict[str, float]] = {}

    def run(name: str, fast: np.ndarray, head: np.ndarray) -> None:
        report = loso_report(policy, held_out=(train_guard.Scored(fast, head), order), quiet=True)
        results[name] = summarise(report)
        print(name, {k: round(v * 100, 2) for k, v in results[name].items()}, flush=True)

    if not args.no_recipe:
        run("recipe", recipe_scored.fast, recipe_scored.head)
    for d in draws:
        run(f"single {d}", *members[d])
    groups = [draws[i : i + args.bag] for i in range(0, len(draws) - args.bag + 1, args.bag)]
    for g, group in enumerate(groups):
        fast = members[group[0]][0]
        head = np.mean([members[d][1] for d in group], axis=0)
        run(f"bag {g}", fast, head)
        if group == list(range(args.bag)):
            saved = train_guard.BAG
            train_guard.BAG = args.bag
            path = train_guard.loso_cache_path(rows, index, vectors)
            train_guard.BAG = saved
            np.savez(path, fast=fast, head=head, order=order)
    singles = [results[f"single {d}"] for d in draws]
    bags = [results[f"bag {g}"] for g in range(len(groups))]
    spread = {"singles": _spread(singles), **({"bags": _spread(bags)} if bags else {})}
    for kind, figures in spread.items():
        print(f"{kind} (n={len(singles) if kind == 'singles' else len(bags)}):")
        for key, value in figures.items():
            print(
                f"  {key:16} {value['mean']:.2%} ± {value['sd']:.2%} "
                f"(range {value['min']:.2%} – {value['max']:.2%})"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {"bag": args.bag, "draws": draws, "runs": results, "spread": spread},
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
