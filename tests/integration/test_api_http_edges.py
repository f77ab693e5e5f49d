"""HTTP-level edges of the API surface through the real gateway: how the body is encoded."""

from __future__ import annotations

import gzip
import json
from typing import Any

import httpx
import pytest

from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

BODY = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}).encode()


@pytest.mark.parametrize(
    ("encoding", "raw"),
    [("gzip", gzip.compress(BODY)), ("br", BODY), ("deflate, gzip", BODY)],
    ids=["gzip", "br-uncompressed", "list"],
)
def test_a_compressed_body_is_a_400_that_names_the_encoding(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, encoding: str, raw: bytes
) -> None:
    # It used to be read as it came: "not valid UTF-8 (byte 1)" for gzip, and a body
    # declared br but sent plain was served.
    gateway = make_gateway([backend.url])
    headers = {"Content-Type": "application/json", "Content-Encoding": encoding}
    response = httpx.post(f"{gateway.url}/v1/chat/completions", content=raw, headers=headers)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert "Content-Encoding" in error["message"]
    assert error["param"] is None
    assert backend.requests == []


def test_identity_is_the_body_as_sent(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url])
    headers = {"Content-Type": "application/json", "Content-Encoding": "identity"}
    response = httpx.post(f"{gateway.url}/v1/chat/completions", content=BODY, headers=headers)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/completions"])
def test_continuous_usage_without_include_usage_streams_no_usage(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, path: str
) -> None:
    # vLLM sends per-chunk usage only when include_usage is set too. The gateway sets
    # include_usage upstream for its audit log, so the client's continuous_usage_stats
    # alone used to bring usage into every chunk, which vLLM would not have sent.
    gateway = make_gateway([backend.url])
    asked: dict[str, Any] = {"messages": [{"role": "user", "content": "hello there"}]}
    if path == "/v1/completions":
        asked = {"prompt": "hello there"}
    body = {"model": MODEL, "stream": True, "stream_options": {"continuous_usage_stats": True}}
    with httpx.stream("POST", gateway.url + path, json={**body, **asked}) as response:
        events = [line[6:] for line in response.iter_lines() if line.startswith("data: {")]
    assert len(events) > 2
    assert all(json.loads(event).get("usage") is None for event in events)
    assert backend.requests[0].body["stream_options"] == {"include_usage": True}


@pytest.mark.parametrize(
    "value",
    ["090-1234-5678", "山田太郎", "batch please", "x" * 200],
    ids=["phone", "name", "words", "long"],
)
def test_an_unknown_priority_class_is_named_without_the_header_value(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, value: str
) -> None:
    # api.md: Mamori's own messages never repeat values. The 400 used to quote the
    # header's first 40 characters back.
    gateway = make_gateway([backend.url])
    response = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        content=BODY,
        headers=[(b"Content-Type", b"application/json"), (b"X-Mamori-Priority", value.encode())],
    )
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["param"] == "X-Mamori-Priority"
    assert "interactive, standard, batch" in error["message"]
    for piece in (value, value.encode().decode("latin-1"), value[:40], "090", "batch please"):
        assert piece not in error["message"]
    assert backend.requests == []
