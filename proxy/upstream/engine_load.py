"""What each vLLM replica says about its own load, read from its ``/metrics``.

:class:`BackendMetricsPoller` reads ``GET /metrics`` of every replica every
``upstream.metrics_interval_s`` seconds and stores an :class:`EngineLoad` on the replica:
``vllm:num_requests_waiting`` and ``vllm:num_requests_running`` summed over the replica's
engines and served models, and ``vllm:kv_cache_usage_perc`` (older vLLM:
``vllm:gpu_cache_usage_perc``), the highest over its engines. The load balancer
(:mod:`proxy.upstream.load_balancer`) adds these to the requests the gateway itself has in flight,
so load the gateway cannot see (other gateway workers, other clients, a filling KV cache)
still steers traffic away.

Failure behaviour: a replica whose ``/metrics`` cannot be read or carries none of these
gauges gets ``engine = None``: routing then uses the gateway's own counts only. Health is
not affected; that is :class:`~proxy.upstream.group.HealthMonitor`'s job.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable

import httpx
from prometheus_client.parser import text_string_to_metric_families

from proxy.observability.metrics import GatewayMetrics
from proxy.upstream.backend import Backend, EngineLoad
from proxy.upstream.group import BackendGroup

__all__ = ["BackendMetricsPoller", "parse_engine_load"]

logger = logging.getLogger(__name__)

_WAITING = "vllm:num_requests_waiting"
_RUNNING = "vllm:num_requests_running"
_KV_CACHE = ("vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc")


def parse_engine_load(text: str, read_at: float) -> EngineLoad | None:
    """The load in a vLLM ``/metrics`` exposition, or None if it has none of the gauges.

    Raises ``ValueError`` when the text is not Prometheus exposition format.
    """
    waiting = running = kv_cache = 0.0
    seen = False
    for family in text_string_to_metric_families(text):
        if family.name not in (_WAITING, _RUNNING, *_KV_CACHE):
            continue
        for sample in family.samples:
            if sample.name != family.name:
                continue
            seen = True
            if family.name == _WAITING:
                waiting += sample.value
            elif family.name == _RUNNING:
                running += sample.value
            else:
                kv_cache = max(kv_cache, sample.value)
    if not seen:
        return None
    return EngineLoad(
        waiting=waiting, running=running, kv_cache_usage=min(kv_cache, 1.0), read_at=read_at
    )


class BackendMetricsPoller:
    """Reads every replica's ``/metrics`` at an interval; see module doc."""

    def __init__(
        self,
        groups: Iterable[BackendGroup],
        *,
        interval_s: float,
        timeout_s: float,
        metrics: GatewayMetrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._groups = list(groups)
        self._interval_s = interval_s
        self._timeout_s = timeout_s
        self._metrics = metrics
        self._clock = clock

    async def poll_all(self) -> None:
        """Read every replica once, concurrently."""
        reads = [self._read(group, backend) for group in self._groups for backend in group.backends]
        if reads:
            await asyncio.gather(*reads)

    async def run(self) -> None:
        """Poll forever (until cancelled); returns at once when the interval is 0."""
        if self._interval_s <= 0:
            return
        while True:
            await self.poll_all()
            await asyncio.sleep(self._interval_s)

    async def _read(self, group: BackendGroup, backend: Backend) -> None:
        try:
            response = await group.client.get(backend.url + "/metrics", timeout=self._timeout_s)
            response.raise_for_status()
            backend.engine = parse_engine_load(response.text, self._clock())
        except (httpx.HTTPError, ValueError) as exc:
            if backend.engine is not None:
                logger.info("backend %s: /metrics unreadable: %s", backend.url, type(exc).__name__)
            backend.engine = None
        if self._metrics is not None:
            engine = backend.engine
            self._metrics.backend_waiting.labels(group.name, backend.url).set(
                engine.waiting if engine else 0
            )
            self._metrics.backend_kv_cache.labels(group.name, backend.url).set(
                engine.kv_cache_usage if engine else 0
            )
