"""The trained part of the guard: fast model first, e5 head for what it cannot settle.

:class:`LearnedCascade` holds one weights file (:mod:`guardrails.classify.trained_weights`)
and answers two questions for :class:`~guardrails.classify.guard_classifier.
GuardClassifier`:

1. :meth:`LearnedCascade.fast` — the fast model's logit (n-grams and static word
   vectors, about a millisecond); :meth:`LearnedCascade.clearly_benign` says whether it is
   low enough to let the text through without the e5 embedding;
2. :meth:`LearnedCascade.attack` — for text that was embedded, the combined logit of
   both models, whether it reaches the attack threshold, and whether it at least leans to
   attack (probability ≥ 0.5, a fixed point, not tuned).

A text with hidden payloads is read in every view (the text and each decoded payload) and
the highest logit counts, so a payload cannot hide behind an ordinary wrapper.

Failure behaviour: building raises :class:`OSError` when the weights or the static
vectors cannot be loaded, or when the embedder's dimension is not the one the head was
trained on; the guard stage then fails closed like any classifier build failure.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import numpy as np

from guardrails.classify.embedding_head import EmbeddingHead
from guardrails.classify.fast_model import FastModel
from guardrails.classify.static_vectors import static_vectors
from guardrails.classify.trained_weights import load_weights

__all__ = ["LearnedCascade", "LearnedScore"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LearnedScore:
    """What the cascade found for one text (probabilities, for the verdict)."""

    probability: float
    """Probability of an attack from the stage that decided (fast, or combined)."""
    attack: bool
    leaning: bool
    """The cascade leans to attack (probability ≥ 0.5) without reaching its threshold: a
    covered category's exemplars may then still decide (see the guard classifier)."""
    stage: str
    """``fast`` (decided before the embedding) or ``e5``."""


class LearnedCascade:
    """Fast model + e5 head of one weights file; see the module docstring."""

    def __init__(self, model: str, *, embedder_name: str, dimension: int) -> None:
        weights = load_weights(model)
        self._fast = FastModel(weights.fast, static_vectors())
        self._head = EmbeddingHead(weights.head)
        if self._head.dimension != dimension:
            raise OSError(
                f"guard weights {model} were trained on {self._head.dimension}-dimensional "
                f"embeddings; the embedder gives {dimension}"
            )
        if embedder_name != weights.embedder:
            # Another build of the same e5 (sentence-transformers, vLLM pooling) gives close
            # vectors; the head still works, but its operating point was not validated there.
            logger.warning(
                "guard weights %s were trained on %s embeddings, the embedder is %s",
                model,
                weights.embedder,
                embedder_name,
            )
        self._points = weights.points
        self.name = weights.name

    def fast(self, normalized: list[str], cleaned: list[str]) -> float:
        """The highest fast logit over the views of one text."""
        return max(self._fast.logit(n, c) for n, c in zip(normalized, cleaned, strict=True))

    def clearly_benign(self, fast_logit: float) -> LearnedScore | None:
        """A benign score when ``fast_logit`` is below the fast operating point, else None."""
        if fast_logit < self._points.fast_benign_below:
            return LearnedScore(_sigmoid(fast_logit), False, False, "fast")
        return None

    def attack(
        self, fast_logit: float, vectors: np.ndarray, *, raise_by: float = 0.0
    ) -> LearnedScore:
        """The combined decision for a text whose views were embedded as ``vectors``;
        ``raise_by`` (logits) raises the attack threshold (a protective request)."""
        head = float(self._head.logits(vectors).max())
        weight = self._points.fast_weight
        combined = weight * fast_logit + (1 - weight) * head
        attack = combined >= self._points.threshold + raise_by
        return LearnedScore(_sigmoid(combined), attack, not attack and combined >= 0.0, "e5")


def _sigmoid(x: float) -> float:
    return round(1.0 / (1.0 + math.exp(-max(min(x, 40.0), -40.0))), 4)
