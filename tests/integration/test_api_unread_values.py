"""Strings the PII stage skips on purpose, through the real gateway (PII stage on).

Inside the fields ``pii.pseudonymize`` reads, the values of structural keys (``type``,
``role``, ``detail``, ``format``), ids and base64 payloads are skipped: rewriting them would
break the request. Two ways personal data went past that:

* a schema property *named* ``id``, ``type``, ``data``, ``format`` … had its whole
  definition skipped, descriptions and enum values included;
* a skipped value holding a sentence (a part's ``type``, a tool call's ``id``,
  ``input_audio.data``, a Responses item's ``status`` or an extra key of an item) was
  forwarded as sent.

Now the first is read like any property, and the second is a 400 naming the place.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

NAME = "山田太郎"
PHONE = "090-5555-6666"
SENTENCE = f"担当は{NAME}さん、電話は{PHONE}です。"
FORMS = [NAME, PHONE, "5555-6666", "55556666", json.dumps(NAME)[1:-1]]
CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"


@pytest.fixture
def gateway(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: PiiAnalyzer,
    policy_dir: Path,
) -> GatewayServer:
    policy = {"name": "default", "pii": {}, "guard": {"enabled": False}}
    (policy_dir / "default.yaml").write_text(json.dumps(policy), encoding="utf-8")
    return make_gateway(
        [backend.url], pipeline=build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    )


@pytest.fixture
def http(gateway: GatewayServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url, timeout=30) as client:
        yield client


def _chat(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": "確認"}], **fields}


def _responses(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "input": "確認", **fields}


def _leaks(backend: VLLMCompatServer) -> list[str]:
    sent = "".join(request.raw_body.decode() for request in backend.requests)
    return [form for form in FORMS if form in sent]


#: Property names that are also structural or binary keys.
NAMES = ["id", "type", "data", "format", "detail", "role", "file_data", "tool_call_id"]


def _described(name: str) -> dict[str, Any]:
    prop = {"type": "string", "description": SENTENCE, "enum": [NAME, PHONE]}
    return {"type": "object", "properties": {name: prop}}


def _property_cases() -> list[tuple[str, str, dict[str, Any]]]:
    cases: list[tuple[str, str, dict[str, Any]]] = []
    for name in NAMES:
        schema = _described(name)
        tool = {"type": "function", "function": {"name": "f", "parameters": schema}}
        fmt = {"type": "json_schema", "json_schema": {"name": "x", "schema": schema}}
        cases += [
            (f"chat-tools-{name}", CHAT, _chat(tools=[tool])),
            (f"chat-response_format-{name}", CHAT, _chat(response_format=fmt)),
            (f"chat-structured_outputs-{name}", CHAT, _chat(structured_outputs={"json": schema})),
            (
                f"responses-tools-{name}",
                RESPONSES,
                _responses(tools=[{"type": "function", "name": "f", "parameters": schema}]),
            ),
            (
                f"responses-text.format-{name}",
                RESPONSES,
                _responses(text={"format": {"type": "json_schema", "name": "x", "schema": schema}}),
            ),
        ]
    return cases


PROPERTY_CASES = _property_cases()


@pytest.mark.parametrize(
    ("path", "body"), [case[1:] for case in PROPERTY_CASES], ids=[c[0] for c in PROPERTY_CASES]
)
def test_a_property_named_like_a_structural_key_is_pseudonymized(
    http: httpx.Client, backend: VLLMCompatServer, path: str, body: dict[str, Any]
) -> None:
    response = http.post(path, json=body)
    assert response.status_code == 200, response.text
    assert len(backend.requests) == 1
    assert _leaks(backend) == []


def _audio(**fields: str) -> dict[str, Any]:
    audio = {"data": "UklGRg==", "format": "wav", **fields}
    return _chat(messages=[{"role": "user", "content": [
        {"type": "input_audio", "input_audio": audio}]}])  # fmt: skip


def _call(**fields: str) -> dict[str, Any]:
    call = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    return _chat(messages=[
        {"role": "user", "content": "確認"},
        {"role": "assistant", "tool_calls": [{**call, **fields}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
    ])  # fmt: skip


def _part(part: dict[str, Any]) -> dict[str, Any]:
    return _chat(messages=[{"role": "user", "content": [part]}])


def _item(**fields: Any) -> dict[str, Any]:
    return _responses(input=[{"type": "message", "role": "user", "content": "確認", **fields}])


def _replayed_call(**fields: Any) -> dict[str, Any]:
    call = {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"}
    return _responses(input=[{**call, **fields}])


REFUSED: dict[str, tuple[str, dict[str, Any], str]] = {
    "part-type": (CHAT, _part({"type": SENTENCE, "text": "x"}), "messages.0.content.0.type"),
    "image-detail": (
        CHAT,
        _part({"type": "image_url", "image_url": {"url": "https://x/a.png", "detail": SENTENCE}}),
        "messages.0.content.0.image_url.detail",
    ),
    "image-data-url": (
        CHAT,
        _part({"type": "image_url", "image_url": {"url": f"data:image/png;base64,{SENTENCE}"}}),
        "messages.0.content.0.image_url.url",
    ),
    "audio-data": (CHAT, _audio(data=SENTENCE), "messages.0.content.0.input_audio.data"),
    "audio-format": (CHAT, _audio(format=SENTENCE), "messages.0.content.0.input_audio.format"),
    "file-data": (
        CHAT,
        _part({"type": "file", "file": {"file_data": SENTENCE}}),
        "messages.0.content.0.file.file_data",
    ),
    "tool-call-id": (CHAT, _call(id=SENTENCE), "messages.1.tool_calls.0.id"),
    "tool-call-id-phone": (CHAT, _call(id=PHONE), "messages.1.tool_calls.0.id"),
    "tool-call-id-phone-in-token": (
        CHAT,
        _call(id=f"call_{PHONE.replace('-', '')}"),
        "messages.1.tool_calls.0.id",
    ),
    "tool-call-type": (CHAT, _call(type=SENTENCE), "messages.1.tool_calls.0.type"),
    "tool_call_id": (
        CHAT,
        _chat(messages=[{"role": "tool", "tool_call_id": SENTENCE, "content": "ok"}]),
        "messages.0.tool_call_id",
    ),
    "response_format-type": (
        CHAT,
        _chat(response_format={"type": SENTENCE}),
        "response_format.type",
    ),
    "schema-format": (
        CHAT,
        _chat(
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "string", "format": SENTENCE}},
            }
        ),
        "response_format.json_schema.schema.format",
    ),
    "completions-response_format-type": (
        "/v1/completions",
        {"model": MODEL, "prompt": "確認", "response_format": {"type": SENTENCE}},
        "response_format.type",
    ),
    "responses-item-id": (RESPONSES, _item(id=SENTENCE), "input"),
    "responses-item-status": (RESPONSES, _item(status=SENTENCE), "input"),
    "responses-item-extra-key": (RESPONSES, _item(note=SENTENCE), "input"),
    "responses-item-key-is-text": (RESPONSES, _item(**{SENTENCE: 1}), "input"),
    "responses-call_id": (RESPONSES, _replayed_call(call_id=SENTENCE), "input"),
    "responses-call_id-phone": (RESPONSES, _replayed_call(call_id=f"tel:{PHONE}"), "input"),
    "responses-reasoning-id": (
        RESPONSES,
        _responses(input=[{"type": "reasoning", "id": SENTENCE, "summary": []}]),
        "input",
    ),
    "responses-text-verbosity": (RESPONSES, _responses(text={"verbosity": SENTENCE}), "text"),
    "responses-text-extra-key": (RESPONSES, _responses(text={"note": SENTENCE}), "text"),
    "responses-format-type": (
        RESPONSES,
        _responses(text={"format": {"type": SENTENCE}}),
        "text.format.type",
    ),
    "responses-tool-schema-format": (
        RESPONSES,
        _responses(
            tools=[
                {
                    "type": "function",
                    "name": "f",
                    "parameters": {
                        "type": "object",
                        "properties": {"p": {"type": "string", "format": SENTENCE}},
                    },
                }
            ]
        ),
        "tools.0.parameters.properties.p.format",
    ),
    "responses-part-type-after-instructions": (
        RESPONSES,
        _responses(
            instructions="be brief",
            input=[
                {"role": "user", "content": "確認"},
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "x", "annotations": [{"type": SENTENCE}]}
                    ],
                },
            ],
        ),
        "input.1.content.0.annotations.0.type",
    ),
}


@pytest.mark.parametrize(("path", "body", "param"), REFUSED.values(), ids=REFUSED.keys())
def test_text_in_a_value_the_stage_skips_is_a_400_naming_it(
    http: httpx.Client, backend: VLLMCompatServer, path: str, body: dict[str, Any], param: str
) -> None:
    response = http.post(path, json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["param"] == param
    assert not any(form in error["message"] for form in FORMS)
    assert backend.requests == []


ACCEPTED: dict[str, tuple[str, dict[str, Any]]] = {
    "ids-as-backends-make-them": (
        CHAT,
        _chat(
            messages=[
                {"role": "user", "content": "確認"},
                {
                    "role": "assistant",
                    "tool_calls": [
                        {
                            "id": ident,
                            "type": "function",
                            "function": {"name": "f", "arguments": "{}"},
                        }
                        for ident in (
                            "call_aB3dE5fG7hJ9kL1mN3pQ5rS7",
                            "chatcmpl-tool-3f2a9c81e0b54d7c",
                            "9Xk2LmQ0z",
                            "functions.f:0",
                            "3f2a9c81-0123-4567-8901-2e3d4c5b6a79",
                            "toolu_01A09q90qw90lq917835lq9",
                        )
                    ],
                },
                {"role": "tool", "tool_call_id": "9Xk2LmQ0z", "content": "ok"},
            ]
        ),
    ),
    "base64-with-newlines-and-data-url": (
        CHAT,
        _chat(
            messages=[
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "input_audio",
                            "input_audio": {"data": "UklG\nRg==", "format": "mp3"},
                        },
                        {
                            "type": "file",
                            "file": {"file_data": "data:application/pdf;base64,JVBERi0x"},
                        },
                        {
                            "type": "image_url",
                            "image_url": {"url": "data:image/png;base64,iVBO", "detail": "low"},
                        },
                    ],
                }
            ]
        ),
    ),
    "schema-type-lists-and-formats": (
        CHAT,
        _chat(
            response_format={
                "type": "json_schema",
                "json_schema": {
                    "name": "x",
                    "schema": {
                        "type": ["object", "null"],
                        "required": ["when"],
                        "id": "http://example.com/schemas/event.json#",
                        "properties": {
                            "when": {"type": "string", "format": "date-time"},
                            "stamp": {"type": "string", "format": "rfc3339"},
                            "count": {"type": "integer", "format": "int64"},
                        },
                    },
                },
            }
        ),
    ),
    "responses-replayed-turn": (
        RESPONSES,
        _responses(
            input=[
                {
                    "type": "message",
                    "id": "msg_67ccd2bf17f0",
                    "status": "completed",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": "はい"}],
                },
                {
                    "type": "function_call",
                    "id": "fc_1",
                    "call_id": "call_aB3",
                    "name": "f",
                    "arguments": "{}",
                    "status": "completed",
                },
                {"type": "function_call_output", "call_id": "call_aB3", "output": "ok"},
                {"type": "reasoning", "id": "rs_1", "summary": []},
            ],
            text={"verbosity": "low", "format": {"type": "text"}},
        ),
    ),
}


@pytest.mark.parametrize(("path", "body"), ACCEPTED.values(), ids=ACCEPTED.keys())
def test_what_clients_send_in_those_values_is_served(
    http: httpx.Client, backend: VLLMCompatServer, path: str, body: dict[str, Any]
) -> None:
    response = http.post(path, json=copy.deepcopy(body))
    assert response.status_code == 200, response.text
    assert len(backend.requests) == 1
