"""state.on_unavailable, with the real Redis killed in the middle of a run."""

from __future__ import annotations

import pytest

from proxy.observability.metrics import GatewayMetrics
from proxy.state.failover import FailoverStore, StateUnavailableError
from proxy.state.redis_server import EmbeddedRedis
from proxy.state.redis_store import RedisStateStore
from proxy.state.store import BucketLimits, SlotRequest

LIMITS = BucketLimits(requests_per_minute=3, tokens_per_minute=None)
SLOT = SlotRequest("chat", ("http://a",), 1, "standard", 1, None)


def _unavailable(metrics: GatewayMetrics, operation: str, policy: str) -> float:
    value = metrics.registry.get_sample_value(
        "mamori_state_unavailable_total", {"operation": operation, "policy": policy}
    )
    return value or 0.0


async def test_fail_open_decides_locally_while_redis_is_down(
    redis_server: EmbeddedRedis, redis_url: str
) -> None:
    metrics = GatewayMetrics()
    store = FailoverStore(
        RedisStateStore(redis_url), policy="fail_open", retry_after_s=0.2, metrics=metrics
    )
    assert (await store.take("k", LIMITS, 1)).allowed
    held = await store.acquire_slot(SLOT)
    assert held.granted
    redis_server.kill()
    # The local store answers: its bucket is full, its replica free (limits per worker).
    decisions = [await store.take("k", LIMITS, 1) for _ in range(4)]
    assert [d.allowed for d in decisions] == [True, True, True, False]
    assert store.degraded
    local = await store.acquire_slot(SLOT)
    assert local.granted and local.store is store.fallback
    await store.release_slot(local)
    await store.release_slot(held)  # Redis is gone: the lease would expire; no error
    assert _unavailable(metrics, "rate_limit", "fail_open") >= 4
    assert _unavailable(metrics, "acquire_slot", "fail_open") >= 1
    redis_server.start()
    # Back after retry_after_s: the shared state is used again (a new, empty Redis).
    store._down_until = 0.0
    assert (await store.take("k", LIMITS, 1)).allowed
    assert not store.degraded
    await store.aclose()


async def test_fail_closed_answers_503_naming_the_store(
    redis_server: EmbeddedRedis, redis_url: str
) -> None:
    metrics = GatewayMetrics()
    store = FailoverStore(RedisStateStore(redis_url), policy="fail_closed", metrics=metrics)
    assert (await store.take("k", LIMITS, 1)).allowed
    redis_server.kill()
    with pytest.raises(StateUnavailableError) as caught:
        await store.take("k", LIMITS, 1)
    assert caught.value.status_code == 503
    assert "Redis at unix://" in str(caught.value) and "fail_closed" in str(caught.value)
    with pytest.raises(StateUnavailableError):
        await store.acquire_slot(SLOT)
    assert _unavailable(metrics, "rate_limit", "fail_closed") == 1
    assert _unavailable(metrics, "acquire_slot", "fail_closed") == 1
    redis_server.start()
    await store.aclose()
