"""Other ways to combine and place the trained cascade's two scores, on the whole guard's
held-out table (issue 15, twentieth round).

    python bench/guard_stack_variants.py [VARIANT ...]   # default: every variant

Same protocol as ``bench/guard_head_variants.py`` and ``bench/guard.py --loso``: the 8-fold
held-out scores of ``train_guard.cached_loso`` (or of a retrained head), and for every
left-out source everything that is learned after the two models — a stacker, the operating
points — is fitted on the *other* sources' held-out scores only, then applied to the
left-out source. Nothing is fitted on the source a row reports.

Variants:

* ``shipped``: the recipe (0.5 x fast + 0.5 x head, points by ``choose_points``); must
  reproduce ``bench/guard.py --loso``.
* ``per-lang points``: the shipped combination, fast and block points chosen per language
  on that language's validation rows.
* ``stack2`` / ``stack-lang`` / ``stack-lang-x``: a weighted logistic regression over
  [fast, head] (``-lang``: and their products with a Japanese flag; ``-x``: and fast x head,
  max, min), every (source, label, language) group weighing alike and the two labels of
  each language alike; its log-odds replace the 0.5 average, the block point by the shipped
  rule on the stacker's validation scores.
* ``tanh32 decay=1e-2``: the shipped head with ten times the weight decay (each fold's head
  retrained on its training sources; the cached fast models).
* ``head + static``: the head's input is the e5 vector with the fast model's mean GiNZA
  static vector beside it.
* ``tanh32 look-alike x2``: the shipped head with the look-alike benign rows
  (``train_guard.HARD_BENIGN``) weighing twice in its loss.

Writes ``bench/results/guard_stack_variants.json`` (summary per variant, the table).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import guard_loso
import train_guard
from guard_head_variants import hard_benign_boost, tanh_head, variant_scores

from guardrails.classify.embedding_head import EmbeddingHead
from guardrails.classify.trained_weights import OperatingPoints, load_weights
from guardrails.policy import load_policy_file

OUT = Path("bench/results/guard_stack_variants.json")

Scored = train_guard.Scored


def _design(fast: np.ndarray, head: np.ndarray, ja: np.ndarray, kind: str) -> np.ndarray:
    cols = [np.ones_like(fast), fast, head]
    if kind in ("lang", "lang-x"):
        cols += [ja, ja * fast, ja * head]
    if kind == "lang-x":
        cols += [fast * head / 10.0, np.maximum(fast, head), np.minimum(fast, head)]
    return np.stack(cols, axis=1)


def _group_weights(rows: Any, index: np.ndarray) -> np.ndarray:
    """Every (source, label, language) group weighs alike; then each language's attack and
    benign halves weigh alike."""
    keys = [(rows[i].source, rows[i].attack, rows[i].lang) for i in index]
    count: dict[tuple[str, bool, str], int] = {}
    for key in keys:
        count[key] = count.get(key, 0) + 1
    halves: dict[tuple[bool, str], int] = {}
    for source, attack, lang in count:
        del source
        halves[(attack, lang)] = halves.get((attack, lang), 0) + 1
    return np.array([1.0 / count[k] / halves[(k[1], k[2])] for k in keys])


def _fit_logistic(x: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-3) -> np.ndarray:
    """Weighted logistic regression by Newton's method (a few features; deterministic)."""
    beta = np.zeros(x.shape[1])
    w = w / w.sum()
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w * (p - y)) + l2 * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta


Placer = Callable[
    [Any, np.ndarray, Scored, np.ndarray, Scored],
    list[tuple[np.ndarray, Scored, OperatingPoints]],
]
"""(rows, validation order, validation scores, held-out order, held-out scores) ->
[(held-out row mask, held-out scores as the 0.5 average reads them, points)]."""


def shipped(rows: Any, vo: np.ndarray, vs: Scored, ho: np.ndarray, hs: Scored) -> Any:
    return [(np.ones(len(ho), dtype=bool), hs, train_guard.choose_points(rows, vo, vs))]


def per_lang(rows: Any, vo: np.ndarray, vs: Scored, ho: np.ndarray, hs: Scored) -> Any:
    out = []
    vlang = np.array([rows[i].lang for i in vo])
    hlang = np.array([rows[i].lang for i in ho])
    for code in ("ja", "en"):
        mine = vlang == code
        points = train_guard.choose_points(rows, vo[mine], Scored(vs.fast[mine], vs.head[mine]))
        out.append((hlang == code, hs, points))
    return out


def stacker(kind: str) -> Placer:
    def place(rows: Any, vo: np.ndarray, vs: Scored, ho: np.ndarray, hs: Scored) -> Any:
        embedded = ~np.isnan(vs.head)
        vja = np.array([rows[i].lang == "ja" for i in vo], dtype=np.float64)
        hja = np.array([rows[i].lang == "ja" for i in ho], dtype=np.float64)
        y = np.array([rows[i].attack for i in vo], dtype=np.float64)
        x = _design(vs.fast[embedded], vs.head[embedded], vja[embedded], kind)
        beta = _fit_logistic(x, y[embedded], _group_weights(rows, vo[embedded]))

        def as_head(s: Scored, ja: np.ndarray) -> Scored:
            head = np.where(np.isnan(s.head), 0.0, s.head)
            stacked = _design(s.fast, head, ja, kind) @ beta
            # 0.5 * fast + 0.5 * (2 * stacked - fast) == stacked
            return Scored(s.fast, np.where(np.isnan(s.head), np.nan, 2 * stacked - s.fast))

        points = train_guard.choose_points(rows, vo, as_head(vs, vja))
        return [(np.ones(len(ho), dtype=bool), as_head(hs, hja), points)]

    return place


def static_head_scores(setup: Any) -> tuple[Scored, np.ndarray]:
    """8 fold heads on [e5 vector, mean static vector] (the cached fast models)."""
    rows, features, e5_index, vectors = setup.rows, setup.features, setup.e5_index, setup.vectors
    index = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    fold_of = train_guard.source_folds(rows, index)
    of_row = np.array([fold_of[rows[i].source] for i in index])
    order, fasts, heads = [], [], []
    for fold in range(train_guard.FOLDS):
        held, kept = index[of_row == fold], index[of_row != fold]
        fast = train_guard.cached_fast(rows, kept[setup.fast_rows[kept]], features)
        embedded = kept[e5_index[kept] >= 0]
        x = np.hstack([vectors[e5_index[embedded]], features.static[embedded]])
        head = train_guard.train_head(
            x,
            np.array([rows[i].attack for i in embedded], dtype=np.float64),
            train_guard.sample_weights([rows[i] for i in embedded]),
        )
        fast_logit = features.take(held).logits(fast)
        head_logit = np.full(held.shape[0], np.nan)
        where = e5_index[held] >= 0
        xs = np.hstack([vectors[e5_index[held[where]]], features.static[held[where]]])
        head_logit[where] = EmbeddingHead(head).logits(xs)
        order.append(held)
        fasts.append(fast_logit)
        heads.append(head_logit)
    return Scored(np.concatenate(fasts), np.concatenate(heads)), np.concatenate(order)


VARIANTS: dict[str, tuple[str, Placer]] = {
    "shipped": ("cached", shipped),
    "per-lang points": ("cached", per_lang),
    "stack2": ("cached", stacker("plain")),
    "stack-lang": ("cached", stacker("lang")),
    "stack-lang-x": ("cached", stacker("lang-x")),
    "tanh32 decay=1e-2": ("decay", shipped),
    "head + static": ("static", shipped),
    "tanh32 look-alike x2": ("lookalike", shipped),
}


def report(setup: Any, held_out: tuple[Scored, np.ndarray], place: Placer) -> dict[str, Any]:
    rows = setup.rows
    scored, order = held_out
    source_of = np.array([rows[i].source for i in order])
    table: list[dict[str, Any]] = []
    for source in sorted(set(source_of)):
        mine = source_of == source
        placed = place(
            rows,
            order[~mine],
            Scored(scored.fast[~mine], scored.head[~mine]),
            order[mine],
            Scored(scored.fast[mine], scored.head[mine]),
        )
        for mask, hs, points in placed:
            table.extend(
                guard_loso._rows_for(
                    source,
                    rows,
                    order[mine][mask],
                    Scored(hs.fast[mask], hs.head[mask]),
                    points,
                    setup.rule_stops,
                    None if source == "policy_exemplars" else setup.main_view,
                )
            )
    return {"summary": summarise(table), "table": table}


def summarise(table: list[dict[str, Any]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for kind in ("public", "generated"):
        for lang in ("en", "ja"):
            values = [
                r["stopped_whole"]
                for r in table
                if r["label"] == "attack"
                and r["lang"] == lang
                and r["source"].startswith("gen_") == (kind == "generated")
                and r["stopped_whole"] is not None
            ]
            out[f"{kind} recall {lang.upper()}"] = statistics.mean(values)
            cascade = [
                r["stopped"]
                for r in table
                if r["label"] == "attack"
                and r["lang"] == lang
                and r["source"].startswith("gen_") == (kind == "generated")
            ]
            out[f"{kind} recall {lang.upper()} cascade alone"] = statistics.mean(cascade)
    benign = [r for r in table if r["label"] == "benign" and r["stopped_whole"] is not None]
    ordinary = [r["stopped_whole"] for r in benign if r["source"] not in train_guard.HARD_BENIGN]
    lookalike = [r["stopped_whole"] for r in benign if r["source"] in train_guard.HARD_BENIGN]
    out["ordinary benign mean"] = statistics.mean(ordinary)
    out["ordinary benign median"] = statistics.median(ordinary)
    out["look-alike benign mean"] = statistics.mean(lookalike)
    return {k: round(100 * v, 2) for k, v in out.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", help="default: every variant")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    names = args.variants or list(VARIANTS)
    policy = load_policy_file(Path("policies/default.yaml")).policy.guard
    card = load_weights(policy.learned.model).card
    train_guard.BAG = int(card.get("bagged_heads", 1))
    # The recipe's block-point rule (guard-v2: mean), as bench/guard.py --loso uses it.
    train_guard.BENIGN_RULE = str(card.get("benign_rule", "mean"))
    setup = guard_loso._setup(policy)
    rows = setup.rows
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    cached = train_guard.cached_loso(
        rows, shippable, setup.features, setup.e5_index, setup.vectors, setup.fast_rows
    )
    results: dict[str, Any] = {}
    if args.out.exists():
        results = json.loads(args.out.read_text(encoding="utf-8"))
    for name in names:
        scores, place = VARIANTS[name]
        started = time.process_time()
        if scores == "cached":
            held_out = cached
        elif scores == "decay":
            held_out = variant_scores(
                tanh_head(32, 1e-2),
                train_guard.sample_weights,
                rows,
                shippable,
                setup.features,
                setup.e5_index,
                setup.vectors,
                setup.fast_rows,
            )
        elif scores == "lookalike":
            held_out = variant_scores(
                tanh_head(32, 1e-3),
                hard_benign_boost(2.0, train_guard.sample_weights),
                rows,
                shippable,
                setup.features,
                setup.e5_index,
                setup.vectors,
                setup.fast_rows,
            )
        else:
            held_out = static_head_scores(setup)
        result = report(setup, held_out, place)
        cpu = time.process_time() - started
        print(f"\n=== {name} ({cpu:.0f} CPU-s)", flush=True)
        for key, value in result["summary"].items():
            print(f"  {key:40} {value:6.2f}")
        results[name] = {"cpu_s": round(cpu, 1), **result}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
