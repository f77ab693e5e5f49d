"""Query text → FAQ hits for one index: embed, tokenise, search Milvus.

Used by the retrieval stage, the built-in ``faq-extractive`` model, ``mamori index search``
and the benchmark. The index is searched by its alias, so a reindex that moves the alias
is picked up by the next search without a restart. The layout of the version behind the
alias (dense and/or BM25) is re-read every few seconds, and at once when a search fails,
so a rollback to a version built differently is followed too.

Calls are blocking (embedding, gRPC): async callers run them with
``anyio.to_thread.run_sync``.

Failure behaviour: :class:`~retrieval.errors.StoreError` when the index does not exist or
Milvus fails, and when the index's dense vectors were made by another embedder than the
one given (the vectors would not be comparable); :class:`EmbedderError` from embedding.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from retrieval.embedder import Embedder
from retrieval.errors import StoreError
from retrieval.milvus_store import CollectionLayout, MilvusStore, SearchHit, unique_by_id
from retrieval.sudachi_tokenizer import SudachiTokenizer

__all__ = ["FaqSearcher", "SearchMode"]

logger = logging.getLogger(__name__)

_LAYOUT_TTL_S = 5.0


@dataclass(frozen=True, slots=True)
class SearchMode:
    """Which searches run; both on means hybrid (RRF). Limited by the index's layout."""

    dense: bool = True
    bm25: bool = True
    rrf_k: int = 60


class FaqSearcher:
    """Searches one index (by alias) with the embedder and tokenizer it was built with."""

    def __init__(
        self,
        store: MilvusStore,
        index: str,
        *,
        embedder: Embedder | None,
        tokenizer: SudachiTokenizer | None,
        mode: SearchMode = SearchMode(),
    ) -> None:
        self.index = index
        self._store = store
        self._embedder = embedder
        self._tokenizer = tokenizer
        self._mode = mode
        self._layout: CollectionLayout | None = None
        self._layout_at = 0.0
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Embedder | None:
        """The query embedder (None: BM25 only)."""
        return self._embedder

    def search(self, query: str, top_k: int, *, strong: bool = False) -> list[SearchHit]:
        """Up to ``top_k`` entries for ``query``, best first, ids unique."""
        try:
            return self._search(query, top_k, self._current_layout(), strong)
        except StoreError:
            # The alias may have moved to a version built differently: look again once.
            return self._search(query, top_k, self._current_layout(refresh=True), strong)

    def _search(
        self, query: str, top_k: int, layout: CollectionLayout, strong: bool
    ) -> list[SearchHit]:
        use_dense = self._mode.dense and layout.dense and self._embedder is not None
        use_bm25 = self._mode.bm25 and layout.bm25 and self._tokenizer is not None
        vector = None
        if use_dense:
            assert self._embedder is not None
            if layout.embedder != self._embedder.name:
                raise StoreError(
                    f"index {self.index!r} was built with embedder {layout.embedder!r}, "
                    f"but {self._embedder.name!r} is loaded; restart after changing embedders"
                )
            vector = self._embedder.embed_queries([query])[0]
        terms = self._tokenizer.joined(query) if use_bm25 and self._tokenizer else None
        hits = self._store.search(
            self.index,
            layout,
            query_vector=vector,
            query_terms=terms,
            top_k=top_k,
            rrf_k=self._mode.rrf_k,
            strong=strong,
        )
        return unique_by_id(hits)

    def _current_layout(self, *, refresh: bool = False) -> CollectionLayout:
        with self._lock:
            now = time.monotonic()
            if refresh or self._layout is None or now - self._layout_at > _LAYOUT_TTL_S:
                if self._store.current(self.index) is None:
                    raise StoreError(
                        f"index {self.index!r} does not exist: run `mamori reindex {self.index}`"
                    )
                self._layout = self._store.layout(self.index)
                self._store.ensure_loaded(self.index)
                self._layout_at = now
            return self._layout
