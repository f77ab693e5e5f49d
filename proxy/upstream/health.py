"""Health polling of every replica.

:class:`HealthMonitor` polls ``GET /health`` on every replica of every group. A refused
connection takes a replica out at once; other failed polls count towards
``upstream.eject_after_failures`` like failed requests do; a passing poll takes a replica
back in, but not before ``upstream.ejection_s`` after an ejection for failed requests (a
replica answering 5xx often still passes ``/health``). Each poll sets the
``mamori_backend_healthy`` gauge.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import httpx

from proxy.observability.metrics import GatewayMetrics
from proxy.upstream.backend import Backend
from proxy.upstream.group import BackendGroup

__all__ = ["HealthMonitor"]


class HealthMonitor:
    """Polls ``/health`` of every replica of every group; see module doc."""

    def __init__(
        self,
        groups: Iterable[BackendGroup],
        *,
        interval_s: float,
        timeout_s: float,
        metrics: GatewayMetrics | None = None,
    ) -> None:
        self._groups = list(groups)
        self._interval_s = interval_s
        self._timeout_s = timeout_s
        self._metrics = metrics

    async def check_all(self) -> None:
        """Poll every replica once, concurrently."""
        checks = [
            self._check(group, backend) for group in self._groups for backend in group.backends
        ]
        if checks:
            await asyncio.gather(*checks)

    async def run(self) -> None:
        """Poll forever (until cancelled)."""
        while True:
            await self.check_all()
            await asyncio.sleep(self._interval_s)

    async def _check(self, group: BackendGroup, backend: Backend) -> None:
        try:
            response = await group.client.get(backend.url + "/health", timeout=self._timeout_s)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            # Nobody listens: as definite as a refused request.
            group.eject(backend, f"/health: {type(exc).__name__}", "health")
        except httpx.HTTPError as exc:
            group.count_failure(backend, f"/health: {type(exc).__name__}", from_request=False)
        else:
            if response.status_code == 200:
                group.readmit(backend)
            else:
                group.count_failure(
                    backend, f"/health answered HTTP {response.status_code}", from_request=False
                )
        if self._metrics is not None:
            self._metrics.backend_healthy.labels(group.name, backend.url).set(
                1 if backend.healthy else 0
            )
