"""Streamed tool calls keep vLLM's shape through the response stages: one entry per tool-call
index per chunk, arguments released value by value once checked and restored, parallel
calls included; read the way LlamaIndex reads them (the first entry of each chunk's
``tool_calls``) as well as the openai SDK's way."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest

from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

ARGUMENTS = '{"name": "<PERSON_1>", "tel": "<PHONE_NUMBER_1>", "memo": "至急, 折り返し"}'
EXPECTED = {"name": "田中健太", "tel": "080-9876-5432", "memo": "至急, 折り返し"}
TOOLS: list[Any] = [
    {"type": "function", "function": {"name": "register", "parameters": {"type": "object"}}}
]


@pytest.fixture
def client(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: object
) -> openai.OpenAI:
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)  # type: ignore[arg-type]
    gateway = make_gateway([backend.url], pipeline=pipeline)
    return openai.OpenAI(base_url=f"{gateway.url}/v1", api_key="x", max_retries=0)


def test_streamed_tool_call_arguments_keep_vllms_shape(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    backend.config.update(chunk_chars=(1, 4), tool_call=ToolCallSpec("register", ARGUMENTS))
    chunks = list(
        client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "田中健太、電話は080-9876-5432で登録して"}],
            tools=TOOLS,
            stream=True,
        )
    )
    per_chunk = [
        [call.index for call in chunk.choices[0].delta.tool_calls or []]
        for chunk in chunks
        if chunk.choices
    ]
    assert all(len(indexes) == len(set(indexes)) for indexes in per_chunk)
    # LlamaIndex's reader: the first entry of each chunk's tool_calls.
    first_only = "".join(
        (chunk.choices[0].delta.tool_calls[0].function.arguments or "")
        for chunk in chunks
        if chunk.choices and chunk.choices[0].delta.tool_calls
        and chunk.choices[0].delta.tool_calls[0].function
    )  # fmt: skip
    assert json.loads(first_only) == EXPECTED
    # Released value by value as checked, not held back to the end.
    carrying = [
        chunk
        for chunk in chunks
        if chunk.choices
        and any(
            call.function and call.function.arguments
            for call in chunk.choices[0].delta.tool_calls or []
        )
    ]
    assert len(carrying) >= 3
    assert chunks[-1].choices[0].finish_reason == "tool_calls" or any(
        chunk.choices and chunk.choices[0].finish_reason == "tool_calls" for chunk in chunks
    )
