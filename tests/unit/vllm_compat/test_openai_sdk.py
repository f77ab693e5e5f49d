"""The vLLM-compatible test server: the official openai SDK, sync and async, against the server."""

from __future__ import annotations

import asyncio

import openai
import pytest

from tests.unit.vllm_compat.support import MODEL, user
from tests.vllm_compat import (
    VLLMCompatServer,
)


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_openai_sync_client(oai: openai.OpenAI, stream: bool) -> None:
    if stream:
        chunks = list(
            oai.chat.completions.create(
                model=MODEL,
                messages=user("Hello from the SDK"),
                stream=True,
                stream_options={"include_usage": True},
            )
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert chunks[-1].usage is not None
        assert chunks[-1].usage.completion_tokens == 6
    else:
        completion = oai.chat.completions.create(model=MODEL, messages=user("Hello from the SDK"))
        text = completion.choices[0].message.content or ""
        assert completion.id.startswith("chatcmpl-")
    assert text == "Hello from the SDK"


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
async def test_openai_async_client(aoai: openai.AsyncOpenAI, stream: bool) -> None:
    if stream:
        response = await aoai.chat.completions.create(
            model=MODEL,
            messages=user("async hello"),
            stream=True,
            stream_options={"include_usage": True},
        )
        chunks = [chunk async for chunk in response]
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        finish = [c.choices[0].finish_reason for c in chunks if c.choices][-1]
        assert chunks[-1].usage is not None
    else:
        completion = await aoai.chat.completions.create(model=MODEL, messages=user("async hello"))
        text = completion.choices[0].message.content or ""
        finish = completion.choices[0].finish_reason
    assert text == "async hello"
    assert finish == "stop"


async def test_concurrent_streams_are_served_in_parallel(
    server: VLLMCompatServer, aoai: openai.AsyncOpenAI
) -> None:
    # Long enough for all 32 requests to arrive before the first one is answered.
    server.config.latency_s = 0.25

    async def one(i: int) -> str:
        response = await aoai.chat.completions.create(
            model=MODEL,
            messages=user(f"request {i}"),
            stream=True,
        )
        return "".join([c.choices[0].delta.content or "" async for c in response if c.choices])

    answers = await asyncio.gather(*(one(i) for i in range(32)))
    assert answers == [f"request {i}" for i in range(32)]
    assert server.peak_running == 32
