"""Query text → FAQ hits for one index: embed, tokenise, search Milvus.

Used by the retrieval stage, the built-in ``faq-extractive`` model, ``mamori index search``
and the benchmark, so all of them rank alike. A search:

1. cleans the query (:func:`~retrieval.search_query.search_query`: greetings, sign-offs
   and placeholders out; a message with none comes back unchanged, so the guard's memo of
   its vector still hits);
2. embeds it and asks Milvus for one ranked list per dense vector field of the index,
   one of entries by their best answer piece (``answer_chunks``, when the index has
   them) and one BM25 list (:meth:`MilvusStore.ranked_lists`), ``candidates`` entries
   each;
3. optionally (pseudo-relevance feedback) moves the query vector towards the best fused
   entries and searches the dense vector fields again (the answer pieces' list is kept:
   searched again with the moved vector it measured worse, docs/retrieval.md);
4. fuses the lists with weighted RRF (:mod:`retrieval.rank_fusion`) and fetches the
   best ``top_k`` entries; every hit carries its cosine similarity to the query and, in
   ``explain``, its rank and score in each list.

The index is searched by its alias, so a reindex that moves the alias
is picked up by the next search without a restart. Where the alias points is looked up every
few seconds; the layout of the version behind it (dense and/or BM25) is re-read when that
changed, and at once when a search fails, so a rollback to a version built differently is
followed too. The lists of one search step are sent to Milvus together
(:meth:`MilvusStore.ranked_lists`), and the entries read for feedback are not read again:
a search with feedback makes three round trips (first lists, feedback entries, dense lists
again) and a fourth only when the final ranking brings an entry not read yet.

Calls are blocking (embedding, gRPC): async callers run them with
``anyio.to_thread.run_sync``.

Failure behaviour: :class:`~retrieval.errors.StoreError` when the index does not exist or
Milvus fails, and when the index's dense vectors were made by another embedder than the
one given (the vectors would not be comparable); :class:`EmbedderError` from embedding.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from retrieval.embedder import Embedder, Vectors
from retrieval.errors import StoreError
from retrieval.faq_entry import FaqEntry
from retrieval.memoized_embedder import MemoizedEmbedder
from retrieval.milvus_store import (
    CHUNK_LIST,
    CollectionLayout,
    MilvusStore,
    RankedList,
    SearchHit,
    chunk_collection,
)
from retrieval.rank_fusion import FusedEntry, Fusion, fuse
from retrieval.search_query import search_query
from retrieval.sudachi_tokenizer import SudachiTokenizer
from retrieval.version_copy import DenseScores, VersionCopy
from retrieval.word_vectors import WORDS_LIST, idf_table, word_vectors

__all__ = ["Candidates", "FaqSearcher", "SearchMode"]

logger = logging.getLogger(__name__)

_LAYOUT_TTL_S = 5.0
#: A copy of more vectors than this is read in a background thread while searches go to
#: Milvus: reading 20,000 entries with their pieces (~115k vectors) takes minutes of a
#: worker's time, which must not be spent on a user's request or hold up start-up.
#: Smaller copies (the sample index; 1,786 entries ≈ 13k vectors, ~1.5 CPU-s) are read
#: at once, so the first search already ranks in the copy.
_SYNC_COPY_VECTORS = 30_000


_NO_VECTOR = ("bm25", WORDS_LIST)
"""Lists searched without the query's e5 vector (from its BM25 terms)."""


def _needs_vector(names: list[str]) -> bool:
    return any(name not in _NO_VECTOR for name in names)


def _embeds(embedder: Embedder | None, query: str) -> bool:
    """Whether embedding ``query`` runs a forward pass (not a memo hit): only then is there
    a wait to make the BM25 terms in."""
    if isinstance(embedder, MemoizedEmbedder):
        return not embedder.holds(query)
    return embedder is not None


@dataclass(frozen=True, slots=True)
class SearchMode:
    """Which lists a search fuses and how. Limited by the index's layout."""

    dense: bool = True
    bm25: bool = True
    rrf_k: int = 60
    weights: tuple[tuple[str, float], ...] = ()
    """RRF weight per list (``question``, ``answer``, ``question_answer``,
    ``answer_chunks``, ``bm25``);
    unlisted lists weigh 1.0, a weight of 0 leaves a list out."""
    candidates: int = 50
    """Length of each list before fusion (at least the requested top_k)."""
    feedback_entries: int = 0
    """Pseudo-relevance feedback: 0 is off; n > 0 moves the query vector towards the mean
    vector of the first search's best n fused entries and searches the dense lists again."""
    feedback_weight: float = 0.0
    """How far the query vector moves: q + weight * mean(feedback vectors), renormalised."""
    fusion: Fusion = "rrf"
    """How the final lists are fused: ``rrf``, ``minmax`` or ``z``
    (:func:`~retrieval.rank_fusion.fuse`); the feedback step always fuses by RRF."""
    fusion_rrf: float | None = None
    """Score fusion plus RRF: the normalised sum times ``fusion_rrf / (rrf_k + 1)`` added
    to the RRF score; None: the normalised sum alone."""
    clean_query: bool = True
    """Search :func:`~retrieval.search_query.search_query` of the text (greetings,
    sign-offs and placeholders left out) instead of the text as given."""
    local_copy_mb: int = 256
    """Search an in-process copy of the current version (:mod:`retrieval.version_copy`)
    when its vectors take at most this many MB; larger versions, and 0, search in
    Milvus. Both rank alike."""

    @property
    def weight_map(self) -> Mapping[str, float]:
        return dict(self.weights)


@dataclass(frozen=True, slots=True)
class Candidates:
    """The first half of a search: the query vector and each list, before fusion."""

    vector: Vectors | None
    """The query's own vector (hits' similarities are computed with it, also when
    feedback moved the vector the dense lists were searched with)."""
    lists: tuple[RankedList, ...]
    layout: CollectionLayout
    fetched: Mapping[str, tuple[FaqEntry, Vectors | None]] = field(default_factory=dict)
    """Entries already read from Milvus on the way (the feedback step reads the first
    search's best entries whole): the final fetch asks only for the others."""
    copy: VersionCopy | None = None
    """The in-process copy the lists came from (None: from Milvus); the entries are read
    from it too."""


@dataclass(frozen=True, slots=True)
class EarlyList:
    """A query's BM25 list made before its vector (beside the forward pass), on ``copy``."""

    copy: VersionCopy
    ranked: RankedList


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
        self._target: str | None = None
        self._copy: VersionCopy | None = None
        self._loading: str | None = None
        """The version a background thread is reading a copy of (None: none is)."""
        self._lock = threading.Lock()
        self._terms_pool: tuple[int, ThreadPoolExecutor] | None = None
        self._terms_pool_lock = threading.Lock()
        self._idf: tuple[str, dict[str, float], float] | None = None
        """The words list's IDF table of the version searched in Milvus (no copy)."""

    def _beside(self) -> ThreadPoolExecutor:
        """The threads that make a query's BM25 terms beside its forward pass, made on first
        use and again in a forked child (a pool made before a fork has no threads there)."""
        with self._terms_pool_lock:
            if self._terms_pool is None or self._terms_pool[0] != os.getpid():
                pool = ThreadPoolExecutor(2, thread_name_prefix="mamori-terms")
                self._terms_pool = (os.getpid(), pool)
            return self._terms_pool[1]

    @property
    def embedder(self) -> Embedder | None:
        """The query embedder (None: BM25 only)."""
        return self._embedder

    @property
    def mode(self) -> SearchMode:
        return self._mode

    @property
    def local_copy(self) -> VersionCopy | None:
        """The in-process copy searched (None: searches go to Milvus, or none yet)."""
        return self._copy

    def warm(self) -> None:
        """Read the current version now (its layout and, within ``local_copy_mb``, its
        in-process copy) instead of on the first search; raises :class:`StoreError`
        when the index does not exist; :class:`WordVectorsError` when its version has the
        words list and ja_ginza's vectors cannot be read."""
        layout = self._current_layout()
        if layout.words and self._tokenizer is not None:
            word_vectors()

    def search(self, query: str, top_k: int, *, strong: bool = False) -> list[SearchHit]:
        """Up to ``top_k`` entries for ``query``, best first, ids unique; each hit says
        in ``explain`` where every list ranked it."""
        try:
            return self._search(query, top_k, self._current_layout(), strong)
        except StoreError:
            # The alias may have moved to a version built differently (or dropped the
            # version whose answer pieces were searched): look again once.
            return self._search(query, top_k, self._current_layout(refresh=True), strong)

    def search_or_follow(self, query: str, top_k: int) -> list[SearchHit] | Future[list[SearchHit]]:
        """:meth:`search`; or, when the query's forward pass is a speculation still running
        (:meth:`speculate`), the search's first part now (the index's layout, the BM25
        terms: beside the forward) and a future of the hits that the forward's own thread
        completes right after the forward
        (:meth:`~retrieval.short_lane_embedder.ShortLaneEmbedder.follow`): the rest of the
        search (~0.5 ms) runs in the thread that is already running, and no thread waits
        to be woken for it. Same hits as :meth:`search`; its errors are the future's."""
        embedder = self._embedder
        if isinstance(embedder, MemoizedEmbedder):
            embedder = embedder.inner
        speculating = getattr(embedder, "speculating", None)
        follow = getattr(embedder, "follow", None)
        cleaned = search_query(query) if self._mode.clean_query else query
        known = self._layout
        if (
            speculating is None
            or follow is None
            or known is None
            or not _needs_vector(self._wanted(known))
            or not speculating([cleaned])
        ):
            return self.search(query, top_k)
        try:
            layout = self._current_layout()
        except StoreError:
            return self.search(query, top_k)
        wanted = self._wanted(layout)
        tokenizer = self._tokenizer if any(n in _NO_VECTOR for n in wanted) else None
        terms = tokenizer.joined(cleaned) if tokenizer is not None else None
        # The BM25 list needs no vector: made here too, beside the forward, on the copy
        # the rest will search (the rest makes its own if the copy was replaced meanwhile).
        copy = self._copy if self._copy is not None and self._copy.layout == layout else None
        early = None
        if copy is not None and tokenizer is not None and "bm25" in wanted:
            early = EarlyList(copy, copy.bm25_list(terms, max(self._mode.candidates, top_k)))
        hits: Future[list[SearchHit]] = Future()

        def rest() -> None:
            if not hits.set_running_or_notify_cancel():
                return  # the caller stopped waiting
            try:
                found = self._search_with_terms(query, top_k, layout, terms, early)
            except BaseException as exc:
                hits.set_exception(exc)
            else:
                hits.set_result(found)

        if follow([cleaned], rest):
            return hits
        return self._search_with_terms(query, top_k, layout, terms, early)

    def _search_with_terms(
        self,
        query: str,
        top_k: int,
        layout: CollectionLayout,
        terms: str | None,
        early: EarlyList | None = None,
    ) -> list[SearchHit]:
        """:meth:`search` with the query's BM25 terms (and perhaps its BM25 list) made
        already."""
        try:
            return self._search(query, top_k, layout, False, terms=(terms,), early=early)
        except StoreError:
            return self._search(query, top_k, self._current_layout(refresh=True), False)

    def names_a_person(self, query: str) -> bool:
        """Whether the index's Sudachi tokenizer reads a word of ``query`` as a person's
        name (:meth:`~retrieval.sudachi_tokenizer.SudachiTokenizer.names_a_person`); True
        when the index has no tokenizer (it cannot tell)."""
        tokenizer = self._tokenizer
        return tokenizer is None or tokenizer.names_a_person(query)

    def speculate(self, query: str) -> Future[None] | None:
        """Start embedding ``query`` as :meth:`search` would embed it, before the caller
        knows that it will search exactly this text (the gateway, while
        ``pii.pseudonymize`` still reads it): a later search of the same text takes the
        vector instead of embedding it again, one of another text does not wait for it
        (:meth:`~retrieval.short_lane_embedder.ShortLaneEmbedder.speculate`). Returns what
        the embedder returns (a future done once its thread runs), or None when nothing
        was started: a search without vectors, an index not read yet, a query vector
        held by the memo already, an embedder that does not speculate, a busy model."""
        layout = self._layout
        embedder = self._embedder
        if embedder is None or layout is None or layout.embedder != embedder.name:
            return None
        if not _needs_vector(self._wanted(layout)):
            return None
        if self._mode.clean_query:
            query = search_query(query)
        if not _embeds(embedder, query):
            return None
        if isinstance(embedder, MemoizedEmbedder):
            embedder = embedder.inner
        speculate = getattr(embedder, "speculate", None)
        if speculate is None:
            return None
        started: Future[None] | None = speculate([query])
        return started

    def settle(self, handle: Future[None], query: str) -> None:
        """The search of the request that started speculation ``handle`` (what
        :meth:`speculate` returned) is for ``query``: a speculation of another text is
        lowered and dropped (:meth:`~retrieval.short_lane_embedder.ShortLaneEmbedder.settle`).
        Nothing for an embedder that does not speculate."""
        embedder = self._embedder
        if isinstance(embedder, MemoizedEmbedder):
            embedder = embedder.inner
        settle = getattr(embedder, "settle", None)
        if settle is not None:
            settle(handle, [search_query(query) if self._mode.clean_query else query])

    def candidates(self, query: str, top_k: int, *, strong: bool = False) -> Candidates:
        """The lists a search for ``query`` fuses (for benchmarks tuning the fusion)."""
        return self._candidates(query, top_k, self._current_layout(), strong)

    def rank(self, candidates: Candidates, top_k: int, *, strong: bool = False) -> list[SearchHit]:
        """The second half of a search: fuse ``candidates`` and fetch the best entries."""
        fused = fuse(
            candidates.lists,
            weights=self._mode.weight_map,
            rrf_k=self._mode.rrf_k,
            explained=top_k,
            best=top_k,
            fusion=self._mode.fusion,
            fusion_rrf=self._mode.fusion_rrf,
            limit=max(self._mode.candidates, top_k),
        )
        return self._hits(fused, candidates, strong)

    def _search(
        self,
        query: str,
        top_k: int,
        layout: CollectionLayout,
        strong: bool,
        *,
        terms: tuple[str | None] | None = None,
        early: EarlyList | None = None,
    ) -> list[SearchHit]:
        candidates = self._candidates(query, top_k, layout, strong, terms=terms, early=early)
        return self.rank(candidates, top_k, strong=strong)

    def _wanted(self, layout: CollectionLayout) -> list[str]:
        """The lists of ``layout`` this searcher's mode searches (weight above 0, kind on)."""
        weights = self._mode.weight_map
        return [
            name
            for name in layout.list_names
            if weights.get(name, 1.0) > 0
            and (self._mode.bm25 if name in _NO_VECTOR else self._mode.dense)
        ]

    def _candidates(
        self,
        query: str,
        top_k: int,
        layout: CollectionLayout,
        strong: bool,
        *,
        terms: tuple[str | None] | None = None,
        early: EarlyList | None = None,
    ) -> Candidates:
        """``terms``: the query's BM25 terms made already (in a 1-tuple: None is no terms);
        ``early``: the BM25 list of those terms made already, used on its own copy only."""
        mode = self._mode
        if mode.clean_query:
            query = search_query(query)
        wanted = self._wanted(layout)
        use_dense = _needs_vector(wanted) and self._embedder is not None
        use_bm25 = "bm25" in wanted and self._tokenizer is not None
        use_words = WORDS_LIST in wanted and self._tokenizer is not None
        vector = None
        terms_beside: Future[str] | None = None
        tokenizer = self._tokenizer if use_bm25 or use_words else None
        if terms is not None:
            tokenizer = None  # made already
        elif tokenizer is not None and use_dense and _embeds(self._embedder, query):
            # The query's forward pass releases the GIL: its BM25 terms (Sudachi, ~0.25 ms
            # for a short question) are made meanwhile in another thread, not after it.
            terms_beside = self._beside().submit(tokenizer.joined, query)
        if use_dense:
            assert self._embedder is not None
            if layout.embedder != self._embedder.name:
                raise StoreError(
                    f"index {self.index!r} was built with embedder {layout.embedder!r}, "
                    f"but {self._embedder.name!r} is loaded; restart after changing embedders"
                )
            vector = self._embedder.embed_queries([query])[0]
        query_terms: str | None
        if terms is not None:
            query_terms = terms[0] if use_bm25 or use_words else None
        elif terms_beside is not None:
            query_terms = terms_beside.result()
        else:
            query_terms = tokenizer.joined(query) if tokenizer is not None else None
        names = [
            n
            for n in wanted
            if (n == "bm25" and use_bm25)
            or (n == WORDS_LIST and use_words)
            or (n not in _NO_VECTOR and use_dense)
        ]
        limit = max(self._mode.candidates, top_k)
        # The answer pieces live in the companion collection of the version the alias
        # pointed at when the layout was read (at most a few seconds old).
        version = self._target
        copy = self._copy if self._copy is not None and self._copy.layout == layout else None
        first: DenseScores | None = None
        words_vector = (
            self._words_vector(query_terms, copy, version or self.index) if use_words else None
        )
        if copy is not None:
            made = early.ranked if early is not None and early.copy is copy else None
            lists, first = copy.first_lists(
                query_vector=vector,
                query_terms=query_terms,
                lists=names,
                limit=limit,
                bm25=made,
                words_vector=words_vector,
            )
        else:
            lists = self._store.ranked_lists(
                self.index,
                layout,
                query_vector=vector,
                query_terms=query_terms,
                lists=names,
                limit=limit,
                strong=strong,
                version=version,
                words_vector=words_vector,
            )
        fetched: dict[str, tuple[FaqEntry, Vectors | None]] = {}
        if vector is not None and mode.feedback_entries > 0 and mode.feedback_weight > 0:
            # The feedback entries are read whole, with the next best ones: the final
            # ranking mostly keeps them, and then needs no second read.
            fused = fuse(
                lists,
                weights=mode.weight_map,
                rrf_k=mode.rrf_k,
                explained=0,
                best=max(mode.feedback_entries, 2 * top_k),
            )
            read = [item.id for item in fused]
            fetched = (
                copy.fetch(read)
                if copy is not None
                else self._store.fetch(self.index, layout, read, strong=strong)
            )
            best = [item.id for item in fused[: mode.feedback_entries]]
            stored = [found for i in best if i in fetched and (found := fetched[i][1]) is not None]
            if stored:
                moved = vector + mode.feedback_weight * np.mean(np.stack(stored), axis=0)
                moved_vector = (moved / np.linalg.norm(moved)).astype(np.float32)
                dense_names = [n for n in names if n not in (*_NO_VECTOR, CHUNK_LIST)]
                again = (
                    # Only the rows the first scores cannot rule out are scored again.
                    copy.moved_lists(first, moved_vector, dense_names, limit)
                    if copy is not None and first is not None
                    else self._store.ranked_lists(
                        self.index,
                        layout,
                        query_vector=moved_vector,
                        query_terms=None,
                        lists=dense_names,
                        limit=limit,
                        strong=strong,
                    )
                )
                redone = {ranked.name: ranked for ranked in again}
                lists = [redone.get(ranked.name, ranked) for ranked in lists]
        return Candidates(vector, tuple(lists), layout, fetched, copy)

    def _words_vector(
        self, query_terms: str | None, copy: VersionCopy | None, version: str
    ) -> Vectors | None:
        """The query's chiVe word vector, weighted by the IDF table of the version searched
        (the copy's, or computed once per version from its rows in Milvus)."""
        if not query_terms:
            return None
        if copy is not None:
            idf, fallback = copy.idf, copy.idf_max
        else:
            with self._lock:
                cached = self._idf
            if cached is None or cached[0] != version:
                table = idf_table(self._store.read_bm25_texts(version))
                cached = (version, table, max(table.values(), default=1.0))
                with self._lock:
                    self._idf = cached
            _, idf, fallback = cached
        vector: Vectors = word_vectors().embed([query_terms.split()], idf, fallback)[0]
        return vector

    def _hits(
        self, fused: list[FusedEntry], candidates: Candidates, strong: bool
    ) -> list[SearchHit]:
        found = dict(candidates.fetched)
        missing = [item.id for item in fused if item.id not in found]
        if missing and candidates.copy is not None:
            found.update(candidates.copy.fetch(missing))
        elif missing:
            found.update(self._store.fetch(self.index, candidates.layout, missing, strong=strong))
        hits = []
        for item in fused:
            if item.id not in found:
                continue  # removed between the search and the fetch
            entry, stored = found[item.id]
            similarity = None
            if stored is not None and candidates.vector is not None:
                similarity = float(stored @ candidates.vector)
            hits.append(SearchHit(entry, item.score, similarity, item.explain))
        return hits

    def _load_copy(self, target: str, layout: CollectionLayout) -> VersionCopy | None:
        """The in-process copy of version ``target``, or None when copies are off, its
        vectors would take more than ``local_copy_mb``, or it is large enough to be read
        in the background (searches go to Milvus until it is in place). Called with
        ``_lock`` held."""
        bound = self._mode.local_copy_mb * 1_000_000
        if bound <= 0:
            return None
        vectors = self._store.count(target) * len(layout.dense_fields)
        if layout.chunks:
            vectors += self._store.count(chunk_collection(target))
        size = vectors * 4 * (layout.dimension or 0)
        if layout.words:
            size += self._store.count(target) * 4 * layout.words
        if size > bound:
            logger.info(
                "index %s: %s's vectors take %.0f MB (> local_copy_mb %s): searching in Milvus",
                self.index,
                target,
                size / 1e6,
                self._mode.local_copy_mb,
            )
            return None
        if vectors > _SYNC_COPY_VECTORS:
            if self._loading != target:
                self._loading = target
                threading.Thread(
                    target=self._read_in_background,
                    args=(target, layout),
                    name=f"copy-{self.index}",
                    daemon=True,
                ).start()
            return None
        return self._read_copy(target, layout)

    def _read_in_background(self, target: str, layout: CollectionLayout) -> None:
        """Read ``target``'s copy and put it in place if the alias still points there; on
        a store failure searches simply stay on Milvus (the next alias move tries again)."""
        try:
            copy = self._read_copy(target, layout)
        except StoreError as exc:
            logger.warning("index %s: reading the copy of %s failed: %s", self.index, target, exc)
            copy = None
        with self._lock:
            if self._loading == target:
                self._loading = None
            if copy is not None and self._target == target:
                self._copy = copy

    def _read_copy(self, target: str, layout: CollectionLayout) -> VersionCopy:
        started = time.monotonic()
        copy = VersionCopy.load(self._store, target, layout, self._store.analyzer)
        logger.info(
            "index %s: searching an in-process copy of %s (%d entries, %.1f MB, read in %.1f s)",
            self.index,
            target,
            copy.rows,
            copy.nbytes / 1e6,
            time.monotonic() - started,
        )
        return copy

    def _current_layout(self, *, refresh: bool = False) -> CollectionLayout:
        with self._lock:
            now = time.monotonic()
            if refresh or self._layout is None or now - self._layout_at > _LAYOUT_TTL_S:
                target = self._store.current(self.index)
                if target is None:
                    raise StoreError(
                        f"index {self.index!r} does not exist: run `mamori reindex {self.index}`"
                    )
                # A version's layout never changes: it is read again (with the load state)
                # only when the alias moved or a search failed, not every few seconds.
                if refresh or self._layout is None or target != self._target:
                    self._layout = self._store.layout(self.index)
                    self._store.ensure_loaded(self.index)
                    if self._layout.chunks:
                        self._store.ensure_loaded(chunk_collection(target))
                    if self._copy is None or self._copy.collection != target or refresh:
                        self._copy = self._load_copy(target, self._layout)
                    self._target = target
                self._layout_at = now
            return self._layout
