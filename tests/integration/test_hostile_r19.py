"""Bad input of bench/hostile_probe_r19.py's families through the real gateway: each a
4xx in the OpenAI shape naming the problem before anything is forwarded, as vLLM refuses
it; the valid neighbours are served.

Before, these went to the backend as sent (the test backend served most of them; vLLM
answers a content part of a type it does not know with "Unsupported chat content part
type", a function tool whose ``parameters`` is not an object and a ``tool_choice`` naming
no declared tool with pydantic's reading of the body, an unknown ``reasoning.effort`` or
``truncation`` likewise); a 405 had no ``Allow`` header; a request's header section had
no size limit (8 MB of one header value was read and answered)."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest

from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

CHAT = "/v1/chat/completions"
COMPLETIONS = "/v1/completions"
RESPONSES = "/v1/responses"
EMBEDDINGS = "/v1/embeddings"
PLANTED = "山田太郎 090-1234-5678"
WAV = "UklGRgAAAABXQVZFZm10IA=="


def _parts(*parts: Any) -> dict[str, Any]:
    content = [{"type": "text", "text": "hi"}, *parts]
    return {"model": MODEL, "messages": [{"role": "user", "content": content}]}


def _tools(parameters: Any, **fields: Any) -> dict[str, Any]:
    tool = {"type": "function", "function": {"name": "lookup", "parameters": parameters}}
    return {
        "model": MODEL,
        "messages": [{"role": "user", "content": "hi"}],
        "tools": [tool],
        **fields,
    }


def _responses(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "input": "hi", **fields}


def _responses_tools(parameters: Any, **fields: Any) -> dict[str, Any]:
    tool = {"type": "function", "name": "lookup", "parameters": parameters}
    return _responses(tools=[tool], **fields)


REFUSED: dict[str, tuple[str, dict[str, Any], str]] = {
    "part-unknown-type": (CHAT, _parts({"type": "foo", "foo": PLANTED}),
                          "messages.0.content.1.type"),
    "part-capitalised-text": (CHAT, _parts({"type": "Text", "text": PLANTED}),
                              "messages.0.content.1.type"),
    "part-input-audio-not-object": (CHAT, _parts({"type": "input_audio", "input_audio": PLANTED}),
                                    "messages.0.content.1.input_audio"),
    "part-input-audio-data-number": (
        CHAT, _parts({"type": "input_audio", "input_audio": {"data": 5, "format": "wav"}}),
        "messages.0.content.1.input_audio.data",
    ),
    "part-input-audio-no-format": (
        CHAT, _parts({"type": "input_audio", "input_audio": {"data": WAV}}),
        "messages.0.content.1.input_audio.format",
    ),
    "responses-parameters-string": (RESPONSES, _responses_tools('{"type": "object"}'), "tools"),
    "responses-parameters-list": (RESPONSES, _responses_tools([]), "tools"),
    "responses-parameters-number": (RESPONSES, _responses_tools(5), "tools"),
    "chat-tool-choice-undeclared": (
        CHAT, _tools({}, tool_choice={"type": "function", "function": {"name": "nope"}}),
        "tool_choice",
    ),
    "chat-tool-choice-word": (CHAT, _tools({}, tool_choice="sometimes"), "tool_choice"),
    "chat-tool-choice-no-name": (
        CHAT, _tools({}, tool_choice={"type": "function", "function": {}}), "tool_choice",
    ),
    "responses-tool-choice-undeclared": (
        RESPONSES, _responses_tools({}, tool_choice={"type": "function", "name": "nope"}),
        "tool_choice",
    ),
    "responses-tool-choice-word": (
        RESPONSES, _responses_tools({}, tool_choice="sometimes"), "tool_choice",
    ),
    "responses-reasoning-effort": (
        RESPONSES, _responses(reasoning={"effort": "maximum"}), "reasoning",
    ),
    "responses-truncation": (RESPONSES, _responses(truncation="sideways"), "truncation"),
    "completions-best-of-under-n": (
        COMPLETIONS, {"model": MODEL, "prompt": "hi", "n": 3, "best_of": 2}, "best_of",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("path", "body", "param"), REFUSED.values(), ids=REFUSED.keys())
def test_what_vllm_refuses_is_a_400_naming_it(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    path: str,
    body: dict[str, Any],
    param: str,
) -> None:
    gateway = make_gateway([backend.url])
    response = httpx.post(f"{gateway.url}{path}", json=body, timeout=30)
    assert response.status_code == 400, response.text[:300]
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert (error["type"], error["param"]) == ("BadRequestError", param)
    assert param.rsplit(".", 1)[-1] in error["message"], error["message"]
    assert "山田" not in response.text and "1234" not in response.text
    assert backend.requests == []


SERVED: dict[str, tuple[str, dict[str, Any]]] = {
    # OpenAI's file part: the PII stage reads its file name and data (test_pii_fields.py).
    "part-file": (CHAT, _parts({"type": "file", "file": {"file_data": "JVBERi0xLjQK"}})),
    "part-input-text": (CHAT, _parts({"type": "input_text", "text": "there"})),
    "part-image-url": (CHAT, _parts({"type": "image_url",
                                     "image_url": {"url": "https://example.com/a.png"}})),
    "part-input-audio": (CHAT, _parts({"type": "input_audio",
                                       "input_audio": {"data": WAV, "format": "wav"}})),
    "part-refusal": (CHAT, {"model": MODEL, "messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": [{"type": "refusal", "refusal": "no"}]},
        {"role": "user", "content": "again"}]}),
    "chat-parameters-null": (CHAT, _tools(None)),
    "chat-parameters-not-a-schema": (CHAT, _tools({"type": 5})),
    "chat-tool-choice-declared": (
        CHAT, _tools({}, tool_choice={"type": "function", "function": {"name": "lookup"}}),
    ),
    "chat-tool-choice-required": (CHAT, _tools({}, tool_choice="required")),
    "chat-tool-choice-auto": (CHAT, _tools({}, tool_choice="auto")),
    "responses-parameters-object": (RESPONSES, _responses_tools({"type": "object"})),
    "responses-parameters-null": (RESPONSES, _responses_tools(None)),
    "responses-tool-choice-declared": (
        RESPONSES, _responses_tools({}, tool_choice={"type": "function", "name": "lookup"}),
    ),
    "responses-reasoning-effort": (RESPONSES, _responses(reasoning={"effort": "low"})),
    "responses-truncation": (RESPONSES, _responses(truncation="disabled")),
    "completions-best-of-n": (COMPLETIONS, {"model": MODEL, "prompt": "hi", "n": 2, "best_of": 2}),
}  # fmt: skip


@pytest.mark.parametrize(("path", "body"), SERVED.values(), ids=SERVED.keys())
def test_what_vllm_accepts_there_is_served(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, path: str, body: dict[str, Any]
) -> None:
    gateway = make_gateway([backend.url])
    response = httpx.post(f"{gateway.url}{path}", json=body, timeout=30)
    assert response.status_code == 200, response.text[:300]
    assert len(backend.requests) == 1


@pytest.mark.parametrize("path", [CHAT, COMPLETIONS, RESPONSES, EMBEDDINGS])
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "PATCH"])
def test_a_wrong_method_is_a_405_with_allow(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, path: str, method: str
) -> None:
    gateway = make_gateway([backend.url])
    response = httpx.request(method, f"{gateway.url}{path}", timeout=30)
    assert response.status_code == 405
    assert "POST" in response.headers["allow"].split(", ")
    error = response.json()["error"]
    assert error["type"] == "MethodNotAllowedError"
    assert method in error["message"] and "POST" in error["message"], error["message"]


def _header_exchange(port: int, value_bytes: int, *, whole: bool = False) -> bytes:
    body = b'{"model": "%s", "messages": [{"role": "user", "content": "hi"}]}' % MODEL.encode()
    head = (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\nX-Long: " % len(body)
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        if whole:  # the request in one write, read at once with the body
            sock.sendall(head + b"a" * value_bytes + b"\r\n\r\n" + body)
        else:
            # In pieces, as a client writes a long header: each read before the next.
            sock.sendall(head)
            for _ in range(value_bytes // 65_536):
                sock.sendall(b"a" * 65_536)
            sock.sendall(b"a" * (value_bytes % 65_536) + b"\r\n\r\n" + body)
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            piece = sock.recv(65_536)
            if not piece:
                break
            answer += piece
    return answer


def test_a_header_section_over_the_limit_is_a_431(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url])
    port = int(gateway.url.rsplit(":", 1)[1])
    answer = _header_exchange(port, 1_000_000)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    assert b'"RequestHeaderFieldsTooLargeError"' in answer and b"header" in answer
    answer = _header_exchange(port, 100_000, whole=True)
    assert answer.startswith(b"HTTP/1.1 431 "), answer[:200]
    assert backend.requests == []
    # A long but ordinary header (a 16 KB token) is served.
    assert _header_exchange(port, 16_000).startswith(b"HTTP/1.1 200 ")
