"""Training recipes meant to carry over to sources left out of training, on the whole
guard's 8-fold held-out table (twenty-third round).

    python bench/guard_robust_heads.py [VARIANT ...] [--out FILE]   # default: every variant

Same protocol as ``bench/guard_head_variants.py``: each variant retrains only the e5 head
of each of the 8 fixed folds (the fold's fast model is the cached one, trained on the same
rows), scores the fold's left-out sources and reads them through
``guard_loso.loso_report``: every source's operating points are chosen on the *other*
sources' held-out scores by the shipped rule, so nothing is tuned on the source reported.
The rule and exemplar verdicts are computed once and shared by the variants.

The recipes tried here all aim at the head learning a source's *style* instead of what an
attack is:

* ``dro`` — group-robust training (group DRO): the rows are grouped by (source, label,
  language); the group weights start at the shipped weighting and move, step by step,
  towards the groups with the highest training loss (exponentiated gradient, rate ``eta``),
  so the head cannot fit the easy sources and ignore the rest;
* ``noise`` — Gaussian noise on the standardised embedding, drawn again every epoch (a
  dropout-like regulariser: a boundary that survives it depends on many directions of the
  embedding, not on a few a source's style sets);
* ``style projection`` — the directions along which sources of the same label and
  language differ most are projected out of the embedding before the head (folded into
  its hidden layer, so the weights file keeps its format);
* ``mixup`` — every row is mixed with a row of the same label and language from another
  source (a new draw every epoch): the head sees points between sources, so a direction
  that only separates two sources' styles stops paying.

Writes ``bench/results/guard-r23-robust-heads.json``: per variant the summary the adoption
rule reads (public recall per language, ordinary benign mean / median, look-alike mean,
held-out conversational turns), the recall summary and the table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard
from guard_corpus import Prompt
from guard_loso import loso_report

from guardrails.classify.embedding_head import HeadWeights
from guardrails.classify.trained_weights import load_weights
from guardrails.policy import load_policy_file

OUT = Path("bench/results/guard-r23-robust-heads.json")


@dataclass(frozen=True, slots=True)
class RowGroups:
    """Which group each training row of a head is in (integer ids)."""

    group: np.ndarray
    """(source, label, language)."""
    source: np.ndarray
    quarter: np.ndarray
    """(label, language)."""


#: (vectors, labels, weights, groups) -> head.
Trainer = Callable[[np.ndarray, np.ndarray, np.ndarray, RowGroups], HeadWeights]


def robust_head(
    vectors: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray,
    grouping: RowGroups,
    *,
    eta: float = 0.0,
    noise: float = 0.0,
    mixup: float = 0.0,
    project: int = 0,
    epochs: int = train_guard.HEAD_EPOCHS,
    hidden: int = train_guard.HIDDEN,
    decay: float = 1e-3,
    seed: int = train_guard.SEED,
) -> HeadWeights:
    """``train_guard.train_head`` (tanh layer, logistic output, full-batch Adam with weight
    decay, same initial draw) with three optional changes: group DRO at rate ``eta``,
    Gaussian input noise of scale ``noise`` (standardised units) and same-label mixup
    with a row of another source, mixing weight drawn from Beta(``mixup``, ``mixup``).
    With all three at 0 it gives the shipped head's weights. Deterministic (seeded)."""
    rng = np.random.default_rng(seed)
    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    style = _style_directions(x, grouping, project) if project > 0 else None
    if style is not None:
        x = x - (x @ style) @ style.T
    dim = x.shape[1]
    params = [
        rng.normal(0, 1 / np.sqrt(dim), (dim, hidden)),
        np.zeros(hidden),
        rng.normal(0, 1 / np.sqrt(hidden), hidden),
        np.zeros(1),
    ]
    decays = [decay, 0.0, decay, 0.0]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    rate, beta1, beta2 = 0.015, 0.9, 0.999
    total = weights.sum()
    groups = grouping.group
    n_groups = int(groups.max()) + 1
    group_mass = np.bincount(groups, weights, n_groups)
    # Group weights start where the shipped weighting puts them (their share of the mass).
    q = group_mass / group_mass.sum()
    noise_rng = np.random.default_rng([seed, 23])
    partners = _partner_pools(grouping) if mixup > 0 else None
    for step in range(1, epochs + 1):
        xb = x
        if partners is not None:
            other = _draw_partners(partners, noise_rng)
            lam = noise_rng.beta(mixup, mixup, x.shape[0])
            # The row keeps the larger share: its own label stays the right one.
            lam = np.maximum(lam, 1 - lam)
            xb = lam[:, None] * x + (1 - lam[:, None]) * x[other]
        if noise > 0:
            xb = xb + noise * noise_rng.standard_normal(xb.shape)
        inner = np.tanh(xb @ params[0] + params[1])
        logits = inner @ params[2] + params[3][0]
        p = 1.0 / (1.0 + np.exp(-logits))
        if eta > 0:
            loss = np.logaddexp(0.0, logits) - labels * logits
            group_loss = np.bincount(groups, weights * loss, n_groups) / group_mass
            q = q * np.exp(eta * group_loss)
            q /= q.sum()
            residual = weights * q[groups] / group_mass[groups] * (p - labels)
        else:
            residual = weights * (p - labels) / total
        back = np.outer(residual, params[2]) * (1 - inner**2)
        grads = [xb.T @ back, back.sum(axis=0), inner.T @ residual, np.array([residual.sum()])]
        for k, grad in enumerate(grads):
            grad = grad + decays[k] * params[k]
            moments[k] = beta1 * moments[k] + (1 - beta1) * grad
            squares[k] = beta2 * squares[k] + (1 - beta2) * grad * grad
            corrected = moments[k] / (1 - beta1**step)
            params[k] -= rate * corrected / (np.sqrt(squares[k] / (1 - beta2**step)) + 1e-8)
    hidden_weights = params[0]
    if style is not None:
        # The projection is linear: folded into the hidden layer, the file format stays.
        hidden_weights = hidden_weights - style @ (style.T @ hidden_weights)
    return HeadWeights(
        mean.astype(np.float32),
        scale.astype(np.float32),
        hidden_weights.astype(np.float32),
        params[1].astype(np.float32),
        params[2].astype(np.float32),
        float(params[3][0]),
    )


def _style_directions(x: np.ndarray, grouping: RowGroups, k: int) -> np.ndarray:
    """The ``k`` directions along which sources of the same label and language differ
    most (orthonormal columns): the principal axes of the source means, each centred on
    the mean of its (label, language) quarter, every source weighing alike. They carry a
    source's style, not whether a text is an attack, since the label is held fixed."""
    offsets = []
    for q in np.unique(grouping.quarter):
        in_quarter = grouping.quarter == q
        means = [
            x[in_quarter & (grouping.source == s)].mean(axis=0)
            for s in np.unique(grouping.source[in_quarter])
        ]
        if len(means) > 1:
            stacked = np.array(means)
            offsets.append(stacked - stacked.mean(axis=0))
    _, _, vt = np.linalg.svd(np.concatenate(offsets), full_matrices=False)
    return np.asarray(vt[:k].T)


def _partner_pools(grouping: RowGroups) -> list[tuple[np.ndarray, np.ndarray]]:
    """The rows each row may be mixed with: its (label, language) quarter, as (rows of
    the quarter, their sources) pairs."""
    pools: list[tuple[np.ndarray, np.ndarray]] = []
    for q in np.unique(grouping.quarter):
        members = np.flatnonzero(grouping.quarter == q)
        pools.append((members, grouping.source[members]))
    return pools


def _draw_partners(
    pools: list[tuple[np.ndarray, np.ndarray]], rng: np.random.Generator
) -> np.ndarray:
    """One partner per row from its quarter, of another source when a few random draws
    find one (a row whose draws all hit its own source is mixed within the source)."""
    size = sum(len(m) for m, _ in pools)
    other = np.arange(size)
    for members, member_sources in pools:
        k = len(members)
        pick = rng.integers(0, k, k)
        for _ in range(4):
            same = member_sources[pick] == member_sources
            if not same.any():
                break
            pick[same] = rng.integers(0, k, int(same.sum()))
        other[members] = members[pick]
    return other


def _variant(eta: float = 0.0, noise: float = 0.0, mixup: float = 0.0, project: int = 0) -> Trainer:
    def train(x: np.ndarray, y: np.ndarray, w: np.ndarray, grouping: RowGroups) -> HeadWeights:
        return robust_head(x, y, w, grouping, eta=eta, noise=noise, mixup=mixup, project=project)

    return train


VARIANTS: dict[str, Trainer] = {
    "tanh32 sqrt (shipped)": _variant(),
    "dro eta=0.02": _variant(eta=0.02),
    "dro eta=0.1": _variant(eta=0.1),
    "noise 0.7": _variant(noise=0.7),
    "noise 1.5": _variant(noise=1.5),
    "mixup 0.4": _variant(mixup=0.4),
    "dro eta=0.02 + noise 0.7": _variant(eta=0.02, noise=0.7),
    "style projection k=8": _variant(project=8),
    "style projection k=24": _variant(project=24),
}


def variant_scores(
    trainer: Trainer,
    rows: list[Prompt],
    index: np.ndarray,
    features: train_guard.Features,
    e5_index: np.ndarray,
    vectors: np.ndarray,
    fast_rows: np.ndarray,
) -> tuple[train_guard.Scored, np.ndarray]:
    """``train_guard.loso_scores`` with another head trainer (same folds, same cached fast
    models, the shipped row weights)."""
    fold_of = train_guard.source_folds(rows, index)
    of_row = np.array([fold_of[rows[i].source] for i in index])
    order, fasts, heads = [], [], []
    for fold in range(train_guard.FOLDS):
        held, kept = index[of_row == fold], index[of_row != fold]
        fast = train_guard.cached_fast(rows, kept[fast_rows[kept]], features)
        embedded = kept[e5_index[kept] >= 0]
        chosen = [rows[i] for i in embedded]
        weights = train_guard.sample_weights(chosen, train_guard.HEAD_SOURCE_POWER)
        weights = weights * len(chosen) / weights.sum()
        head = trainer(
            vectors[e5_index[embedded]],
            np.array([r.attack for r in chosen], dtype=np.float64),
            weights,
            RowGroups(
                _ids([(r.source, r.attack, r.lang) for r in chosen]),
                _ids([r.source for r in chosen]),
                _ids([(r.attack, r.lang) for r in chosen]),
            ),
        )
        scored = train_guard.score(
            train_guard.Cascade(fast, head), held, features, e5_index, vectors
        )
        order.append(held)
        fasts.append(scored.fast)
        heads.append(scored.head)
    return train_guard.Scored(np.concatenate(fasts), np.concatenate(heads)), np.concatenate(order)


def _ids(keys: list[Any]) -> np.ndarray:
    """Integer ids of ``keys`` (by sorted order: deterministic)."""
    known = {key: k for k, key in enumerate(sorted(set(keys)))}
    return np.array([known[key] for key in keys], dtype=np.int64)


def summarise(table: list[dict[str, Any]]) -> dict[str, float]:
    """What the adoption rule reads (percent), as ``bench/guard_loso_compare.py`` does:
    public and generated recall per language (whole guard, held-out sources), ordinary
    benign mean / median (benign sources outside ``HARD_BENIGN``), look-alike mean, the
    held-out conversational-turn family."""
    out: dict[str, float] = {}
    for kind in ("public", "generated"):
        for lang in ("en", "ja"):
            values = [
                r["stopped_whole"]
                for r in table
                if r["label"] == "attack"
                and r["lang"] == lang
                and not r["source"].startswith("dev")
                and r["source"].startswith("gen_") == (kind == "generated")
                and r["stopped_whole"] is not None
            ]
            out[f"{kind} recall {lang.upper()}"] = statistics.mean(values)
    benign = [
        r
        for r in table
        if r["label"] == "benign" and "(" not in r["source"] and r["stopped_whole"] is not None
    ]
    ordinary = [r["stopped_whole"] for r in benign if r["source"] not in train_guard.HARD_BENIGN]
    lookalike = [r["stopped_whole"] for r in benign if r["source"] in train_guard.HARD_BENIGN]
    out["ordinary benign mean"] = statistics.mean(ordinary)
    out["ordinary benign median"] = statistics.median(ordinary)
    out["look-alike benign mean"] = statistics.mean(lookalike)
    for r in benign:
        if r["source"] == "gen_turns":
            out[f"gen_turns {r['lang'].upper()}"] = r["stopped_whole"]
    return {k: round(100 * v, 2) for k, v in out.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", help="default: every variant")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    out: Path = args.out
    names = args.variants or list(VARIANTS)
    policy = load_policy_file(Path("policies/default.yaml")).policy.guard
    # The block-point rule of the policy's weights (guard-v2: the median and the mean
    # ordinary benign source), as ``bench/guard.py --loso`` reads them.
    train_guard.BENIGN_RULE = str(load_weights(policy.learned.model).card["benign_rule"])
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False, embed=False)
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    results: dict[str, Any] = {}
    if out.exists():
        results = json.loads(out.read_text(encoding="utf-8"))
    for name in names:
        started = time.process_time()
        held_out = variant_scores(
            VARIANTS[name], rows, shippable, features, e5_index, vectors, fast_rows
        )
        cpu = time.process_time() - started
        report = loso_report(policy, held_out=held_out, quiet=True)
        figures = summarise(report["table"])
        print(f"\n=== {name} (8 fold heads: {cpu:.0f} CPU-s)", flush=True)
        for key, value in figures.items():
            print(f"  {key:28} {value:6.2f}", flush=True)
        results[name] = {
            "head_cpu_s": round(cpu, 1),
            "summary": figures,
            "attack_recall": report["attack_recall_by_lang"],
            "auc": report["auc_vs_ordinary_benign"],
            "table": report["table"],
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
