from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from pydantic import SecretStr

from proxy.errors import (
    BackendError,
    ServiceUnavailableError,
    UpstreamError,
    UpstreamTimeoutError,
)
from proxy.observability.metrics import GatewayMetrics
from proxy.settings import UpstreamSettings
from proxy.upstream.group import BackendGroup, backend_error
from proxy.upstream.health import HealthMonitor

URLS = ["http://a:8000", "http://b:8000", "http://c:8000"]
Handler = Callable[[httpx.Request], httpx.Response]


def _group(handler: Handler, urls: list[str] = URLS) -> tuple[BackendGroup, GatewayMetrics]:
    metrics = GatewayMetrics()
    group = BackendGroup(
        "m", urls, UpstreamSettings(), metrics=metrics, transport=httpx.MockTransport(handler)
    )
    return group, metrics


def _failures(metrics: GatewayMetrics) -> list[tuple[str, str]]:
    """The (backend, kind) pairs counted in ``mamori_upstream_errors_total``, each as often
    as it was counted."""
    counted: list[tuple[str, str]] = []
    for family in metrics.upstream_errors.collect():
        for sample in family.samples:
            if sample.name.endswith("_total"):
                pair = (sample.labels["backend"], sample.labels["kind"])
                counted += [pair] * int(sample.value)
    return counted


def _host(request: httpx.Request) -> str:
    return f"http://{request.url.host}:{request.url.port}"


async def _send(group: BackendGroup) -> str:
    upstream = await group.send("POST", "/v1/chat/completions", content=b"{}", headers={})
    upstream.succeeded()
    await upstream.aclose()
    return upstream.backend.url


async def test_round_robin_over_healthy_replicas() -> None:
    group, _ = _group(lambda r: httpx.Response(200, json={}))
    served = [await _send(group) for _ in range(6)]
    assert served == URLS * 2
    assert all(backend.in_flight == 0 for backend in group.backends)


async def test_connect_error_fails_over_and_marks_unhealthy() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if _host(request) == URLS[0]:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={})

    group, metrics = _group(handler)
    assert await _send(group) == URLS[1]
    assert _failures(metrics) == [(URLS[0], "connect")]
    assert not group.backends[0].healthy
    # The unhealthy replica is skipped until a health check takes it back.
    assert {await _send(group) for _ in range(4)} == {URLS[1], URLS[2]}


@pytest.mark.parametrize(
    "error",
    [httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError],
    ids=["read", "protocol", "write"],
)
async def test_dropped_connection_is_retried_on_the_same_replica(
    error: type[httpx.TransportError],
) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(_host(request))
        if len(calls) == 1:
            raise error("connection closed", request=request)
        return httpx.Response(200, json={})

    group, metrics = _group(handler)
    assert await _send(group) == URLS[0]
    assert calls == [URLS[0], URLS[0]]
    assert _failures(metrics) == [(URLS[0], "dropped")]
    assert group.backends[0].healthy  # a stale keep-alive connection is not a dead server


async def test_dropped_twice_moves_to_the_next_replica() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(_host(request))
        if _host(request) == URLS[0]:
            raise httpx.RemoteProtocolError("closed", request=request)
        return httpx.Response(200, json={})

    group, _ = _group(handler)
    assert await _send(group) == URLS[1]
    assert calls == [URLS[0], URLS[0], URLS[1]]


async def test_5xx_before_first_byte_retries_on_another_replica() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(_host(request))
        if len(calls) == 1:
            return httpx.Response(500, json={"error": {"message": "boom"}})
        return httpx.Response(200, json={})

    group, metrics = _group(handler)
    served = await _send(group)
    assert calls == [URLS[0], URLS[1]]
    assert served == URLS[1]
    assert _failures(metrics) == [(URLS[0], "http_500")]
    assert group.backends[0].healthy  # a 5xx is not a dead server


async def test_all_5xx_is_502_with_backend_message() -> None:
    group, _ = _group(lambda r: httpx.Response(503, json={"error": {"message": "overloaded"}}))
    with pytest.raises(UpstreamError) as caught:
        await _send(group)
    assert caught.value.status_code == 502
    assert "overloaded" in caught.value.message
    assert all(url in caught.value.message for url in URLS)


async def test_all_unreachable_is_503_naming_backends() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    group, _ = _group(handler)
    with pytest.raises(ServiceUnavailableError) as caught:
        await _send(group)
    assert all(url in caught.value.message for url in URLS)
    with pytest.raises(ServiceUnavailableError, match="no healthy backend"):
        await _send(group)


async def test_read_timeout_is_not_retried() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(_host(request))
        raise httpx.ReadTimeout("slow", request=request)

    group, _ = _group(handler)
    with pytest.raises(UpstreamTimeoutError):
        await _send(group)
    assert len(calls) == 1


async def test_upstream_api_key_is_sent() -> None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200, json={})

    group = BackendGroup(
        "m",
        URLS[:1],
        UpstreamSettings(api_key=SecretStr("backend-secret")),
        transport=httpx.MockTransport(handler),
    )
    await _send(group)
    assert seen == ["Bearer backend-secret"]


async def test_health_monitor_readmits_and_ejects() -> None:
    healthy = {URLS[0]: False, URLS[1]: True, URLS[2]: True}

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/health"
        return httpx.Response(200 if healthy[_host(request)] else 503)

    group, metrics = _group(handler)
    monitor = HealthMonitor([group], interval_s=60, timeout_s=1, metrics=metrics)
    await monitor.check_all()
    await monitor.check_all()
    assert all(b.healthy for b in group.backends)  # not yet: 2 of 3 consecutive failures
    await monitor.check_all()
    assert [b.healthy for b in group.backends] == [False, True, True]
    assert "HTTP 503" in group.backends[0].reason
    healthy[URLS[0]] = True
    await monitor.check_all()
    assert all(b.healthy for b in group.backends)
    gauge = "mamori_backend_healthy"
    for url in URLS:
        assert metrics.registry.get_sample_value(gauge, {"model": "m", "backend": url}) == 1


@pytest.mark.parametrize(
    ("status", "expected_status", "expected_type"),
    [
        (400, 400, "BadRequestError"),
        (422, 422, "BadRequestError"),
        (429, 429, "BadRequestError"),
        (401, 502, "BadGatewayError"),
        (404, 502, "BadGatewayError"),
    ],
    ids=["bad-request", "unprocessable", "rate-limited", "bad-backend-key", "wrong-served-name"],
)
def test_backend_4xx_mapping(status: int, expected_status: int, expected_type: str) -> None:
    body = json.dumps({"error": {"message": "detail", "type": "BadRequestError"}}).encode()
    error = backend_error(status, body)
    assert error.status_code == expected_status
    assert error.error_type == expected_type
    assert "detail" in error.message
    assert isinstance(error, BackendError) == (expected_status == status)


def test_a_model_the_client_named_that_the_backend_lacks_is_404_model_not_found() -> None:
    body = json.dumps(
        {"error": {"message": "The model `x` does not exist.", "type": "NotFoundError"}}
    ).encode()
    error = backend_error(404, body, client_names_model=True)
    assert error.to_body()["error"] == {
        "message": "The model `x` does not exist.",
        "type": "NotFoundError",
        "param": "model",
        "code": "model_not_found",
    }


def test_a_backend_4xx_keeps_its_param_and_code() -> None:
    body = json.dumps(
        {"error": {"message": "too long", "type": "BadRequestError", "param": "messages",
                   "code": "context_length_exceeded"}}
    ).encode()  # fmt: skip
    error = backend_error(400, body)
    assert (error.param, error.to_body()["error"]["code"]) == (
        "messages",
        "context_length_exceeded",
    )


async def test_the_wildcard_groups_404_is_model_not_found_and_no_failure() -> None:
    metrics = GatewayMetrics()
    group = BackendGroup(
        "*",
        URLS[:1],
        UpstreamSettings(),
        metrics=metrics,
        transport=httpx.MockTransport(
            lambda r: httpx.Response(404, json={"error": {"message": "no such model"}})
        ),
    )
    with pytest.raises(BackendError) as raised:
        await _send(group)
    assert raised.value.to_body()["error"]["code"] == "model_not_found"
    assert _failures(metrics) == []
    assert group.backends[0].healthy


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (lambda r: httpx.Response(500, json={"error": {"message": "x"}}), "http_500"),
        (lambda r: (_ for _ in ()).throw(httpx.ReadError("reset", request=r)), "dropped"),
    ],
    ids=["5xx", "dropped"],
)
async def test_consecutive_failures_eject_and_health_readmits_after_ejection_time(
    failure: Handler, kind: str
) -> None:
    broken = [True]
    health_ok = [True]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/health":
            return httpx.Response(200 if health_ok[0] else 503)
        if _host(request) == URLS[0] and broken[0]:
            return failure(request)
        return httpx.Response(200, json={})

    clock = _Clock()
    group = BackendGroup(
        "m",
        URLS[:2],
        UpstreamSettings(eject_after_failures=2, ejection_s=10),
        route=None,
        transport=httpx.MockTransport(handler),
        clock=clock,
    )
    group.balancer.balance = "round_robin"
    sent = [await _send(group) for _ in range(4)]
    assert sent.count(URLS[0]) == 0  # every attempt there failed over
    assert not group.backends[0].healthy
    assert f"last {kind}" in group.backends[0].reason
    monitor = HealthMonitor([group], interval_s=60, timeout_s=1)
    broken[0] = False
    await monitor.check_all()
    assert not group.backends[0].healthy  # /health passes, but the ejection time runs
    clock.now = 10.0
    await monitor.check_all()
    assert group.backends[0].healthy


async def test_a_success_resets_the_failure_count() -> None:
    calls = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        calls[0] += 1
        if calls[0] % 2:  # fail, succeed (after failover), fail, ...
            return httpx.Response(500, json={})
        return httpx.Response(200, json={})

    group = BackendGroup(
        "m",
        URLS[:1] * 1 + ["http://a:8000"],
        UpstreamSettings(eject_after_failures=2),
        transport=httpx.MockTransport(handler),
    )
    for _ in range(4):
        await _send(group)
    assert all(backend.healthy for backend in group.backends)


async def test_send_with_a_class_waits_for_admission_and_releases_on_close() -> None:
    from proxy.access.qos import QosClass
    from proxy.settings import ModelRoute

    group = BackendGroup(
        "m",
        URLS[:2],
        UpstreamSettings(),
        route=ModelRoute.model_validate({"backends": URLS[:2], "max_in_flight": 1}),
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})),
    )
    cls = QosClass("standard", 0, 0, None, 5.0, 1.0)
    first = await group.send("POST", "/x", content=b"{}", headers={}, qos=cls)
    second = await group.send("POST", "/x", content=b"{}", headers={}, qos=cls)
    assert {first.backend.url, second.backend.url} == set(URLS[:2])  # least loaded
    assert group.admission.active == 2
    await first.aclose()
    await second.aclose()
    assert group.admission.active == 0
    assert all(backend.in_flight == 0 for backend in group.backends)


@pytest.mark.parametrize(
    ("status", "error_type", "client_status"),
    [(400, BackendError, 400), (404, UpstreamError, 502)],
    ids=["client-mistake-keeps-status", "gateway-mistake-is-502"],
)
async def test_4xx_is_mapped_at_the_boundary_and_the_replica_released(
    status: int, error_type: type[Exception], client_status: int
) -> None:
    body = {"error": {"message": "bad things", "type": "BadRequestError"}}
    group, metrics = _group(lambda r: httpx.Response(status, json=body))
    with pytest.raises(error_type) as raised:
        await _send(group)
    assert getattr(raised.value, "status_code", None) == client_status
    assert all(backend.in_flight == 0 for backend in group.backends)
    # The client's request was wrong, not the replica: no failure counted, nobody ejected.
    assert _failures(metrics) == []
    assert all(backend.healthy and backend.failures == 0 for backend in group.backends)
