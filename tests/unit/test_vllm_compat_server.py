"""The vLLM-compatible test server, over real HTTP with httpx and the official openai SDK."""

from __future__ import annotations

import asyncio
import json
import re
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from openai.types.chat import ChatCompletionFunctionToolParam, ChatCompletionMessageParam

from tests.vllm_compat import (
    FaultMode,
    RecordedRequest,
    ServerConfig,
    ToolCallSpec,
    VLLMCompatServer,
)
from tests.vllm_compat.scheduler import Scheduler

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


@pytest.fixture(scope="module")
def server() -> Iterator[VLLMCompatServer]:
    with VLLMCompatServer(MODELS) as srv:
        yield srv


@pytest.fixture(autouse=True)
def fresh(server: VLLMCompatServer) -> Iterator[None]:
    server.reset()
    yield
    server.wait_for(lambda: server.running == 0, what="no request left in flight")


@pytest.fixture
def http(server: VLLMCompatServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=5.0) as client:
        yield client


@pytest.fixture
async def ahttp(server: VLLMCompatServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.url, timeout=5.0) as client:
        yield client


@pytest.fixture
def oai(server: VLLMCompatServer) -> Iterator[openai.OpenAI]:
    # max_retries=0: the SDK would otherwise retry a 500 and consume queued faults.
    with openai.OpenAI(base_url=f"{server.url}/v1", api_key="sk-test", max_retries=0) as client:
        yield client


@pytest.fixture
async def aoai(server: VLLMCompatServer) -> AsyncIterator[openai.AsyncOpenAI]:
    client = openai.AsyncOpenAI(base_url=f"{server.url}/v1", api_key="sk-test", max_retries=0)
    async with client:
        yield client


# Plain routes


def test_health_is_200_with_empty_body(http: httpx.Client) -> None:
    response = http.get("/health")
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize(("name", "max_model_len"), MODELS.items(), ids=list(MODELS))
def test_models_lists_every_model_with_max_model_len(
    http: httpx.Client, name: str, max_model_len: int
) -> None:
    listing = http.get("/v1/models").json()
    assert listing["object"] == "list"
    card = next(card for card in listing["data"] if card["id"] == name)
    assert card["max_model_len"] == max_model_len
    assert card["owned_by"] == "vllm"
    assert card["root"] == name
    assert card["parent"] is None
    assert card["permission"][0]["object"] == "model_permission"


@pytest.mark.parametrize(
    ("method", "path", "status", "detail"),
    [
        ("GET", "/v1/nothing-here", 404, "Not Found"),
        ("GET", CHAT, 405, "Method Not Allowed"),
    ],
    ids=["unknown-route", "wrong-method"],
)
def test_unknown_routes_answer_like_fastapi(
    http: httpx.Client, method: str, path: str, status: int, detail: str
) -> None:
    response = http.request(method, path)
    assert response.status_code == status
    assert response.json() == {"detail": detail}


# Chat completions: wire format


def test_non_stream_body_has_vllm_field_set(http: httpx.Client) -> None:
    response = http.post(CHAT, json=chat_body("Hello world"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == [
        "id",
        "object",
        "created",
        "model",
        "choices",
        "service_tier",
        "system_fingerprint",
        "usage",
        "prompt_logprobs",
        "prompt_token_ids",
        "kv_transfer_params",
    ]
    assert re.fullmatch(r"chatcmpl-[0-9a-f]{32}", body["id"])
    assert body["object"] == "chat.completion"
    assert body["model"] == MODEL
    (choice,) = body["choices"]
    assert choice == {
        "index": 0,
        "message": {
            "role": "assistant",
            "content": "Hello world",
            "refusal": None,
            "annotations": None,
            "audio": None,
            "function_call": None,
            "tool_calls": [],
            "reasoning": None,
        },
        "logprobs": None,
        "finish_reason": "stop",
        "stop_reason": None,
        "token_ids": None,
    }
    # "Hello world" is 11 characters: 11 // 2 + 1 prompt tokens, 4 tokens of 3 characters.
    assert body["usage"] == {
        "prompt_tokens": 6,
        "total_tokens": 10,
        "completion_tokens": 4,
        "prompt_tokens_details": None,
    }


@pytest.mark.parametrize("include_usage", [False, True], ids=["no-usage", "include-usage"])
def test_stream_wire_format(http: httpx.Client, include_usage: bool) -> None:
    extra: dict[str, Any] = {"stream": True}
    if include_usage:
        extra["stream_options"] = {"include_usage": True}
    with http.stream("POST", CHAT, json=chat_body("Hello world", **extra)) as response:
        assert response.status_code == 200
        assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
        payloads = sse_data(response.read().decode())

    assert payloads[-1] == "[DONE]"
    chunks = [json.loads(payload) for payload in payloads[:-1]]
    assert {chunk["id"] for chunk in chunks} == {chunks[0]["id"]}
    assert {chunk["object"] for chunk in chunks} == {"chat.completion.chunk"}
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    # vLLM dumps chunks with exclude_unset: no usage key unless it is the usage chunk.
    usage_chunks = [chunk for chunk in chunks if "usage" in chunk]
    content_chunks = chunks[1 : len(chunks) - len(usage_chunks)]
    assert [c["choices"][0]["delta"] for c in content_chunks] == [
        {"content": "Hel"},
        {"content": "lo "},
        {"content": "wor"},
        {"content": "ld"},
    ]
    finish = [c["choices"][0]["finish_reason"] for c in content_chunks]
    assert finish == [None, None, None, "stop"]
    if include_usage:
        (last,) = usage_chunks
        assert last is chunks[-1]
        assert last["choices"] == []
        assert last["usage"] == {"prompt_tokens": 6, "total_tokens": 10, "completion_tokens": 4}
    else:
        assert usage_chunks == []


def test_continuous_usage_stats_put_usage_on_every_chunk(http: httpx.Client) -> None:
    options = {"include_usage": True, "continuous_usage_stats": True}
    body = chat_body("abcdef", stream=True, stream_options=options)
    with http.stream("POST", CHAT, json=body) as response:
        chunks = [json.loads(p) for p in sse_data(response.read().decode())[:-1]]
    assert [chunk["usage"]["completion_tokens"] for chunk in chunks] == [0, 1, 2, 2]


def test_content_parts_are_echoed_as_vllm_renders_them(http: httpx.Client) -> None:
    content = [
        {"type": "text", "text": "first"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        {"type": "text", "text": "second"},
    ]
    body = {"model": MODEL, "messages": [{"role": "user", "content": content}]}
    answer = http.post(CHAT, json=body).json()["choices"][0]["message"]["content"]
    assert answer == "first\nsecond"


def test_answer_echoes_the_last_user_message(http: httpx.Client) -> None:
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "earlier"},
        {"role": "assistant", "content": "ok"},
        {"role": "user", "content": "latest"},
    ]
    body = http.post(CHAT, json={"model": MODEL, "messages": messages}).json()
    assert body["choices"][0]["message"]["content"] == "latest"
    # 8 + 7 + 2 + 6 = 23 characters of message text.
    assert body["usage"]["prompt_tokens"] == 23 // 2 + 1


def test_request_without_model_is_answered_by_the_first_model(http: httpx.Client) -> None:
    body = http.post(CHAT, json={"messages": user("hi")}).json()
    assert body["model"] == MODEL


def test_n_returns_that_many_choices(http: httpx.Client) -> None:
    body = http.post(CHAT, json=chat_body("abcd", n=2)).json()
    assert [c["index"] for c in body["choices"]] == [0, 1]
    assert {c["message"]["content"] for c in body["choices"]} == {"abcd"}
    assert body["usage"]["completion_tokens"] == 4


@pytest.mark.parametrize(
    ("limits", "kept"),
    [
        ({"max_tokens": 2}, 2),
        ({"max_completion_tokens": 3}, 3),
        ({"max_tokens": 1, "max_completion_tokens": 2}, 2),
    ],
    ids=["max_tokens", "max_completion_tokens", "max_completion_tokens-wins"],
)
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_token_limit_truncates_with_finish_length(
    oai: openai.OpenAI, limits: dict[str, int], kept: int, stream: bool
) -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    expected = text[: 3 * kept]
    if stream:
        chunks = list(
            oai.chat.completions.create(
                model=MODEL,
                messages=user(text),
                stream=True,
                stream_options={"include_usage": True},
                extra_body=limits,
            )
        )
        content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        finish = [c.choices[0].finish_reason for c in chunks if c.choices][-1]
        usage = chunks[-1].usage
    else:
        completion = oai.chat.completions.create(
            model=MODEL,
            messages=user(text),
            extra_body=limits,
        )
        content = completion.choices[0].message.content or ""
        finish = completion.choices[0].finish_reason
        usage = completion.usage
    assert content == expected
    assert finish == "length"
    assert usage is not None
    assert usage.completion_tokens == kept


@pytest.mark.parametrize(
    ("chunk_chars", "text", "expected"),
    [
        (1, "abc", ["a", "b", "c"]),
        (3, "abcdefgh", ["abc", "def", "gh"]),
        (2, "日本語です", ["日本", "語で", "す"]),
        (10, "short", ["short"]),
    ],
    ids=["one", "three", "japanese", "longer-than-text"],
)
def test_fixed_chunk_chars_give_one_chunk_per_token(
    server: VLLMCompatServer,
    http: httpx.Client,
    chunk_chars: int,
    text: str,
    expected: list[str],
) -> None:
    server.config.chunk_chars = chunk_chars
    with http.stream("POST", CHAT, json=chat_body(text, stream=True)) as response:
        chunks = [json.loads(p) for p in sse_data(response.read().decode())[:-1]]
    assert [c["choices"][0]["delta"]["content"] for c in chunks[1:]] == expected


def test_ranged_chunk_chars_are_random_but_reproducible(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    server.config.update(chunk_chars=(1, 3), seed=7)
    text = "The quick brown fox jumps over the lazy dog"

    def pieces() -> list[str]:
        with http.stream("POST", CHAT, json=chat_body(text, stream=True)) as response:
            chunks = [json.loads(p) for p in sse_data(response.read().decode())[:-1]]
        return [c["choices"][0]["delta"]["content"] for c in chunks[1:]]

    first = pieces()
    assert "".join(first) == text
    assert {len(piece) for piece in first[:-1]} <= {1, 2, 3}
    assert len({len(piece) for piece in first}) > 1
    assert pieces() == first


def test_reply_knob_replaces_the_echo(server: VLLMCompatServer, oai: openai.OpenAI) -> None:
    server.config.reply = "固定の回答です"
    completion = oai.chat.completions.create(model=MODEL, messages=user("anything"))
    assert completion.choices[0].message.content == "固定の回答です"


@pytest.mark.parametrize(
    ("knobs", "at_least_s"),
    [
        ({"latency_s": 0.2}, 0.2),
        ({"tokens_per_second": 100.0}, 0.09),  # 10 tokens: 9 gaps of 10 ms
    ],
    ids=["latency", "token-pace"],
)
def test_timing_knobs_delay_the_answer(
    server: VLLMCompatServer, http: httpx.Client, knobs: dict[str, float], at_least_s: float
) -> None:
    server.config.update(**knobs)
    started = time.monotonic()
    with http.stream("POST", CHAT, json=chat_body("x" * 30, stream=True)) as response:
        response.read()
    assert time.monotonic() - started >= at_least_s


def test_stream_headers_precede_the_latency(server: VLLMCompatServer, http: httpx.Client) -> None:
    server.config.latency_s = 0.3
    started = time.monotonic()
    with http.stream("POST", CHAT, json=chat_body(stream=True)) as response:
        headers_after = time.monotonic() - started
        assert response.status_code == 200
        first = next(response.iter_lines())
        first_event_after = time.monotonic() - started
    assert first.startswith("data: ")
    assert first_event_after >= 0.3
    assert headers_after < first_event_after


# Official openai SDK


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


# Tool calls


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


# Errors


@pytest.mark.parametrize(
    ("request_kwargs", "status", "err_type", "param", "message"),
    [
        (
            {"json": {"model": "nope", "messages": user("hi")}},
            404,
            "NotFoundError",
            "model",
            "The model `nope` does not exist.",
        ),
        ({"json": {"model": MODEL}}, 400, "Bad Request", "body.messages", "Field required"),
        ({"content": b'{"model": '}, 400, "Bad Request", "body.10", "JSON decode error"),
        ({"content": b""}, 400, "Bad Request", "body", "Field required"),
        (
            {"json": chat_body(stream_options={"include_usage": True})},
            400,
            "Bad Request",
            "stream_options",
            "Stream options can only be defined when `stream=True`.",
        ),
        (
            {"json": chat_body(tool_choice="auto")},
            400,
            "Bad Request",
            "body",
            "When using `tool_choice`, `tools` must be set.",
        ),
        (
            {"json": {"model": SMALL_MODEL, "messages": user("x" * 200)}},
            400,
            "BadRequestError",
            "input_tokens",
            "maximum context length is 64 tokens",
        ),
        (
            {"json": {"model": SMALL_MODEL, "messages": user("hi"), "max_tokens": 100}},
            400,
            "BadRequestError",
            "max_tokens",
            "'max_tokens' or 'max_completion_tokens' is too large: 100.",
        ),
    ],
    ids=[
        "unknown-model",
        "missing-messages",
        "invalid-json",
        "empty-body",
        "stream-options-without-stream",
        "tool-choice-without-tools",
        "prompt-over-max-model-len",
        "max-tokens-over-max-model-len",
    ],
)
def test_rejections_use_vllm_error_body(
    server: VLLMCompatServer,
    http: httpx.Client,
    request_kwargs: dict[str, Any],
    status: int,
    err_type: str,
    param: str,
    message: str,
) -> None:
    response = http.post(CHAT, **request_kwargs)
    assert response.status_code == status
    error = response.json()["error"]
    assert list(error) == ["message", "type", "param", "code"]
    assert error["type"] == err_type
    assert error["param"] == param
    assert error["code"] == status
    assert message in error["message"]
    (record,) = server.wait_for_requests(1)
    assert record.outcome == "completed"
    assert record.status_code == status
    assert record.model is None  # rejected before it was scheduled


@pytest.mark.parametrize(
    ("setup", "exception"),
    [
        ("unknown-model", openai.NotFoundError),
        ("http_500", openai.InternalServerError),
        ("context-length", openai.BadRequestError),
        ("api-key", openai.AuthenticationError),
    ],
    ids=["unknown-model", "http_500", "context-length", "api-key"],
)
def test_openai_sdk_maps_errors(
    server: VLLMCompatServer, oai: openai.OpenAI, setup: str, exception: type[Exception]
) -> None:
    model, text = MODEL, "hi"
    if setup == "unknown-model":
        model = "no-such-model"
    elif setup == "http_500":
        server.fail_next("http_500")
    elif setup == "context-length":
        model, text = SMALL_MODEL, "x" * 500
    else:
        server.config.api_key = "another-key"
    with pytest.raises(exception) as caught:
        oai.chat.completions.create(model=model, messages=user(text))
    assert isinstance(caught.value, openai.APIStatusError)
    if setup == "http_500":
        assert caught.value.body == {
            "message": "Internal server error",
            "type": "InternalServerError",
            "param": None,
            "code": 500,
        }


@pytest.mark.parametrize(
    ("fault", "stream"),
    [("http_500", False), ("http_500", True), ("error_mid_stream", False)],
    ids=["http_500-json", "http_500-stream", "error_mid_stream-json"],
)
def test_failures_before_the_first_token_are_json_500(
    server: VLLMCompatServer, http: httpx.Client, fault: FaultMode, stream: bool
) -> None:
    server.fail_next(fault)
    response = http.post(CHAT, json=chat_body(stream=stream))
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "error": {
            "message": "Internal server error",
            "type": "InternalServerError",
            "param": None,
            "code": 500,
        }
    }
    (record,) = server.wait_for_requests(1)
    assert (record.fault, record.status_code, record.tokens_sent) == (fault, 500, 0)


def test_fail_next_applies_to_exactly_n_requests(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    server.fail_next("http_500", n=2)
    statuses = [http.post(CHAT, json=chat_body()).status_code for _ in range(3)]
    assert statuses == [500, 500, 200]
    assert [r.fault for r in server.requests] == ["http_500", "http_500", "none"]


def test_fault_knob_applies_to_every_request(server: VLLMCompatServer, http: httpx.Client) -> None:
    server.config.fault = "http_500"
    assert [http.post(CHAT, json=chat_body()).status_code for _ in range(2)] == [500, 500]
    server.reset()
    assert http.post(CHAT, json=chat_body()).status_code == 200


def test_error_mid_stream_sends_vllm_error_event_then_done(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    server.config.update(fault="error_mid_stream", error_after_tokens=2)
    with http.stream("POST", CHAT, json=chat_body("abcdefghijkl", stream=True)) as response:
        assert response.status_code == 200
        payloads = sse_data(response.read().decode())
    assert payloads[-1] == "[DONE]"
    assert json.loads(payloads[-2]) == {
        "error": {
            "message": "Internal server error",
            "type": "InternalServerError",
            "param": None,
            "code": 500,
        }
    }
    contents = [json.loads(p)["choices"][0]["delta"] for p in payloads[:-2]]
    assert contents == [
        {"role": "assistant", "content": ""},
        {"content": "abc"},
        {"content": "def"},
    ]
    (record,) = server.wait_for_requests(1)
    assert (record.outcome, record.tokens_sent) == ("completed", 2)


def test_error_mid_stream_raises_api_error_in_the_sdk(
    server: VLLMCompatServer, oai: openai.OpenAI
) -> None:
    server.fail_next("error_mid_stream")
    stream = oai.chat.completions.create(
        model=MODEL,
        messages=user("abcdefghijkl"),
        stream=True,
    )
    received: list[str] = []
    with pytest.raises(openai.APIError, match="Internal server error"):
        for chunk in stream:
            received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == "abcdef"


@pytest.mark.parametrize(
    ("fault", "stream"),
    [("disconnect", False), ("disconnect", True), ("disconnect_mid_stream", True)],
    ids=["disconnect-json", "disconnect-stream", "disconnect-mid-stream"],
)
def test_disconnect_faults_close_the_connection(
    server: VLLMCompatServer, http: httpx.Client, fault: FaultMode, stream: bool
) -> None:
    server.config.fault = fault
    with (
        pytest.raises(httpx.RemoteProtocolError),
        http.stream("POST", CHAT, json=chat_body("abcdefghijkl", stream=stream)) as response,
    ):
        response.read()
    (record,) = server.wait_for_requests(1)
    assert record.outcome == "dropped"
    assert record.status_code == (200 if fault == "disconnect_mid_stream" else None)


# Client disconnects


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


# Records


def test_records_keep_body_extra_fields_and_headers(
    server: VLLMCompatServer, oai: openai.OpenAI
) -> None:
    extra_body = {
        "top_k": 20,
        "min_p": 0.05,
        "structured_outputs": {"choice": ["yes", "no"]},
        "chat_template_kwargs": {"enable_thinking": False},
        "priority": -1,
        "repetition_penalty": 1.1,
    }
    completion = oai.chat.completions.create(
        model=MODEL,
        messages=user("record me"),
        extra_body=extra_body,
        extra_headers={"X-Request-Id": "req-123"},
    )
    # vLLM builds the response id from X-Request-Id.
    assert completion.id == "chatcmpl-req-123"
    (record,) = server.wait_for_requests(1)
    assert isinstance(record, RecordedRequest)
    assert record.body == {"messages": user("record me"), "model": MODEL, **extra_body}
    assert record.request_id == "req-123"
    assert record.authorization == "Bearer sk-test"
    assert record.path == CHAT
    assert (record.outcome, record.status_code, record.stream) == ("completed", 200, False)
    assert record.response_id == "chatcmpl-req-123"
    assert record.finished_at is not None
    assert record.finished_at >= record.received_at


def test_records_arrive_in_order_and_reset_clears_them(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    for text in ("one", "two", "three"):
        http.post(CHAT, json=chat_body(text))
    records = server.wait_for_requests(3)
    assert [r.body["messages"][0]["content"] for r in records] == ["one", "two", "three"]
    assert [r.seq for r in records] == sorted(r.seq for r in records)
    server.reset()
    assert server.requests == []


def test_api_key_guards_v1_routes_only(server: VLLMCompatServer, http: httpx.Client) -> None:
    server.config.api_key = "secret"
    assert http.get("/v1/models").status_code == 401
    unauthorized = http.post(CHAT, json=chat_body())
    assert (unauthorized.status_code, unauthorized.json()) == (401, {"error": "Unauthorized"})
    authorized = http.post(CHAT, json=chat_body(), headers={"Authorization": "Bearer secret"})
    assert authorized.status_code == 200
    assert http.get("/health").status_code == 200


# Control endpoints and configuration


def test_control_endpoints_drive_the_server(server: VLLMCompatServer, http: httpx.Client) -> None:
    knobs = http.post("/_test/config", json={"reply": "controlled", "chunk_chars": [2, 2]})
    assert knobs.status_code == 200
    assert knobs.json()["chunk_chars"] == [2, 2]
    answer = http.post(CHAT, json=chat_body()).json()["choices"][0]["message"]["content"]
    assert answer == "controlled"

    queued = http.post("/_test/fail_next", json={"mode": "http_500", "n": 1}).json()
    assert queued["pending_faults"] == ["http_500"]
    assert http.post(CHAT, json=chat_body()).status_code == 500

    records = http.get("/_test/requests").json()["requests"]
    assert [(r["status_code"], r["fault"]) for r in records] == [(200, "none"), (500, "http_500")]
    assert http.get("/_test/stats").json() == {"running": 0, "peak_running": 1, "requests": 2}

    reset = http.post("/_test/reset").json()
    assert reset["reply"] is None
    assert reset["chunk_chars"] == 3
    assert http.get("/_test/requests").json() == {"requests": []}


@pytest.mark.parametrize(
    "knobs",
    [{"fault": "explode"}, {"chunk_chars": 0}, {"latency_s": -1}, {"no_such_knob": 1}],
    ids=["bad-fault", "zero-chunk", "negative-latency", "unknown-knob"],
)
def test_control_config_rejects_bad_knobs(
    server: VLLMCompatServer, http: httpx.Client, knobs: dict[str, Any]
) -> None:
    response = http.post("/_test/config", json=knobs)
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequestError"
    assert server.config.knobs() == ServerConfig().knobs()


@pytest.mark.parametrize(
    "knobs",
    [
        {"fault": "explode"},
        {"chunk_chars": (3, 1)},
        {"tokens_per_second": -5},
        {"max_num_seqs": 0},
        {"reply": 42},
        {"scheduling_policy": "lifo"},
        {"concurrency_slowdown": -1},
    ],
    ids=[
        "bad-fault",
        "reversed-range",
        "negative-pace",
        "zero-seqs",
        "non-string-reply",
        "bad-policy",
        "negative-slowdown",
    ],
)
def test_server_config_validates_on_assignment(knobs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(knobs))):
        ServerConfig(**knobs)
    config = ServerConfig()
    with pytest.raises(ValueError, match=next(iter(knobs))):
        config.update(**knobs)
    assert config.knobs() == ServerConfig().knobs()


def test_tool_call_spec_requires_json_arguments() -> None:
    with pytest.raises(ValueError, match="JSON"):
        ToolCallSpec("f", "{not json")
    assert ToolCallSpec.from_json({"name": "f", "arguments": {"a": 1}}).arguments == '{"a": 1}'


def test_standalone_cli_serves_until_sigterm() -> None:
    repo = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "tests.vllm_compat", "--port", "0"]
    command += ["--model", "cli-model:1234", "--chunk-chars", "1-3", "--latency-s", "0"]
    with subprocess.Popen(command, cwd=repo, stderr=subprocess.PIPE, text=True) as process:
        try:
            assert process.stderr is not None
            line = ""
            with selectors.DefaultSelector() as selector:
                selector.register(process.stderr, selectors.EVENT_READ)
                deadline = time.monotonic() + 10.0
                while not line.startswith("listening on "):
                    remaining = deadline - time.monotonic()
                    assert remaining > 0, "no 'listening on' line"
                    if selector.select(remaining):
                        line = process.stderr.readline()
                        assert line, "the server exited before listening"
            url = line.removeprefix("listening on ").strip()
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
            models = httpx.get(f"{url}/v1/models").json()["data"]
            assert [(m["id"], m["max_model_len"]) for m in models] == [("cli-model", 1234)]
            config = httpx.get(f"{url}/_test/config").json()
            assert config["chunk_chars"] == [1, 3]
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0
        finally:
            if process.poll() is None:
                process.kill()
