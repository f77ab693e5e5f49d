from __future__ import annotations

import httpx
import pytest

from proxy.observability.metrics import GatewayMetrics
from proxy.settings import UpstreamSettings
from proxy.upstream.backend import EngineLoad
from proxy.upstream.engine_load import BackendMetricsPoller, parse_engine_load
from proxy.upstream.group import BackendGroup

VLLM_METRICS = """\
# HELP vllm:num_requests_running Number of requests in model execution batches.
# TYPE vllm:num_requests_running gauge
vllm:num_requests_running{engine="0",model_name="m"} 4.0
vllm:num_requests_running{engine="1",model_name="m"} 2.0
# HELP vllm:num_requests_waiting Number of requests waiting to be processed.
# TYPE vllm:num_requests_waiting gauge
vllm:num_requests_waiting{engine="0",model_name="m"} 3.0
# HELP vllm:kv_cache_usage_perc KV-cache usage. 1 means 100 percent usage.
# TYPE vllm:kv_cache_usage_perc gauge
vllm:kv_cache_usage_perc{engine="0",model_name="m"} 0.25
vllm:kv_cache_usage_perc{engine="1",model_name="m"} 0.75
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VLLM_METRICS, EngineLoad(waiting=3, running=6, kv_cache_usage=0.75, read_at=1.0)),
        (
            'vllm:gpu_cache_usage_perc{model_name="m"} 0.5\n',
            EngineLoad(waiting=0, running=0, kv_cache_usage=0.5, read_at=1.0),
        ),
        ("# nothing from vLLM\nprocess_cpu_seconds_total 3.0\n", None),
    ],
    ids=["sums-engines-max-kv", "older-vllm-name", "not-vllm"],
)
def test_parse_engine_load(text: str, expected: EngineLoad | None) -> None:
    assert parse_engine_load(text, 1.0) == expected


async def test_poller_stores_readings_and_forgets_unreadable_replicas() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/metrics"
        if request.url.host == "a":
            return httpx.Response(200, text=VLLM_METRICS)
        return httpx.Response(500)

    group = BackendGroup(
        "m",
        ["http://a:8000", "http://b:8000"],
        UpstreamSettings(),
        transport=httpx.MockTransport(handler),
    )
    group.backends[1].engine = EngineLoad(1, 1, 0.1, 0.0)
    metrics = GatewayMetrics()
    poller = BackendMetricsPoller(
        [group], interval_s=1, timeout_s=1, metrics=metrics, clock=lambda: 7.0
    )
    await poller.poll_all()
    assert group.backends[0].engine == EngineLoad(3, 6, 0.75, 7.0)
    assert group.backends[1].engine is None
    waiting = "mamori_backend_waiting"
    labels = {"model": group.name, "backend": "http://a:8000"}
    assert metrics.registry.get_sample_value(waiting, labels) == 3
    labels["backend"] = "http://b:8000"
    assert metrics.registry.get_sample_value(waiting, labels) == 0
    await group.aclose()
