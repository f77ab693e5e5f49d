"""``pii:``, ``guard:`` and ``embedding:``: the worker-wide knobs of the stages (the
per-tenant behaviour is in the policy files)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from guardrails.classify.vector_cache import default_cache_dir
from proxy.settings.section import Section

__all__ = ["EmbeddingSettings", "GuardSettings", "PiiSettings"]


class PiiSettings(Section):
    cache_entries: int = Field(4096, ge=0)
    """Analysis results kept per worker (digests of texts → spans, no text), so a history
    re-sent every turn is analysed once; 0 turns the cache off."""


class GuardSettings(Section):
    vector_cache_dir: Path | None = Field(default_factory=default_cache_dir)
    """Where embedded guard exemplars are kept between starts (default
    ``$XDG_CACHE_HOME/mamori/guard``), so a policy's exemplars are embedded once per
    machine; ``null`` embeds them at every start."""


class EmbeddingSettings(Section):
    builtin_model: str | None = "multilingual-e5-small"
    """The bundled multilingual-e5-small served on ``/v1/embeddings`` under this name when
    retrieval is enabled (the embedded default, which loads e5 for the FAQ indexes
    anyway; the same instance answers); a model of the same name in ``models`` wins;
    ``null`` turns it off."""
    query_memo_entries: int = Field(1024, ge=0)
    """Query vectors kept per embedder and worker (keyed by a digest of the text, no text
    kept), so the message the guard embedded is not embedded again by the retrieval stage;
    0 turns the memo off."""
    window_chars: int = Field(500, ge=100)
    """The most characters of one message that ``guard.classify`` and ``retrieval.inject``
    embed: the first and the last half of it (:mod:`proxy.pipeline.embedding_window`).
    Bounds the embedder time one request takes: 500 characters are about 210 e5 tokens of
    Japanese, well inside one 512-token window."""
    micro_batch_texts: int = Field(1, ge=1, le=64)
    """The most short query texts (the bundled e5's short lane) one forward takes from
    concurrent requests of a worker (:mod:`retrieval.batching_embedder`); 1: no batching.
    Read by ``mamori serve`` (docs/benchmarks.md: the measured effect)."""
    micro_batch_window_ms: float = Field(0.0, ge=0.0, le=5.0)
    """How long a batch that already has company waits for more texts (never when a call
    is alone)."""
