"""Fields vLLM types strictly, sent wrong through the real gateway (found by
bench/hostile_probe.py): each a 400 naming the field before anything is forwarded; their
valid neighbours are served.

Before, these went to the backend as sent: vLLM answers with pydantic's text, which
repeats the value, or with ``StructuredOutputsParams``' "only one kind of structured
outputs constraint" quoting every schema, regex and choice of the request; vLLM 0.11's
engine core died on ``response_format: json_object`` plus a ``structured_outputs`` schema
(vllm-project/vllm#28516); a ``json_schema`` format without its object failed an
``assert``. The test backend served them all (200). A body sent with a transfer coding
other than ``chunked`` was read with only its chunking undone."""

from __future__ import annotations

import gzip
import json
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


def _chat(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], **fields}


def _completions(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "prompt": "hi", **fields}


def _responses(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "input": "hi", **fields}


def _replayed(call: dict[str, Any]) -> dict[str, Any]:
    return {
        "model": MODEL,
        "messages": [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": None, "tool_calls": [call]},
        ],
    }


SCHEMA = {"type": "object", "properties": {"who": {"enum": [PLANTED]}}}
JSON_SCHEMA_FORMAT = {"type": "json_schema", "json_schema": {"name": "x", "schema": SCHEMA}}

REFUSED: dict[str, tuple[str, dict[str, Any], str]] = {
    # Two constraints on the answer's shape: vLLM takes one.
    "structured-two": (
        CHAT, _chat(structured_outputs={"regex": PLANTED, "choice": [PLANTED]}),
        "structured_outputs",
    ),
    "structured-three": (
        CHAT,
        _chat(structured_outputs={"json": SCHEMA, "regex": "a+", "grammar": 'root ::= "a"'}),
        "structured_outputs",
    ),
    "structured-json-object-false-counts": (
        CHAT, _chat(structured_outputs={"regex": "a+", "json_object": False}),
        "structured_outputs",
    ),
    "response-format-json-object-plus-schema": (
        CHAT,
        _chat(response_format={"type": "json_object"}, structured_outputs={"json": SCHEMA}),
        "structured_outputs",
    ),
    "response-format-schema-plus-regex": (
        CHAT, _chat(response_format=JSON_SCHEMA_FORMAT, structured_outputs={"regex": PLANTED}),
        "structured_outputs",
    ),
    "guided-regex-plus-guided-choice": (
        CHAT, _chat(guided_regex="a+", guided_choice=["a"]), "structured_outputs",
    ),
    "completions-structured-two": (
        COMPLETIONS, _completions(structured_outputs={"regex": "a+", "choice": ["a"]}),
        "structured_outputs",
    ),
    "completions-response-format-plus-choice": (
        COMPLETIONS,
        _completions(response_format={"type": "json_object"}, structured_outputs={"choice": ["a"]}),
        "structured_outputs",
    ),
    "responses-text-format-plus-structured": (
        RESPONSES,
        _responses(text={"format": {"type": "text"}}, structured_outputs={"choice": ["a"]}),
        "structured_outputs",
    ),
    "responses-structured-two": (
        RESPONSES, _responses(structured_outputs={"regex": "a+", "grammar": 'root ::= "a"'}),
        "structured_outputs",
    ),
    # Wrong shapes of those fields.
    "response-format-string": (CHAT, _chat(response_format="json"), "response_format"),
    "response-format-unknown-type": (
        CHAT, _chat(response_format={"type": "yaml"}), "response_format.type",
    ),
    "response-format-schema-missing": (
        CHAT, _chat(response_format={"type": "json_schema"}), "response_format.json_schema",
    ),
    "response-format-schema-without-name": (
        CHAT, _chat(response_format={"type": "json_schema", "json_schema": {"schema": SCHEMA}}),
        "response_format",
    ),
    "completions-response-format-string": (
        COMPLETIONS, _completions(response_format="json"), "response_format",
    ),
    "responses-text-format-string": (
        RESPONSES, _responses(text={"format": "json"}), "text.format",
    ),
    "structured-string": (CHAT, _chat(structured_outputs="json"), "structured_outputs"),
    "structured-choice-string": (
        CHAT, _chat(structured_outputs={"choice": PLANTED}), "structured_outputs",
    ),
    "structured-regex-number": (CHAT, _chat(structured_outputs={"regex": 5}), "structured_outputs"),
    # vLLM's typed extra parameters.
    "logit-bias-string-value": (CHAT, _chat(logit_bias={"50256": "high"}), "logit_bias"),
    "logit-bias-list": (CHAT, _chat(logit_bias=[1, 2]), "logit_bias"),
    "completions-logit-bias-list": (COMPLETIONS, _completions(logit_bias=[1]), "logit_bias"),
    "responses-logit-bias-string-value": (
        RESPONSES, _responses(logit_bias={"1": "x"}), "logit_bias",
    ),
    "stop-token-ids-strings": (CHAT, _chat(stop_token_ids=["a"]), "stop_token_ids"),
    "allowed-token-ids-bools": (
        COMPLETIONS, _completions(allowed_token_ids=[True]), "allowed_token_ids",
    ),
    "bad-words-number": (CHAT, _chat(bad_words=5), "bad_words"),
    "truncate-prompt-tokens-negative": (
        COMPLETIONS, _completions(truncate_prompt_tokens=-5), "truncate_prompt_tokens",
    ),
    "chat-template-kwargs-string": (
        CHAT, _chat(chat_template_kwargs="x"), "chat_template_kwargs",
    ),
    "responses-reasoning-string": (RESPONSES, _responses(reasoning="high"), "reasoning"),
    "responses-metadata-string": (RESPONSES, _responses(metadata="x"), "metadata"),
    "embeddings-user-number": (EMBEDDINGS, {"model": MODEL, "input": "hi", "user": 5}, "user"),
    # Tool calls and their results without what vLLM's types require.
    "tool-call-without-id": (
        CHAT,
        _replayed({"type": "function", "function": {"name": "f", "arguments": "{}"}}),
        "messages.1.tool_calls.0.id",
    ),
    "tool-call-without-function": (
        CHAT, _replayed({"id": "c1", "type": "function"}), "messages.1.tool_calls.0.function",
    ),
    "tool-call-without-name": (
        CHAT,
        _replayed({"id": "c1", "type": "function", "function": {"arguments": "{}"}}),
        "messages.1.tool_calls.0.function.name",
    ),
    "responses-call-output-without-call-id": (
        RESPONSES, _responses(input=[{"type": "function_call_output", "output": "ok"}]), "input",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("path", "body", "param"), REFUSED.values(), ids=REFUSED.keys())
def test_a_field_vllm_would_refuse_is_a_400_naming_it(
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
    assert (error["type"], error["code"], error["param"]) == ("BadRequestError", 400, param)
    assert param.split(".")[0] in error["message"], error["message"]
    assert "山田" not in response.text and "1234" not in response.text
    assert backend.requests == []


SERVED: dict[str, tuple[str, dict[str, Any]]] = {
    "structured-one-with-nulls": (
        CHAT, _chat(structured_outputs={"choice": ["a", "b"], "regex": None, "json": None}),
    ),
    "structured-one-with-settings": (
        CHAT, _chat(structured_outputs={"json": SCHEMA, "disable_any_whitespace": True}),
    ),
    "response-format-text-plus-structured": (
        CHAT, _chat(response_format={"type": "text"}, structured_outputs={"choice": ["a"]}),
    ),
    "response-format-schema-plus-whitespace": (
        CHAT,
        _chat(response_format=JSON_SCHEMA_FORMAT, structured_outputs={"whitespace_pattern": " "}),
    ),
    "response-format-json-object": (CHAT, _chat(response_format={"type": "json_object"})),
    "completions-response-format-text-plus-regex": (
        COMPLETIONS,
        _completions(response_format={"type": "text"}, structured_outputs={"regex": "a+"}),
    ),
    "responses-json-schema-format": (
        RESPONSES,
        _responses(text={"format": {"type": "json_schema", "name": "x", "schema": SCHEMA}}),
    ),
    "responses-structured-alone": (RESPONSES, _responses(structured_outputs={"choice": ["a"]})),
    "logit-bias": (CHAT, _chat(logit_bias={"50256": -100, "11": 2.5})),
    "token-id-lists": (CHAT, _chat(stop_token_ids=[1, 2], allowed_token_ids=[3])),
    "truncate-prompt-tokens-minus-one": (COMPLETIONS, _completions(truncate_prompt_tokens=-1)),
    "stop-100": (CHAT, _chat(stop=[f"s{i}" for i in range(100)])),
    "tool-call-replayed": (
        CHAT,
        {
            **_replayed({"id": "c1", "type": "function",
                         "function": {"name": "f", "arguments": "{}"}}),
            "messages": [
                {"role": "user", "content": "hi"},
                {"role": "assistant", "content": None, "tool_calls": [{
                    "id": "c1", "type": "function",
                    "function": {"name": "f", "arguments": "{}"}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "ok"},
            ],
        },
    ),
    "responses-call-output": (
        RESPONSES,
        _responses(input=[
            {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "c1", "output": "ok"},
        ]),
    ),
}  # fmt: skip


@pytest.mark.parametrize(("path", "body"), SERVED.values(), ids=SERVED.keys())
def test_what_vllm_accepts_in_those_fields_is_served(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, path: str, body: dict[str, Any]
) -> None:
    gateway = make_gateway([backend.url])
    response = httpx.post(f"{gateway.url}{path}", json=body, timeout=30)
    assert response.status_code == 200, response.text[:300]
    assert len(backend.requests) == 1


def _raw_exchange(port: int, raw: bytes) -> bytes:
    """Send ``raw`` on a new connection; the answer up to the end of its JSON body."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(raw)
        answer = b""
        while not (b"\r\n\r\n" in answer and answer.rstrip().endswith(b"}")):
            piece = sock.recv(65536)
            if not piece:
                break
            answer += piece
    return answer


def _chunked(codings: bytes, payload: bytes) -> bytes:
    return (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: " + codings + b"\r\n\r\n"
        + f"{len(payload):x}\r\n".encode() + payload + b"\r\n0\r\n\r\n"
    )  # fmt: skip


BODY = json.dumps(_chat()).encode()
TRANSFER_CODINGS = {
    # The HTTP layer undid the chunking only: the gzip bytes were "not valid UTF-8".
    "gzip-coded": (b"gzip, chunked", gzip.compress(BODY), 400),
    # Declared compressed, sent plain: answered (an intermediary would read other bytes).
    "gzip-declared-plain": (b"gzip, chunked", BODY, 400),
    "deflate-declared": (b"deflate, chunked", BODY, 400),
    "chunked": (b"chunked", BODY, 200),
    "chunked-upper-case": (b"CHUNKED", BODY, 200),
}


@pytest.mark.parametrize(
    ("codings", "payload", "status"), TRANSFER_CODINGS.values(), ids=TRANSFER_CODINGS.keys()
)
def test_a_transfer_coding_other_than_chunked_is_a_400_naming_it(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    codings: bytes,
    payload: bytes,
    status: int,
) -> None:
    gateway = make_gateway([backend.url])
    answer = _raw_exchange(gateway.port, _chunked(codings, payload))
    assert answer.startswith(f"HTTP/1.1 {status} ".encode()), answer[:300]
    if status == 400:
        error = json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]
        assert "Transfer-Encoding" in error["message"]
        assert backend.requests == []
    else:
        assert len(backend.requests) == 1
