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

The buckets live in the worker process: with ``server.workers: N``, each worker enforces
the limit on the requests it serves.

Failure behaviour: :meth:`RateLimiter.admit` raises
:class:`~proxy.errors.TooManyRequestsError` (429, ``Retry-After`` and the headers above)
when either bucket is short; nothing is taken from the buckets then.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from proxy.access.auth import Principal
from proxy.errors import TooManyRequestsError
from proxy.observability.metrics import GatewayMetrics
from proxy.settings import Settings
from proxy.settings.traffic import RateLimitSettings

__all__ = ["RateLimiter", "Reservation", "format_reset"]

_MINUTE_S = 60.0


def format_reset(seconds: float) -> str:
    """A duration as OpenAI writes it in ``x-ratelimit-reset-*``: ``20ms``, ``1.5s``, ``6m0s``."""
    if seconds < 1:
        return f"{max(0, math.ceil(seconds * 1000))}ms"
    if seconds < _MINUTE_S:
        return f"{round(seconds, 3):g}s"
    minutes, rest = divmod(seconds, _MINUTE_S)
    return f"{int(minutes)}m{round(rest):d}s"


class _Bucket:
    """A one-minute allowance refilling continuously; the level may go below zero."""

    __slots__ = ("capacity", "level", "updated")

    def __init__(self, capacity: int, now: float) -> None:
        self.capacity = capacity
        self.level = float(capacity)
        self.updated = now

    def refill(self, now: float) -> None:
        rate = self.capacity / _MINUTE_S
        self.level = min(self.capacity, self.level + (now - self.updated) * rate)
        self.updated = now

    def wait_for(self, amount: float) -> float:
        """Seconds until ``amount`` is available (0 if it is)."""
        missing = min(amount, self.capacity) - self.level
        return max(0.0, missing * _MINUTE_S / self.capacity)

    def until_full(self) -> float:
        return max(0.0, (self.capacity - self.level) * _MINUTE_S / self.capacity)


@dataclass(slots=True)
class _Buckets:
    requests: _Bucket | None
    tokens: _Bucket | None


class Reservation:
    """What one admitted request took; settle it with the real usage at the end."""

    __slots__ = ("_buckets", "_charged", "_clock", "_settled", "headers")

    def __init__(
        self,
        buckets: _Buckets,
        charged: int,
        headers: dict[str, str],
        clock: Callable[[], float],
    ) -> None:
        self._buckets = buckets
        self._charged = charged
        self._clock = clock
        self._settled = False
        self.headers = headers
        """The ``x-ratelimit-*`` headers for this request's answer."""

    def settle(self, used_tokens: int | None) -> None:
        """Charge the real token count instead of the estimate (None: keep the estimate)."""
        if self._settled or used_tokens is None or self._buckets.tokens is None:
            return
        self._settled = True
        bucket = self._buckets.tokens
        bucket.refill(self._clock())
        bucket.level -= used_tokens - self._charged


class RateLimiter:
    """Per-key buckets for every configured limit; see the module doc."""

    def __init__(
        self,
        settings: Settings,
        *,
        metrics: GatewayMetrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
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
        self._buckets: dict[str, _Buckets] = {}
        self._metrics = metrics
        self._clock = clock

    def admit(self, principal: Principal, estimated_tokens: int) -> Reservation | None:
        """Take one request and ``estimated_tokens``; None when the key has no limits.

        Raises :class:`TooManyRequestsError` when a bucket is short.
        """
        if principal.key_id:
            limits = self._by_key.get(principal.key_id)
        else:
            limits = self._by_tenant.get(principal.tenant)
        if limits is None:
            return None
        bucket_key = principal.key_id or f"tenant:{principal.tenant}"
        buckets = self._buckets.get(bucket_key)
        now = self._clock()
        if buckets is None:
            buckets = self._buckets[bucket_key] = _Buckets(
                requests=_Bucket(limits.requests_per_minute, now)
                if limits.requests_per_minute
                else None,
                tokens=_Bucket(limits.tokens_per_minute, now) if limits.tokens_per_minute else None,
            )
        for bucket in (buckets.requests, buckets.tokens):
            if bucket is not None:
                bucket.refill(now)
        short: list[tuple[str, float]] = []
        if buckets.requests is not None and (wait := buckets.requests.wait_for(1)) > 0:
            short.append(("requests", wait))
        if buckets.tokens is not None and (wait := buckets.tokens.wait_for(estimated_tokens)) > 0:
            short.append(("tokens", wait))
        if short:
            kind, _ = short[0]
            if self._metrics is not None:
                self._metrics.rate_limited.labels(principal.tenant, kind).inc()
            retry_after = max(1, math.ceil(max(wait for _, wait in short)))
            raise TooManyRequestsError(
                f"rate limit reached for {kind} per minute on this API key; "
                f"retry after {retry_after} s",
                retry_after_s=retry_after,
                headers=_headers(buckets),
            )
        charged = 0
        if buckets.requests is not None:
            buckets.requests.level -= 1
        if buckets.tokens is not None:
            charged = min(estimated_tokens, buckets.tokens.capacity)
            buckets.tokens.level -= charged
        return Reservation(buckets, charged, _headers(buckets), self._clock)


def _headers(buckets: _Buckets) -> dict[str, str]:
    headers: dict[str, str] = {}
    for kind, bucket in (("requests", buckets.requests), ("tokens", buckets.tokens)):
        if bucket is None:
            continue
        headers[f"x-ratelimit-limit-{kind}"] = str(bucket.capacity)
        headers[f"x-ratelimit-remaining-{kind}"] = str(max(0, math.floor(bucket.level)))
        headers[f"x-ratelimit-reset-{kind}"] = format_reset(bucket.until_full())
    return headers
