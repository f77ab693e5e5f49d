"""The Prometheus metrics the vLLM-compatible test server exposes on ``/metrics``.

Names, help texts and labels follow vLLM's ``vllm/v1/metrics/loggers.py``
(``PrometheusStatLogger``): every series carries ``model_name`` and ``engine="0"``.
Gauges are computed at scrape time from the requests running and waiting, so
``vllm:num_requests_running`` and ``vllm:num_requests_waiting`` are exact at the moment of
the scrape and ``vllm:kv_cache_usage_perc`` is ``min(1, running / max_num_seqs)``. The
registry is private to each server, so several servers in one process do not share series.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE", "FINISHED_REASONS", "EngineMetrics"]

CONTENT_TYPE = CONTENT_TYPE_LATEST

FINISHED_REASONS = ("stop", "length", "abort", "error")
"""vLLM's engine-level ``FinishReason`` values (``tool_calls`` is an API-level "stop")."""

_ENGINE = "0"
_LABELS = ("model_name", "engine")


class EngineMetrics:
    """vLLM's scheduler gauges and request/token counters for a set of served models."""

    def __init__(self, models: Iterable[str]) -> None:
        self._models = tuple(models)
        registry = CollectorRegistry()
        self._registry = registry
        self._running = Gauge(
            "vllm:num_requests_running",
            "Number of requests in model execution batches.",
            _LABELS,
            registry=registry,
        )
        self._waiting = Gauge(
            "vllm:num_requests_waiting",
            "Number of requests waiting to be processed.",
            _LABELS,
            registry=registry,
        )
        self._kv_cache = Gauge(
            "vllm:kv_cache_usage_perc",
            "KV-cache usage. 1 means 100 percent usage.",
            _LABELS,
            registry=registry,
        )
        self._prompt_tokens = Counter(
            "vllm:prompt_tokens",
            "Number of prefill tokens processed.",
            _LABELS,
            registry=registry,
        )
        self._generation_tokens = Counter(
            "vllm:generation_tokens",
            "Number of generation tokens processed.",
            _LABELS,
            registry=registry,
        )
        self._success = Counter(
            "vllm:request_success",
            "Count of successfully processed requests.",
            (*_LABELS, "finished_reason"),
            registry=registry,
        )
        # vLLM creates every labelled child at start-up, so series exist before traffic.
        for model in self._models:
            for metric in (
                self._running,
                self._waiting,
                self._kv_cache,
                self._prompt_tokens,
                self._generation_tokens,
            ):
                metric.labels(model, _ENGINE)
            for reason in FINISHED_REASONS:
                self._success.labels(model, _ENGINE, reason)

    def prompt(self, model: str, tokens: int) -> None:
        self._prompt_tokens.labels(model, _ENGINE).inc(tokens)

    def generation(self, model: str) -> Callable[[float], None]:
        """The ``inc`` of ``model``'s generation-token counter, to call once per token."""
        # Looked up once per exchange: a labels() lookup costs more than the increment.
        counter = self._generation_tokens.labels(model, _ENGINE)

        def inc(tokens: float) -> None:
            counter.inc(tokens)

        return inc

    def finished(self, model: str, reason: str) -> None:
        self._success.labels(model, _ENGINE, reason).inc()

    def render(
        self, running: Callable[[str], int], waiting: Callable[[str], int], max_num_seqs: int
    ) -> bytes:
        """The exposition text, with gauges taken from ``running(model)`` and
        ``waiting(model)`` now."""
        for model in self._models:
            count = running(model)
            self._running.labels(model, _ENGINE).set(count)
            self._waiting.labels(model, _ENGINE).set(waiting(model))
            self._kv_cache.labels(model, _ENGINE).set(min(1.0, count / max_num_seqs))
        return generate_latest(self._registry)
