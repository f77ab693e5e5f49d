"""A nearest-neighbour vote in the cascade's band, leave one source out (not shipped).

    python bench/guard.py --threads 1 --loso          # fills the held-out score cache once
    python bench/guard_r27_knn_band.py [--k 10] [--mean-slack 0.0025] [--median-slack 0]

Twenty-seventh round, issue 15 (docs/guard.md, "Twenty-seventh round: a neighbour vote in the
band"). The blind sets' missed attacks mostly sit in the cascade's band: attack probability
0.5–0.9, below the block point. This asks whether the e5 neighbourhood holds more than the
head learned from it: for every embedded row of the cached 8-fold held-out scores
(``train_guard.cached_loso``, the run the shipped points were chosen from), the attack share
among its ``k`` nearest rows by cosine in the *other* folds (the rows that fold's cascade was
trained on). A row is then stopped if the cascade stops it, or if its combined logit is at
least ``low`` and the share at least ``t``.

``(low, t)`` is chosen for each held-out source on the other sources' held-out rows only:
the pair that stops the most of their attacks (mean over source and language) while their
ordinary benign sources' mean block rate rises by at most ``--mean-slack`` and the median by
at most ``--median-slack`` over the recipe's points; no pair qualifying means the recipe's
points alone. Cascade alone (no rules, no exemplars), e5-sample rows. Prints the table and
the summary, writes JSON.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import guard_loso
import numpy as np
import train_guard

from guardrails.policy import load_policy_file

LOWS = (-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0)
SHARES = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def neighbour_shares(
    vectors: np.ndarray, attack: np.ndarray, fold: np.ndarray, k: int
) -> np.ndarray:
    """Per row: the attack share of its ``k`` nearest rows (cosine) outside its own fold."""
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    share = np.zeros(len(unit))
    for f in sorted(set(fold.tolist())):
        queries = np.flatnonzero(fold == f)
        reference = np.flatnonzero(fold != f)
        labels = attack[reference].astype(np.float32)
        for start in range(0, len(queries), 2000):
            chunk = queries[start : start + 2000]
            similarity = unit[chunk] @ unit[reference].T
            nearest = np.argpartition(-similarity, k, axis=1)[:, :k]
            share[chunk] = labels[nearest].mean(axis=1)
    return share


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", type=Path, default=Path("policies/default.yaml"))
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--mean-slack", type=float, default=0.0025)
    parser.add_argument("--median-slack", type=float, default=0.0)
    parser.add_argument("--out", type=Path, default=Path("bench/results/guard-r27-knn-band.json"))
    args = parser.parse_args()
    policy = load_policy_file(args.policy).policy.guard
    setup = guard_loso._setup(policy)
    rows = setup.rows
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    scored, order = train_guard.cached_loso(
        rows, shippable, setup.features, setup.e5_index, setup.vectors, setup.fast_rows
    )
    embedded = ~np.isnan(scored.head)
    index = order[embedded]
    fast, head = scored.fast[embedded], scored.head[embedded]
    source = np.array([rows[i].source for i in index])
    attack = np.array([rows[i].attack for i in index])
    lang = np.array([rows[i].lang for i in index])
    fold = np.array([train_guard.fold_of(s) for s in source])
    vectors = setup.vectors[setup.e5_index[index]].astype(np.float32)
    share = neighbour_shares(vectors, attack, fold, args.k)

    def rates(mask: np.ndarray, stopped: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        benign = [
            stopped[m].mean()
            for name in sorted(set(source[~attack & mask]) - train_guard.HARD_BENIGN)
            if (m := (source == name) & ~attack & mask).sum() >= 10
        ]
        attacks = [
            stopped[m].mean()
            for name in sorted(set(source[attack & mask]))
            for code in ("ja", "en")
            if (m := (source == name) & attack & (lang == code) & mask).sum() >= 5
        ]
        return np.array(benign), np.array(attacks)

    table: list[dict[str, Any]] = []
    chosen: list[tuple[float, float] | None] = []
    for name in sorted(set(source)):
        mine = source == name
        others = ~mine
        points = train_guard.choose_points(
            rows, index[others], train_guard.Scored(fast[others], head[others])
        )
        combined = points.fast_weight * fast + (1 - points.fast_weight) * head
        gate = fast >= points.fast_benign_below
        base = gate & (combined >= points.threshold)
        benign0, attacks0 = rates(others, base)
        best: tuple[float, tuple[float, float] | None] = (float(attacks0.mean()), None)
        for low in LOWS:
            for t in SHARES:
                stopped = base | (gate & (combined >= low) & (share >= t))
                benign, attacks = rates(others, stopped)
                if (
                    np.median(benign) <= np.median(benign0) + args.median_slack
                    and benign.mean() <= benign0.mean() + args.mean_slack
                    and attacks.mean() > best[0] + 1e-9
                ):
                    best = (float(attacks.mean()), (low, t))
        pair = best[1]
        chosen.append(pair)
        voted = base if pair is None else base | (gate & (combined >= pair[0]) & (share >= pair[1]))
        for is_attack in (True, False):
            for code in ("ja", "en"):
                m = mine & (attack == is_attack) & (lang == code)
                if m.sum() < 5:
                    continue
                table.append(
                    {
                        "source": str(name),
                        "label": "attack" if is_attack else "benign",
                        "lang": code,
                        "n": int(m.sum()),
                        "cascade": round(float(base[m].mean()), 4),
                        "with_vote": round(float(voted[m].mean()), 4),
                        "chosen": pair,
                    }
                )
    print(f"{'source':40} {'label':6} lang {'n':>5} {'cascade':>8} {'+vote':>8}  (low, share)")
    for row in table:
        print(
            f"{row['source']:40} {row['label']:6} {row['lang']:4} {row['n']:5d} "
            f"{row['cascade']:8.1%} {row['with_vote']:8.1%}  {row['chosen']}"
        )
    groups: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for row in table:
        hard = row["source"] in train_guard.HARD_BENIGN
        if row["label"] == "attack":
            kind = "generated" if row["source"].startswith("gen_") else "public"
            key = f"attack {kind} {row['lang']}"
        else:
            key = "benign look-alike" if hard else "benign ordinary"
        groups[key].append((row["cascade"], row["with_vote"]))
    summary = {}
    for key, pairs in sorted(groups.items()):
        a = np.array(pairs)
        summary[key] = {
            "sources": len(pairs),
            "cascade_mean": round(float(a[:, 0].mean()), 4),
            "with_vote_mean": round(float(a[:, 1].mean()), 4),
            "cascade_median": round(float(np.median(a[:, 0])), 4),
            "with_vote_median": round(float(np.median(a[:, 1])), 4),
        }
        print(
            f"{key:24} mean {a[:, 0].mean():7.2%} -> {a[:, 1].mean():7.2%}   "
            f"median {np.median(a[:, 0]):7.2%} -> {np.median(a[:, 1]):7.2%}  ({len(pairs)})"
        )
    counts = Counter(str(p) for p in chosen)
    print("pairs chosen per held-out source:", dict(counts))
    args.out.write_text(
        json.dumps(
            {
                "k": args.k,
                "mean_slack": args.mean_slack,
                "median_slack": args.median_slack,
                "chosen": dict(counts),
                "summary": summary,
                "table": table,
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
