"""The int8 scan's bounds hold (every row's float32 score lies below its upper bound), the
compiled kernel and numpy compute the same bounds bit for bit, and the int8 first pass of
the in-process copy lists exactly what the float32 full pass lists (ids, order, scores
bit for bit), ties, empty matrices and limits beyond the rows included. Synthetic vectors
here; real e5 vectors of the sample FAQ in ``test_version_copy.py``. No timing is
asserted."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from retrieval import int8_rows, version_copy
from retrieval.embedder import Vectors
from retrieval.faq_entry import FaqEntry
from retrieval.int8_rows import Int8Query, Int8Rows
from retrieval.milvus_store import CHUNK_LIST, CollectionLayout
from retrieval.version_copy import VersionCopy

needs_kernel = pytest.mark.skipif(not int8_rows.KERNEL, reason="retrieval._int8_scan not built")

ROWS = 3_001  # not a multiple of four: the padding rows must never be listed
PIECES = 7_003
DIMENSION = 96
LAYOUT = CollectionLayout(
    embedder="synthetic",
    dimension=DIMENSION,
    bm25=False,
    vectors=("question", "question_answer"),
    chunks=True,
)
LISTS = ["question", "question_answer", CHUNK_LIST]


def _unit(matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    unit: npt.NDArray[np.float32] = (
        matrix / np.linalg.norm(matrix, axis=-1, keepdims=True)
    ).astype(np.float32)
    return unit


def _shaped(rng: np.random.Generator, common: npt.NDArray[np.float64], rows: int) -> Vectors:
    """Unit rows around a common direction (as e5's are), in a few topics, so the best
    scores stand out from the rest as an FAQ's do and the bounds can rule rows out."""
    topics = rng.normal(size=(12, DIMENSION))
    topic = topics[rng.integers(0, 12, size=rows)]
    return _unit(common + 0.8 * topic + rng.normal(size=(rows, DIMENSION)))


@pytest.fixture(scope="module")
def data() -> tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors]:
    rng = np.random.default_rng(29)
    common = rng.normal(size=DIMENSION)
    fields = [_shaped(rng, common, ROWS) for _ in LAYOUT.vectors]
    for field in fields:
        field[1::89] = field[0::89][: field[1::89].shape[0]]  # identical rows: ties by id
    pieces = _shaped(rng, common, PIECES)
    pieces[5::61] = pieces[3::61][: pieces[5::61].shape[0]]
    piece_rows = np.sort(rng.integers(0, ROWS, size=PIECES)).astype(np.int64)
    queries = _shaped(rng, common, 10)
    # A query equal to a row: the largest score, tied with that row's duplicate.
    queries[0] = fields[0][178]
    return fields, pieces, piece_rows, queries


def _copy(
    data: tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors], int8: bool
) -> VersionCopy:
    fields, pieces, piece_rows, _ = data
    entries = [FaqEntry(id=f"e{row:05d}", question="q", answer="a") for row in range(ROWS)]
    return VersionCopy(
        "synthetic__v1",
        LAYOUT,
        entries,
        fields,
        [""] * ROWS,
        pieces=pieces,
        piece_rows=piece_rows,
        int8_first_pass=int8,
    )


@pytest.mark.parametrize("kernel", [pytest.param(True, marks=needs_kernel), False])
def test_every_float32_score_lies_under_its_upper_bound(
    data: tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors], kernel: bool
) -> None:
    fields, pieces, _, queries = data
    for matrix in (fields[0], pieces):
        quantized = Int8Rows.of(matrix)
        for query in queries:
            upper, best = quantized.bounds(Int8Query.of(query), 50, kernel=kernel)
            scores = version_copy._inner(version_copy._frozen(matrix), query)[: matrix.shape[0]]
            assert np.all(upper >= scores)
            # The bound is useful: most rows are ruled out below the 50th best score.
            floor = np.sort(scores)[-50]
            assert np.count_nonzero(upper >= floor) < matrix.shape[0] // 4
            assert best.shape == (50,) and np.all(np.diff(best) > 0)


@needs_kernel
@pytest.mark.parametrize("k", [0, 1, 7, 300, ROWS, ROWS + 5])
def test_the_kernel_computes_numpys_bounds_bit_for_bit(
    data: tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors], k: int
) -> None:
    _, _, _, queries = data
    # No duplicated rows: no two lower bounds tie, so the k best are one set.
    rng = np.random.default_rng(5)
    quantized = Int8Rows.of(_shaped(rng, queries[1].astype(np.float64), ROWS))
    for query in queries[1:]:
        upper, best = quantized.bounds(Int8Query.of(query), k, kernel=True)
        upper_np, best_np = quantized.bounds(Int8Query.of(query), k, kernel=False)
        assert np.array_equal(upper, upper_np)
        assert np.array_equal(best, best_np)
        assert best.shape == (min(k, ROWS),)


@needs_kernel
def test_the_int32_sums_do_not_overflow_at_large_dimensions() -> None:
    # Every code at its largest on both sides: the sum is at its largest too.
    for dimension in (384, 1024, 4096):
        matrix = np.full((8, dimension), 0.5, dtype=np.float32)
        matrix[1] *= -1
        query = np.full(dimension, 0.25, dtype=np.float32)
        upper, _ = Int8Rows.of(matrix).bounds(Int8Query.of(query), 2, kernel=True)
        upper_np, _ = Int8Rows.of(matrix).bounds(Int8Query.of(query), 2, kernel=False)
        assert np.array_equal(upper, upper_np)
        # Not wrapped round: the exact product plus its small error term.
        product = 0.125 * dimension
        assert product <= upper[0] <= product * 1.001
        assert -product <= upper[1] <= -product * 0.999


@needs_kernel
def test_the_kernel_rejects_buffers_of_the_wrong_size() -> None:
    from retrieval import _int8_scan

    codes = np.zeros((4, 8), dtype=np.int8)
    query = np.zeros(7, dtype=np.int16)  # one short
    per_row = np.zeros(4, dtype=np.float64)
    with pytest.raises(ValueError, match="query"):
        _int8_scan.scan(
            codes, 8, query, per_row, per_row, per_row, 1.0, 1.0, 0.0,
            np.empty(4), np.empty(2, dtype=np.int64), np.empty(2),
        )  # fmt: skip


def test_an_empty_matrix_has_no_bounds() -> None:
    quantized = Int8Rows.of(np.zeros((0, DIMENSION), dtype=np.float32))
    for kernel in (int8_rows.KERNEL, False):
        upper, best = quantized.bounds(
            Int8Query.of(np.ones(DIMENSION, dtype=np.float32)), 5, kernel=kernel
        )
        assert upper.shape == (0,) and best.shape == (0,)


@pytest.mark.parametrize("kernel", [pytest.param(True, marks=needs_kernel), False])
@pytest.mark.parametrize("limit", [1, 10, 100, 700, ROWS + 10])
def test_the_int8_first_pass_lists_what_the_float32_pass_lists(
    data: tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors],
    monkeypatch: pytest.MonkeyPatch,
    kernel: bool,
    limit: int,
) -> None:
    if not kernel:
        monkeypatch.setattr(int8_rows, "_SCAN", None)
    exact, fast = _copy(data, False), _copy(data, True)
    assert set(fast._int8) == set(LISTS) and not exact._int8
    _, _, _, queries = data
    scored: list[int] = []
    inner = version_copy._inner

    def counting(matrix: npt.NDArray[np.float32], vector: Vectors) -> npt.NDArray[np.float32]:
        scored.append(matrix.shape[0])
        return inner(matrix, vector)

    for query in queries:
        expected, _ = exact.first_lists(
            query_vector=query, query_terms=None, lists=LISTS, limit=limit
        )
        monkeypatch.setattr(version_copy, "_inner", counting)
        scored.clear()
        got, first = fast.first_lists(
            query_vector=query, query_terms=None, lists=LISTS, limit=limit
        )
        monkeypatch.setattr(version_copy, "_inner", inner)
        assert first is not None
        for mine, theirs in zip(got, expected, strict=True):
            assert mine.name == theirs.name
            assert mine.ids == theirs.ids, mine.name
            assert mine.scores == theirs.scores, mine.name  # bit for bit
        assert len(got[0].ids) == min(limit, ROWS)
        if limit <= 100:
            # The bounds did their work: far fewer rows scored in float32 than in three
            # full passes.
            assert sum(scored) < (2 * ROWS + PIECES) // 4, scored
        moved = _unit(query + 0.3 * data[0][0][:5].mean(axis=0))
        names = list(LAYOUT.vectors)
        _, exact_first = exact.first_lists(
            query_vector=query, query_terms=None, lists=names, limit=limit
        )
        assert exact_first is not None
        full = exact.ranked_lists(query_vector=moved, query_terms=None, lists=names, limit=limit)
        assert exact.moved_lists(exact_first, moved, names, limit) == full
        # The feedback lists: an int8 scan with the moved vector (or, where the first
        # pass scored every row, the bound from those scores), the same lists.
        assert fast.moved_lists(first, moved, names, limit) == full
        bound_min_rows = version_copy._BOUND_MIN_ROWS
        monkeypatch.setattr(version_copy, "_BOUND_MIN_ROWS", 1_000)
        assert fast.moved_lists(first, moved, names, limit) == full
        monkeypatch.setattr(version_copy, "_BOUND_MIN_ROWS", bound_min_rows)


def test_ties_are_listed_by_id_as_in_the_float32_pass(
    data: tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors],
) -> None:
    _, _, _, queries = data
    fast, exact = _copy(data, True), _copy(data, False)
    got = fast.ranked_lists(query_vector=queries[0], query_terms=None, lists=LISTS, limit=5)
    want = exact.ranked_lists(query_vector=queries[0], query_terms=None, lists=LISTS, limit=5)
    assert got == want
    # The query is row 178, whose duplicate is row 179: both first, the lower id first.
    assert got[0].ids[:2] == ("e00178", "e00179") and got[0].scores[0] == got[0].scores[1]


def test_small_matrices_get_no_int8_copy(
    data: tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(version_copy, "_INT8_MIN_ROWS", ROWS + 1)
    copy = _copy(data, True)
    assert set(copy._int8) == {CHUNK_LIST}
    assert copy.nbytes > _copy(data, False).nbytes


@pytest.mark.parametrize("kernel", [pytest.param(True, marks=needs_kernel), False])
def test_rows_coded_around_their_mean_keep_every_score_under_a_tighter_bound(
    data: tuple[list[Vectors], Vectors, npt.NDArray[np.int64], Vectors], kernel: bool
) -> None:
    fields, pieces, _, queries = data
    for matrix in (fields[1], pieces):
        centred, plain = Int8Rows.of(matrix), Int8Rows.of(matrix, centered=False)
        assert np.any(centred.center != 0) and not np.any(plain.center)
        # The common direction is coded once, in the mean: the remainders are shorter.
        assert np.median(centred.spread) < 0.8 * np.median(plain.spread)
        for query in queries:
            coded = Int8Query.of(query)
            scores = version_copy._inner(version_copy._frozen(matrix), query)[: matrix.shape[0]]
            upper, best = centred.bounds(coded, 50, kernel=kernel)
            upper_plain, _ = plain.bounds(coded, 50, kernel=kernel)
            assert np.all(upper >= scores)
            floor = float(scores[best].min())
            assert np.count_nonzero(upper >= floor) <= np.count_nonzero(upper_plain >= floor)
