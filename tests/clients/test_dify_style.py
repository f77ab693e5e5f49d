"""Dify's OpenAI-API-compatible model provider against the gateway, with the requests it
builds: ``requests.post`` to ``{endpoint}/chat/completions`` (or ``completions``) with
``Accept-Charset: utf-8``, a ``{"model", "stream", **parameters}`` body (``user`` set to
the end user's id, parts with ``image_url.detail``, ``response_format`` from its JSON-schema
parameter, tools in ``tool_call`` mode or legacy ``functions`` with ``role: function``
results named by the call's id), and a stream read Dify's way: split at blank lines, the
``data: `` prefix removed, ``[DONE]`` and ``:`` comments skipped, any other line that is not
JSON ending the answer. Dify is not a dependency; these bodies are written out as its
provider code builds them, and the user's values must come back restored and never reach
the backend in clear."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from tests.clients.conftest import ARGUMENTS, RESTORED, TEXT, VALUES, assert_pseudonymized
from tests.integration.conftest import MODEL
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

pytestmark = pytest.mark.integration

HEADERS = {
    "Content-Type": "application/json",
    "Accept-Charset": "utf-8",
    "Authorization": "Bearer app-dify",
}
#: A tool result naming someone the user did not (what a CRM lookup returns).
RESULT = json.dumps({"担当者": "鈴木花子", "直通": "080-9876-5432"}, ensure_ascii=False)
RESULT_VALUES = ("鈴木花子", "080-9876-5432")


def _post(url: str, path: str, body: dict[str, Any], *, stream: bool) -> requests.Response:
    response = requests.post(
        f"{url}/v1/{path}", headers=HEADERS, json=body, timeout=(10, 60), stream=stream
    )
    if response.encoding is None or response.encoding == "ISO-8859-1":
        response.encoding = "utf-8"
    assert response.status_code == 200, response.text
    return response


def _read_stream(response: requests.Response) -> tuple[str, list[Any], dict[str, Any] | None]:
    """Text, tool-call deltas and usage, parsed as Dify's provider parses a stream."""
    text, usage = "", None
    calls: list[Any] = []
    for raw in response.iter_lines(decode_unicode=True, delimiter="\n\n"):
        chunk = (raw if isinstance(raw, str) else raw.decode()).strip()
        if not chunk or chunk.startswith(":"):
            continue
        data = chunk.removeprefix("data: ").lstrip()
        if data == "[DONE]":
            continue
        parsed = json.loads(data)  # Dify ends the answer ("Non-JSON encountered") here
        usage = parsed.get("usage") or usage
        if not parsed.get("choices"):
            continue
        choice = parsed["choices"][0]
        delta = choice.get("delta", {})
        text += delta.get("content") or choice.get("text") or ""
        calls += delta.get("tool_calls") or []
        if delta.get("function_call"):
            calls.append(delta["function_call"])
    return text, calls, usage


def test_credentials_check_gets_the_object_dify_expects(gateway_url: str) -> None:
    chat = _post(
        gateway_url,
        "chat/completions",
        {"model": MODEL, "max_tokens": 5, "messages": [{"role": "user", "content": "ping"}]},
        stream=False,
    )
    assert chat.json()["object"] == "chat.completion"
    text = _post(
        gateway_url,
        "completions",
        {"model": MODEL, "max_tokens": 5, "prompt": "ping"},
        stream=False,
    )
    assert text.json()["object"] == "text_completion"


def test_streamed_chat_with_dify_parameters(gateway_url: str, backend: VLLMCompatServer) -> None:
    body = {
        "model": MODEL,
        "stream": True,
        "temperature": 0.7,
        "top_p": 1,
        "top_k": 1,
        "presence_penalty": 0,
        "frequency_penalty": 0,
        "max_tokens": 512,
        "messages": [
            {"role": "system", "content": "鈴木花子(080-9876-5432)の窓口です。"},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": TEXT},
                    {
                        "type": "image_url",
                        "image_url": {"url": "data:image/png;base64,iVBORw0KGgo=", "detail": "low"},
                    },
                ],
            },
        ],
        "stop": ["Human:"],
        "user": "8d7c1b1e-3a2f-4e5b-9c0d-1e2f3a4b5c6d",
    }
    text, calls, _ = _read_stream(_post(gateway_url, "chat/completions", body, stream=True))
    assert text == TEXT
    assert calls == []
    assert_pseudonymized(backend)
    assert all(
        v not in json.dumps(backend.requests[-1].body, ensure_ascii=False) for v in RESULT_VALUES
    )


def test_json_schema_response_format_as_dify_builds_it(
    gateway_url: str, backend: VLLMCompatServer
) -> None:
    backend.config.update(reply=ARGUMENTS)
    properties = {"name": {"type": "string", "description": "例: 山田太郎"}, "tel": {}}
    schema = {"name": "contact", "schema": {"type": "object", "properties": properties}}
    body = {
        "model": MODEL,
        "stream": False,
        "response_format": {"type": "json_schema", "json_schema": schema},
        "messages": [{"role": "user", "content": TEXT}],
    }
    answer = _post(gateway_url, "chat/completions", body, stream=False).json()
    assert json.loads(answer["choices"][0]["message"]["content"]) == RESTORED
    assert_pseudonymized(backend)


def test_tool_call_mode_round_trip_with_a_tool_result_naming_someone_else(
    gateway_url: str, backend: VLLMCompatServer
) -> None:
    parameters = {"type": "object", "properties": {"name": {"type": "string"}}}
    function = {"name": "lookup", "description": "顧客を検索", "parameters": parameters}
    tools = [{"type": "function", "function": function}]
    backend.config.update(tool_call=ToolCallSpec("lookup", ARGUMENTS))
    first = {
        "model": MODEL,
        "stream": True,
        "tool_choice": "auto",
        "tools": tools,
        "messages": [{"role": "user", "content": TEXT}],
    }
    _, calls, _ = _read_stream(_post(gateway_url, "chat/completions", first, stream=True))
    arguments = "".join(call["function"].get("arguments") or "" for call in calls)
    assert json.loads(arguments) == RESTORED
    call_id = next(call["id"] for call in calls if call.get("id"))
    backend.config.update(tool_call=None, reply="<PERSON_2>様（<PHONE_NUMBER_2>）が担当です。")
    replay = {
        "id": call_id,
        "type": "function",
        "function": {"name": "lookup", "arguments": arguments},
    }
    second = {
        "model": MODEL,
        "stream": True,
        "tool_choice": "auto",
        "tools": tools,
        "messages": [
            {"role": "user", "content": TEXT},
            {"role": "assistant", "content": "", "tool_calls": [replay]},
            {"role": "tool", "content": RESULT, "tool_call_id": call_id},
        ],
    }
    text, _, _ = _read_stream(_post(gateway_url, "chat/completions", second, stream=True))
    assert text == "鈴木花子様（080-9876-5432）が担当です。"
    assert_pseudonymized(backend)
    for request in backend.requests:
        sent = json.dumps(request.body, ensure_ascii=False)
        assert all(value not in sent for value in RESULT_VALUES)


CALLED = '{"name": "山田太郎"}'


def test_function_call_mode_result_message(gateway_url: str, backend: VLLMCompatServer) -> None:
    # Dify's legacy mode: `functions`, the call replayed as `function_call`, the result as
    # a `function` message whose name is the call's id ("tool_call_id" in a stream).
    functions = [{"name": "lookup", "description": "顧客を検索", "parameters": {"type": "object"}}]
    backend.config.update(reply="<PERSON_2>様が担当です。")
    body = {
        "model": MODEL,
        "stream": False,
        "functions": functions,
        "messages": [
            {"role": "user", "content": TEXT},
            {
                "role": "assistant",
                "content": "",
                "function_call": {"name": "lookup", "arguments": CALLED},
            },
            {"role": "function", "content": RESULT, "name": "tool_call_id"},
        ],
    }
    answer = _post(gateway_url, "chat/completions", body, stream=False).json()
    assert answer["choices"][0]["message"]["content"] == "鈴木花子様が担当です。"
    assert_pseudonymized(backend)
    sent = json.dumps(backend.requests[-1].body, ensure_ascii=False)
    assert all(value not in sent for value in RESULT_VALUES)


def test_completion_mode_stream(gateway_url: str, backend: VLLMCompatServer) -> None:
    body = {
        "model": MODEL,
        "stream": True,
        "prompt": TEXT,
        "max_tokens": 512,
        "user": "8d7c1b1e-3a2f-4e5b-9c0d-1e2f3a4b5c6d",
    }
    text, _, _ = _read_stream(_post(gateway_url, "completions", body, stream=True))
    assert text.endswith(TEXT)  # the test server echoes the prompt
    assert all(value in text for value in VALUES)
    assert_pseudonymized(backend)
