"""The test server's priority preemption: a more urgent request displaces the least urgent
running one, which goes back to waiting and finishes later with its answer intact."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from tests.unit.vllm_compat.support import CHAT, chat_body
from tests.vllm_compat import VLLMCompatServer


async def _stream_text(ahttp: httpx.AsyncClient, text: str, priority: int) -> str:
    """The streamed answer's text, in the order the chunks came."""
    pieces: list[str] = []
    body = chat_body(text, priority=priority, stream=True)
    async with ahttp.stream("POST", CHAT, json=body) as response:
        async for line in response.aiter_lines():
            if line.startswith("data: {"):
                for choice in json.loads(line[6:])["choices"]:
                    pieces.append(choice["delta"].get("content") or "")
    return "".join(pieces)


@pytest.mark.parametrize(
    ("preemption", "expected_order", "expected_preemptions"),
    [(True, ["urgent", "long"], 1), (False, ["long", "urgent"], 0)],
    ids=["preempts", "waits-without-preemption"],
)
async def test_urgent_request_displaces_the_running_one(
    server: VLLMCompatServer,
    ahttp: httpx.AsyncClient,
    preemption: bool,
    expected_order: list[str],
    expected_preemptions: int,
) -> None:
    server.config.update(
        max_num_seqs=1,
        scheduling_policy="priority",
        preemption=preemption,
        latency_s=0.05,
        tokens_per_second=40.0,
        chunk_chars=1,
    )
    finished: list[str] = []
    answers: dict[str, str] = {}

    async def ask(name: str, text: str, priority: int) -> None:
        answers[name] = await _stream_text(ahttp, text, priority)
        finished.append(name)

    long_text = "abcdefghijklmnopqrstuvwxyz" * 2  # 52 tokens at 40/s: over a second
    long = asyncio.create_task(ask("long", long_text, 10))
    await server.wait_for_async(lambda: server.running == 1, what="long request running")
    urgent = asyncio.create_task(ask("urgent", "XY", 0))
    await asyncio.gather(long, urgent)

    assert finished == expected_order
    # Preempted or not, every answer is whole and in order (the prefill is redone, the
    # tokens already sent are not sent again).
    assert answers == {"long": long_text, "urgent": "XY"}
    assert server.app.scheduler.preemptions == expected_preemptions
    stats = (await ahttp.get("/_test/stats")).json()
    assert stats["preemptions"] == expected_preemptions


async def test_only_a_strictly_more_urgent_request_preempts(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient
) -> None:
    server.config.update(
        max_num_seqs=1,
        scheduling_policy="priority",
        preemption=True,
        tokens_per_second=40.0,
        chunk_chars=1,
    )
    finished: list[str] = []

    async def ask(name: str, priority: int) -> None:
        await _stream_text(ahttp, "abcdefghijklmnopqrst", priority)
        finished.append(name)

    first = asyncio.create_task(ask("first", 5))
    await server.wait_for_async(lambda: server.running == 1)
    same = asyncio.create_task(ask("same-priority", 5))
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 1)
    await asyncio.gather(first, same)
    assert finished == ["first", "same-priority"]
    assert server.app.scheduler.preemptions == 0


async def test_a_preempted_request_whose_client_leaves_frees_its_place(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient
) -> None:
    server.config.update(
        max_num_seqs=1, scheduling_policy="priority", preemption=True, tokens_per_second=20.0
    )
    victim = asyncio.create_task(_stream_text(ahttp, "x" * 90, 10))
    await server.wait_for_async(lambda: server.running == 1)
    server.fail_next("hang")
    hanging = asyncio.create_task(ahttp.post(CHAT, json=chat_body(priority=0)))
    await server.wait_for_async(lambda: server.app.scheduler.preemptions == 1)
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 1)
    victim.cancel()
    await server.wait_for_async(lambda: server.app.scheduler.waiting() == 0)
    hanging.cancel()
    await server.wait_for_async(lambda: server.running == 0)
    for task in (victim, hanging):
        with pytest.raises(asyncio.CancelledError):
            await task
