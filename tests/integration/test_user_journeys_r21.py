"""User journeys that came back wrong (bench/user_journeys_r21.py), on a real gateway.

The test backend answers with the ``reply`` knob (or makes the ``tool_call`` knob's call),
written with the placeholders the backend saw, as a model repeats them. Two families:

- a JSON-mode answer carrying a value that needs JSON escaping (a street address over two
  lines): the client must get valid JSON with its own value in it;
- values the client wrote inside JSON-escaped text (a tool result serialised with
  ``ensure_ascii``): the user gets ``伊藤健太`` back, not ``\\u4f0a\\u85e4…``, in the answer and
  in tool-call arguments, and the name shares its placeholder with the same name written
  plainly.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer
from tests.vllm_compat.config import ToolCallSpec

pytestmark = pytest.mark.integration

PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*_\d+>")


@pytest.fixture
def client(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: PiiAnalyzer
) -> Iterator[openai.OpenAI]:
    pipeline = build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    gateway = make_gateway([backend.url], pipeline=pipeline)
    backend.config.update(chunk_chars=(1, 4), seed=21)
    with openai.OpenAI(base_url=gateway.url + "/v1", api_key="x", max_retries=0) as sdk:
        yield sdk


def _text(client: openai.OpenAI, messages: list[Any], stream: bool, **kw: Any) -> str:
    if stream:
        chunks = client.chat.completions.create(model=MODEL, messages=messages, stream=True, **kw)
        return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reply = client.chat.completions.create(model=MODEL, messages=messages, **kw)
    return reply.choices[0].message.content or ""


def _placeholders(backend: VLLMCompatServer, index: int = -1) -> list[str]:
    """The placeholders of the last request's message ``index``, in order, once each."""
    body = backend.requests[-1].body
    assert isinstance(body, dict)
    return list(dict.fromkeys(PLACEHOLDER.findall(body["messages"][index]["content"])))


ADDRESSES = [
    ("Sarah Mitchell", "350 Fifth Avenue, Apt 12\nNew York, NY 10118"),
    ("Daniel Brooks", "742 Evergreen Terrace, Unit 3\nSpringfield, OR 97403"),
]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize(
    "response_format",
    [
        {"type": "json_object"},
        {"type": "json_schema", "json_schema": {"name": "ship", "schema": {"type": "object"}}},
    ],
    ids=["json_object", "json_schema"],
)
@pytest.mark.parametrize(("name", "address"), ADDRESSES, ids=["sarah", "daniel"])
def test_json_answer_stays_json_with_a_two_line_address(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    name: str,
    address: str,
    response_format: dict[str, Any],
    stream: bool,
) -> None:
    text = f"Ship it to {name}:\n{address}"
    messages: list[Any] = [{"role": "user", "content": text}]
    client.chat.completions.create(model=MODEL, messages=messages)
    body = backend.requests[-1].body
    assert isinstance(body, dict)
    seen = body["messages"][-1]["content"]
    assert address not in seen and address.split("\n")[0] not in seen
    found = _placeholders(backend)
    assert found, seen
    backend.config.update(reply=json.dumps({"fields": found, "line": " / ".join(found)}))
    answer = _text(client, messages, stream, response_format=response_format)
    data = json.loads(answer)  # raises when a raw line break broke the string
    assert address in data["fields"]
    assert all(PLACEHOLDER.search(value) is None for value in data["fields"])
    assert address in data["line"]


def test_plain_answer_keeps_the_line_break(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    """Without a JSON format the value goes back as written, line break and all."""
    name, address = ADDRESSES[0]
    messages: list[Any] = [{"role": "user", "content": f"Ship it to {name}:\n{address}"}]
    client.chat.completions.create(model=MODEL, messages=messages)
    found = _placeholders(backend)
    backend.config.update(reply="To: " + " ".join(found))
    assert address in _text(client, messages, stream=False)


NAMES = ["伊藤健太", "山田太郎", "鈴木一郎"]


def _agent_messages(name: str) -> list[Any]:
    record = json.dumps({"name": name, "phone": "090-5555-1212", "tier": "gold"})
    assert "\\u" in record  # written as json.dumps writes it by default
    return [
        {"role": "user", "content": f"{name}です。会員情報を確認してください。"},
        {"role": "assistant", "content": None, "tool_calls": [{
            "id": "call_1", "type": "function",
            "function": {"name": "crm_lookup", "arguments": json.dumps({"phone": "090-5555-1212"})},
        }]},
        {"role": "tool", "tool_call_id": "call_1", "content": record},
    ]  # fmt: skip


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("name", NAMES)
def test_escaped_tool_result_value_comes_back_as_written(
    client: openai.OpenAI, backend: VLLMCompatServer, name: str, stream: bool
) -> None:
    messages = _agent_messages(name)
    client.chat.completions.create(model=MODEL, messages=messages)
    body = backend.requests[-1].body
    assert isinstance(body, dict)
    tool_seen = body["messages"][-1]["content"]
    user_seen = body["messages"][0]["content"]
    assert name not in json.dumps(body, ensure_ascii=False)
    assert json.dumps(name)[1:-1] not in backend.requests[-1].raw_body.decode()
    # The name written plainly and JSON-escaped is one person to the model.
    person = PLACEHOLDER.findall(user_seen)
    assert person and person[0] in tool_seen
    backend.config.update(reply=f"{person[0]}様のご登録を確認しました。")
    assert _text(client, messages, stream) == f"{name}様のご登録を確認しました。"


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_escaped_value_in_tool_call_arguments(
    client: openai.OpenAI, backend: VLLMCompatServer, stream: bool
) -> None:
    name = NAMES[0]
    messages = _agent_messages(name)
    client.chat.completions.create(model=MODEL, messages=messages)
    body = backend.requests[-1].body
    assert isinstance(body, dict)
    person = PLACEHOLDER.findall(body["messages"][-1]["content"])[0]
    tools: Any = [{"type": "function", "function": {
        "name": "send_sms", "parameters": {"type": "object", "properties": {
            "name": {"type": "string"}}}}}]  # fmt: skip
    backend.config.update(tool_call=ToolCallSpec("send_sms", json.dumps({"name": person})))
    if stream:
        chunks = client.chat.completions.create(
            model=MODEL, messages=messages, tools=tools, stream=True
        )
        arguments = "".join(
            call.function.arguments or ""
            for chunk in chunks
            for choice in chunk.choices
            for call in choice.delta.tool_calls or []
            if call.function is not None
        )
    else:
        reply = client.chat.completions.create(model=MODEL, messages=messages, tools=tools)
        calls = reply.choices[0].message.tool_calls or []
        arguments = calls[0].function.arguments  # type: ignore[union-attr]
    assert json.loads(arguments) == {"name": name}
