"""QoS, admission, load-aware routing, aliases and rate limits over real HTTP."""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from proxy.pipeline.contract import RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.settings import hash_api_key
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, SERVED, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

CHAT_KEY, BULK_KEY = "sk-chat-frontend", "sk-nightly-batch"


def _client(gateway: GatewayServer, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gateway.url}/v1", api_key=key, max_retries=0)


def _body(content: str = "hi", **extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": content}], **extra}


async def _until(predicate: Callable[[], bool | Awaitable[bool]], within_s: float = 5.0) -> None:
    """Poll ``predicate`` (sync or async) until true, failing after ``within_s``."""
    deadline = time.monotonic() + within_s
    while True:
        outcome = predicate()
        if await outcome if inspect.isawaitable(outcome) else outcome:
            return
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before the deadline")
        await asyncio.sleep(0.01)


async def _metrics(gateway: GatewayServer) -> str:
    async with httpx.AsyncClient(base_url=gateway.url) as http:
        return (await http.get("/metrics")).text


async def _queued(gateway: GatewayServer, cls: str) -> float:
    for line in (await _metrics(gateway)).splitlines():
        if line.startswith("mamori_queue_length{") and f'qos_class="{cls}"' in line:
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def _is_queued(gateway: GatewayServer, cls: str, count: int) -> bool:
    return await _queued(gateway, cls) == count


async def _has(gateway: GatewayServer, line: str) -> bool:
    return line in await _metrics(gateway)


def _keyed_gateway(make_gateway: GatewayFactory, backends: list[str], **sections: Any) -> Any:
    """A gateway where CHAT_KEY is ``interactive`` and BULK_KEY is ``batch``."""
    return make_gateway(
        backends,
        tenants={"default": {}, "acme": {"qos_class": "interactive"}},
        api_keys=[
            {"sha256": hash_api_key(CHAT_KEY), "tenant": "acme", "name": "chat"},
            {"sha256": hash_api_key(BULK_KEY), "tenant": "acme", "qos_class": "batch"},
        ],
        **sections,
    )


@pytest.mark.parametrize(
    ("key", "header", "expected_class", "expected_priority"),
    [
        (CHAT_KEY, None, "interactive", 0),
        (BULK_KEY, None, "batch", 100),
        (CHAT_KEY, "batch", "batch", 100),
        (BULK_KEY, "interactive", "batch", 100),
    ],
    ids=["interactive-key", "batch-key", "lowered-by-header", "never-raised"],
)
def test_class_sets_vllm_priority_and_can_only_be_lowered(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    key: str,
    header: str | None,
    expected_class: str,
    expected_priority: int,
) -> None:
    gateway = _keyed_gateway(make_gateway, [backend.url])
    headers = {"X-Mamori-Priority": header} if header else {}
    raw = _client(gateway, key).chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": "x"}], extra_headers=headers
    )
    assert raw.headers["x-mamori-priority"] == expected_class
    assert backend.requests[0].body["priority"] == expected_priority


def test_client_sent_priority_is_refused(gateway: GatewayServer) -> None:
    with pytest.raises(openai.BadRequestError, match="X-Mamori-Priority"):
        _client(gateway).chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "x"}], extra_body={"priority": -100}
        )


async def test_interactive_jumps_the_queue_and_batch_is_relegated_with_retry_after(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, tmp_path: Path
) -> None:
    gateway = _keyed_gateway(
        make_gateway,
        [backend.url],
        models={MODEL: {"backends": [backend.url], "upstream_model": SERVED, "max_in_flight": 1}},
        qos={
            "classes": {
                "interactive": {"priority": 0, "ttft_slo_s": 5.0},
                "batch": {"priority": 100, "max_queue_wait_s": 1.0},
            },
            "default_class": "batch",
        },
    )
    backend.fail_next("hang")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as http:
        chat = {"Authorization": f"Bearer {CHAT_KEY}"}
        bulk = {"Authorization": f"Bearer {BULK_KEY}"}
        holder = asyncio.create_task(http.post("/v1/chat/completions", json=_body(), headers=chat))
        await _until(lambda: backend.running == 1)
        batch = asyncio.create_task(
            http.post("/v1/chat/completions", json=_body("batch"), headers=bulk)
        )
        await _until(lambda: _is_queued(gateway, "batch", 1))
        interactive = asyncio.create_task(
            http.post("/v1/chat/completions", json=_body("interactive"), headers=chat)
        )
        await _until(lambda: _is_queued(gateway, "interactive", 1))
        relegated = await batch  # its 1 s in the queue ran out while the slot stayed taken
        assert relegated.status_code == 429
        assert relegated.json()["error"]["type"] == "TooManyRequestsError"
        assert int(relegated.headers["retry-after"]) >= 1
        holder.cancel()
        answered = await interactive
        assert answered.json()["choices"][0]["message"]["content"] == "interactive"
    assert [r.body["messages"][0]["content"] for r in backend.requests] == ["hi", "interactive"]
    records = read_audit(tmp_path / "audit.log", 3)
    by_status = {record["status"]: record for record in records}
    assert by_status[429]["qos_class"] == "batch"
    assert by_status[200]["queue_ms"] > 0
    text = await _metrics(gateway)
    shed = 'mamori_requests_shed_total{model="tiny-chat",qos_class="batch",reason="queue_timeout"}'
    assert f"{shed} 1.0" in text
    met = 'mamori_slo_requests_total{model="tiny-chat",outcome="met",qos_class="interactive"}'
    assert f"{met} 1.0" in text


async def test_a_queued_request_whose_client_left_is_dropped(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, tmp_path: Path
) -> None:
    gateway = make_gateway(
        [backend.url],
        models={MODEL: {"backends": [backend.url], "upstream_model": SERVED, "max_in_flight": 1}},
    )
    backend.fail_next("hang")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as http:
        holder = asyncio.create_task(http.post("/v1/chat/completions", json=_body()))
        await _until(lambda: backend.running == 1)
        leaver = asyncio.create_task(http.post("/v1/chat/completions", json=_body("gone")))
        await _until(lambda: _is_queued(gateway, "standard", 1))
        leaver.cancel()
        await _until(lambda: _is_queued(gateway, "standard", 0))
        holder.cancel()
    records = read_audit(tmp_path / "audit.log", 2)
    assert sorted(record["status"] for record in records) == [499, 499]
    assert len(backend.requests) == 1  # the one that left never reached the backend
    assert 'reason="client_left"} 1.0' in await _metrics(gateway)


async def test_least_loaded_routes_around_a_busy_replica(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, second_backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url, second_backend.url])
    backend.fail_next("hang")
    second_backend.fail_next("hang")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as http:
        first = asyncio.create_task(http.post("/v1/chat/completions", json=_body()))
        await _until(lambda: backend.running + second_backend.running == 1)
        busy, idle = (backend, second_backend) if backend.running else (second_backend, backend)
        idle.config.clear_faults()
        for _ in range(3):
            response = await http.post("/v1/chat/completions", json=_body("ok"))
            assert response.status_code == 200
        assert [r.body["messages"][0]["content"] for r in idle.requests] == ["ok"] * 3
        assert len(busy.requests) == 1
        first.cancel()


async def test_load_reported_by_vllm_metrics_is_read(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway(
        [backend.url],
        upstream={"health_interval_s": 0.2, "metrics_interval_s": 0.05, "timeouts": {"read": 10}},
    )
    backend.config.max_num_seqs = 4
    backend.fail_next("hang")
    kv_line = f'mamori_backend_kv_cache_usage{{backend="{backend.url}",model="{MODEL}"}} 0.25'
    in_flight_line = f'mamori_backend_in_flight{{backend="{backend.url}",model="{MODEL}"}} 1.0'
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as http:
        task = asyncio.create_task(http.post("/v1/chat/completions", json=_body()))
        await _until(lambda: backend.running == 1)
        await _until(lambda: _has(gateway, kv_line))
        assert in_flight_line in await _metrics(gateway)
        task.cancel()


def test_alias_routes_by_length_and_audits_the_reason(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    second_backend: VLLMCompatServer,
    tmp_path: Path,
) -> None:
    gateway = make_gateway(
        [backend.url],
        models={
            "small": {"backends": [backend.url], "upstream_model": SERVED},
            "large": {"backends": [second_backend.url], "upstream_model": SERVED},
        },
        aliases={
            "assistant": {
                "default": "large",
                "rules": [{"model": "small", "max_input_chars": 20, "name": "short-faq"}],
            }
        },
    )
    client = _client(gateway)
    assert "assistant" in {model.id for model in client.models.list()}
    client.chat.completions.create(
        model="assistant", messages=[{"role": "user", "content": "送料は?"}]
    )
    client.chat.completions.create(
        model="assistant", messages=[{"role": "user", "content": "長い質問です。" * 10}]
    )
    assert len(backend.requests) == 1 and len(second_backend.requests) == 1
    records = read_audit(tmp_path / "audit.log", 2)
    assert [record["route"] for record in records] == [
        {"alias": "assistant", "model": "small", "rule": "short-faq"},
        {"alias": "assistant", "model": "large", "rule": "default"},
    ]
    assert all(record["model"] == "assistant" for record in records)


class _CategoryStage:
    """Stands in for the guard stage: labels requests that mention a contract."""

    name = "guard.classify"

    async def process(self, ctx: RequestContext) -> None:
        if "契約" in json.dumps(ctx.body, ensure_ascii=False):
            ctx.category = "legal"


def test_alias_rule_routes_on_the_category_a_stage_set(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    second_backend: VLLMCompatServer,
    tmp_path: Path,
) -> None:
    gateway = make_gateway(
        [backend.url],
        pipeline=Pipeline(request_stages=[_CategoryStage()]),
        models={
            "small": {"backends": [backend.url], "upstream_model": SERVED},
            "large": {"backends": [second_backend.url], "upstream_model": SERVED},
        },
        aliases={
            "assistant": {
                "default": "small",
                "rules": [{"model": "large", "categories": ["legal"], "name": "legal"}],
            }
        },
    )
    client = _client(gateway)
    for text in ("送料は?", "契約の解除について"):
        client.chat.completions.create(
            model="assistant", messages=[{"role": "user", "content": text}]
        )
    assert [r.body["messages"][0]["content"] for r in second_backend.requests] == [
        "契約の解除について"
    ]
    records = read_audit(tmp_path / "audit.log", 2)
    assert [record["route"]["rule"] for record in records] == ["default", "legal"]


def test_rate_limit_per_key_with_openai_headers(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway(
        [backend.url],
        tenants={"default": {}, "acme": {"rate_limit": {"requests_per_minute": 2}}},
        api_keys=[{"sha256": hash_api_key(CHAT_KEY), "tenant": "acme"}],
    )
    client = _client(gateway, CHAT_KEY)
    messages: list[Any] = [{"role": "user", "content": "x"}]
    first = client.chat.completions.with_raw_response.create(model=MODEL, messages=messages)
    assert first.headers["x-ratelimit-limit-requests"] == "2"
    assert first.headers["x-ratelimit-remaining-requests"] == "1"
    client.chat.completions.create(model=MODEL, messages=messages)
    with pytest.raises(openai.RateLimitError) as caught:
        client.chat.completions.create(model=MODEL, messages=messages)
    assert caught.value.response.headers["x-ratelimit-remaining-requests"] == "0"
    assert int(caught.value.response.headers["retry-after"]) >= 1
    assert len(backend.requests) == 2
