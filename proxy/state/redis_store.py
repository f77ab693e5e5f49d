"""The Redis state store: buckets and leased slots shared by every worker and instance.

Every decision is one Lua script, so it is atomic across all clients of the Redis, and
every script reads Redis's own clock (``TIME``), so gateways on different machines agree
on time. Keys (``PREFIX`` is ``state.key_prefix``; the part in braces is a Redis Cluster
hash tag, so each script's keys share a slot)::

    PREFIX:rl:{KEY}:requests   hash {level, at}: a rate-limit bucket (KEY: the API key's
    PREFIX:rl:{KEY}:tokens     hash) — expires once it would be full again
    PREFIX:slots:{POOL}:r:URL  sorted set: leases held on a replica, scored by expiry (ms)
    PREFIX:slots:{POOL}:c:CLS  sorted set: leases held by a QoS class in the pool
    PREFIX:slots:{POOL}:wait   hash: worker id → "RANK:EXPIRY" of its best waiting class

A lease lives ``state.lease_s``; this store renews the leases it holds (and its waiting
announcement) every third of that from a background task, so a worker that dies stops
renewing and its slots count as free once their expiry passes — every script drops
expired members before counting.

Failure behaviour: a Redis that refuses, resets or does not answer within
``state.timeout_s`` raises :class:`~proxy.state.store.StateStoreUnavailable` (no retries
here: the failover policy decides). A lease the renewal finds gone (the worker stalled
past the lease time and the slot went to another request) is logged; the request keeps
running.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import redis.asyncio as redis_asyncio
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from proxy.state.store import (
    BucketLevel,
    BucketLimits,
    RateDecision,
    SlotGrant,
    SlotOutcome,
    SlotRequest,
    StateStoreUnavailable,
    loads_of,
)

__all__ = ["RedisStateStore", "describe_redis_url"]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

_NOW_S = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

_BUCKET = (
    _NOW_S
    + """
local function level(key, cap)
  local v = redis.call('HMGET', key, 'level', 'at')
  local lvl, at = tonumber(v[1]), tonumber(v[2])
  if lvl == nil or at == nil then return cap end
  return math.min(cap, lvl + math.max(0, now - at) * cap / 60)
end
local function save(key, cap, lvl)
  redis.call('HSET', key, 'level', tostring(lvl), 'at', tostring(now))
  -- Kept until it would be full again: an absent bucket reads as full.
  redis.call('PEXPIRE', key, math.ceil((cap - lvl) * 60000 / cap) + 1000)
end
"""
)

# KEYS: requests bucket, tokens bucket. ARGV: requests/min, tokens/min (0: no limit), tokens.
_TAKE = (
    _BUCKET
    + """
local rcap, tcap, want = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local rl, tl, rwait, twait = 0, 0, 0, 0
if rcap > 0 then
  rl = level(KEYS[1], rcap)
  local missing = math.min(1, rcap) - rl
  if missing > 0 then rwait = missing * 60 / rcap end
end
if tcap > 0 then
  tl = level(KEYS[2], tcap)
  local missing = math.min(want, tcap) - tl
  if missing > 0 then twait = missing * 60 / tcap end
end
local charged = 0
local allowed = rwait == 0 and twait == 0
if allowed then
  if rcap > 0 then rl = rl - 1; save(KEYS[1], rcap, rl) end
  if tcap > 0 then charged = math.min(want, tcap); tl = tl - charged; save(KEYS[2], tcap, tl) end
end
return {allowed and 1 or 0, tostring(rl), tostring(tl), tostring(rwait), tostring(twait), charged}
"""
)

# KEYS: tokens bucket. ARGV: tokens/min, tokens to take (negative: give back).
_ADJUST = (
    _BUCKET
    + """
local cap = tonumber(ARGV[1])
save(KEYS[1], cap, level(KEYS[1], cap) - tonumber(ARGV[2]))
return 1
"""
)

_NOW_MS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: class set, waiting hash, replica sets in the order to try them.
# ARGV: lease, lease ms, per replica (0: no limit), class limit (0: none), rank, worker id.
# Returns {outcome, count per replica...}: outcome >= 1 the index of the replica granted,
# 0 every replica full, -1 the class holds its share, -2 a higher class waits elsewhere.
_ACQUIRE = (
    _NOW_MS
    + """
local lease_ms, per_replica = tonumber(ARGV[2]), tonumber(ARGV[3])
local class_limit, rank = tonumber(ARGV[4]), tonumber(ARGV[5])
local yielded = false
local waiting = redis.call('HGETALL', KEYS[2])
for i = 1, #waiting, 2 do
  local other, until_ms = string.match(waiting[i + 1], '^(%d+):(%d+)$')
  if other == nil or tonumber(until_ms) <= now then
    redis.call('HDEL', KEYS[2], waiting[i])
  elseif waiting[i] ~= ARGV[6] and tonumber(other) < rank then
    yielded = true
  end
end
local counts, chosen = {}, 0
for i = 3, #KEYS do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now)
  local held = redis.call('ZCARD', KEYS[i])
  counts[#counts + 1] = held
  if chosen == 0 and (per_replica == 0 or held < per_replica) then chosen = i - 2 end
end
if yielded then return {-2, unpack(counts)} end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if class_limit > 0 and redis.call('ZCARD', KEYS[1]) >= class_limit then
  return {-1, unpack(counts)}
end
if chosen == 0 then return {0, unpack(counts)} end
local expiry = now + lease_ms
redis.call('ZADD', KEYS[chosen + 2], expiry, ARGV[1])
redis.call('PEXPIRE', KEYS[chosen + 2], lease_ms * 3)
redis.call('ZADD', KEYS[1], expiry, ARGV[1])
redis.call('PEXPIRE', KEYS[1], lease_ms * 3)
counts[chosen] = counts[chosen] + 1
return {chosen, unpack(counts)}
"""
)

# KEYS: waiting hash, then (replica set, class set) per lease. ARGV: lease ms, worker id,
# rank ('' when nothing waits here), leases. Returns how many leases were gone.
_RENEW = (
    _NOW_MS
    + """
local lease_ms = tonumber(ARGV[1])
local expiry = now + lease_ms
if ARGV[3] == '' then
  redis.call('HDEL', KEYS[1], ARGV[2])
else
  redis.call('HSET', KEYS[1], ARGV[2], ARGV[3] .. ':' .. expiry)
  redis.call('PEXPIRE', KEYS[1], lease_ms * 3)
end
local lost = 0
for i = 4, #ARGV do
  local replica_key, class_key = KEYS[2 * (i - 3)], KEYS[2 * (i - 3) + 1]
  if redis.call('ZSCORE', replica_key, ARGV[i]) then
    redis.call('ZADD', replica_key, expiry, ARGV[i])
    redis.call('ZADD', class_key, 'XX', expiry, ARGV[i])
    redis.call('PEXPIRE', replica_key, lease_ms * 3)
    redis.call('PEXPIRE', class_key, lease_ms * 3)
  else
    lost = lost + 1
  end
end
return lost
"""
)


def describe_redis_url(url: str) -> str:
    """The URL without its password, for logs and error messages."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


@dataclass(frozen=True, slots=True)
class _Held:
    pool: str
    replica_key: str
    class_key: str


class RedisStateStore:
    """Shared buckets and leased slots in one Redis; see the module doc."""

    def __init__(
        self,
        url: str,
        *,
        lease_s: float = 10.0,
        timeout_s: float = 1.0,
        key_prefix: str = "mamori",
        max_connections: int = 16,
    ) -> None:
        self._where = describe_redis_url(url)
        # A bounded pool: a burst of requests shares a few connections instead of opening
        # one each (which would time out connecting on a busy machine). Waiting for a free
        # connection is not an outage, so that wait has its own, longer limit.
        pool = redis_asyncio.BlockingConnectionPool.from_url(
            url,
            max_connections=max_connections,
            timeout=max(10.0, timeout_s),
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 0),
            decode_responses=True,
        )
        self._client: redis_asyncio.Redis = redis_asyncio.Redis.from_pool(pool)
        self._lease_ms = max(1, round(lease_s * 1000))
        self._renew_every_s = lease_s / 3
        self._prefix = key_prefix
        self.worker_id = uuid.uuid4().hex[:16]
        self._take = self._client.register_script(_TAKE)
        self._adjust = self._client.register_script(_ADJUST)
        self._acquire = self._client.register_script(_ACQUIRE)
        self._renew = self._client.register_script(_RENEW)
        self._held: dict[str, _Held] = {}
        self._waiting: dict[str, int] = {}
        self._renewal: asyncio.Task[None] | None = None

    @property
    def description(self) -> str:
        return f"Redis at {self._where}"

    @property
    def shared(self) -> bool:
        return True

    async def _call(self, operation: Callable[[], Awaitable[_T]]) -> _T:
        try:
            return await operation()
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            raise StateStoreUnavailable(f"{self.description}: {type(exc).__name__}: {exc}") from exc

    # Buckets

    def _bucket_keys(self, key: str) -> list[str]:
        return [f"{self._prefix}:rl:{{{key}}}:requests", f"{self._prefix}:rl:{{{key}}}:tokens"]

    async def take(self, key: str, limits: BucketLimits, tokens: int) -> RateDecision:
        rpm = limits.requests_per_minute or 0
        tpm = limits.tokens_per_minute or 0
        reply: list[Any] = await self._call(
            lambda: self._take(keys=self._bucket_keys(key), args=[rpm, tpm, tokens])
        )
        allowed = int(reply[0]) == 1
        short = tuple(
            (kind, float(wait))
            for kind, wait in (("requests", reply[3]), ("tokens", reply[4]))
            if float(wait) > 0
        )
        return RateDecision(
            allowed=allowed,
            requests=BucketLevel(rpm, float(reply[1])) if rpm else None,
            tokens=BucketLevel(tpm, float(reply[2])) if tpm else None,
            short=short,
            charged=int(reply[5]),
        )

    async def adjust_tokens(self, key: str, limits: BucketLimits, delta: int) -> None:
        if not limits.tokens_per_minute or delta == 0:
            return
        tpm = limits.tokens_per_minute
        await self._call(lambda: self._adjust(keys=self._bucket_keys(key)[1:], args=[tpm, delta]))

    # Slots

    def _pool_key(self, pool: str, part: str) -> str:
        return f"{self._prefix}:slots:{{{pool}}}:{part}"

    async def acquire_slot(self, request: SlotRequest) -> SlotGrant:
        self._start_renewal()
        lease = f"{self.worker_id}-{uuid.uuid4().hex[:16]}"
        class_key = self._pool_key(request.pool, f"c:{request.cls}")
        replica_keys = [self._pool_key(request.pool, f"r:{url}") for url in request.replicas]
        keys = [class_key, self._pool_key(request.pool, "wait"), *replica_keys]
        args: list[str | int] = [
            lease,
            self._lease_ms,
            request.per_replica or 0,
            request.class_limit or 0,
            request.rank,
            self.worker_id,
        ]
        reply: list[Any] = await self._call(lambda: self._acquire(keys=keys, args=args))
        code = int(reply[0])
        loads = loads_of(request.replicas, [int(count) for count in reply[1:]])
        if code >= 1:
            self._held[lease] = _Held(request.pool, replica_keys[code - 1], class_key)
            return SlotGrant(
                SlotOutcome.GRANTED,
                request.pool,
                request.cls,
                replica=request.replicas[code - 1],
                lease=lease,
                loads=loads,
                store=self,
            )
        outcome = {
            0: SlotOutcome.POOL_FULL,
            -1: SlotOutcome.CLASS_FULL,
            -2: SlotOutcome.YIELDED,
        }[code]
        return SlotGrant(outcome, request.pool, request.cls, loads=loads)

    async def release_slot(self, grant: SlotGrant) -> None:
        held = self._held.pop(grant.lease, None)
        if held is None:
            return

        async def release() -> None:
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.zrem(held.replica_key, grant.lease)
                pipe.zrem(held.class_key, grant.lease)
                await pipe.execute()

        await self._call(release)

    async def announce_waiting(self, pool: str, rank: int | None) -> None:
        if rank is None:
            if self._waiting.pop(pool, None) is None:
                return
        else:
            if self._waiting.get(pool) == rank:
                return
            self._waiting[pool] = rank
        self._start_renewal()
        await self._renew_pool(pool, [])

    # Renewal

    def _start_renewal(self) -> None:
        if self._renewal is None or self._renewal.done():
            self._renewal = asyncio.get_running_loop().create_task(
                self._renew_forever(), name="state-lease-renewal"
            )

    async def _renew_forever(self) -> None:
        while True:
            await asyncio.sleep(self._renew_every_s)
            try:
                await self.renew_now()
            except StateStoreUnavailable as exc:
                logger.warning("could not renew slot leases: %s", exc)

    async def renew_now(self) -> None:
        """Renew every lease and waiting announcement this store holds."""
        by_pool: dict[str, list[str]] = {pool: [] for pool in self._waiting}
        for lease, held in list(self._held.items()):
            by_pool.setdefault(held.pool, []).append(lease)
        for pool, leases in by_pool.items():
            await self._renew_pool(pool, leases)

    async def _renew_pool(self, pool: str, leases: list[str]) -> None:
        keys = [self._pool_key(pool, "wait")]
        live: list[str] = []
        for lease in leases:
            held = self._held.get(lease)
            if held is not None:
                keys += [held.replica_key, held.class_key]
                live.append(lease)
        rank = self._waiting.get(pool)
        args: list[str | int] = [
            self._lease_ms,
            self.worker_id,
            "" if rank is None else rank,
            *live,
        ]
        lost = int(await self._call(lambda: self._renew(keys=keys, args=args)))
        if lost:
            logger.warning(
                "%d slot lease(s) of model %s expired before renewal (the worker stalled "
                "longer than state.lease_s)",
                lost,
                pool,
            )

    async def aclose(self) -> None:
        if self._renewal is not None:
            self._renewal.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewal
        with contextlib.suppress(StateStoreUnavailable):
            for grant_lease in list(self._held):
                held = self._held[grant_lease]
                await self.release_slot(
                    SlotGrant(SlotOutcome.GRANTED, held.pool, "", lease=grant_lease)
                )
        await self._client.aclose()
