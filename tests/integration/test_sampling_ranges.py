"""Sampling values and content parts vLLM refuses are answered by the gateway with a 400
naming the field; the backend receives nothing. They used to be forwarded and the
backend's 400 relayed (the test backend refuses them as vLLM does)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from proxy.api.responses_request import RESPONSES_FIELDS
from tests.integration.conftest import MODEL, GatewayFactory
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
