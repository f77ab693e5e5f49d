"""One vLLM replica as the gateway sees it: its health and its load.

:class:`Backend` is what the load balancer, the health monitor and the engine-load poller
read and update; :class:`EngineLoad` is one reading of vLLM's own scheduler gauges
(:mod:`proxy.upstream.engine_load`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

__all__ = ["Backend", "EngineLoad"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EngineLoad:
    """One reading of a replica's scheduler gauges."""

    waiting: float
    running: float
    kv_cache_usage: float
    """0 to 1."""
    read_at: float
    """``time.monotonic()`` of the reading."""


@dataclass(slots=True)
class Backend:
    """One vLLM replica and what the gateway knows about its health."""

    url: str
    healthy: bool = True
    reason: str = ""
    """Why it is unhealthy (empty when healthy)."""
    in_flight: int = 0
    seen_in_flight: int = 0
    """Admission slots held on it by every worker sharing the state store, as last seen."""
    failures: int = 0
    """Consecutive failed requests and health polls."""
    ejected_until: float = 0.0
    """``time.monotonic()`` before which a passing health poll does not take it back."""
    engine: EngineLoad | None = None
    """vLLM's own load, as last read from its ``/metrics`` (None: unknown)."""

    def mark(self, healthy: bool, reason: str = "") -> None:
        if healthy != self.healthy:
            if healthy:
                logger.info("backend %s is healthy again", self.url)
            else:
                logger.warning("backend %s marked unhealthy: %s", self.url, reason)
        self.healthy = healthy
        self.reason = "" if healthy else reason
