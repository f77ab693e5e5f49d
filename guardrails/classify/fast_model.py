"""The guard's fast learned model: is this text an attack, without the e5 embedding?

A logistic regression over three views of the normalised text:

* hashed character 1–4-grams (:mod:`guardrails.classify.char_ngrams`): spelling, in any
  language;
* the mean of GiNZA's static chiVe word vectors (:mod:`guardrails.classify.static_vectors`):
  what the words of a Japanese text mean, so that a paraphrase lands near its original;
* a few shape features (length, share of Latin and Japanese letters, PII placeholders).

It costs about a millisecond (most of it the Japanese tokenizer), against 25–50 ms for a
multilingual-e5 embedding on CPU. The guard uses it to let clearly ordinary text through
without the embedding, and as one half of the combined score for the rest
(:class:`~guardrails.classify.guard_classifier.GuardClassifier`). The weights are trained by
``bench/train_guard.py`` and loaded from the package (:mod:`guardrails.classify.trained_weights`).

Failure behaviour: :meth:`FastModel.logit` never raises on a string; building raises
:class:`OSError` when the static vectors cannot be loaded (the guard stage then fails
closed like any classifier build failure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from guardrails.classify.char_ngrams import char_ngrams
from guardrails.classify.static_vectors import StaticVectors

__all__ = ["DENSE_FEATURES", "STATIC_CHARS", "FastModel", "FastWeights", "dense_features"]

DENSE_FEATURES = 4
STATIC_CHARS = 1000
"""Characters of a text the static word vectors read (tokenising costs grow with length)."""
_LATIN = re.compile(r"[a-z]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_PLACEHOLDER = re.compile(r"<[a-z][a-z_]*?(?:_\d+)?>")


@dataclass(frozen=True, slots=True)
class FastWeights:
    """The fast model's parameters (see the module docstring for the views)."""

    ngrams: np.ndarray
    """One weight per hashed n-gram slot (its length is the number of slots)."""
    static: np.ndarray
    """Weights of the static word vector (300 for chiVe)."""
    dense: np.ndarray
    """Weights of :func:`dense_features`."""
    bias: float


def dense_features(text: str) -> np.ndarray:
    """Shape features of a normalised text (lower case): length, Latin share, Japanese
    share, PII placeholders present."""
    placeholders = len(_PLACEHOLDER.findall(text))
    letters = max(len(text), 1)
    return np.array(
        [
            np.log1p(len(text)) / 8.0,
            len(_LATIN.findall(text)) / letters,
            len(_JAPANESE.findall(text)) / letters,
            1.0 if placeholders else 0.0,
        ],
        dtype=np.float32,
    )


class FastModel:
    """Attack logit of a text from its n-grams, static vector and shape."""

    def __init__(self, weights: FastWeights, vectors: StaticVectors) -> None:
        if weights.static.shape[0] != vectors.dimension:
            raise OSError(
                f"fast guard weights expect {weights.static.shape[0]}-dimensional static "
                f"vectors, the model has {vectors.dimension}"
            )
        self._weights = weights
        self._vectors = vectors
        self._buckets = int(weights.ngrams.shape[0])

    def logit(self, normalized: str, cleaned: str) -> float:
        """The attack logit of one text, given its :func:`normalize` and :func:`clean`
        forms (the n-grams read the folded one, the word vectors the ordinary spelling)."""
        w = self._weights
        slots, values = char_ngrams(normalized, self._buckets)
        score = w.bias + float(w.ngrams[slots].astype(np.float32) @ values)
        score += float(w.static @ self._vectors.read(cleaned[:STATIC_CHARS]).vector)
        score += float(w.dense @ dense_features(normalized))
        return score
