"""The trained guard weights shipped inside the package, versioned.

``guardrails/classify/models/<name>.npz`` holds the fast model (:mod:`guardrails.classify.
fast_model`), the e5 head (:mod:`guardrails.classify.embedding_head`), the operating
points chosen on validation data when they were trained, and a JSON record of how (the
sources used and left out, the seed, the e5 model the head was trained on). A policy names
the file in ``guard.learned.model``; ``bench/train_guard.py`` writes it deterministically.

Operating points, as logits:

* ``fast_benign_below``: a text whose fast logit is below it (and that no rule, context
  pattern or hidden payload touched) is allowed without the e5 embedding;
* ``threshold``: otherwise the combined logit ``fast_weight·fast + (1−fast_weight)·head``
  at or above it is an attack.

Failure behaviour: :func:`load_weights` raises :class:`OSError` for a missing or unreadable
file or one of a format version it cannot read; the guard stage then fails closed like any
classifier build failure.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from guardrails.classify.embedding_head import HeadWeights
from guardrails.classify.fast_model import FastWeights

__all__ = [
    "BASELINE_POLICY",
    "FORMAT",
    "MODELS_DIR",
    "READABLE_FORMATS",
    "OperatingPoints",
    "TrainedWeights",
    "load_weights",
    "save_weights",
]

MODELS_DIR = Path(__file__).resolve().parent / "models"
FORMAT = 2
"""Format written: 2 records the head's activation (``tanh`` or ``linear``); format 1
files (no record) still load, as ``tanh`` heads."""
READABLE_FORMATS = (1, 2)
#: The policy file (``policies/<name>.yaml``) whose guard section the weights were
#: trained with (its exemplars are part of the training data).
BASELINE_POLICY = "guard-baseline"


@dataclass(frozen=True, slots=True)
class OperatingPoints:
    """Where each cascade stage decides (logits); see the module docstring."""

    fast_benign_below: float
    threshold: float
    fast_weight: float


@dataclass(frozen=True, slots=True)
class TrainedWeights:
    """One versioned weights file."""

    name: str
    fast: FastWeights
    head: HeadWeights
    points: OperatingPoints
    embedder: str
    """Name of the embedder the head was trained on (the guard checks it matches)."""
    card: dict[str, Any]
    """How the weights were made: sources, seed, figures on validation data."""


def save_weights(path: Path, weights: TrainedWeights) -> None:
    """Write ``weights`` to ``path`` (compressed; n-gram weights as float16)."""
    meta = {
        "format": FORMAT,
        "name": weights.name,
        "embedder": weights.embedder,
        "points": {
            "fast_benign_below": weights.points.fast_benign_below,
            "threshold": weights.points.threshold,
            "fast_weight": weights.points.fast_weight,
        },
        "fast_bias": weights.fast.bias,
        "head_out_bias": weights.head.out_bias,
        "head_activation": weights.head.activation,
        "card": weights.card,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        np.savez_compressed(
            handle,
            meta=np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
            fast_ngrams=weights.fast.ngrams.astype(np.float16),
            fast_static=weights.fast.static.astype(np.float32),
            fast_dense=weights.fast.dense.astype(np.float32),
            head_mean=weights.head.mean.astype(np.float32),
            head_scale=weights.head.scale.astype(np.float32),
            head_hidden=weights.head.hidden.astype(np.float32),
            head_hidden_bias=weights.head.hidden_bias.astype(np.float32),
            head_out=weights.head.out.astype(np.float32),
        )


@cache
def load_weights(name: str, directory: Path = MODELS_DIR) -> TrainedWeights:
    """The weights file ``directory/<name>.npz`` (read once per process)."""
    path = directory / f"{name}.npz"
    try:
        with np.load(path) as data:
            arrays = {key: data[key] for key in data.files}
        meta = json.loads(arrays["meta"].tobytes().decode())
    except (OSError, KeyError, ValueError) as exc:
        raise OSError(f"cannot read the guard weights {path}: {exc}") from exc
    if meta.get("format") not in READABLE_FORMATS:
        raise OSError(
            f"guard weights {path} have format {meta.get('format')}, need one of {READABLE_FORMATS}"
        )
    points = meta["points"]
    return TrainedWeights(
        name=meta["name"],
        fast=FastWeights(
            ngrams=arrays["fast_ngrams"],
            static=arrays["fast_static"],
            dense=arrays["fast_dense"],
            bias=float(meta["fast_bias"]),
        ),
        head=HeadWeights(
            mean=arrays["head_mean"],
            scale=arrays["head_scale"],
            hidden=arrays["head_hidden"],
            hidden_bias=arrays["head_hidden_bias"],
            out=arrays["head_out"],
            out_bias=float(meta["head_out_bias"]),
            activation=str(meta.get("head_activation", "tanh")),
        ),
        points=OperatingPoints(
            fast_benign_below=float(points["fast_benign_below"]),
            threshold=float(points["threshold"]),
            fast_weight=float(points["fast_weight"]),
        ),
        embedder=str(meta["embedder"]),
        card=dict(meta["card"]),
    )
