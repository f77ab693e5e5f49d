"""What happens when the shared state store cannot be reached: ``state.on_unavailable``.

:class:`FailoverStore` puts a policy around the Redis store:

* ``fail_open`` (the default): the operation is decided by an in-process store instead —
  each worker enforces every limit on its own, as if it were alone — and counted in
  ``mamori_state_unavailable_total{policy="fail_open"}``; a warning is logged once per
  outage. Redis is tried again ``state.retry_after_s`` after the failure (until then the
  in-process store answers at once, so an outage does not add a timeout to every
  request). Limits become per-worker during the outage; availability is kept.
* ``fail_closed``: the request is answered 503 (:class:`StateUnavailableError`, naming the
  store) and counted with ``policy="fail_closed"``. Limits are never exceeded; nothing is
  served while Redis is down.

Releasing a slot never fails a request: a slot granted by Redis whose release cannot
reach it expires with its lease; a slot granted by the in-process store is released there.

Failure behaviour: with ``fail_closed``, :class:`StateUnavailableError` (503) from
:meth:`take`, :meth:`acquire_slot`; everything else is absorbed as described.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from typing import Literal, TypeVar

from proxy.errors import ServiceUnavailableError
from proxy.observability.metrics import GatewayMetrics
from proxy.state.local_store import LocalStateStore
from proxy.state.redis_store import RedisStateStore
from proxy.state.store import (
    BucketLimits,
    RateDecision,
    SlotGrant,
    SlotRequest,
    StateStoreUnavailable,
)

__all__ = ["FailoverStore", "StateUnavailableError"]

logger = logging.getLogger(__name__)

_T = TypeVar("_T")
Policy = Literal["fail_open", "fail_closed"]


class StateUnavailableError(ServiceUnavailableError):
    """The shared state store is unreachable and ``state.on_unavailable`` is
    ``fail_closed``."""


class FailoverStore:
    """The Redis store with the configured policy for when it is down; see module doc."""

    def __init__(
        self,
        primary: RedisStateStore,
        *,
        policy: Policy = "fail_open",
        retry_after_s: float = 2.0,
        metrics: GatewayMetrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.primary = primary
        self.fallback = LocalStateStore(clock=clock)
        self._policy: Policy = policy
        self._retry_after_s = retry_after_s
        self._metrics = metrics
        self._clock = clock
        self._down_until = 0.0

    @property
    def description(self) -> str:
        return self.primary.description

    @property
    def shared(self) -> bool:
        return True

    @property
    def degraded(self) -> bool:
        """True while the in-process store stands in for Redis (``fail_open``)."""
        return self._clock() < self._down_until

    async def _run(
        self,
        operation: str,
        primary: Callable[[], Awaitable[_T]],
        fallback: Callable[[], Awaitable[_T]],
    ) -> _T:
        if self._policy == "fail_open" and self.degraded:
            self._count(operation)
            return await fallback()
        try:
            result = await primary()
        except StateStoreUnavailable as exc:
            self._count(operation)
            if self._policy == "fail_closed":
                logger.error("state store unreachable (fail_closed): %s", exc)
                raise StateUnavailableError(
                    f"the shared state store ({self.description}) is unreachable, and "
                    "state.on_unavailable is fail_closed: rate limits and in-flight slots "
                    "cannot be checked; retry later"
                ) from exc
            if not self.degraded:
                logger.warning(
                    "state store unreachable; enforcing limits per worker (fail_open) for "
                    "the next %.1f s: %s",
                    self._retry_after_s,
                    exc,
                )
            self._down_until = self._clock() + self._retry_after_s
            return await fallback()
        return result

    def _count(self, operation: str) -> None:
        if self._metrics is not None:
            self._metrics.state_unavailable.labels(operation, self._policy).inc()

    async def take(self, key: str, limits: BucketLimits, tokens: int) -> RateDecision:
        return await self._run(
            "rate_limit",
            lambda: self.primary.take(key, limits, tokens),
            lambda: self.fallback.take(key, limits, tokens),
        )

    async def adjust_tokens(self, key: str, limits: BucketLimits, delta: int) -> None:
        try:
            await self.primary.adjust_tokens(key, limits, delta)
        except StateStoreUnavailable as exc:
            # The estimate stays charged: the bucket is off by the difference at most.
            self._count("rate_limit_settle")
            logger.info("token usage not settled in the state store: %s", exc)
            await self.fallback.adjust_tokens(key, limits, delta)

    async def acquire_slot(self, request: SlotRequest) -> SlotGrant:
        return await self._run(
            "acquire_slot",
            lambda: self.primary.acquire_slot(request),
            lambda: self.fallback.acquire_slot(request),
        )

    async def release_slot(self, grant: SlotGrant) -> None:
        if grant.store is self.fallback:
            await self.fallback.release_slot(grant)
            return
        try:
            await self.primary.release_slot(grant)
        except StateStoreUnavailable as exc:
            self._count("release_slot")
            logger.info("slot not released in the state store (its lease expires): %s", exc)

    async def announce_waiting(self, pool: str, rank: int | None) -> None:
        try:
            await self.primary.announce_waiting(pool, rank)
        except StateStoreUnavailable as exc:
            self._count("announce_waiting")
            logger.info("waiting class not announced: %s", exc)

    async def aclose(self) -> None:
        await self.primary.aclose()
