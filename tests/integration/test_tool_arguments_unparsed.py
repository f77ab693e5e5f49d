"""Replayed tool-call arguments that are not a JSON object (cut off, hand-made, a bare
JSON string) are read as text and pseudonymized as text, JSON escapes included: no value
reaches the backend in clear or escaped. Chat (``tool_calls``) and Responses
(``function_call`` input items), streamed and not; the test backend records the body."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration


@pytest.fixture
def gateway_url(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: PiiAnalyzer
) -> Iterator[str]:
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)
    yield make_gateway([backend.url], pipeline=pipeline).url


# (arguments as the client replays them, the forms of the values that must not leave)
ARGS = [
    ('{"name": "山田太郎", "phone": "090-1234-5678"', ["山田太郎", "1234"]),
    ("name=山田太郎 phone=090-1234-5678", ["山田太郎", "1234"]),
    ('{"to": "Taro Yamada", "tel": "090-1234-5678",}', ["Yamada", "1234"]),
    (
        '{"name": "\\u5c71\\u7530\\u592a\\u90ce", "phone": "\\u0030\\u0039\\u0030-1234-5678"',
        ["5c71", "u7530", "1234"],
    ),
    ('"\\u5c71\\u7530\\u592a\\u90ce 090\\u002d1234\\u002d5678"', ["5c71", "1234"]),
    ('{"to": "Taro \\u0059amada", "note": "line\\nTel 090-1234-5678"', ["amada", "1234"]),
]


def _forwarded_arguments(backend: VLLMCompatServer, endpoint: str) -> str:
    body = backend.requests[-1].body
    if endpoint == "chat":
        return str(body["messages"][1]["tool_calls"][0]["function"]["arguments"])
    return str(body["input"][1]["arguments"])


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("endpoint", ["chat", "responses"])
@pytest.mark.parametrize(("arguments", "values"), ARGS, ids=[str(i) for i in range(len(ARGS))])
def test_unparsed_arguments_are_pseudonymized(
    gateway_url: str,
    backend: VLLMCompatServer,
    endpoint: str,
    stream: bool,
    arguments: str,
    values: list[str],
) -> None:
    body: Any
    if endpoint == "chat":
        function = {"name": "register", "arguments": arguments}
        call = {"id": "c1", "type": "function", "function": function}
        body = {
            "messages": [
                {"role": "user", "content": "登録して"},
                {"role": "assistant", "content": None, "tool_calls": [call]},
                {"role": "tool", "tool_call_id": "c1", "content": "ok"},
            ]
        }
        path = "/v1/chat/completions"
    else:
        body = {
            "input": [
                {"role": "user", "content": "登録して"},
                {
                    "type": "function_call",
                    "call_id": "c1",
                    "name": "register",
                    "arguments": arguments,
                },
                {"type": "function_call_output", "call_id": "c1", "output": "ok"},
            ]
        }
        path = "/v1/responses"
    reply = httpx.post(
        gateway_url + path, json={"model": MODEL, "stream": stream, **body}, timeout=120
    )
    assert reply.status_code == 200, reply.text
    forwarded = _forwarded_arguments(backend, endpoint)
    raw = backend.requests[-1].raw_body.decode()
    for value in values:
        assert value not in forwarded
        assert value not in raw and value not in json.dumps(json.loads(raw), ensure_ascii=False)
    assert "PHONE_NUMBER_1" in forwarded and "PERSON_1" in forwarded
