"""The state store ``state:`` asks for.

``state.redis_url`` set: the Redis store behind the ``state.on_unavailable`` policy
(:mod:`proxy.state.failover`). Unset: the in-process store (``mamori serve`` with several
workers sets ``MAMORI_STATE__REDIS_URL`` to the private Redis it starts, so workers never
fall back to per-worker state silently).

Failure behaviour: none at construction (the Redis client connects on first use).
"""

from __future__ import annotations

from proxy.observability.metrics import GatewayMetrics
from proxy.settings.state import StateSettings
from proxy.state.failover import FailoverStore
from proxy.state.local_store import LocalStateStore
from proxy.state.redis_store import RedisStateStore
from proxy.state.store import StateStore

__all__ = ["open_state_store"]


def open_state_store(settings: StateSettings, metrics: GatewayMetrics | None = None) -> StateStore:
    """A new store for one worker; close it with ``aclose`` when the app stops."""
    if settings.redis_url is None:
        return LocalStateStore()
    primary = RedisStateStore(
        settings.redis_url.get_secret_value(),
        lease_s=settings.lease_s,
        timeout_s=settings.timeout_s,
        key_prefix=settings.key_prefix,
    )
    return FailoverStore(
        primary,
        policy=settings.on_unavailable,
        retry_after_s=settings.retry_after_s,
        metrics=metrics,
    )
