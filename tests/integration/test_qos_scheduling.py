"""QoS scheduling through the real gateway and the vLLM-compatible test server: work
conservation, preemption by vLLM's priority scheduler, deadline relegation and shedding,
shortest expected job first with its bypass bound. Orders and counts, never timings."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest

from proxy.settings import hash_api_key
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, SERVED, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

CHAT_KEY, BULK_KEY = "sk-qos-chat", "sk-qos-bulk"
CHAT = {"Authorization": f"Bearer {CHAT_KEY}"}
BULK = {"Authorization": f"Bearer {BULK_KEY}"}


async def _until(predicate: Callable[[], bool | Awaitable[bool]], within_s: float = 10.0) -> None:
    deadline = time.monotonic() + within_s
    while True:
        outcome = predicate()
        if await outcome if isinstance(outcome, Awaitable) else outcome:
            return
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before the deadline")
        await asyncio.sleep(0.01)


async def _metric(gateway: GatewayServer, name: str, **labels: str) -> float:
    """Sum of a metric's samples whose labels include ``labels``."""
    async with httpx.AsyncClient(base_url=gateway.url) as http:
        text = (await http.get("/metrics")).text
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            total += float(line.rsplit(" ", 1)[1])
    return total


async def _metric_is(gateway: GatewayServer, name: str, value: float) -> bool:
    return await _metric(gateway, name) == value


def _queued(gateway: GatewayServer, cls: str, count: int) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return await _metric(gateway, "mamori_queue_length", qos_class=cls) == count

    return check


def _body(content: str, **extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": content}], **extra}


def _gateway(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    *,
    max_in_flight: int,
    batch: dict[str, Any] | None = None,
    **qos: Any,
) -> GatewayServer:
    """CHAT_KEY is interactive (TTFT objective 5 s), BULK_KEY is batch."""
    return make_gateway(
        [backend.url],
        models={
            MODEL: {
                "backends": [backend.url],
                "upstream_model": SERVED,
                "max_in_flight": max_in_flight,
            }
        },
        tenants={"default": {}, "acme": {"qos_class": "interactive"}},
        api_keys=[
            {"sha256": hash_api_key(CHAT_KEY), "tenant": "acme", "name": "chat"},
            {"sha256": hash_api_key(BULK_KEY), "tenant": "acme", "qos_class": "batch"},
        ],
        qos={
            "classes": {
                "interactive": {"priority": 0, "ttft_slo_s": 5.0, "max_queue_wait_s": 30},
                "batch": {"priority": 100, "max_queue_wait_s": 30, **(batch or {})},
            },
            "default_class": "batch",
            **qos,
        },
    )


def _contents(backend: VLLMCompatServer) -> list[str]:
    return [r.body["messages"][0]["content"] for r in backend.requests]


@pytest.mark.parametrize(
    ("max_share", "running", "queued"),
    [(1.0, 2, 0), (0.5, 1, 1)],
    ids=["work-conserving", "reservation"],
)
async def test_batch_uses_every_idle_slot_unless_a_share_reserves_it(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    max_share: float,
    running: int,
    queued: int,
) -> None:
    gateway = _gateway(make_gateway, backend, max_in_flight=2, batch={"max_share": max_share})
    backend.fail_next("hang", 2)
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        tasks = [
            asyncio.create_task(
                http.post("/v1/chat/completions", json=_body(f"b{i}"), headers=BULK)
            )
            for i in range(2)
        ]
        await _until(_queued(gateway, "batch", queued))
        await _until(lambda: backend.running == running)
        if max_share == 1.0:
            # Every slot is busy: an interactive request waits at the gateway, first in line
            # before a batch request that arrived earlier.
            late_batch = asyncio.create_task(
                http.post("/v1/chat/completions", json=_body("late-batch"), headers=BULK)
            )
            await _until(_queued(gateway, "batch", 1))
            chat = asyncio.create_task(
                http.post("/v1/chat/completions", json=_body("chat"), headers=CHAT)
            )
            await _until(_queued(gateway, "interactive", 1))
            tasks[0].cancel()
            assert (await chat).status_code == 200
            tasks[1].cancel()
            assert (await late_batch).status_code == 200
            assert _contents(backend)[2:] == ["chat", "late-batch"]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


@pytest.mark.parametrize(
    ("vllm_preemption", "finish_order", "preemptions"),
    [(True, ["chat", "batch"], 1), (False, ["batch", "chat"], 0)],
    ids=["interactive-displaces-batch", "interactive-waits-without-preemption"],
)
async def test_interactive_request_displaces_a_running_batch_one(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    vllm_preemption: bool,
    finish_order: list[str],
    preemptions: int,
) -> None:
    backend.config.update(
        max_num_seqs=1,
        scheduling_policy="priority",
        preemption=True,
        latency_s=0.05,
        tokens_per_second=40.0,
        chunk_chars=1,
    )
    gateway = _gateway(make_gateway, backend, max_in_flight=1, vllm_preemption=vllm_preemption)
    long_text = "abcdefghijklmnopqrstuvwxyz" * 3  # 78 tokens at 40/s: about 2 s
    finished: list[str] = []
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:

        async def ask(name: str, content: str, headers: dict[str, str]) -> httpx.Response:
            response = await http.post("/v1/chat/completions", json=_body(content), headers=headers)
            finished.append(name)
            return response

        batch = asyncio.create_task(ask("batch", long_text, BULK))
        await _until(lambda: backend.running == 1)
        chat = asyncio.create_task(ask("chat", "XY", CHAT))
        batch_answer, chat_answer = await asyncio.gather(batch, chat)
    assert finished == finish_order
    # Preempted or not, the batch answer is whole: vLLM recomputes, it does not restart.
    assert batch_answer.json()["choices"][0]["message"]["content"] == long_text
    assert chat_answer.json()["choices"][0]["message"]["content"] == "XY"
    assert [r.body["priority"] for r in backend.requests] == [100, 0]
    assert backend.app.scheduler.preemptions == preemptions
    assert await _metric(gateway, "mamori_qos_preemptions_total", qos_class="batch") == preemptions
    # Per-class metrics: both answers met their objective (TTFT 5 s; batch has no deadline);
    # the batch class generated its 78 tokens once, preempted or not.
    await _until(lambda: _metric_is(gateway, "mamori_qos_goodput_requests_total", 2.0))
    assert await _metric(gateway, "mamori_qos_completion_tokens_total", qos_class="batch") == 78
    assert (
        await _metric(gateway, "mamori_qos_completion_tokens_total", qos_class="interactive") == 2
    )


async def test_a_deadline_that_cannot_be_met_is_shed_at_once_with_503(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = _gateway(make_gateway, backend, max_in_flight=1)
    backend.fail_next("hang")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:
        holder = asyncio.create_task(
            http.post("/v1/chat/completions", json=_body("holder"), headers=BULK)
        )
        await _until(lambda: backend.running == 1)
        # 200 tokens at the prior 0.05 s each: 10 s of work, due in 1 s.
        shed = await http.post(
            "/v1/chat/completions",
            json=_body("too-late", max_tokens=200),
            headers={**BULK, "X-Mamori-Deadline": "1"},
        )
        assert shed.status_code == 503
        assert "deadline" in shed.json()["error"]["message"]
        bad = await http.post(
            "/v1/chat/completions",
            json=_body("x"),
            headers={**BULK, "X-Mamori-Deadline": "next week"},
        )
        assert bad.status_code == 400
        holder.cancel()
        await asyncio.gather(holder, return_exceptions=True)
    assert _contents(backend) == ["holder"]
    assert (
        await _metric(gateway, "mamori_requests_shed_total", qos_class="batch", reason="deadline")
        == 1
    )


async def test_batch_is_relegated_behind_interactive_then_served_or_shed_by_deadline(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = _gateway(make_gateway, backend, max_in_flight=1)
    backend.fail_next("hang")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:

        def post(
            content: str, headers: dict[str, str], **extra: Any
        ) -> asyncio.Task[httpx.Response]:
            return asyncio.create_task(
                http.post("/v1/chat/completions", json=_body(content, **extra), headers=headers)
            )

        holder = post("holder", CHAT)
        await _until(lambda: backend.running == 1)
        # Due in 60 s: it can wait. 10 tokens x 0.05 s, due in 2 s: must start within 1.5 s.
        patient = post("patient", {**BULK, "X-Mamori-Deadline": "60"}, max_tokens=5)
        await _until(_queued(gateway, "batch", 1))
        hurried = post("hurried", {**BULK, "X-Mamori-Deadline": "2"}, max_tokens=10)
        await _until(_queued(gateway, "batch", 2))
        chat = post("chat", CHAT)
        await _until(_queued(gateway, "interactive", 1))
        # The slot stays taken until the hurried request's deadline can no longer be met.
        shed = await hurried
        assert shed.status_code == 503
        assert "deadline" in shed.json()["error"]["message"]
        holder.cancel()
        assert (await chat).status_code == 200
        assert (await patient).status_code == 200
        await asyncio.gather(holder, return_exceptions=True)
    # The interactive request arrived last and went first; the patient batch request was
    # delayed (relegated), not shed; the hurried one never reached the backend.
    assert _contents(backend) == ["holder", "chat", "patient"]
    assert await _metric(gateway, "mamori_qos_relegations_total", qos_class="batch") >= 1
    assert (
        await _metric(gateway, "mamori_requests_shed_total", qos_class="batch", reason="deadline")
        == 1
    )


@pytest.mark.parametrize(
    ("max_bypass", "expected"),
    [
        (2, ["s1", "s2", "long", "s3", "s4"]),
        (10, ["s1", "s2", "s3", "s4", "long"]),
        (0, ["long", "s1", "s2", "s3", "s4"]),
    ],
    ids=["bounded-bypass", "shortest-first", "no-bypass-is-fifo"],
)
async def test_shortest_expected_job_first_with_a_bypass_bound(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    max_bypass: int,
    expected: list[str],
) -> None:
    gateway = _gateway(make_gateway, backend, max_in_flight=1, max_bypass=max_bypass)
    backend.fail_next("hang")
    async with httpx.AsyncClient(base_url=gateway.url, timeout=30) as http:

        def post(content: str, max_tokens: int) -> asyncio.Task[httpx.Response]:
            return asyncio.create_task(
                http.post(
                    "/v1/chat/completions",
                    json=_body(content, max_tokens=max_tokens),
                    headers=BULK,
                )
            )

        holder = post("holder", 5)
        await _until(lambda: backend.running == 1)
        waiting = [post("long", 500)]
        await _until(_queued(gateway, "batch", 1))
        for i in range(1, 5):
            waiting.append(post(f"s{i}", 5))
            await _until(_queued(gateway, "batch", i + 1))
        holder.cancel()
        answers = await asyncio.gather(*waiting)
        await asyncio.gather(holder, return_exceptions=True)
    assert all(answer.status_code == 200 for answer in answers)
    assert _contents(backend) == ["holder", *expected]
