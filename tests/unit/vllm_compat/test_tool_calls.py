"""The vLLM-compatible test server: tool calls, whole and streamed."""

from __future__ import annotations

import json
import re
from typing import Any

import openai
import pytest

from tests.unit.vllm_compat.support import MODEL, WEATHER_CALL, WEATHER_TOOL, user
from tests.vllm_compat import (
    VLLMCompatServer,
)


@pytest.mark.parametrize(
    ("tool_choice", "finish_reason", "content"),
    [
        (None, "tool_calls", None),
        ("auto", "tool_calls", None),
        ("required", "tool_calls", ""),
        ({"type": "function", "function": {"name": "get_weather"}}, "stop", ""),
    ],
    ids=["default-auto", "auto", "required", "named"],
)
def test_tool_call_non_stream(
    server: VLLMCompatServer,
    oai: openai.OpenAI,
    tool_choice: Any,
    finish_reason: str,
    content: str | None,
) -> None:
    server.config.tool_call = WEATHER_CALL
    extra = {} if tool_choice is None else {"tool_choice": tool_choice}
    completion = oai.chat.completions.create(
        model=MODEL,
        messages=user("weather in Tokyo?"),
        tools=[WEATHER_TOOL],
        **extra,
    )
    choice = completion.choices[0]
    assert choice.finish_reason == finish_reason
    assert choice.message.content == content
    assert choice.message.tool_calls is not None
    (call,) = choice.message.tool_calls
    assert re.fullmatch(r"chatcmpl-tool-[0-9a-f]{32}", call.id)
    assert call.type == "function"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Tokyo"}


def test_tool_choice_none_answers_with_text(server: VLLMCompatServer, oai: openai.OpenAI) -> None:
    server.config.tool_call = WEATHER_CALL
    completion = oai.chat.completions.create(
        model=MODEL,
        messages=user("just talk"),
        tools=[WEATHER_TOOL],
        tool_choice="none",
    )
    assert completion.choices[0].message.content == "just talk"
    assert completion.choices[0].message.tool_calls == []
    assert completion.choices[0].finish_reason == "stop"


async def test_tool_call_stream(server: VLLMCompatServer, aoai: openai.AsyncOpenAI) -> None:
    server.config.tool_call = WEATHER_CALL
    response = await aoai.chat.completions.create(
        model=MODEL,
        messages=user("weather in Tokyo?"),
        tools=[WEATHER_TOOL],
        stream=True,
    )
    deltas = [c.choices[0] async for c in response if c.choices]
    calls = [d.delta.tool_calls[0] for d in deltas if d.delta.tool_calls]
    assert calls[0].id is not None
    assert calls[0].id.startswith("chatcmpl-tool-")
    assert calls[0].function is not None
    assert calls[0].function.name == "get_weather"
    assert {call.index for call in calls} == {0}
    arguments = "".join((call.function.arguments or "") for call in calls if call.function)
    assert json.loads(arguments) == {"city": "Tokyo"}
    assert len(calls) > 2  # the arguments really arrive split
    assert [d.finish_reason for d in deltas][-1] == "tool_calls"
    assert all(d.finish_reason is None for d in deltas[:-1])
