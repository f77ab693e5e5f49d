"""Nearest labelled exemplars: a per-category similarity score from the retrieval embedder.

Built once per policy version: every category's exemplars and the policy's benign
exemplars are embedded as queries, like the input (a symmetric comparison). A text's score
for a category is the mean cosine similarity of the category's ``top_k`` nearest
exemplars. The same is computed for the benign exemplars, so a category triggers only when

    score ≥ category threshold  and  score − benign score ≥ policy margin.

For a text in which one of a category's context patterns matched (the caller says which:
:meth:`EmbeddingClassifier.scores`), ``context_threshold`` replaces the category threshold.
The benign margin still applies: without it, every question about writing prompts would
count as prompt extraction, however close it is to the benign exemplars.

Embedding is blocking CPU work: callers on the event loop run :meth:`scores` in a thread.
Exemplar vectors can come from a :class:`~guardrails.classify.vector_cache.VectorCache`,
so that only new exemplars are embedded when a policy is built again.

Failure behaviour: embedder errors (:class:`~retrieval.errors.EmbedderError`) propagate;
the guard stage turns them into a failed (closed) request.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from guardrails.classify.normalizer import clean
from guardrails.classify.vector_cache import VectorCache
from guardrails.policy.guard import GuardCategory
from retrieval.embedder import Embedder, Vectors

__all__ = ["BENIGN", "EmbeddingClassifier", "EmbeddingScores"]

BENIGN = "benign"
"""Key of the benign score in :class:`EmbeddingScores`."""


@dataclass(frozen=True, slots=True)
class EmbeddingScores:
    """Similarity per category (and :data:`BENIGN`) for one text."""

    scores: dict[str, float]
    triggered: frozenset[str]


class EmbeddingClassifier:
    """Exemplar similarity per category; see the module docstring."""

    def __init__(
        self,
        embedder: Embedder,
        categories: Mapping[str, GuardCategory],
        benign_exemplars: tuple[str, ...],
        *,
        top_k: int,
        margin: float,
        vector_cache: VectorCache | None = None,
    ) -> None:
        self._embedder = embedder
        self._top_k = top_k
        self._margin = margin
        self._thresholds = {name: c.threshold for name, c in categories.items() if c.exemplars}
        self._context_thresholds = {
            name: c.context_threshold
            for name, c in categories.items()
            if c.exemplars and c.context_threshold is not None
        }
        labels: list[str] = []
        texts: list[str] = []
        for name, category in categories.items():
            for exemplar in category.exemplars:
                labels.append(name)
                texts.append(exemplar)
        for exemplar in benign_exemplars:
            labels.append(BENIGN)
            texts.append(exemplar)
        self._labels = np.asarray(labels)
        # Exemplars are normalised like the input so that width or kana differences in the
        # policy text do not move the scores.
        # Embedded as queries, like the input: e5 compares two texts of the same kind best
        # when both carry the query prefix (measured: higher recall at equal false positives).
        cleaned = [clean(t) for t in texts]
        self._vectors: Vectors = (
            vector_cache.embed_queries(embedder, cleaned)
            if vector_cache is not None
            else embedder.embed_queries(cleaned)
        )

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    @property
    def empty(self) -> bool:
        return not self._thresholds

    def scores(self, texts: list[str], contexts: frozenset[str] = frozenset()) -> EmbeddingScores:
        """The highest score per category over ``texts`` (:func:`clean` views of one input);
        ``contexts`` are the categories whose context patterns matched the input."""
        if self.empty or not texts:
            return EmbeddingScores({}, frozenset())
        return self.scores_for(self._embedder.embed_queries(texts), contexts)

    def scores_for(
        self, vectors: Vectors, contexts: frozenset[str] = frozenset()
    ) -> EmbeddingScores:
        """:meth:`scores` for views already embedded as queries (one row per view), so
        that the caller can use the same embedding for something else."""
        if self.empty or vectors.shape[0] == 0:
            return EmbeddingScores({}, frozenset())
        similarities = vectors @ self._vectors.T
        best: dict[str, float] = {}
        for label in [*self._thresholds, BENIGN]:
            columns = similarities[:, self._labels == label]
            if columns.shape[1] == 0:
                continue
            k = min(self._top_k, columns.shape[1])
            top = -np.sort(-columns, axis=1)[:, :k]
            best[label] = round(float(top.mean(axis=1).max()), 4)
        benign = best.get(BENIGN, 0.0)
        needed = {
            name: self._context_thresholds.get(name, threshold) if name in contexts else threshold
            for name, threshold in self._thresholds.items()
        }
        triggered = frozenset(
            name
            for name, threshold in needed.items()
            if best.get(name, 0.0) >= threshold and best[name] - benign >= self._margin
        )
        return EmbeddingScores(best, triggered)
