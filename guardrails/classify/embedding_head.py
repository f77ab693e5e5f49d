"""The guard's learned head on the multilingual-e5 embedding.

A small network (e5's 384 dimensions → a hidden layer → one attack logit; the hidden
layer is ``tanh``, or ``linear`` for a logistic regression on the embedding, one unit),
trained by ``bench/train_guard.py`` on the query embedding of :func:`e5_view` — the same
embedding the exemplar scores and FAQ retrieval use, so the head adds a few microseconds
to an embedding that is computed anyway. e5 is multilingual: what the head learns from
English attacks carries over to Japanese ones written differently, which character
n-grams cannot do.

Failure behaviour: :class:`EmbeddingHead` raises :class:`ValueError` for an activation it
does not know, and :meth:`EmbeddingHead.logits` when the vectors do not have the dimension
the head was trained on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from guardrails.classify.normalizer import clean

__all__ = ["ACTIVATIONS", "E5_CHARS", "EmbeddingHead", "HeadWeights", "e5_view"]

E5_CHARS = 384
"""Characters of a text the e5 stage reads: attention cost grows with the square of the
length, and the start of a long prompt carries its frame."""


ACTIVATIONS = ("tanh", "linear")
"""Hidden-layer activations a head may have."""


def e5_view(text: str) -> str:
    """The text as the e5 stage embeds it: :func:`clean`, cut at :data:`E5_CHARS`."""
    return clean(text)[:E5_CHARS]


@dataclass(frozen=True, slots=True)
class HeadWeights:
    """Parameters of the head: standardisation, hidden layer, output."""

    mean: np.ndarray
    scale: np.ndarray
    hidden: np.ndarray
    """(dimension, units)."""
    hidden_bias: np.ndarray
    out: np.ndarray
    """(units,)."""
    out_bias: float
    activation: str = "tanh"
    """One of :data:`ACTIVATIONS`."""


class EmbeddingHead:
    """Attack logits for e5 query vectors."""

    def __init__(self, weights: HeadWeights) -> None:
        if weights.activation not in ACTIVATIONS:
            raise ValueError(f"unknown head activation {weights.activation!r}")
        self._w = weights

    @property
    def dimension(self) -> int:
        return int(self._w.mean.shape[0])

    def logits(self, vectors: np.ndarray) -> np.ndarray:
        """One logit per row of ``vectors`` (n, dimension)."""
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise ValueError(f"expected vectors of dimension {self.dimension}")
        w = self._w
        hidden = ((vectors - w.mean) / w.scale) @ w.hidden + w.hidden_bias
        if w.activation == "tanh":
            hidden = np.tanh(hidden)
        logits: np.ndarray = hidden @ w.out + w.out_bias
        return logits
