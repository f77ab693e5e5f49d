"""Any sentence-transformers model as an embedder (production: multilingual-e5 on GPU).

The model is given by name or local directory. Nothing is ever downloaded: the Hugging
Face hub is switched to offline mode before the library loads, so a name that is not in
the local cache is a clear error instead of a network call. Prefixes (e5's ``query: `` /
``passage: ``) come from the config and are added here.

Failure behaviour: a model that cannot be loaded raises :class:`EmbedderError` at
construction (the message names the model and says nothing is downloaded).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from retrieval.embedder import Vectors
from retrieval.errors import EmbedderError

__all__ = ["SentenceTransformersEmbedder"]

logger = logging.getLogger(__name__)


class SentenceTransformersEmbedder:
    """:class:`~retrieval.embedder.Embedder` over ``sentence_transformers.SentenceTransformer``."""

    def __init__(
        self,
        model: str,
        *,
        device: str = "cpu",
        batch_size: int = 32,
        query_prefix: str = "",
        passage_prefix: str = "",
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer

            self._model: Any = SentenceTransformer(model, device=device, local_files_only=True)
        except Exception as exc:
            raise EmbedderError(
                f"cannot load sentence-transformers model {model!r} on {device} "
                f"(give a local path or a cached name; nothing is downloaded): "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        self._model_name = model
        self._batch_size = batch_size
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix
        dimension = self._model.get_embedding_dimension()
        if dimension is None:
            raise EmbedderError(f"model {model!r} does not say its embedding dimension")
        self._dimension = int(dimension)
        # torch modules are not documented as safe for concurrent encode calls.
        self._lock = threading.Lock()
        logger.info("loaded sentence-transformers model %s on %s", model, device)

    @property
    def name(self) -> str:
        return (
            f"sentence-transformers/{self._model_name}"
            f"|q={self._query_prefix!r}|p={self._passage_prefix!r}"
        )

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed([self._query_prefix + text for text in texts])

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed([self._passage_prefix + text for text in texts])

    def _embed(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        try:
            with self._lock:
                out = self._model.encode(
                    texts,
                    batch_size=self._batch_size,
                    normalize_embeddings=True,
                    convert_to_numpy=True,
                    show_progress_bar=False,
                )
        except Exception as exc:
            raise EmbedderError(
                f"sentence-transformers embedding failed: {type(exc).__name__}"
            ) from exc
        return np.asarray(out, dtype=np.float32)
