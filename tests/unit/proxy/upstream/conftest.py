from __future__ import annotations

from tests.unit.proxy.state.conftest import redis_server, redis_url

__all__ = ["redis_server", "redis_url"]
