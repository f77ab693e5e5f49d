"""A cheap first look: text far from every category skips the multilingual-e5 embedding.

The embedding is nearly all of the guard's cost (25–50 ms on CPU against about a
millisecond for the rest). Much ordinary traffic, such as a question about a residence
certificate, is nowhere near any category, and static word vectors can tell that
(:mod:`guardrails.classify.static_vectors`). The prescreen reads the text and every
exemplar as mean chiVe vectors. For each category it takes the mean similarity of the
``top_k`` nearest exemplars, as the embedding classifier does, and it takes the same for
the benign exemplars. The text *passes* (is let through without the embedding) when every
category trails the benign score by more than ``margin``.

It never decides against a text. It only lets through, and only text that is:

* mostly Japanese: more kana and kanji than Latin letters outside the PII stage's
  placeholders (``<PERSON_1>``), as the vectors are Japanese, with at most
  ``max_unknown_share`` of its words lacking a vector;
* free of anything the rules noticed. The caller (:class:`~guardrails.classify.guard_classifier.
  GuardClassifier`) asks only when no rule, no context pattern and no hidden payload
  matched.

What passes is allowed without the embedding classifier's scores; the verdict says so
(``prescreened``).

Failure behaviour: building raises :class:`OSError` when the static vectors cannot be
loaded; the guard stage then fails closed like any classifier build failure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np

from guardrails.classify.normalizer import clean
from guardrails.classify.static_vectors import StaticVectors
from guardrails.policy.guard import GuardCategory, GuardPrescreen

__all__ = ["Prescreen"]

_LATIN = re.compile(r"[A-Za-z]")
# What pii.pseudonymize writes in place of a value (<PERSON_1>, <EMAIL_ADDRESS_2>); its
# letters are not the user's English.
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*?(?:_\d+)?>")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


class Prescreen:
    """Static-vector scores per category for one policy; see the module docstring."""

    def __init__(
        self,
        vectors: StaticVectors,
        categories: Mapping[str, GuardCategory],
        benign_exemplars: tuple[str, ...],
        *,
        top_k: int,
        settings: GuardPrescreen,
    ) -> None:
        self._vectors = vectors
        self._top_k = top_k
        self._margin = settings.margin
        self._max_unknown = settings.max_unknown_share
        groups: dict[str, list[str]] = {
            name: list(category.exemplars)
            for name, category in categories.items()
            if category.exemplars
        }
        self._categories = {name: self._matrix(texts) for name, texts in groups.items()}
        self._benign = self._matrix(list(benign_exemplars))

    @property
    def usable(self) -> bool:
        """Both sides have exemplars: without benign ones nothing could be let through."""
        return bool(self._categories) and self._benign.shape[0] > 0

    def passes(self, text: str) -> bool:
        """True when ``text`` (a :func:`clean` view) is clearly ordinary: see the module
        docstring. Blocking (tokenises the text, about a millisecond)."""
        latin = len(_LATIN.findall(_PLACEHOLDER.sub(" ", text)))
        if not self.usable or latin >= len(_JAPANESE.findall(text)):
            return False
        read = self._vectors.read(text)
        if read.words == 0 or read.unknown > self._max_unknown * read.words:
            return False
        benign = self._score(self._benign, read.vector)
        return all(
            self._score(matrix, read.vector) - benign < self._margin
            for matrix in self._categories.values()
        )

    def _score(self, matrix: np.ndarray, vector: np.ndarray) -> float:
        similarities = matrix @ vector
        k = min(self._top_k, similarities.shape[0])
        return float(np.sort(similarities)[-k:].mean())

    def _matrix(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self._vectors.dimension), dtype=np.float32)
        return np.stack([self._vectors.read(clean(text)).vector for text in texts])
