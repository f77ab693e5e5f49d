"""What the vLLM-compatible server's tests share: models, request bodies, SSE and metric reading."""

from __future__ import annotations

import re
from typing import Any

from openai.types.chat import ChatCompletionFunctionToolParam, ChatCompletionMessageParam

from tests.vllm_compat import (
    ToolCallSpec,
)

MODEL = "test-model"
SMALL_MODEL = "small-model"
MODELS = {MODEL: 4096, SMALL_MODEL: 64}
CHAT = "/v1/chat/completions"
WEATHER_TOOL: ChatCompletionFunctionToolParam = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}
WEATHER_CALL = ToolCallSpec("get_weather", '{"city": "Tokyo"}')


def user(text: str) -> list[ChatCompletionMessageParam]:
    return [{"role": "user", "content": text}]


def chat_body(text: str = "Hello world", **extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": user(text), **extra}


def sse_data(text: str) -> list[str]:
    """The ``data:`` payloads of an SSE body, asserting vLLM's framing."""
    assert text.endswith("\n\n")
    blocks = text[:-2].split("\n\n")
    assert all(block.startswith("data: ") for block in blocks), blocks
    return [block.removeprefix("data: ") for block in blocks]


def metric_value(text: str, name: str, **labels: str) -> float:
    for line in text.splitlines():
        match = re.fullmatch(r"([^{\s]+)\{([^}]*)\} (\S+)", line)
        if match is None or match.group(1) != name:
            continue
        found = dict(re.findall(r'(\w+)="([^"]*)"', match.group(2)))
        if all(found.get(key) == value for key, value in labels.items()):
            return float(match.group(3))
    raise AssertionError(f"no sample {name}{labels} in /metrics")
