"""The vLLM-compatible test server: chat completions on the wire: bodies, SSE framing,
usage, knobs."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import httpx
import openai
import pytest

from tests.unit.vllm_compat.support import CHAT, MODEL, chat_body, sse_data, user
from tests.vllm_compat import (
    VLLMCompatServer,
)


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


@pytest.mark.parametrize(
    ("stop", "include", "content", "stop_reason"),
    [
        (["ghi", "def"], False, "abc", "def"),
        ("def", True, "abcdef", "def"),
        (["xyz"], False, "abcdefghijkl", None),
    ],
    ids=["first-match", "include-stop", "no-match"],
)
def test_stop_strings_end_the_answer_as_vllm_does(
    http: httpx.Client,
    stop: str | list[str],
    include: bool,
    content: str,
    stop_reason: str | None,
) -> None:
    extra: dict[str, Any] = {"stop": stop, "include_stop_str_in_output": include}
    choice = http.post(CHAT, json=chat_body("abcdefghijkl", **extra)).json()["choices"][0]
    assert (choice["message"]["content"], choice["finish_reason"]) == (content, "stop")
    assert choice["stop_reason"] == stop_reason
    with http.stream("POST", CHAT, json=chat_body("abcdefghijkl", stream=True, **extra)) as r:
        chunks = [json.loads(p) for p in sse_data(r.read().decode())[:-1]]
    streamed = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    assert streamed == content
    assert chunks[-1]["choices"][0]["stop_reason"] == stop_reason


@pytest.mark.parametrize("stop", ["", [""], ["def", ""]])
def test_an_empty_stop_string_is_a_400_as_in_vllm(http: httpx.Client, stop: Any) -> None:
    # SamplingParams._verify_args refuses it (it would match everywhere).
    reply = http.post(CHAT, json=chat_body("abc", stop=stop))
    assert reply.status_code == 400
    assert reply.json()["error"]["message"] == "stop cannot contain an empty string."


@pytest.mark.parametrize(
    ("extra", "text", "finish", "stop_reason"),
    [
        ({"stop": ["ghi", "def"]}, "abc", "stop", "def"),
        ({"stop": "def", "include_stop_str_in_output": True}, "abcdef", "stop", "def"),
        ({"max_tokens": 2}, "abcdef", "length", None),
        ({"stop": "jkl", "max_tokens": 2}, "abcdef", "length", None),
        ({}, "abcdefghijkl", "stop", None),
    ],
    ids=["stop", "include-stop", "max-tokens", "length-before-stop", "plain"],
)
def test_text_completions_end_at_stop_strings_and_max_tokens(
    oai: openai.OpenAI, extra: dict[str, Any], text: str, finish: str, stop_reason: str | None
) -> None:
    sdk = {k: v for k, v in extra.items() if k in ("stop", "max_tokens")}
    if len(sdk) < len(extra):
        sdk["extra_body"] = {k: v for k, v in extra.items() if k not in sdk}
    whole = oai.completions.create(model=MODEL, prompt="abcdefghijkl", **sdk).choices[0]
    assert (whole.text, whole.finish_reason) == (text, finish)
    assert whole.model_extra is not None and whole.model_extra["stop_reason"] == stop_reason
    chunks = list(oai.completions.create(model=MODEL, prompt="abcdefghijkl", stream=True, **sdk))
    assert "".join(c.choices[0].text for c in chunks) == text
    assert chunks[-1].choices[0].finish_reason == finish


_LONG = "".join(chr(ord("a") + i % 26) for i in range(60))


@pytest.mark.parametrize(
    ("extra", "text", "finish"),
    [
        ({}, _LONG[:48], "length"),
        ({"max_tokens": None}, _LONG, "stop"),
        ({"max_tokens": 20}, _LONG, "stop"),
    ],
    ids=["absent-is-16", "null-is-the-context", "explicit"],
)
def test_text_completions_default_to_16_tokens_as_vllm(
    http: httpx.Client, extra: dict[str, Any], text: str, finish: str
) -> None:
    # vLLM's CompletionRequest: max_tokens: int | None = 16 (absent: 16 tokens; null: up
    # to the context). Tokens here are 3 characters.
    for stream in (False, True):
        body = {"model": MODEL, "prompt": _LONG, "stream": stream, **extra}
        response = http.post("/v1/completions", json=body)
        if not stream:
            choice = response.json()["choices"][0]
            assert (choice["text"], choice["finish_reason"]) == (text, finish)
            continue
        chunks = [json.loads(p) for p in sse_data(response.text)[:-1]]
        assert "".join(c["choices"][0]["text"] for c in chunks) == text
        assert chunks[-1]["choices"][0]["finish_reason"] == finish
