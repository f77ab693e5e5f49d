from __future__ import annotations

import pytest

from retrieval.milvus_store import ListScore, RankedList
from retrieval.rank_fusion import fuse

DENSE = RankedList("question", ("a", "b", "c"), (0.9, 0.8, 0.7))
BM25 = RankedList("bm25", ("c", "a", "d"), (12.0, 9.0, 3.0))


def test_equal_weights_add_reciprocal_ranks() -> None:
    fused = fuse([DENSE, BM25], weights={}, rrf_k=60)
    scores = {item.id: item.score for item in fused}
    assert scores["a"] == pytest.approx(1 / 61 + 1 / 62)
    assert scores["c"] == pytest.approx(1 / 63 + 1 / 61)
    assert scores["d"] == pytest.approx(1 / 63)
    assert [item.id for item in fused] == ["a", "c", "b", "d"]


def test_a_heavier_list_decides() -> None:
    fused = fuse([DENSE, BM25], weights={"bm25": 3.0}, rrf_k=5)
    assert fused[0].id == "c"
    assert fused[0].score == pytest.approx(1 / 8 + 3 / 6)


def test_weight_zero_leaves_a_list_out_and_one_list_keeps_its_own_scores() -> None:
    fused = fuse([DENSE, BM25], weights={"question": 0.0}, rrf_k=60)
    assert [(item.id, item.score) for item in fused] == [("c", 12.0), ("a", 9.0), ("d", 3.0)]


def test_explain_says_where_each_list_ranked_the_entry() -> None:
    fused = {item.id: item for item in fuse([DENSE, BM25], weights={}, rrf_k=60)}
    assert fused["a"].explain == (ListScore("question", 1, 0.9), ListScore("bm25", 2, 9.0))
    assert fused["d"].explain == (ListScore("bm25", 3, 3.0),)


def test_ties_keep_the_order_of_first_appearance() -> None:
    left = RankedList("question", ("x", "y"), (0.5, 0.4))
    right = RankedList("bm25", ("y", "x"), (2.0, 1.0))
    assert [item.id for item in fuse([left, right], weights={}, rrf_k=10)] == ["x", "y"]


def test_no_lists_no_entries() -> None:
    assert fuse([], weights={}, rrf_k=60) == []
    assert fuse([RankedList("bm25", (), ())], weights={}, rrf_k=60) == []


@pytest.mark.parametrize("best", [0, 1, 2, 3, 10])
@pytest.mark.parametrize("explained", [None, 0, 1, 3])
def test_best_keeps_the_first_entries_of_the_whole_result(best: int, explained: int | None) -> None:
    # b and d tie (1/62 each), c and e too (1/63): the order of first appearance decides.
    left = RankedList("question", ("a", "b", "c"), (0.9, 0.8, 0.7))
    right = RankedList("bm25", ("a", "d", "e"), (5.0, 4.0, 3.0))
    whole = fuse([left, right], weights={}, rrf_k=60, explained=explained)
    assert [item.id for item in whole] == ["a", "b", "d", "c", "e"]
    cut = fuse([left, right], weights={}, rrf_k=60, explained=explained, best=best)
    assert cut == whole[:best]
