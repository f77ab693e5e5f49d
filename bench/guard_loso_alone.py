"""Attack sources left out one at a time, beside the 8-fold figure of ``bench/guard.py --loso``.

    python bench/guard_loso_alone.py [SOURCE ...]   # default: every public attack source

The held-out table of ``bench/guard.py --loso`` leaves sources out in 8 folds of four or
five (``train_guard.loso_scores``), so a source's model also lacks three or four others:
AILuminate is left out together with the in-the-wild jailbreaks and forbidden questions,
XSTest with the generated harmful requests. This script retrains the cascade (fast model
and e5 head) without *one* source, for each source named, and scores that source's e5
sample; the operating points are the same as in the 8-fold table (chosen on the *other*
sources' 8-fold held-out scores, ``train_guard.choose_points``). The fast models are
cached by their training rows like every other fold's; the scores are cached too.

Writes ``bench/results/guard_loso_alone.json``. The difference between the two columns is
what the 8-fold grouping costs a source; neither was tuned on the source it reports.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard
from guard_corpus import Prompt

from guardrails.classify.trained_weights import OperatingPoints

OUT = Path("bench/results/guard_loso_alone.json")


def alone_scores(
    source: str,
    rows: list[Prompt],
    shippable: np.ndarray,
    features: train_guard.Features,
    e5_index: np.ndarray,
    vectors: np.ndarray,
    fast_rows: np.ndarray,
) -> tuple[np.ndarray, train_guard.Scored]:
    """The rows of ``source`` and their scores by a cascade trained on every other shippable
    source (cached on disk by the training rows and settings)."""
    mine = np.array([rows[i].source == source for i in shippable])
    kept, held = shippable[~mine], shippable[mine]
    key = "\x00".join(
        [
            str((train_guard.BUCKETS, train_guard.SEED, train_guard.HIDDEN, vectors.shape)),
            str(train_guard.HEAD_EPOCHS),
            source,
            *(f"{rows[i].source}\x01{rows[i].attack}\x01{rows[i].text}" for i in shippable),
        ]
    )
    path = train_guard.CACHE_DIR / f"alone-{hashlib.sha256(key.encode()).hexdigest()[:16]}.npz"
    if path.exists():
        with np.load(path) as data:
            return held, train_guard.Scored(data["fast"], data["head"])
    cascade = train_guard.train_cascade(rows, kept, features, e5_index, vectors, fast_rows)
    scored = train_guard.score(cascade, held, features, e5_index, vectors)
    np.savez(path, fast=scored.fast, head=scored.head)
    return held, scored


def stopped_share(
    rows: list[Prompt],
    held: np.ndarray,
    scored: train_guard.Scored,
    points: OperatingPoints,
    lang: str,
) -> tuple[float, int] | None:
    """Share of the source's embedded attacks in ``lang`` the cascade stops (None: < 5)."""
    combined = points.fast_weight * scored.fast + (1 - points.fast_weight) * scored.head
    stopped = (scored.fast >= points.fast_benign_below) & (combined >= points.threshold)
    mask = np.array([rows[i].attack and rows[i].lang == lang for i in held])
    mask &= ~np.isnan(scored.head)
    if mask.sum() < 5:
        return None
    return float(stopped[mask].mean()), int(mask.sum())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", help="default: every public attack source")
    args = parser.parse_args()
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False, embed=False)
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    scored, order = train_guard.cached_loso(rows, shippable, features, e5_index, vectors, fast_rows)
    source_of = np.array([rows[i].source for i in order])
    position = {int(r): k for k, r in enumerate(order)}
    sources = args.sources or sorted(
        {
            rows[i].source
            for i in shippable
            if rows[i].attack and not rows[i].source.startswith("gen_")
        }
    )
    table = []
    print(f"{'source':32} {'lang':4} {'n e5':>5} {'8 folds':>8} {'alone':>7} {'cpu s':>6}")
    for source in sources:
        started = time.process_time()
        others = source_of != source
        points = train_guard.choose_points(
            rows, order[others], train_guard.Scored(scored.fast[others], scored.head[others])
        )
        held, alone = alone_scores(source, rows, shippable, features, e5_index, vectors, fast_rows)
        at = np.array([position[int(i)] for i in held], dtype=np.int64)
        folded = train_guard.Scored(scored.fast[at], scored.head[at])
        cpu = time.process_time() - started
        for lang in ("ja", "en"):
            a = stopped_share(rows, held, alone, points, lang)
            f = stopped_share(rows, held, folded, points, lang)
            if a is None or f is None:
                continue
            table.append(
                {
                    "source": source,
                    "lang": lang,
                    "n_e5": a[1],
                    "stopped_8_folds": round(f[0], 4),
                    "stopped_alone": round(a[0], 4),
                }
            )
            print(f"{source:32} {lang:4} {a[1]:5d} {f[0]:8.1%} {a[0]:7.1%} {cpu:6.0f}", flush=True)
    for lang in ("ja", "en"):
        mine = [r for r in table if r["lang"] == lang]
        if mine:
            folded_mean = np.mean([r["stopped_8_folds"] for r in mine])
            alone_mean = np.mean([r["stopped_alone"] for r in mine])
            print(f"mean {lang}: 8 folds {folded_mean:.1%}, alone {alone_mean:.1%}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"table": table}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
