"""Placeholders as models rewrite them are restored on every endpoint, whole and streamed;
what the user typed comes back exactly as typed; nothing the user did not send is ever put
in.

Forms: full-width lower-case (``＜ｐｅｒｓｏｎ＿１＞``), lower-case (``<person_1>``), and JSON
``\\u003c`` escapes of the brackets in tool-call arguments (``"\\u003cPERSON_1\\u003e"``, as
servers that escape ``<`` write them). The test backend answers with a fixed reply or tool
call holding the form; the request names one person (山田太郎).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import openai
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

pytestmark = pytest.mark.integration

TEXT = "山田太郎様の予約を確認してください"
TOOLS_CHAT: Any = [
    {"type": "function", "function": {"name": "register", "parameters": {"type": "object"}}}
]
TOOLS_RESPONSES: Any = [{"type": "function", "name": "register", "parameters": {"type": "object"}}]


@pytest.fixture
def client(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: PiiAnalyzer
) -> Iterator[openai.OpenAI]:
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)
    gateway = make_gateway([backend.url], pipeline=pipeline)
    with openai.OpenAI(base_url=gateway.url + "/v1", api_key="x", max_retries=0) as sdk:
        yield sdk


def _chat(client: openai.OpenAI, text: str, stream: bool) -> str:
    messages: Any = [{"role": "user", "content": text}]
    if stream:
        chunks = client.chat.completions.create(model=MODEL, messages=messages, stream=True)
        return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reply = client.chat.completions.create(model=MODEL, messages=messages)
    return reply.choices[0].message.content or ""


def _completion(client: openai.OpenAI, text: str, stream: bool) -> str:
    if stream:
        chunks = client.completions.create(model=MODEL, prompt=text, stream=True)
        return "".join(c.choices[0].text for c in chunks if c.choices)
    return client.completions.create(model=MODEL, prompt=text).choices[0].text


def _response(client: openai.OpenAI, text: str, stream: bool) -> str:
    if stream:
        return "".join(
            event.delta
            for event in client.responses.create(model=MODEL, input=text, stream=True)
            if event.type == "response.output_text.delta"
        )
    return client.responses.create(model=MODEL, input=text).output_text


_ENDPOINTS = {"chat": _chat, "completions": _completion, "responses": _response}

# What the model writes -> what the user reads (the request had one person, 山田太郎).
REPLIES = [
    ("＜ｐｅｒｓｏｎ＿１＞様ですね", "山田太郎様ですね"),
    ("<person_1>様ですね", "山田太郎様ですね"),
    ("ＰＥＲＳＯＮ＿１様", "山田太郎様"),
    ("\\u003cPERSON_1\\u003e様", "山田太郎様"),
    # Never something the user did not send: another number, an escaped backslash.
    ("<person_2>様", "<person_2>様"),
    ("C:\\\\u003cPERSON_1", "C:\\\\u003cPERSON_1"),
    ("SALESPERSON_1", "SALESPERSON_1"),
]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("endpoint", sorted(_ENDPOINTS))
@pytest.mark.parametrize(("reply", "expected"), REPLIES, ids=[r for r, _ in REPLIES])
def test_rewritten_placeholders_are_restored(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    endpoint: str,
    stream: bool,
    reply: str,
    expected: str,
) -> None:
    backend.config.update(reply=reply, chunk_chars=(1, 3))
    assert _ENDPOINTS[endpoint](client, TEXT, stream) == expected


# The user's own placeholder-looking text, in these forms, comes back exactly as typed
# (the backend echoes the user's message), and the name beside it is restored.
TYPED = [
    "テンプレ：＜ｐｅｒｓｏｎ＿１＞様へ、山田太郎より",
    'JSON: {"to": "\\u003cPERSON_1\\u003e"} 山田太郎',
    "<person_1> は山田太郎さんの欄です",
]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("endpoint", sorted(_ENDPOINTS))
@pytest.mark.parametrize("text", TYPED, ids=["full-width-lower", "json-escaped", "lower"])
def test_typed_placeholders_come_back_as_typed(
    client: openai.OpenAI, backend: VLLMCompatServer, endpoint: str, stream: bool, text: str
) -> None:
    backend.config.update(reply=None, chunk_chars=(1, 3))
    assert _ENDPOINTS[endpoint](client, text, stream) == text
    sent = json.dumps(backend.requests[-1].body, ensure_ascii=False)
    assert "山田太郎" not in sent


ARGUMENTS = [
    ('{"name": "\\u003cPERSON_1\\u003e"}', {"name": "山田太郎"}),
    ('{"name": "\\u003Cperson_1\\u003E様"}', {"name": "山田太郎様"}),
    ('{"name": "\\uff1cPERSON_1\\uff1e"}', {"name": "山田太郎"}),
    ('{"name": "＜ｐｅｒｓｏｎ＿１＞"}', {"name": "山田太郎"}),
    ('{"path": "C:\\\\u003cPERSON_1"}', {"path": "C:\\u003cPERSON_1"}),
    ('{"name": "\\u003cPERSON_2\\u003e"}', {"name": "<PERSON_2>"}),
]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize(("arguments", "expected"), ARGUMENTS, ids=[a for a, _ in ARGUMENTS])
def test_tool_call_arguments_with_escaped_placeholders(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    stream: bool,
    arguments: str,
    expected: dict[str, str],
) -> None:
    backend.config.update(tool_call=ToolCallSpec("register", arguments), chunk_chars=(1, 3))
    messages: Any = [{"role": "user", "content": TEXT}]
    if stream:
        chat_args = "".join(
            call.function.arguments or ""
            for chunk in client.chat.completions.create(
                model=MODEL, messages=messages, tools=TOOLS_CHAT, stream=True
            )
            if chunk.choices
            for call in chunk.choices[0].delta.tool_calls or []
            if call.function
        )
        responses_args = "".join(
            event.delta
            for event in client.responses.create(
                model=MODEL, input=TEXT, tools=TOOLS_RESPONSES, stream=True
            )
            if event.type == "response.function_call_arguments.delta"
        )
    else:
        message = (
            client.chat.completions.create(model=MODEL, messages=messages, tools=TOOLS_CHAT)
            .choices[0]
            .message
        )
        assert message.tool_calls is not None
        chat_args = message.tool_calls[0].function.arguments  # type: ignore[union-attr]
        output = client.responses.create(model=MODEL, input=TEXT, tools=TOOLS_RESPONSES).output
        responses_args = next(item.arguments for item in output if item.type == "function_call")
    assert json.loads(chat_args) == expected
    assert json.loads(responses_args) == expected
