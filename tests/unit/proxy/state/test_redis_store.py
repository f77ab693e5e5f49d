"""The Redis store against a real redis-server: atomic buckets and slots, leases."""

from __future__ import annotations

import asyncio
import signal
import sys
import textwrap
import time
from pathlib import Path

import pytest

from proxy.state.local_store import LocalStateStore
from proxy.state.redis_store import RedisStateStore, describe_redis_url
from proxy.state.store import BucketLimits, SlotOutcome, SlotRequest, StateStore

ROOT = Path(__file__).parents[4]


def _slots(per_replica: int | None = 3, cls: str = "standard", **fields: object) -> SlotRequest:
    values: dict[str, object] = {
        "pool": "chat",
        "replicas": ("http://a", "http://b"),
        "per_replica": per_replica,
        "cls": cls,
        "rank": 1,
        "class_limit": None,
    }
    values.update(fields)
    return SlotRequest(**values)  # type: ignore[arg-type]


@pytest.fixture(params=["in-process", "redis"])
async def store(request: pytest.FixtureRequest) -> StateStore:
    if request.param == "in-process":
        return LocalStateStore()
    url: str = request.getfixturevalue("redis_url")
    return RedisStateStore(url, lease_s=5.0)


async def test_buckets_take_then_refuse_with_the_wait(store: StateStore) -> None:
    limits = BucketLimits(requests_per_minute=2, tokens_per_minute=1000)
    first = await store.take("k", limits, 100)
    assert first.allowed and first.charged == 100
    assert first.requests is not None and first.requests.level == pytest.approx(1, abs=0.01)
    assert first.tokens is not None and first.tokens.level == pytest.approx(900, abs=1)
    assert (await store.take("k", limits, 100)).allowed
    refused = await store.take("k", limits, 100)
    assert not refused.allowed
    assert [kind for kind, _ in refused.short] == ["requests"]
    assert refused.short[0][1] == pytest.approx(30, abs=0.5)  # one request per 30 s
    await store.adjust_tokens("k", limits, 2000)  # used far more than estimated
    other = BucketLimits(requests_per_minute=None, tokens_per_minute=1000)
    assert [kind for kind, _ in (await store.take("k", other, 1)).short] == ["tokens"]
    await store.aclose()


async def test_slots_fill_replicas_in_order_then_refuse(store: StateStore) -> None:
    grants = [await store.acquire_slot(_slots(per_replica=2)) for _ in range(4)]
    assert [g.replica for g in grants] == ["http://a", "http://a", "http://b", "http://b"]
    assert grants[-1].loads == {"http://a": 2, "http://b": 2}
    full = await store.acquire_slot(_slots(per_replica=2))
    assert full.outcome is SlotOutcome.POOL_FULL
    await store.release_slot(grants[0])
    await store.release_slot(grants[0])  # idempotent
    again = await store.acquire_slot(_slots(per_replica=2))
    assert again.replica == "http://a"
    limited = await store.acquire_slot(_slots(per_replica=9, cls="batch", class_limit=1))
    assert limited.granted
    held_back = await store.acquire_slot(_slots(per_replica=9, cls="batch", class_limit=1))
    assert held_back.outcome is SlotOutcome.CLASS_FULL
    await store.aclose()


async def test_counters_are_atomic_under_concurrency(redis_url: str) -> None:
    """Eight clients (eight connections) race 400 takes and 400 slot requests."""
    # A generous timeout: 128 connections open at once on a busy 2-core machine.
    stores = [RedisStateStore(redis_url, lease_s=5.0, timeout_s=5.0) for _ in range(8)]
    limits = BucketLimits(requests_per_minute=120, tokens_per_minute=None)
    started = time.monotonic()
    decisions = await asyncio.gather(*(stores[i % 8].take("hot", limits, 1) for i in range(400)))
    elapsed = time.monotonic() - started
    allowed = sum(d.allowed for d in decisions)
    # The bucket starts full (120) and refills 2 per second while the race runs.
    assert 120 <= allowed <= 120 + 2 * elapsed + 1
    grants = await asyncio.gather(
        *(stores[i % 8].acquire_slot(_slots(per_replica=5)) for i in range(400))
    )
    held = [g for g in grants if g.granted]
    assert len(held) == 10
    assert sorted(g.replica or "" for g in held) == ["http://a"] * 5 + ["http://b"] * 5
    assert len({g.lease for g in held}) == 10
    for store in stores:
        await store.aclose()


async def test_a_higher_class_waiting_elsewhere_goes_first(redis_url: str) -> None:
    here, there = RedisStateStore(redis_url), RedisStateStore(redis_url)
    await there.announce_waiting("chat", 0)  # an interactive request waits there
    yielded = await here.acquire_slot(_slots(rank=2))
    assert yielded.outcome is SlotOutcome.YIELDED
    assert (await there.acquire_slot(_slots(rank=0))).granted
    await there.announce_waiting("chat", None)
    assert (await here.acquire_slot(_slots(rank=2))).granted
    await here.aclose()
    await there.aclose()


_HOLDER = """
import asyncio, sys
from proxy.state.redis_store import RedisStateStore
from proxy.state.store import SlotRequest

async def main():
    store = RedisStateStore(sys.argv[1], lease_s=float(sys.argv[2]))
    request = SlotRequest("chat", ("http://a",), 3, "standard", 1, None)
    grants = [await store.acquire_slot(request) for _ in range(3)]
    assert all(g.granted for g in grants)
    print("held", flush=True)
    await asyncio.sleep(3600)

asyncio.run(main())
"""


async def test_slots_of_a_killed_holder_are_free_within_the_lease(redis_url: str) -> None:
    lease_s = 1.5
    holder = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        textwrap.dedent(_HOLDER),
        redis_url,
        str(lease_s),
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    store = RedisStateStore(redis_url, lease_s=lease_s)
    request = SlotRequest("chat", ("http://a",), 3, "standard", 1, None)
    try:
        assert holder.stdout is not None
        assert (await asyncio.wait_for(holder.stdout.readline(), 60)).strip() == b"held"
        # The holder renews: its slots outlive the lease time while it runs.
        await asyncio.sleep(lease_s * 1.5)
        assert (await store.acquire_slot(request)).outcome is SlotOutcome.POOL_FULL
        holder.send_signal(signal.SIGKILL)
        await holder.wait()
        killed = time.monotonic()
        while not (grant := await store.acquire_slot(request)).granted:
            assert time.monotonic() - killed < lease_s + 1.0, "slots not freed in time"
            await asyncio.sleep(0.05)
        assert time.monotonic() - killed <= lease_s + 0.2
        assert grant.loads == {"http://a": 1}  # all three of the dead holder's are gone
    finally:
        if holder.returncode is None:
            holder.kill()
            await holder.wait()
        await store.aclose()


def test_urls_are_described_without_their_password() -> None:
    assert describe_redis_url("redis://:s3cret@cache:6380/2") == "redis://cache:6380/2"
    assert describe_redis_url("unix:///run/r.sock") == "unix:///run/r.sock"
