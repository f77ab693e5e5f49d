from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from guardrails.classify.vector_cache import VectorCache
from retrieval.embedder import Vectors


class CountingEmbedder:
    """A vector from each text's characters; counts the texts it was asked to embed."""

    dimension = 4

    def __init__(self, name: str = "counting") -> None:
        self.name = name
        self.embedded: list[str] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.embedded.extend(texts)
        return np.asarray(
            [[len(t), sum(map(ord, t)) % 97, t.count("a"), 1.0] for t in texts], dtype=np.float32
        )

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        raise AssertionError("exemplars are embedded as queries")


def test_second_build_embeds_only_new_texts(tmp_path: Path) -> None:
    embedder = CountingEmbedder()
    first = VectorCache(tmp_path).embed_queries(embedder, ["alpha", "beta"])
    second = VectorCache(tmp_path).embed_queries(embedder, ["beta", "gamma", "alpha"])
    assert embedder.embedded == ["alpha", "beta", "gamma"]
    np.testing.assert_array_equal(second[0], first[1])
    np.testing.assert_array_equal(second[2], first[0])
    expected = CountingEmbedder().embed_queries(["beta", "gamma", "alpha"])
    np.testing.assert_array_equal(second, expected)


def test_embedders_do_not_share_vectors(tmp_path: Path) -> None:
    VectorCache(tmp_path).embed_queries(CountingEmbedder("one"), ["alpha"])
    other = CountingEmbedder("two")
    VectorCache(tmp_path).embed_queries(other, ["alpha"])
    assert other.embedded == ["alpha"]


@pytest.mark.parametrize(
    "damage",
    [b"not a zip file", b""],
    ids=["garbage", "empty"],
)
def test_corrupt_file_is_embedded_again(tmp_path: Path, damage: bytes) -> None:
    embedder = CountingEmbedder()
    VectorCache(tmp_path).embed_queries(embedder, ["alpha"])
    (cache_file,) = tmp_path.glob("*.npz")
    cache_file.write_bytes(damage)
    vectors = VectorCache(tmp_path).embed_queries(embedder, ["alpha"])
    assert embedder.embedded == ["alpha", "alpha"]
    assert vectors.shape == (1, 4)


def test_unwritable_directory_still_embeds(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    embedder = CountingEmbedder()
    vectors = VectorCache(blocker / "cache").embed_queries(embedder, ["alpha", "beta"])
    assert vectors.shape == (2, 4)
    assert embedder.embedded == ["alpha", "beta"]


def test_no_texts(tmp_path: Path) -> None:
    assert VectorCache(tmp_path).embed_queries(CountingEmbedder(), []).shape == (0, 4)
