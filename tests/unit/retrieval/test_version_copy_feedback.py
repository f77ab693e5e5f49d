"""The feedback search of the in-process copy scores only the rows its bound cannot rule
out, and still gives the list a full pass gives (ids, order, scores bit for bit) and the
list Milvus gives. Vectors are synthetic but shaped like e5's (one strong common
direction, so every cosine is high and the lists' tails are crowded), with duplicated
rows for ties; Milvus Lite is real. No timing is asserted."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt
import pytest

from retrieval import version_copy
from retrieval.embedder import Vectors
from retrieval.faq_entry import FaqEntry
from retrieval.milvus_connection import MilvusConnection
from retrieval.milvus_store import CollectionLayout, MilvusStore, StoredRow
from retrieval.version_copy import VersionCopy

ROWS = 4_003  # not a multiple of four: the padding rows must never be listed
DIMENSION = 64
LAYOUT = CollectionLayout(
    embedder="synthetic", dimension=DIMENSION, bm25=False, vectors=("question", "answer")
)


def _unit(matrix: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    unit: npt.NDArray[np.float32] = (
        matrix / np.linalg.norm(matrix, axis=-1, keepdims=True)
    ).astype(np.float32)
    return unit


@pytest.fixture(autouse=True)
def _bound_small_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    """These copies are small: the bound is used on them too (it is skipped below
    ``_BOUND_MIN_ROWS`` rows only because a full pass is cheaper there)."""
    monkeypatch.setattr(version_copy, "_BOUND_MIN_ROWS", 1_000)


@pytest.fixture(scope="module")
def vectors() -> tuple[list[npt.NDArray[np.float32]], npt.NDArray[np.float32]]:
    rng = np.random.default_rng(17)
    common = rng.normal(size=DIMENSION)
    fields = []
    for _ in LAYOUT.vectors:
        rows = _unit(common * 0.35 + rng.normal(size=(ROWS, DIMENSION)) / np.sqrt(DIMENSION))
        rows[1::97] = rows[0::97][: rows[1::97].shape[0]]  # identical rows: ties by id
        fields.append(rows)
    queries = _unit(common * 0.35 + rng.normal(size=(12, DIMENSION)) / np.sqrt(DIMENSION))
    return fields, queries


def _entries() -> list[FaqEntry]:
    return [FaqEntry(id=f"e{row:05d}", question=f"q{row}", answer=f"a{row}") for row in range(ROWS)]


def _copy(fields: list[npt.NDArray[np.float32]]) -> VersionCopy:
    # The float32 first pass, whose scores of every row the bound works from (with the
    # int8 first pass the feedback lists scan the int8 copy again: test_int8_rows.py).
    return VersionCopy(
        "synthetic__v1", LAYOUT, _entries(), fields, [""] * ROWS, int8_first_pass=False
    )


def matrix_rows(rows: int) -> int:
    """Rows of a stored matrix: padded to whole groups of four."""
    return rows + -rows % 4


def _moved(copy: VersionCopy, query: Vectors, top: int = 5, weight: float = 0.3) -> Vectors:
    """The searcher's feedback vector: the query moved towards its best entries."""
    first = copy.ranked_lists(query_vector=query, query_terms=None, lists=["question"], limit=top)
    stored = [found for _, found in copy.fetch(list(first[0].ids)).values()]
    assert all(vector is not None for vector in stored)
    moved = query + weight * np.mean(np.stack([v for v in stored if v is not None]), axis=0)
    unit: Vectors = (moved / np.linalg.norm(moved)).astype(np.float32)
    return unit


@pytest.mark.parametrize("limit", [10, 100, 1500])
def test_the_feedback_lists_equal_a_full_pass_scoring_few_rows(
    vectors: tuple[list[npt.NDArray[np.float32]], npt.NDArray[np.float32]],
    monkeypatch: pytest.MonkeyPatch,
    limit: int,
) -> None:
    fields, queries = vectors
    copy = _copy(fields)
    scored: list[int] = []
    inner = version_copy._inner

    def counting(matrix: npt.NDArray[np.float32], vector: Vectors) -> npt.NDArray[np.float32]:
        scored.append(matrix.shape[0])
        return inner(matrix, vector)

    names = list(LAYOUT.vectors)
    for query in queries:
        _, first = copy.first_lists(query_vector=query, query_terms=None, lists=names, limit=limit)
        assert first is not None and set(first.by_list) == set(names)
        moved = _moved(copy, query)
        full = copy.ranked_lists(query_vector=moved, query_terms=None, lists=names, limit=limit)
        monkeypatch.setattr(version_copy, "_inner", counting)
        scored.clear()
        again = copy.moved_lists(first, moved, names, limit)
        monkeypatch.setattr(version_copy, "_inner", inner)
        assert [r.name for r in again] == names
        for mine, theirs in zip(again, full, strict=True):
            assert mine.ids == theirs.ids
            assert mine.scores == theirs.scores  # bit for bit, not approximately
            assert len(mine.ids) == limit and all(i.startswith("e") for i in mine.ids)
        if limit <= 100:
            # The bound did its work: fewer rows scored than one full pass of one list.
            assert sum(scored) < ROWS, scored
        else:
            # A list of over a third of the rows: the full pass is cheaper, and is made.
            assert scored == [matrix_rows(ROWS)] * len(names)


def test_rows_scored_again_get_the_full_pass_scores_bit_for_bit(
    vectors: tuple[list[npt.NDArray[np.float32]], npt.NDArray[np.float32]],
) -> None:
    fields, queries = vectors
    matrix = version_copy._frozen(fields[0])
    assert matrix.shape[0] % 4 == 0 and not matrix[ROWS:].any()
    rng = np.random.default_rng(3)
    for query in queries:
        full = version_copy._inner(matrix, query)
        for size in (1, 2, 3, 5, 97, 640):
            rows = np.sort(rng.choice(ROWS, size, replace=False))
            again = version_copy._inner_rows(matrix, rows, query)
            assert np.array_equal(again, full[rows])


@pytest.fixture(scope="module")
def stored(
    tmp_path_factory: pytest.TempPathFactory,
    vectors: tuple[list[npt.NDArray[np.float32]], npt.NDArray[np.float32]],
) -> Iterator[MilvusStore]:
    fields, _ = vectors
    connection = MilvusConnection(str(tmp_path_factory.mktemp("milvus")))
    store = connection.open()
    store.create("synthetic__v1", LAYOUT)
    rows = [
        StoredRow(entry, "h", tuple(field[row] for field in fields), "")
        for row, entry in enumerate(_entries())
    ]
    store.insert("synthetic__v1", rows, LAYOUT)
    store.flush("synthetic__v1", LAYOUT)
    store.point_alias("synthetic", "synthetic__v1")
    yield store
    connection.close()


def test_the_feedback_lists_equal_milvus(
    stored: MilvusStore,
    vectors: tuple[list[npt.NDArray[np.float32]], npt.NDArray[np.float32]],
) -> None:
    _, queries = vectors
    layout = stored.layout("synthetic__v1")
    copy = VersionCopy.load(stored, "synthetic__v1", layout, stored.analyzer)
    names = list(layout.list_names)
    for query in queries:
        _, first = copy.first_lists(query_vector=query, query_terms=None, lists=names, limit=100)
        assert first is not None
        moved = _moved(copy, query)
        expected = stored.ranked_lists(
            "synthetic__v1", layout, query_vector=moved, query_terms=None, lists=names, limit=100
        )
        got = copy.moved_lists(first, moved, names, 100)
        for mine, theirs in zip(got, expected, strict=True):
            assert mine.ids == theirs.ids, mine.name
            assert mine.scores == pytest.approx(theirs.scores, rel=1e-5)
