"""The vLLM-compatible test server: client disconnects (aborts), the scheduler's queue and
its metrics."""

from __future__ import annotations

import asyncio

import httpx
import openai
import pytest

from tests.unit.vllm_compat.support import CHAT, MODEL, chat_body, metric_value, user
from tests.vllm_compat import (
    ServerConfig,
    VLLMCompatServer,
)
from tests.vllm_compat.scheduler import Scheduler


async def test_hang_then_client_cancel_is_recorded_aborted(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient
) -> None:
    server.fail_next("hang")
    task = asyncio.create_task(ahttp.post(CHAT, json=chat_body()))
    await server.wait_for_async(lambda: server.running == 1, what="hung request in flight")
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await server.wait_for_async(
        lambda: server.requests[0].outcome == "aborted", what="request aborted"
    )
    record = server.requests[0]
    assert record.fault == "hang"
    assert record.status_code is None
    assert server.running == 0


async def test_sdk_timeout_on_hang_is_recorded_aborted(server: VLLMCompatServer) -> None:
    server.fail_next("hang")
    client = openai.AsyncOpenAI(
        base_url=f"{server.url}/v1", api_key="sk-test", max_retries=0, timeout=0.3
    )
    async with client:
        with pytest.raises(openai.APITimeoutError):
            await client.chat.completions.create(model=MODEL, messages=user("hi"), stream=True)
    await server.wait_for_async(lambda: server.requests[0].outcome == "aborted")


def test_closing_a_stream_early_aborts_at_once(
    server: VLLMCompatServer, oai: openai.OpenAI
) -> None:
    # 200 tokens at 50/s would take 4 s: an abort must come long before the end.
    server.config.update(tokens_per_second=50.0, chunk_chars=1)
    stream = oai.chat.completions.create(
        model=MODEL,
        messages=user("y" * 200),
        stream=True,
    )
    for seen, _chunk in enumerate(stream):
        if seen == 3:
            break
    stream.close()
    server.wait_for(lambda: server.requests[0].outcome == "aborted", timeout=2.0)
    record = server.requests[0]
    # Aborted mid-way: the rest of the 4 s stream was never generated.
    assert 3 <= record.tokens_sent < 200
    assert server.running == 0


async def test_metrics_follow_requests_in_flight(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient
) -> None:
    labels = {"model_name": MODEL, "engine": "0"}
    before = (await ahttp.get("/metrics")).text
    assert metric_value(before, "vllm:num_requests_running", **labels) == 0.0
    aborted_before = metric_value(
        before, "vllm:request_success_total", finished_reason="abort", **labels
    )

    server.fail_next("hang")
    task = asyncio.create_task(ahttp.post(CHAT, json=chat_body()))
    await server.wait_for_async(lambda: server.running == 1)
    during = (await ahttp.get("/metrics")).text
    assert metric_value(during, "vllm:num_requests_running", **labels) == 1.0
    assert metric_value(during, "vllm:num_requests_waiting", **labels) == 0.0
    assert metric_value(during, "vllm:kv_cache_usage_perc", **labels) == 1 / 256

    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await server.wait_for_async(lambda: server.running == 0)
    after = (await ahttp.get("/metrics")).text
    assert metric_value(after, "vllm:num_requests_running", **labels) == 0.0
    assert metric_value(after, "vllm:kv_cache_usage_perc", **labels) == 0.0
    aborted_after = metric_value(
        after, "vllm:request_success_total", finished_reason="abort", **labels
    )
    assert aborted_after == aborted_before + 1


async def test_requests_beyond_max_num_seqs_wait_and_show_in_metrics(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient
) -> None:
    labels = {"model_name": MODEL, "engine": "0"}
    server.config.max_num_seqs = 1
    server.fail_next("hang")
    hanging = asyncio.create_task(ahttp.post(CHAT, json=chat_body()))
    await server.wait_for_async(lambda: server.running == 1)
    queued = asyncio.create_task(ahttp.post(CHAT, json=chat_body("queued")))
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 1)
    during = (await ahttp.get("/metrics")).text
    assert metric_value(during, "vllm:num_requests_running", **labels) == 1.0
    assert metric_value(during, "vllm:num_requests_waiting", **labels) == 1.0
    assert metric_value(during, "vllm:kv_cache_usage_perc", **labels) == 1.0

    hanging.cancel()
    with pytest.raises(asyncio.CancelledError):
        await hanging
    answer = await queued
    assert answer.json()["choices"][0]["message"]["content"] == "queued"
    assert server.app.scheduler.waiting() == 0


async def test_client_leaving_the_wait_queue_is_aborted_without_running(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient
) -> None:
    server.config.max_num_seqs = 1
    server.fail_next("hang")
    hanging = asyncio.create_task(ahttp.post(CHAT, json=chat_body()))
    await server.wait_for_async(lambda: server.running == 1)
    queued = asyncio.create_task(ahttp.post(CHAT, json=chat_body("leaves")))
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 1)
    queued.cancel()
    with pytest.raises(asyncio.CancelledError):
        await queued
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 0)
    await server.wait_for_async(lambda: server.requests[1].outcome == "aborted")
    assert server.requests[1].tokens_sent == 0
    hanging.cancel()
    with pytest.raises(asyncio.CancelledError):
        await hanging


@pytest.mark.parametrize(
    ("policy", "expected"),
    [("fcfs", ["low", "high"]), ("priority", ["high", "low"])],
    ids=["fcfs-arrival-order", "priority-lower-first"],
)
async def test_waiting_order_follows_the_scheduling_policy(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient, policy: str, expected: list[str]
) -> None:
    server.config.update(max_num_seqs=1, scheduling_policy=policy)
    server.fail_next("hang")
    hanging = asyncio.create_task(ahttp.post(CHAT, json=chat_body()))
    await server.wait_for_async(lambda: server.running == 1)
    started: list[str] = []

    async def ask(text: str, priority: int) -> None:
        await ahttp.post(CHAT, json=chat_body(text, priority=priority))
        started.append(text)

    low = asyncio.create_task(ask("low", 10))
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 1)
    high = asyncio.create_task(ask("high", -5))
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 2)
    # One slot frees when the hang ends; the queue order decides who takes it.
    hanging.cancel()
    with pytest.raises(asyncio.CancelledError):
        await hanging
    await asyncio.gather(low, high)
    assert started == expected


def test_concurrency_slowdown_stretches_prefill_and_tokens() -> None:
    config = ServerConfig(concurrency_slowdown=0.5)
    scheduler = Scheduler(config)
    assert scheduler.slowdown() == 1.0
    for _ in range(3):
        assert scheduler.try_enter()
    assert scheduler.slowdown() == 2.0  # two more running requests, +50 % each
    scheduler.leave()
    assert scheduler.slowdown() == 1.5


def test_metrics_count_tokens_and_successes(http: httpx.Client) -> None:
    labels = {"model_name": MODEL, "engine": "0"}

    def scrape() -> tuple[float, float, float]:
        text = http.get("/metrics").text
        return (
            metric_value(text, "vllm:prompt_tokens_total", **labels),
            metric_value(text, "vllm:generation_tokens_total", **labels),
            metric_value(text, "vllm:request_success_total", finished_reason="stop", **labels),
        )

    before = scrape()
    http.post(CHAT, json=chat_body("Hello world"))
    after = scrape()
    assert (after[0] - before[0], after[1] - before[1], after[2] - before[2]) == (6, 4, 1)


_GENERATION_BODIES = {
    "/v1/completions": {"model": MODEL, "prompt": "y" * 600},
    "/v1/responses": {"model": MODEL, "input": "y" * 600},
}


@pytest.mark.parametrize("path", _GENERATION_BODIES)
def test_completions_and_responses_streams_are_paced_and_aborted(
    server: VLLMCompatServer, http: httpx.Client, path: str
) -> None:
    # 200 tokens at 50/s would take 4 s: the client leaves after a few of them.
    server.config.update(tokens_per_second=50.0)
    body = {**_GENERATION_BODIES[path], "stream": True}
    with http.stream("POST", path, json=body) as response:
        assert response.status_code == 200
        lines = response.iter_lines()
        deltas = 0
        for line in lines:
            if line.startswith("data: ") and ('"text":"yyy"' in line or '"delta":"yyy"' in line):
                deltas += 1
                if deltas == 3:
                    break
        assert server.running == 1
    server.wait_for(lambda: server.requests[0].outcome == "aborted", timeout=2.0)
    assert 3 <= server.requests[0].tokens_sent < 200
    assert server.running == 0


@pytest.mark.parametrize("path", [*_GENERATION_BODIES, "/v1/embeddings"])
async def test_a_whole_answer_waits_its_generation_and_a_client_leaving_aborts_it(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient, path: str
) -> None:
    server.config.update(latency_s=30.0)
    body = _GENERATION_BODIES.get(path, {"model": MODEL, "input": "y"})
    task = asyncio.create_task(ahttp.post(path, json=body))
    await server.wait_for_async(lambda: server.running == 1, what="request in flight")
    assert server.requests[0].outcome == "pending"
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await server.wait_for_async(lambda: server.requests[0].outcome == "aborted")
    assert server.requests[0].status_code is None
    assert server.running == 0


@pytest.mark.parametrize("path", [*_GENERATION_BODIES, "/v1/embeddings"])
async def test_other_endpoints_wait_for_a_running_slot(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient, path: str
) -> None:
    server.config.update(max_num_seqs=1)
    server.fail_next("hang")  # a chat request holds the only slot
    hung = asyncio.create_task(ahttp.post(CHAT, json=chat_body()))
    await server.wait_for_async(lambda: server.running == 1, what="chat request running")
    body = _GENERATION_BODIES.get(path, {"model": MODEL, "input": "y"})
    waiting = asyncio.create_task(ahttp.post(path, json=body))
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 1, what="queued")
    assert server.requests[1].outcome == "pending"
    hung.cancel()
    with pytest.raises(asyncio.CancelledError):
        await hung
    assert (await waiting).status_code == 200
