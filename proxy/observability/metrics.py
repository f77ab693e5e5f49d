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

        # Serving efficiency: admission queue, shedding, per-replica load, SLOs, limits.
        self.queue_length = Gauge(
            "mamori_queue_length",
            "Requests waiting in the gateway's admission queue, by model and QoS class.",
            ["model", "qos_class"],
            registry=r,
            multiprocess_mode="livesum",
        )
        self.queue_wait = Histogram(
            "mamori_queue_wait_seconds",
            "Time admitted requests waited in the gateway's queue, by model and QoS class.",
            ["model", "qos_class"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.shed = Counter(
            "mamori_requests_shed_total",
            "Requests dropped from the queue: queue_timeout and queue_full (answered 429), "
            "deadline (503: the request's deadline can no longer be met), client_left.",
            ["model", "qos_class", "reason"],
            registry=r,
        )
        self.backend_in_flight = Gauge(
            "mamori_backend_in_flight",
            "Requests the gateway has outstanding at each replica.",
            ["model", "backend"],
            registry=r,
            multiprocess_mode="livesum",
        )
        self.backend_waiting = Gauge(
            "mamori_backend_waiting",
            "vllm:num_requests_waiting as last read from the replica's /metrics.",
            ["model", "backend"],
            registry=r,
            multiprocess_mode="max",
        )
        self.backend_kv_cache = Gauge(
            "mamori_backend_kv_cache_usage",
            "vllm:kv_cache_usage_perc as last read from the replica's /metrics (1 = full).",
            ["model", "backend"],
            registry=r,
            multiprocess_mode="max",
        )
        self.backend_ejections = Counter(
            "mamori_backend_ejections_total",
            "Replicas taken out of rotation, by reason (connect, failures, health).",
            ["model", "backend", "reason"],
            registry=r,
        )
        # Per QoS class (issue 21): labels are configured model and class names only.
        self.qos_goodput = Counter(
            "mamori_qos_goodput_requests_total",
            "Requests answered within their class's objective (TTFT objective, else "
            "completion deadline, else any whole answer); goodput = rate of this.",
            ["model", "qos_class"],
            registry=r,
        )
        self.qos_tokens = Counter(
            "mamori_qos_completion_tokens_total",
            "Completion tokens of answered requests, by class; tokens/s = rate of this.",
            ["model", "qos_class"],
            registry=r,
        )
        self.qos_relegations = Counter(
            "mamori_qos_relegations_total",
            "Waiting requests that a later arrival overtook (delayed behind more urgent or "
            "shorter work), counted once per request.",
            ["model", "qos_class"],
            registry=r,
        )
        self.qos_preemptions = Counter(
            "mamori_qos_preemptions_total",
            "Requests sent past the in-flight limit so that vLLM's priority scheduler "
            "preempts a running request; labelled with the class expected to be displaced "
            "(the lowest class in flight).",
            ["model", "qos_class"],
            registry=r,
        )
        self.slo = Counter(
            "mamori_slo_requests_total",
            "Requests of classes with a TTFT objective, by outcome (met, missed); "
            "attainment = met / (met + missed).",
            ["model", "qos_class", "outcome"],
            registry=r,
        )
        self.rate_limited = Counter(
            "mamori_rate_limited_total",
            "Requests refused by a per-key rate limit, by tenant and limit (requests, tokens).",
            ["tenant", "limit"],
            registry=r,
        )
        self.state_unavailable = Counter(
            "mamori_state_unavailable_total",
            "Operations on the shared state store (Redis) that could not reach it, by "
            "operation and the state.on_unavailable policy applied (fail_open: decided by "
            "this worker's local limits; fail_closed: answered 503).",
            ["operation", "policy"],
            registry=r,
        )
        self.route_decisions = Counter(
            "mamori_route_decisions_total",
            "Requests for a model alias, by the model chosen and the rule that chose it.",
            ["alias", "model", "rule"],
            registry=r,
        )

    def count_policy_reload(self, policy: str, outcome: str) -> None:
        """A policy file was re-read (``ok``) or an edit was refused (``error``)."""
        self.policy_reloads.labels(policy, outcome).inc()

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            registry = CollectorRegistry()
            prometheus_multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
            return generate_latest(registry), CONTENT_TYPE_LATEST
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
