"""HTTP-level edges of the API surface through the real gateway: how the body is encoded."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
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


@pytest.mark.parametrize(
    "raw",
    [
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        b"GET /v1/models HTTP/1.1\r\nHo st: x\r\n\r\n",
        b"NOT-HTTP\r\n\r\n",
    ],
    ids=["negative-length", "bad-chunk", "bad-header-name", "no-request-line"],
)
def test_a_malformed_http_request_gets_the_openai_error_shape(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, raw: bytes
) -> None:
    # uvicorn answers bytes that are not HTTP before the app sees them; it used to send
    # its own text/plain "Invalid HTTP request received.", which SDKs cannot read as an
    # error (every other 400 is {"error": {...}}).
    import socket
    from urllib.parse import urlsplit

    gateway = make_gateway([backend.url])
    where = urlsplit(gateway.url)
    with socket.create_connection((where.hostname, where.port), timeout=10) as sock:
        sock.sendall(raw)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    assert lines[0] == "HTTP/1.1 400 Bad Request"
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    assert headers["content-type"] == "application/json"
    assert headers["connection"] == "close"
    assert int(headers["content-length"]) == len(body)
    error = json.loads(body)["error"]
    assert error["type"] == "BadRequestError" and error["code"] == 400
    assert "not valid HTTP" in error["message"]
    assert backend.requests == []


def test_an_openai_endpoint_the_gateway_does_not_serve_is_a_404_saying_what_it_serves(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    # The SDK's responses.retrieve, files, batches and moderations got "Not Found" only.
    import openai

    gateway = make_gateway([backend.url])
    client = openai.OpenAI(base_url=f"{gateway.url}/v1", api_key="x", max_retries=0)
    with pytest.raises(openai.NotFoundError) as retrieved:
        client.responses.retrieve("resp_abc")
    assert "keeps no responses" in retrieved.value.message
    assert "'input'" in retrieved.value.message
    for call in (client.files.list, lambda: client.moderations.create(input="x")):
        with pytest.raises(openai.NotFoundError) as missing:
            call()
        assert "it serves POST /v1/chat/completions" in missing.value.message
    personal = httpx.get(f"{gateway.url}/v1/%E5%B1%B1%E7%94%B0%E5%A4%AA%E9%83%8E/090-1234-5678")
    assert personal.status_code == 404
    assert "山田" not in personal.text and "090" not in personal.text
    assert httpx.get(f"{gateway.url}/elsewhere").json()["error"]["message"] == "Not Found"
    assert httpx.get(f"{gateway.url}/v1/models/{MODEL}").status_code == 200


@pytest.mark.parametrize(
    ("call", "path"),
    [
        ("chat", "/v1/chat/completions"),
        ("completions", "/v1/completions"),
        ("responses", "/v1/responses"),
        ("embeddings", "/v1/embeddings"),
        ("models", "/v1/models"),
    ],
)
def test_a_base_url_without_v1_is_told_to_add_it(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, call: str, path: str
) -> None:
    # OpenAI(base_url="http://host:8080") (the usual first mistake) posted to
    # /chat/completions and got a bare "Not Found".
    import openai

    gateway = make_gateway([backend.url])
    client = openai.OpenAI(base_url=gateway.url, api_key="x", max_retries=0)
    calls: dict[str, Callable[[], object]] = {
        "chat": lambda: client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "hi"}]
        ),
        "completions": lambda: client.completions.create(model=MODEL, prompt="hi"),
        "responses": lambda: client.responses.create(model=MODEL, input="hi"),
        "embeddings": lambda: client.embeddings.create(model=MODEL, input="hi"),
        "models": lambda: client.models.list(),
    }
    with pytest.raises(openai.NotFoundError) as missing:
        calls[call]()
    message = missing.value.message
    assert path in message and "base_url" in message and "/v1" in message
    assert backend.requests == []
    trailing = httpx.post(f"{gateway.url}/chat/completions/", json={})
    assert "/v1/chat/completions" in trailing.json()["error"]["message"]
