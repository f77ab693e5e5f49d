"""A real embedder wrapped to record the texts of every query call that reaches it.

Tests use it to count how often the model itself is asked (the memo and the shared
registry are judged by that), never to replace the model.
"""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.embedder import Embedder, Vectors

__all__ = ["CountingEmbedder"]


class CountingEmbedder:
    """``inner`` unchanged, with ``calls``: the texts of each ``embed_queries`` call."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.calls: list[list[str]] = []

    @property
    def name(self) -> str:
        return self.inner.name

    @property
    def dimension(self) -> int:
        return self.inner.dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self.inner.embed_passages(texts)
