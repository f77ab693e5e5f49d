"""Prometheus metrics of the gateway.

One :class:`GatewayMetrics` per app, on its own registry (no module-level state). With
several worker processes (``mamori serve --workers N``) the CLI sets
``PROMETHEUS_MULTIPROC_DIR`` before the workers start; each worker then writes its values
there and ``/metrics`` on any worker reports the sum over all workers.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prometheus_multiprocess

__all__ = ["CONTENT_TYPE_LATEST", "GatewayMetrics"]

_LATENCY_BUCKETS = (
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
    120.0,
)  # fmt: skip
_STAGE_BUCKETS = (0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)


class GatewayMetrics:
    """Every metric the gateway exports, named ``mamori_*``."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.requests = Counter(
            "mamori_requests_total",
            "Chat requests answered, by public model and HTTP status.",
            ["model", "status"],
            registry=r,
        )
        self.request_latency = Histogram(
            "mamori_request_duration_seconds",
            "Time from request arrival to the last byte of the answer.",
            ["model", "stream"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.stage_latency = Histogram(
            "mamori_stage_duration_seconds",
            "Time spent in each pipeline stage per request.",
            ["stage"],
            buckets=_STAGE_BUCKETS,
            registry=r,
        )
        self.upstream_latency = Histogram(
            "mamori_upstream_response_seconds",
            "Time from sending a request upstream to the backend's response headers.",
            ["backend"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.ttft = Histogram(
            "mamori_time_to_first_token_seconds",
            "Time from request arrival to the first generated text sent to the client.",
            ["model"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.upstream_errors = Counter(
            "mamori_upstream_errors_total",
            "Failed attempts to reach a backend: connect, dropped, http_5xx, read_timeout.",
            ["backend", "kind"],
            registry=r,
        )
        self.backend_healthy = Gauge(
            "mamori_backend_healthy",
            "1 when the backend's last health check passed.",
            ["model", "backend"],
            registry=r,
            multiprocess_mode="max",
        )
        self.policy_reloads = Counter(
            "mamori_policy_reloads_total",
            "Policy file reloads, by outcome (ok, error: the last good version stays).",
            ["policy", "outcome"],
            registry=r,
        )
        self.client_disconnects = Counter(
            "mamori_client_disconnects_total",
            "Streams the client left before the end (the upstream stream was closed).",
            ["model"],
            registry=r,
        )

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
