"""Per-API-key rate limits: requests per minute and tokens per minute.

Each key (``api_keys[].rate_limit``, else its tenant's ``tenants.NAME.rate_limit``; without
API keys, the anonymous caller gets the ``default`` tenant's) has two token buckets that
hold one minute's allowance and refill continuously, as OpenAI's limits do. A request
takes one request and its estimated tokens up front (the number the request parsing
computed: :func:`proxy.api.chat_request.estimate_tokens`) and :meth:`Reservation.settle`
corrects the token bucket with the usage the backend reported once the answer is over.
The estimate is deliberately rough (the gateway does not tokenize); a key that used more
than estimated waits longer for its next request.

Every answer to a limited key carries OpenAI's headers: ``x-ratelimit-limit-requests``,
``x-ratelimit-remaining-requests``, ``x-ratelimit-reset-requests`` (time until the bucket
is full again, e.g. ``1s``, ``6m0s``) and the same three for ``-tokens``.

The buckets live in the state store (:mod:`proxy.state`): in the worker process with one
worker, in Redis when ``state.redis_url`` is set or ``mamori serve`` runs several workers,
so a key's limit holds across every worker and every gateway instance sharing that Redis.
Each check-and-take is one atomic step there. :meth:`Reservation.settle` sends its
correction in the background; :meth:`RateLimiter.drain` waits for the ones in progress.

Failure behaviour: :meth:`RateLimiter.admit` raises
:class:`~proxy.errors.TooManyRequestsError` (429, ``Retry-After`` and the headers above)
when either bucket is short; nothing is taken from the buckets then. A state store that
cannot be reached is handled by ``state.on_unavailable`` (:mod:`proxy.state.failover`):
the local buckets decide, or a 503 names the store.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable

from proxy.access.auth import Principal
from proxy.errors import TooManyRequestsError
from proxy.observability.metrics import GatewayMetrics
from proxy.settings import Settings
from proxy.settings.traffic import RateLimitSettings
from proxy.state.local_store import LocalStateStore
from proxy.state.store import BucketLevel, BucketLimits, RateDecision, StateStore

__all__ = ["RateLimiter", "Reservation", "format_reset"]

logger = logging.getLogger(__name__)

_MINUTE_S = 60.0


def format_reset(seconds: float) -> str:
    """A duration as OpenAI writes it in ``x-ratelimit-reset-*``: ``20ms``, ``1.5s``, ``6m0s``."""
    if seconds < 1:
        return f"{max(0, math.ceil(seconds * 1000))}ms"
    if seconds < _MINUTE_S:
        return f"{round(seconds, 3):g}s"
    minutes, rest = divmod(seconds, _MINUTE_S)
    return f"{int(minutes)}m{round(rest):d}s"


class Reservation:
    """What one admitted request took; settle it with the real usage at the end."""

    __slots__ = ("_charged", "_key", "_limiter", "_limits", "_settled", "headers")

    def __init__(
        self,
        limiter: RateLimiter,
        key: str,
        limits: BucketLimits,
        charged: int,
        headers: dict[str, str],
    ) -> None:
        self._limiter = limiter
        self._key = key
        self._limits = limits
        self._charged = charged
        self._settled = False
        self.headers = headers
        """The ``x-ratelimit-*`` headers for this request's answer."""

    def settle(self, used_tokens: int | None) -> None:
        """Charge the real token count instead of the estimate (None: keep the estimate).

        The correction runs in the background (:meth:`RateLimiter.drain` awaits it)."""
        if self._settled or used_tokens is None or self._limits.tokens_per_minute is None:
            return
        self._settled = True
        self._limiter.adjust_later(self._key, self._limits, used_tokens - self._charged)


class RateLimiter:
    """Per-key buckets for every configured limit; see the module doc."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: StateStore | None = None,
        metrics: GatewayMetrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``store`` defaults to an in-process store on ``clock``."""
        self._by_key: dict[str, RateLimitSettings] = {}
        for key in settings.api_keys:
            tenant = settings.tenants[key.tenant]
            limit = key.rate_limit or tenant.rate_limit
            if limit is not None:
                self._by_key[key.sha256] = limit
        self._by_tenant = {
            name: tenant.rate_limit
            for name, tenant in settings.tenants.items()
            if tenant.rate_limit is not None
        }
        self._store: StateStore = store if store is not None else LocalStateStore(clock=clock)
        self._metrics = metrics
        self._pending: set[asyncio.Task[None]] = set()

    async def admit(self, principal: Principal, estimated_tokens: int) -> Reservation | None:
        """Take one request and ``estimated_tokens``; None when the key has no limits.

        Raises :class:`TooManyRequestsError` when a bucket is short.
        """
        if principal.key_id:
            configured = self._by_key.get(principal.key_id)
        else:
            configured = self._by_tenant.get(principal.tenant)
        if configured is None:
            return None
        limits = BucketLimits(configured.requests_per_minute, configured.tokens_per_minute)
        if limits.requests_per_minute is None and limits.tokens_per_minute is None:
            return None
        bucket_key = principal.key_id or f"tenant:{principal.tenant}"
        decision = await self._store.take(bucket_key, limits, estimated_tokens)
        if not decision.allowed:
            kind, _ = decision.short[0]
            if self._metrics is not None:
                self._metrics.rate_limited.labels(principal.tenant, kind).inc()
            retry_after = max(1, math.ceil(max(wait for _, wait in decision.short)))
            raise TooManyRequestsError(
                f"rate limit reached for {kind} per minute on this API key; "
                f"retry after {retry_after} s",
                retry_after_s=retry_after,
                headers=_headers(decision),
            )
        return Reservation(self, bucket_key, limits, decision.charged, _headers(decision))

    def adjust_later(self, key: str, limits: BucketLimits, delta: int) -> None:
        """Correct ``key``'s tokens bucket by ``delta`` in the background."""
        if delta == 0:
            return
        task = asyncio.get_running_loop().create_task(self._adjust(key, limits, delta))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _adjust(self, key: str, limits: BucketLimits, delta: int) -> None:
        try:
            await self._store.adjust_tokens(key, limits, delta)
        except Exception:
            # The estimate stays charged; the next requests of the key are not at stake.
            logger.exception("settling a rate-limit reservation failed")

    async def drain(self) -> None:
        """Wait for the corrections :meth:`Reservation.settle` started."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)


def _headers(decision: RateDecision) -> dict[str, str]:
    headers: dict[str, str] = {}
    buckets: tuple[tuple[str, BucketLevel | None], ...] = (
        ("requests", decision.requests),
        ("tokens", decision.tokens),
    )
    for kind, bucket in buckets:
        if bucket is None:
            continue
        headers[f"x-ratelimit-limit-{kind}"] = str(bucket.capacity)
        headers[f"x-ratelimit-remaining-{kind}"] = str(max(0, math.floor(bucket.level)))
        headers[f"x-ratelimit-reset-{kind}"] = format_reset(bucket.until_full_s())
    return headers
