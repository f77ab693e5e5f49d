"""Builds what searching an index needs from its definition: tokenizer, embedder, searcher.

Failure behaviour: :class:`~retrieval.errors.EmbedderError` when the definition's model
cannot be loaded.
"""

from __future__ import annotations

import logging

from retrieval.embedder_factory import build_embedder
from retrieval.embedder_registry import EmbedderRegistry
from retrieval.errors import StoreError
from retrieval.faq_searcher import FaqSearcher, SearchMode
from retrieval.index_definition import IndexDefinition
from retrieval.milvus_store import MilvusStore
from retrieval.sudachi_tokenizer import SudachiTokenizer
from retrieval.word_vectors import WordVectorsError

__all__ = ["build_searcher", "build_tokenizer", "search_mode"]

logger = logging.getLogger(__name__)


def build_tokenizer(definition: IndexDefinition) -> SudachiTokenizer | None:
    """The BM25 tokenizer of ``definition``, or None when BM25 is off."""
    if not definition.hybrid.bm25:
        return None
    options = definition.bm25
    return SudachiTokenizer(
        mode=options.mode, normalized=options.normalized, dropped_pos=options.dropped_pos
    )


def search_mode(definition: IndexDefinition) -> SearchMode:
    """How searches of ``definition``'s index fuse their lists (the stage, ``mamori index
    search`` and the benchmark all rank through this)."""
    hybrid = definition.hybrid
    return SearchMode(
        dense=hybrid.dense,
        bm25=hybrid.bm25,
        rrf_k=hybrid.rrf_k,
        weights=tuple(sorted(hybrid.weights.items())),
        candidates=hybrid.candidates,
        feedback_entries=hybrid.feedback_entries,
        feedback_weight=hybrid.feedback_weight,
        fusion=hybrid.fusion,
        fusion_rrf=hybrid.fusion_rrf,
        local_copy_mb=hybrid.local_copy_mb,
    )


def build_searcher(
    store: MilvusStore, definition: IndexDefinition, *, embedders: EmbedderRegistry | None = None
) -> FaqSearcher:
    """A searcher for ``definition.name`` with its embedder and tokenizer. The embedder comes
    from ``embedders`` (shared with every equal configuration), or is loaded now. The
    index's current version is read at once (:meth:`FaqSearcher.warm`); an index that
    does not exist yet, or a store that fails, is left to the first search to report."""
    embedder = None
    if definition.hybrid.dense:
        embedder = (
            embedders.get(definition.embedder)
            if embedders is not None
            else build_embedder(definition.embedder)
        )
    searcher = FaqSearcher(
        store,
        definition.name,
        embedder=embedder,
        tokenizer=build_tokenizer(definition),
        mode=search_mode(definition),
    )
    try:
        # The layout and the in-process copy are read now (in this process: a gateway
        # worker builds its searchers after the fork), not on a user's first request.
        searcher.warm()
    except (StoreError, WordVectorsError) as exc:
        # A warning: until it is built, every search of this index (every request of a
        # policy with retrieval on, every faq-extractive answer) is a 503, and /readyz does
        # not look at indexes; `mamori serve` alone, unlike `make serve`, builds none.
        logger.warning("index %s: not read at start-up (%s)", definition.name, exc)
    return searcher
