"""Word uni- and bigrams beside the fast model's character n-grams, on the whole guard's
held-out table (an experiment; the shipped fast model reads character n-grams only).

    python bench/guard_word_features.py [--scale 1.0] [--out FILE]

The words are the tokens the fast model already reads for its static word vectors (GiNZA's
SudachiPy tokenizer over the first ``STATIC_CHARS`` cleaned characters, punctuation and
spaces skipped), by their normalised form (Sudachi's ``norm_``: 「出来る」 and 「できる」 are
one word; English words lower-cased), so at inference they would cost no second tokenizer
pass. Each unigram and each pair of neighbouring words is hashed (BLAKE2b) into a second
block of ``train_guard.BUCKETS`` slots after the character n-grams; the block has unit
length times ``--scale``.

Each of the 8 folds of ``train_guard.loso_scores`` retrains only its fast model on the same
rows with the extra features (full-batch, as ``train_guard.train_fast``); the e5 head
scores are the cached ones of the same folds (the head does not read the fast features),
so the cascade's held-out scores differ from the shipped recipe's in the fast model alone.
The table is ``guard_loso.loso_report``'s: each source's operating points are chosen on the
*other* sources' held-out scores by ``train_guard.choose_points``; nothing is tuned on the
source reported.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard
from guard_loso import loso_report

from guardrails.classify.fast_model import STATIC_CHARS
from guardrails.classify.normalizer import clean
from guardrails.classify.static_vectors import static_vectors
from guardrails.policy import load_policy_file

OUT = Path("bench/results/guard_word_features.json")


def word_slots(text: str, buckets: int) -> np.ndarray:
    """Sorted unique slots (in ``[0, buckets)``) of the text's word uni- and bigrams."""
    vectors = static_vectors()
    doc = vectors._nlp.tokenizer(clean(text)[:STATIC_CHARS])
    words = [t.norm_.lower() for t in doc if not (t.is_space or t.is_punct)]
    grams = words + [f"{a}\x00{b}" for a, b in itertools.pairwise(words)]
    slots = {
        int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little") % buckets
        for g in grams
    }
    return np.array(sorted(slots), dtype=np.int64)


def cached_word_slots(texts: list[str], buckets: int) -> list[np.ndarray]:
    """:func:`word_slots` per text, kept outside the repository by the text's SHA-256."""
    path = train_guard.CACHE_DIR / f"words-{buckets}.npz"
    store: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            keys, indptr, slots = data["keys"], data["indptr"], data["slots"]
        store = {str(k): slots[indptr[i] : indptr[i + 1]] for i, k in enumerate(keys)}
    keys = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
    missing = [(k, t) for k, t in dict(zip(keys, texts, strict=True)).items() if k not in store]
    started = time.process_time()
    for n, (key, text) in enumerate(missing):
        store[key] = word_slots(text, buckets)
        if n % 10000 == 9999:
            print(f"  words: {n + 1}/{len(missing)}", flush=True)
    if missing:
        print(f"word n-grams of {len(missing)} texts: {time.process_time() - started:.0f} CPU-s")
        names = list(store)
        lengths = np.array([store[k].shape[0] for k in names], dtype=np.int64)
        np.savez(
            path,
            keys=np.asarray(names),
            indptr=np.concatenate([[0], np.cumsum(lengths)]),
            slots=np.concatenate([store[k] for k in names]),
        )
    return [store[k] for k in keys]


def with_words(
    features: train_guard.Features, words: list[np.ndarray], scale: float
) -> train_guard.Features:
    """``features`` with each row's word slots appended after ``train_guard.BUCKETS``."""
    buckets = train_guard.BUCKETS
    slots, values, lengths = [], [], []
    for i, extra in enumerate(words):
        start, end = features.indptr[i], features.indptr[i + 1]
        slots.append(features.slots[start:end])
        values.append(features.values[start:end])
        if extra.size:
            slots.append(extra + buckets)
            values.append(np.full(extra.size, scale / np.sqrt(extra.size)))
        lengths.append(end - start + extra.size)
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    return train_guard.Features(
        indptr,
        np.concatenate(slots),
        np.concatenate(values).astype(np.float64),
        features.static,
        features.dense,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="length of the word block")
    parser.add_argument("--policy", type=Path, default=Path("policies/default.yaml"))
    parser.add_argument("--benign-rule", choices=("median", "mean"), default="mean")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    train_guard.BENIGN_RULE = args.benign_rule
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False, embed=False)
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    base, order = train_guard.cached_loso(rows, shippable, features, e5_index, vectors, fast_rows)
    words = cached_word_slots([r.text for r in rows], train_guard.BUCKETS)
    extended = with_words(features, words, args.scale)
    char_buckets = train_guard.BUCKETS
    fold_of = train_guard.source_folds(rows, shippable)
    of_order = np.array([fold_of[rows[i].source] for i in order])
    of_row = np.array([fold_of[rows[i].source] for i in shippable])
    fast = np.empty(order.shape[0])
    train_guard.BUCKETS = 2 * char_buckets  # the word block follows the character block
    try:
        for fold in range(train_guard.FOLDS):
            started = time.process_time()
            kept = shippable[of_row != fold]
            kept = kept[fast_rows[kept]]
            chosen = [rows[i] for i in kept]
            labels = np.array([r.attack for r in chosen], dtype=np.float64)
            weights = train_guard.train_fast(
                extended.take(kept), labels, train_guard.sample_weights(chosen)
            )
            held = of_order == fold
            fast[held] = extended.take(order[held]).logits(weights)
            print(f"  fold {fold}: {time.process_time() - started:.0f} CPU-s", flush=True)
    finally:
        train_guard.BUCKETS = char_buckets
    policy = load_policy_file(args.policy).policy.guard
    scored = train_guard.Scored(fast, base.head)
    print(f"\n== fast model with word n-grams (scale {args.scale}) ==")
    report: dict[str, Any] = {
        "scale": args.scale,
        "benign_rule": args.benign_rule,
        "words": loso_report(policy, held_out=(scored, order), quiet=False),
        "baseline": loso_report(policy, held_out=(base, order), quiet=True),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
