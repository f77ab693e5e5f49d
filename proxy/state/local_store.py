"""The in-process state store: one worker's buckets and slots, in memory.

Used when the gateway runs one worker without ``state.redis_url`` (and by the tests), and
by ``fail_open`` while Redis is unreachable. Every operation completes without yielding to
the event loop, so each is atomic for the worker's tasks. Slots need no leases here: they
die with the process that holds them.

Failure behaviour: none; nothing here can be unreachable.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass

from proxy.state.store import (
    MINUTE_S,
    BucketLevel,
    BucketLimits,
    RateDecision,
    SlotGrant,
    SlotOutcome,
    SlotRequest,
    wait_for,
)

__all__ = ["LocalStateStore"]


@dataclass(slots=True)
class _Bucket:
    capacity: int
    level: float
    updated: float

    def refill(self, now: float) -> None:
        rate = self.capacity / MINUTE_S
        self.level = min(self.capacity, self.level + (now - self.updated) * rate)
        self.updated = now

    def snapshot(self) -> BucketLevel:
        return BucketLevel(self.capacity, self.level)


@dataclass(slots=True)
class _Holding:
    pool: str
    replica: str
    cls: str


class LocalStateStore:
    """Buckets and slot counts in this process; see the module doc."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._replica_counts: dict[tuple[str, str], int] = {}
        self._class_counts: dict[tuple[str, str], int] = {}
        self._held: dict[str, _Holding] = {}
        self._leases = itertools.count(1)

    @property
    def description(self) -> str:
        return "in-process state"

    @property
    def shared(self) -> bool:
        return False

    # Buckets

    def _bucket(self, key: str, kind: str, capacity: int | None, now: float) -> _Bucket | None:
        if capacity is None:
            return None
        bucket = self._buckets.get((key, kind))
        if bucket is None or bucket.capacity != capacity:
            bucket = self._buckets[(key, kind)] = _Bucket(capacity, float(capacity), now)
        bucket.refill(now)
        return bucket

    async def take(self, key: str, limits: BucketLimits, tokens: int) -> RateDecision:
        return self.take_now(key, limits, tokens)

    def take_now(self, key: str, limits: BucketLimits, tokens: int) -> RateDecision:
        """:meth:`take`, without the coroutine (the failover store's fallback path)."""
        now = self._clock()
        requests = self._bucket(key, "requests", limits.requests_per_minute, now)
        token_bucket = self._bucket(key, "tokens", limits.tokens_per_minute, now)
        short: list[tuple[str, float]] = []
        if requests is not None and (wait := wait_for(requests.capacity, requests.level, 1)) > 0:
            short.append(("requests", wait))
        if (
            token_bucket is not None
            and (wait := wait_for(token_bucket.capacity, token_bucket.level, tokens)) > 0
        ):
            short.append(("tokens", wait))
        charged = 0
        if not short:
            if requests is not None:
                requests.level -= 1
            if token_bucket is not None:
                charged = min(tokens, token_bucket.capacity)
                token_bucket.level -= charged
        return RateDecision(
            allowed=not short,
            requests=requests.snapshot() if requests else None,
            tokens=token_bucket.snapshot() if token_bucket else None,
            short=tuple(short),
            charged=charged,
        )

    async def adjust_tokens(self, key: str, limits: BucketLimits, delta: int) -> None:
        bucket = self._bucket(key, "tokens", limits.tokens_per_minute, self._clock())
        if bucket is not None:
            bucket.level -= delta

    # Slots

    async def acquire_slot(self, request: SlotRequest) -> SlotGrant:
        return self.acquire_now(request)

    def acquire_now(self, request: SlotRequest) -> SlotGrant:
        """:meth:`acquire_slot`, without the coroutine."""
        loads = {r: self._replica_counts.get((request.pool, r), 0) for r in request.replicas}
        held_by_class = self._class_counts.get((request.pool, request.cls), 0)
        if request.class_limit is not None and held_by_class >= request.class_limit:
            return SlotGrant(SlotOutcome.CLASS_FULL, request.pool, request.cls, loads=loads)
        for replica in request.replicas:
            if request.per_replica is None or loads[replica] < request.per_replica:
                lease = f"local-{next(self._leases)}"
                self._held[lease] = _Holding(request.pool, replica, request.cls)
                self._replica_counts[(request.pool, replica)] = loads[replica] + 1
                self._class_counts[(request.pool, request.cls)] = held_by_class + 1
                loads[replica] += 1
                return SlotGrant(
                    SlotOutcome.GRANTED,
                    request.pool,
                    request.cls,
                    replica=replica,
                    lease=lease,
                    loads=loads,
                    store=self,
                )
        return SlotGrant(SlotOutcome.POOL_FULL, request.pool, request.cls, loads=loads)

    async def release_slot(self, grant: SlotGrant) -> None:
        self.release_now(grant)

    def release_now(self, grant: SlotGrant) -> None:
        """:meth:`release_slot`, without the coroutine."""
        holding = self._held.pop(grant.lease, None)
        if holding is None:
            return
        self._replica_counts[(holding.pool, holding.replica)] -= 1
        self._class_counts[(holding.pool, holding.cls)] -= 1

    async def announce_waiting(self, pool: str, rank: int | None) -> None:
        # One worker: its own queue already orders its waiters.
        return None

    async def aclose(self) -> None:
        return None

    def in_flight(self, pool: str, replica: str) -> int:
        """Slots held on ``replica`` now (tests, introspection)."""
        return self._replica_counts.get((pool, replica), 0)
