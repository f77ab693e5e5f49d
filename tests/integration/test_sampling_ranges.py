"""Sampling values and content parts vLLM refuses are answered by the gateway with a 400
naming the field; the backend receives nothing. They used to be forwarded and the
backend's 400 relayed (the test backend refuses them as vLLM does)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from proxy.api.responses_request import RESPONSES_FIELDS
from tests.integration.conftest import MODEL, SERVED, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

USER: Any = [{"role": "user", "content": "hi"}]
CASES: list[tuple[dict[str, Any], str]] = [
    ({"top_p": -1}, "top_p"),
    ({"temperature": -1}, "temperature"),
    ({"presence_penalty": 3}, "presence_penalty"),
    ({"frequency_penalty": -2.5}, "frequency_penalty"),
    ({"repetition_penalty": 0}, "repetition_penalty"),
    ({"top_k": -5}, "top_k"),
    ({"min_p": 2}, "min_p"),
    ({"min_tokens": -1}, "min_tokens"),
]
PARTS: list[tuple[Any, str]] = [
    ([{"type": "text"}], "messages.0.content.0.text"),
    ([{"type": "image_url", "image_url": {}}], "messages.0.content.0.image_url.url"),
]


def test_refused_at_the_gateway(make_gateway: GatewayFactory, backend: VLLMCompatServer) -> None:
    gateway = make_gateway([backend.url])
    with httpx.Client(base_url=gateway.url, timeout=30) as http:
        for fields, param in CASES:
            for path, body in (
                ("/v1/chat/completions", {"messages": USER}),
                ("/v1/completions", {"prompt": "hi"}),
                ("/v1/responses", {"input": "hi"}),
            ):
                if path == "/v1/responses" and param not in RESPONSES_FIELDS:
                    continue  # not a Responses field (an unrecognized-argument 400)
                reply = http.post(path, json={"model": MODEL, **body, **fields})
                assert reply.status_code == 400, (path, fields, reply.text)
                error = reply.json()["error"]
                assert error["param"] == param, (path, error)
                assert error["message"].startswith(f"{param} must be"), (path, error)
        for content, param in PARTS:
            messages = [{"role": "user", "content": content}]
            reply = http.post("/v1/chat/completions", json={"model": MODEL, "messages": messages})
            assert reply.status_code == 400 and reply.json()["error"]["param"] == param
        # The edges vLLM accepts still go through.
        fine = {"model": MODEL, "messages": USER, "top_p": 1, "temperature": 0, "top_k": -1}
        assert http.post("/v1/chat/completions", json=fine).status_code == 200
    assert len(backend.requests) == 1


# The newest vLLM's rules beyond single ranges (vllm/sampling_params.py:
# SamplingParams._verify_args and _verify_greedy_sampling; the chat request's
# check_generation_prompt and check_cache_salt_support validators).
NEWER: list[tuple[dict[str, Any], str, str]] = [
    ({"temperature": 2.5}, "temperature", "temperature must be in [0, 2]"),
    ({"temperature": 0, "n": 2}, "n", "n must be 1 when using greedy sampling"),
    ({"stop": ""}, "stop", "stop cannot contain an empty string"),
    ({"stop": ["end", ""]}, "stop", "stop cannot contain an empty string"),
    ({"bad_words": ["x", ""]}, "bad_words", "bad_words cannot contain an empty string"),
    ({"thinking_token_budget": -2}, "thinking_token_budget", "thinking_token_budget must be"),
    ({"cache_salt": ""}, "cache_salt", "cache_salt must be a non-empty string"),
    ({"top_logprobs": 2}, "top_logprobs", "top_logprobs needs logprobs: true"),
    (
        {"continue_final_message": True, "add_generation_prompt": True},
        "continue_final_message",
        "continue_final_message and add_generation_prompt cannot both be true",
    ),
]


def test_newer_vllm_rules_refused_at_the_gateway(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url])
    with httpx.Client(base_url=gateway.url, timeout=30) as http:
        for fields, param, message in NEWER:
            body = {"model": MODEL, "messages": USER, **fields}
            reply = http.post("/v1/chat/completions", json=body)
            assert reply.status_code == 400, (fields, reply.text)
            error = reply.json()["error"]
            assert error["param"] == param and error["message"].startswith(message), error
        # Completions read the same sampling fields.
        for fields in ({"temperature": 2.5}, {"temperature": 0, "n": 3}, {"stop": [""]}):
            reply = http.post("/v1/completions", json={"model": MODEL, "prompt": "hi", **fields})
            assert reply.status_code == 400, (fields, reply.text)
        # What vLLM still accepts goes through: the edges, greedy with one sequence, a
        # temperature under 0.01 with several (vLLM raises it to 0.01: not greedy).
        for fields in (
            {"temperature": 2, "n": 2},
            {"temperature": 0, "n": 1},
            {"temperature": 0.001, "n": 2},
            {"thinking_token_budget": -1},
            {"continue_final_message": True, "add_generation_prompt": False},
        ):
            reply = http.post(
                "/v1/chat/completions", json={"model": MODEL, "messages": USER, **fields}
            )
            assert reply.status_code == 200, (fields, reply.text)
    assert len(backend.requests) == 5


def test_the_test_server_refuses_them_as_vllm_does(backend: VLLMCompatServer) -> None:
    """The test backend stays faithful: sent straight to it, the same bodies are its 400s."""
    with httpx.Client(base_url=backend.url, timeout=30) as http:
        for fields, expected in (
            ({"temperature": 2.5}, "temperature must be in [0, 2], got 2.5."),
            ({"temperature": 0, "n": 2}, "n must be 1 when using greedy sampling, got 2."),
            ({"stop": ["end", ""]}, "stop cannot contain an empty string."),
            ({"top_logprobs": 2}, "when using `top_logprobs`, `logprobs` must be set to true."),
        ):
            body = {"model": SERVED, "messages": USER, **fields}
            reply = http.post("/v1/chat/completions", json=body)
            assert reply.status_code == 400 and expected in reply.json()["error"]["message"]
        fine = {"model": SERVED, "messages": USER, "temperature": 0.001, "n": 2}
        assert http.post("/v1/chat/completions", json=fine).status_code == 200
