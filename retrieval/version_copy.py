"""An in-process, read-only copy of one index version, searched as Milvus searches it.

Milvus stays the store of record: the reindex job writes versions there and the alias
says which one is current. But a search through the Milvus Lite server costs it 15-30 ms
of CPU per ranked list even over 1,786 entries (most of it spent per returned hit, not on
the vector arithmetic), and a search sends four to six lists plus reads. So a searcher
reads the version it searches once (its rows, dense vectors, answer pieces and BM25
terms: :meth:`MilvusStore.read_version`) and from then on ranks in this process with
numpy, exactly as Milvus does:

* a dense list: inner products of the query vector with every row's vector of that field
  (FLAT, what the reindex job builds), the best ``limit``;
* ``answer_chunks``: the best ``3 × limit`` pieces, each entry's first (best) kept, at
  most ``limit`` entries (the same over-fetch as the Milvus path);
* ``bm25``: Milvus's BM25 (k1 1.5, b 0.75: Milvus Lite's defaults, which the reindex
  job also sets explicitly; IDF ``log(1 + (N - n + 0.5) / (n + 0.5))``; document lengths
  in analyzer tokens, their mean over the version), over the terms of the query's string
  as the collection's analyzer splits it, a repeated query term counted once per
  occurrence; entries sharing no term are not listed.

A search with pseudo-relevance feedback ranks the dense lists a second time with the
moved query vector ``v``; :meth:`VersionCopy.moved_lists` does that without a second
pass over every row: with ``s`` a row's score for the first query ``q`` (unit length,
known for every row from the first pass), ``v · x <= (v · q) s + |v - (v · q) q| *
sqrt(|x|² - s²)`` (Cauchy-Schwarz on the parts orthogonal to ``q``), so only the rows
whose bound reaches the ``limit``-th best exact score are scored again (about 600-2,000
of 20,000 for the default's feedback), and the list is the one a full pass gives.

With the compiled scan built (:mod:`retrieval.int8_rows`, ``make install``), a dense list
or the pieces' list of 1,000 rows or more is first ranked on an int8 copy of the matrix
(a quarter of the bytes: the scans are memory-bound): each row gets proven bounds on its
float32 score, the float32 scores of the rows with the best lower bounds give a floor
that the ``limit``-th best score reaches, and only the rows whose upper bound reaches
that floor are scored in float32 (a few hundred of 20,000 entries / 74,000 pieces); the
list is, bit for bit, the full pass's. The feedback search scans the int8 copy again
with the moved vector (the bound below needs every row's float32 score; fed the first
pass's int8 upper bounds instead it kept ~1,200-1,900 of 20,000 rows and cost more than
the scan). Without the kernel every list is a float32 pass as below, with the same
results.

Every score is computed by OpenBLAS over rows in groups of four (matrices padded with zero
rows to a multiple of four, blocks a multiple of four rows): its matrix-vector kernel sums
a row in the same order wherever the row sits in such a group, so a row scored again
among others gets the bit-identical score of the full pass.

Ties in score (entries with the same text) are listed by id, as
:meth:`MilvusStore.ranked_lists` lists them. The copy is
never written to: a version's contents never change after its alias swap, so nothing
needs invalidating; a searcher loads the copy of a new version when the alias moves.

Memory: every dense vector and piece vector as float32 (``4 × dimension`` bytes each)
and, with the kernel, as int8 (``dimension + 24`` bytes each), the entries' texts, and
the BM25 postings (:attr:`VersionCopy.nbytes` estimates it).

Failure behaviour: :class:`~retrieval.errors.StoreError` from reading the version (see
:meth:`MilvusStore.read_version`); searching never fails.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from retrieval.embedder import Vectors
from retrieval.faq_entry import FaqEntry
from retrieval.int8_rows import KERNEL, Int8Query, Int8Rows
from retrieval.milvus_store import (
    BM25_B,
    BM25_K1,
    CHUNK_LIST,
    PIECES_PER_ENTRY,
    Analyzer,
    CollectionLayout,
    MilvusStore,
    RankedList,
    max_search_limit,
)
from retrieval.word_vectors import WORDS_LIST, idf_table

__all__ = ["DenseScores", "VersionCopy", "analyzer_tokens"]

_WORD = re.compile(r"\w+")

Rows = npt.NDArray[np.int64]
Scores = npt.NDArray[np.float32]


def analyzer_tokens(text: str, analyzer: Analyzer) -> list[str]:
    """The tokens Milvus's BM25 analyzer makes of ``text`` (Sudachi terms joined by
    spaces): ``whitespace`` splits at spaces; ``standard`` (Milvus Lite) takes runs of
    word characters (``1.5`` is two tokens, ``%`` none: BM25 scores equal Milvus Lite's
    to float32 precision on the localgovFAQ corpus, which has such terms)."""
    if analyzer == "whitespace":
        return text.split()
    return _WORD.findall(text)


@dataclass(frozen=True, slots=True)
class _Bm25:
    """BM25 postings: per term its rows and its weight in each (IDF included)."""

    spans: dict[str, tuple[int, int]]
    rows: Rows
    weights: npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class DenseScores:
    """Every row's score for one query vector in each dense list of a first search (what
    :meth:`VersionCopy.moved_lists` bounds the feedback search's scores with)."""

    vector: Vectors
    by_list: dict[str, Scores]
    """Per list every row's float32 score (lists ranked on their int8 copy: absent)."""


class VersionCopy:
    """The searchable copy of one version (``collection``), built by :meth:`load`."""

    def __init__(
        self,
        collection: str,
        layout: CollectionLayout,
        entries: Sequence[FaqEntry],
        dense: Sequence[npt.NDArray[np.float32]],
        bm25_texts: Sequence[str],
        *,
        pieces: npt.NDArray[np.float32] | None = None,
        piece_rows: Rows | None = None,
        analyzer: Analyzer = "standard",
        int8_first_pass: bool | None = None,
        words: npt.NDArray[np.float32] | None = None,
    ) -> None:
        """``dense``: one (rows × dimension) matrix per dense field of ``layout``;
        ``pieces``/``piece_rows``: the answer pieces' vectors and the row of the entry
        each belongs to; ``bm25_texts``: each row's stored BM25 text (empty without
        BM25). ``int8_first_pass``: scan int8 copies of the matrices first (module
        docstring); None: when the compiled kernel is built
        (:data:`retrieval.int8_rows.KERNEL`); True without it: numpy computes the same
        integers (slower: for tests). The lists are the same either way. ``words``: the
        rows' chiVe word vectors (layouts with ``words``); the version's IDF table
        (:attr:`idf`) is computed from ``bm25_texts``."""
        self.collection = collection
        self.layout = layout
        self.analyzer = analyzer
        self._entries = tuple(entries)
        self._ids = tuple(entry.id for entry in self._entries)
        self._row = {entry_id: row for row, entry_id in enumerate(self._ids)}
        names = (layout.vectors or ("dense",)) if layout.dense else ()
        self._dense = dict(zip(names, (_frozen(m) for m in dense), strict=True))
        # Each row's squared length (1 up to rounding: the embedder normalises), for the
        # feedback bound.
        self._norms = {
            name: np.einsum("ij,ij->i", m, m, dtype=np.float64)[: len(self._ids)]
            for name, m in self._dense.items()
        }
        self._first = self._dense[names[0]] if names else None
        self._pieces = _frozen(pieces) if pieces is not None else None
        self._piece_rows = piece_rows if piece_rows is not None else np.zeros(0, np.int64)
        self._bm25 = _postings(bm25_texts, analyzer) if layout.bm25 else None
        self._words = _frozen(words) if words is not None and layout.words else None
        self.idf: dict[str, float] = idf_table(bm25_texts) if self._words is not None else {}
        """The words list's IDF table (empty without the words list)."""
        self.idf_max = max(self.idf.values(), default=1.0)
        """Its largest IDF (the weight of a query term no row holds)."""
        self._kernel = KERNEL
        use_int8 = KERNEL if int8_first_pass is None else int8_first_pass
        self._int8: dict[str, Int8Rows] = {}
        if use_int8:
            if len(self._ids) >= _INT8_MIN_ROWS:
                self._int8 = {name: Int8Rows.of(m) for name, m in self._dense.items()}
            if self._pieces is not None and self._piece_rows.shape[0] >= _INT8_MIN_ROWS:
                self._int8[CHUNK_LIST] = Int8Rows.of(self._pieces)

    @classmethod
    def load(
        cls, store: MilvusStore, collection: str, layout: CollectionLayout, analyzer: Analyzer
    ) -> VersionCopy:
        """Read version ``collection`` (built with ``layout``) from ``store``."""
        read = store.read_version(collection, layout)
        return cls(
            collection,
            layout,
            read.entries,
            read.dense,
            read.bm25_texts,
            pieces=read.pieces,
            piece_rows=read.piece_rows,
            analyzer=analyzer,
            words=read.words,
        )

    @property
    def rows(self) -> int:
        return len(self._ids)

    @property
    def nbytes(self) -> int:
        """Approximate memory held: vectors, postings and the entries' texts."""
        arrays: list[npt.NDArray[Any]] = [*self._dense.values(), self._piece_rows]
        if self._pieces is not None:
            arrays.append(self._pieces)
        if self._words is not None:
            arrays.append(self._words)
        if self._bm25 is not None:
            arrays += [self._bm25.rows, self._bm25.weights]
        texts = sum(
            sys.getsizeof(entry.question) + sys.getsizeof(entry.answer) + sys.getsizeof(entry.url)
            for entry in self._entries
        )
        int8 = sum(rows.nbytes for rows in self._int8.values())
        return sum(int(a.nbytes) for a in arrays) + texts + int8

    def ranked_lists(
        self,
        *,
        query_vector: Vectors | None,
        query_terms: str | None,
        lists: Sequence[str],
        limit: int,
        words_vector: Vectors | None = None,
    ) -> list[RankedList]:
        """The lists :meth:`MilvusStore.ranked_lists` gives for the same arguments."""
        return self.first_lists(
            query_vector=query_vector,
            query_terms=query_terms,
            lists=lists,
            limit=limit,
            words_vector=words_vector,
        )[0]

    def first_lists(
        self,
        *,
        query_vector: Vectors | None,
        query_terms: str | None,
        lists: Sequence[str],
        limit: int,
        bm25: RankedList | None = None,
        words_vector: Vectors | None = None,
    ) -> tuple[list[RankedList], DenseScores | None]:
        """:meth:`ranked_lists`, with every row's score in each dense list (None without
        a query vector) for a feedback search (:meth:`moved_lists`). ``bm25``: this
        copy's :meth:`bm25_list` of ``query_terms`` and ``limit``, made already (it needs
        no vector: a search can make it beside the query's forward pass)."""
        out: list[RankedList] = []
        scored: dict[str, Scores] = {}
        coded = Int8Query.of(query_vector) if self._int8 and query_vector is not None else None
        for name in lists:
            if name not in self.layout.list_names:
                continue
            if name == "bm25":
                out.append(bm25 if bm25 is not None else self.bm25_list(query_terms, limit))
            elif name == WORDS_LIST:
                out.append(self._words_list(words_vector, limit))
            elif query_vector is None:
                continue
            elif name == CHUNK_LIST:
                out.append(self._pieces_list(query_vector, coded, limit))
            elif coded is not None and name in self._int8:
                scores, rows = self._survivors(name, query_vector, coded, limit)
                out.append(self._listed(name, scores, rows, limit))
                if rows is None:
                    scored[name] = scores
            else:
                scores = _inner(self._dense[name], query_vector)[: len(self._ids)]
                scored[name] = scores
                out.append(self._listed(name, scores, None, limit))
        first = DenseScores(query_vector, scored) if query_vector is not None else None
        return out, first

    def moved_lists(
        self, first: DenseScores, vector: Vectors, lists: Sequence[str], limit: int
    ) -> list[RankedList]:
        """The dense ``lists`` for ``vector`` (a feedback search's moved query vector),
        equal to :meth:`ranked_lists` of it, scoring again only the rows whose bound from
        ``first`` can reach the list (module docstring)."""
        out: list[RankedList] = []
        coded = Int8Query.of(vector) if self._int8 else None
        for name in lists:
            if name not in self._dense:
                continue
            scores = first.by_list.get(name)
            matrix = self._dense[name]
            rows = None
            if scores is not None:
                rows = self._feedback_rows(name, scores, first.vector, vector, limit)
            if rows is None and coded is not None and name in self._int8:
                # Without every row's first score: an int8 scan with the moved vector
                # (cheaper here than the bound from the first pass's int8 upper bounds).
                out.append(self._listed(name, *self._survivors(name, vector, coded, limit), limit))
            elif rows is None:
                full = _inner(matrix, vector)[: len(self._ids)]
                out.append(self._listed(name, full, None, limit))
            else:
                out.append(self._listed(name, _inner_rows(matrix, rows, vector), rows, limit))
        return out

    def _feedback_rows(
        self, name: str, scores: Scores, first: Vectors, vector: Vectors, limit: int
    ) -> Rows | None:
        """The rows (ascending) that can be among ``vector``'s best ``limit`` in list
        ``name``, from their ``scores`` for ``first``; None when a full pass is as cheap."""
        count = scores.shape[0]
        if count < _BOUND_MIN_ROWS or count <= 4 * limit:
            return None
        q = first.astype(np.float64)
        q_length = float(np.linalg.norm(q))
        v = vector.astype(np.float64)
        if q_length == 0:
            return None
        q /= q_length
        along = float(v @ q)
        across = float(np.sqrt(max(float(v @ v) - along * along, 0.0)))
        s = scores.astype(np.float64) / q_length
        # A float32 score is within ~1e-6 of the exact inner product; the margin covers it.
        bound = along * s + across * np.sqrt(np.maximum(self._norms[name] - s * s, 0.0))
        bound += _BOUND_MARGIN
        probe = np.argpartition(-bound, limit - 1)[:limit]
        probe.sort()
        floor = float(_inner_rows(self._dense[name], probe, vector).min())
        rows: Rows = np.flatnonzero(bound >= floor)
        return rows if rows.shape[0] * 3 < count else None

    def fetch(self, ids: Sequence[str]) -> dict[str, tuple[FaqEntry, Vectors | None]]:
        """The entries ``ids`` with their first dense vector; unknown ids left out."""
        out: dict[str, tuple[FaqEntry, Vectors | None]] = {}
        for entry_id in ids:
            row = self._row.get(entry_id)
            if row is not None:
                vector = self._first[row] if self._first is not None else None
                out[entry_id] = (self._entries[row], vector)
        return out

    def _listed(self, name: str, scores: Scores, rows: Rows | None, limit: int) -> RankedList:
        """The list of the best ``limit`` of ``scores`` (of ``rows``; None: every row)."""
        best = _best(scores, rows, limit)
        ids = self._ids
        kept = scores[best if rows is None else np.searchsorted(rows, best)]
        return RankedList(name, tuple([ids[i] for i in best.tolist()]), tuple(kept.tolist()))

    def _survivors(
        self, name: str, vector: Vectors, coded: Int8Query, limit: int
    ) -> tuple[Scores, Rows | None]:
        """The float32 scores of the rows of ``name``'s matrix (the dense field's or,
        for ``answer_chunks``, the pieces') that the int8 bounds cannot rule out of the
        best ``limit``, and those rows (ascending; None: every row, when the bounds rule
        out too few). The best ``limit`` of them, ties included, are the full pass's."""
        matrix = self._pieces if name == CHUNK_LIST else self._dense[name]
        assert matrix is not None
        count = self._piece_rows.shape[0] if name == CHUNK_LIST else len(self._ids)
        if count <= 2 * limit:
            return _inner(matrix, vector)[:count], None
        upper, probe = self._int8[name].bounds(coded, limit, kernel=self._kernel)
        upper = upper[:count]
        probe = probe[probe < count]
        rows: Rows | None = None
        if probe.shape[0] >= min(limit, count) > 0:
            # The float32 scores of these rows are the floor the limit-th best reaches.
            floor = float(_inner_rows(matrix, probe, vector).min())
            rows = np.flatnonzero(upper >= floor)
        if rows is None or rows.shape[0] * 2 > count:
            return _inner(matrix, vector)[:count], None
        return _inner_rows(matrix, rows, vector), rows

    def _pieces_list(
        self, query_vector: Vectors, coded: Int8Query | None, limit: int
    ) -> RankedList:
        if self._pieces is None or self._pieces.shape[0] == 0:
            return RankedList(CHUNK_LIST, (), ())
        wanted = max_search_limit(limit * PIECES_PER_ENTRY)
        scores: Scores
        if coded is not None and CHUNK_LIST in self._int8:
            scores, rows = self._survivors(CHUNK_LIST, query_vector, coded, wanted)
        else:
            scores, rows = _inner(self._pieces, query_vector)[: self._piece_rows.shape[0]], None
        best = _best(scores, rows, wanted)
        best_scores = scores[best if rows is None else np.searchsorted(rows, best)]
        ids: list[str] = []
        kept: list[float] = []
        seen: set[int] = set()
        for row, score in zip(self._piece_rows[best].tolist(), best_scores.tolist(), strict=True):
            if row not in seen:
                seen.add(row)
                ids.append(self._ids[row])
                kept.append(score)
                if len(ids) == limit:
                    break
        return RankedList(CHUNK_LIST, tuple(ids), tuple(kept))

    def _words_list(self, words_vector: Vectors | None, limit: int) -> RankedList:
        """The ``words`` list: inner products of the query's word vector with every row's
        (an empty list without one, as :meth:`MilvusStore.ranked_lists`)."""
        if self._words is None or words_vector is None or not np.any(words_vector):
            return RankedList(WORDS_LIST, (), ())
        scores = _inner(self._words, words_vector)[: len(self._ids)]
        return self._listed(WORDS_LIST, scores, None, limit)

    def bm25_list(self, query_terms: str | None, limit: int) -> RankedList:
        """The BM25 list of :meth:`first_lists` for ``query_terms`` (None: no terms)."""
        query_terms = query_terms or ""
        postings = self._bm25
        if postings is None or not query_terms.strip():
            return RankedList("bm25", (), ())
        rows: list[Rows] = []
        weights: list[npt.NDArray[np.float64]] = []
        for term, count in Counter(analyzer_tokens(query_terms, self.analyzer)).items():
            span = postings.spans.get(term)
            if span is None:
                continue
            rows.append(postings.rows[span[0] : span[1]])
            weight = postings.weights[span[0] : span[1]]
            weights.append(weight if count == 1 else count * weight)
        if not rows:
            return RankedList("bm25", (), ())
        # bincount adds each row's weights in the order given (term by term, from 0.0): the
        # same sums as adding term by term, in one pass.
        scores = np.bincount(
            np.concatenate(rows), np.concatenate(weights), minlength=len(self._ids)
        )
        # Every weight is positive (IDF > 0): the rows sharing a term are those scored.
        candidates = np.flatnonzero(scores > 0)
        if candidates.shape[0] == 0:
            return RankedList("bm25", (), ())
        # Milvus scores in float32: ties (and their order) are decided at that precision.
        rounded = scores.astype(np.float32)
        best = _best(rounded[candidates], candidates, limit)
        ids = self._ids
        return RankedList(
            "bm25", tuple([ids[i] for i in best.tolist()]), tuple(rounded[best].tolist())
        )


_BLOCK_ELEMENTS = 262_144
"""Matrix elements per BLAS call: OpenBLAS runs a matrix-vector product of up to ~400k
elements on the calling thread and larger ones on its worker threads, whose spinning cost
8 ms of CPU for 1,786 × 384 under load (0.1 ms on one thread)."""

_ROW_GROUP = 4
"""OpenBLAS's matrix-vector kernel scores rows four at a time and a remainder row by
another loop whose sum can differ in the last bit: every matrix is padded, and every
block cut, to a multiple of four rows, so each row's score is the same in any group."""

_BOUND_MIN_ROWS = 6_000
"""Below this many rows a feedback list is one full pass: bounding and gathering cost more
than scanning (1,786 rows: 0.4 ms per full pass, ~0.6 ms bounded; 20,000: 3.5 / 1.5 ms)."""

_INT8_MIN_ROWS = 1_000
"""Matrices of fewer rows are not given an int8 copy: a float32 pass over them costs
about what the int8 pass and its float32 re-scoring do."""

_BOUND_MARGIN = 1e-5
"""Added to the feedback bound: covers float32 rounding of the first scores (<= ~1e-6)."""


def _inner(matrix: npt.NDArray[np.float32], vector: Vectors) -> Scores:
    """Each row's inner product with ``vector`` (padding rows included), in float32, by
    OpenBLAS in blocks small enough to stay on this thread. BLAS (not einsum): its
    per-row sums match Milvus's FLAT scores more closely (einsum's order of addition
    flipped ~30 near-ties among 384 × 3 lists of 100; BLAS 1-2)."""
    query = vector.astype(np.float32, copy=False)
    rows = max(_ROW_GROUP, _BLOCK_ELEMENTS // max(1, matrix.shape[1]) // _ROW_GROUP * _ROW_GROUP)
    out: Scores = np.empty(matrix.shape[0], dtype=np.float32)
    for start in range(0, matrix.shape[0], rows):
        np.matmul(matrix[start : start + rows], query, out=out[start : start + rows])
    return out


def _inner_rows(matrix: npt.NDArray[np.float32], rows: Rows, vector: Vectors) -> Scores:
    """:func:`_inner` of ``matrix``'s ``rows`` only: bit-identical to the full pass's
    scores of those rows (gathered, the last row repeated to whole groups of four)."""
    padding = -rows.shape[0] % _ROW_GROUP
    wanted = np.concatenate((rows, np.repeat(rows[-1:], padding))) if padding else rows
    return _inner(np.take(matrix, wanted, axis=0), vector)[: rows.shape[0]]


def _best(scores: Scores, rows: Rows | None, limit: int) -> Rows:
    """``rows`` (ascending; None: row i is ``i``) of the best ``limit`` of ``scores``
    (aligned with ``rows``), best first, ties in row order."""
    if scores.shape[0] > limit:
        keep = np.argpartition(-scores, limit - 1)[:limit]
        # Rows tied with the last kept score may sit outside the partition: take them all
        # before ordering, so ties resolve by row, not by the partition's choice.
        edge = scores[keep].min()
        keep = np.flatnonzero(scores >= edge)
    else:
        keep = np.arange(scores.shape[0])
    # keep is ascending, and so are rows: position order is row order.
    order = np.lexsort((keep, -scores[keep]))[:limit]
    result: Rows = keep[order] if rows is None else rows[keep[order]]
    return result


def _postings(texts: Sequence[str], analyzer: Analyzer) -> _Bm25:
    """BM25 weights of every (term, row) pair, grouped by term (rows ascending)."""
    tallies = [Counter(analyzer_tokens(text, analyzer)) for text in texts]
    lengths = np.asarray([sum(t.values()) for t in tallies], dtype=np.float64)
    count = len(tallies)
    mean_length = float(lengths.mean()) if count and lengths.sum() > 0 else 1.0
    vocab: dict[str, int] = {}
    term_ids: list[int] = []
    rows: list[int] = []
    tfs: list[int] = []
    for row, tally in enumerate(tallies):
        term_ids.extend(vocab.setdefault(term, len(vocab)) for term in tally)
        tfs.extend(tally.values())
        rows.extend([row] * len(tally))
    term = np.asarray(term_ids, dtype=np.int64)
    row_of = np.asarray(rows, dtype=np.int64)
    tf = np.asarray(tfs, dtype=np.float64)
    df = np.bincount(term, minlength=len(vocab)).astype(np.float64)
    idf = np.log(1 + (count - df + 0.5) / (df + 0.5))
    norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths[row_of] / mean_length)
    weight = idf[term] * tf * (BM25_K1 + 1) / (tf + norm)
    order = np.argsort(term, kind="stable")
    ends = np.cumsum(df.astype(np.int64))
    starts = ends - df.astype(np.int64)
    spans = {text: (int(starts[i]), int(ends[i])) for text, i in vocab.items()}
    return _Bm25(spans, row_of[order], weight[order])


def _frozen(matrix: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """``matrix`` as read-only contiguous float32, padded with zero rows to whole groups
    of four (:data:`_ROW_GROUP`)."""
    padding = -matrix.shape[0] % _ROW_GROUP
    out = np.zeros((matrix.shape[0] + padding, *matrix.shape[1:]), dtype=np.float32)
    out[: matrix.shape[0]] = matrix
    out.flags.writeable = False
    return out
