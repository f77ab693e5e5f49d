"""litellm against the gateway (its ``openai/`` provider with ``api_base``): chat, stream,
streamed tool calls, structured output, embeddings and errors; the user's values are
pseudonymized on the way in and restored on the way out."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import litellm
import pytest
from litellm.exceptions import NotFoundError

from tests.clients.conftest import (
    ARGUMENTS,
    RESTORED,
    TEXT,
    TOOL_REPLY,
    TOOL_REPLY_RESTORED,
    TOOL_RESULT,
    TOOL_RESULT_VALUES,
    assert_pseudonymized,
)
from tests.integration.conftest import MODEL
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

pytestmark = pytest.mark.integration

TOOLS: list[Any] = [
    {"type": "function", "function": {"name": "register", "parameters": {"type": "object"}}}
]


def _options(url: str) -> dict[str, Any]:
    return {"model": f"openai/{MODEL}", "api_base": f"{url}/v1", "api_key": "x",
            "num_retries": 0}  # fmt: skip


def _messages(text: str = TEXT) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def test_chat(gateway_url: str, backend: VLLMCompatServer) -> None:
    response: Any = litellm.completion(messages=_messages(), **_options(gateway_url))
    assert response.choices[0].message.content == TEXT
    assert_pseudonymized(backend)


def test_stream(gateway_url: str, backend: VLLMCompatServer) -> None:
    stream: Any = litellm.completion(messages=_messages(), stream=True, **_options(gateway_url))
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == TEXT
    assert_pseudonymized(backend)


def test_tool_round_trip_with_a_result_naming_someone_else(
    gateway_url: str, backend: VLLMCompatServer
) -> None:
    backend.config.update(tool_call=ToolCallSpec("register", ARGUMENTS))
    asked: Any = litellm.completion(messages=_messages(), tools=TOOLS, **_options(gateway_url))
    message = asked.choices[0].message
    [call] = message.tool_calls
    assert json.loads(call.function.arguments) == RESTORED
    backend.config.update(tool_call=None, reply=TOOL_REPLY)
    history = [
        *_messages(),
        message.model_dump(),
        {"role": "tool", "tool_call_id": call.id, "content": TOOL_RESULT},
    ]
    answer: Any = litellm.completion(messages=history, tools=TOOLS, **_options(gateway_url))
    assert answer.choices[0].message.content == TOOL_REPLY_RESTORED
    assert_pseudonymized(backend, also=TOOL_RESULT_VALUES)


def test_streamed_tool_call(gateway_url: str, backend: VLLMCompatServer) -> None:
    backend.config.update(chunk_chars=(1, 4), tool_call=ToolCallSpec("register", ARGUMENTS))
    stream: Any = litellm.completion(
        messages=_messages(), tools=TOOLS, stream=True, **_options(gateway_url)
    )
    chunks = list(stream)
    built: Any = litellm.stream_chunk_builder(chunks)
    [call] = built.choices[0].message.tool_calls
    assert call.function.name == "register"
    assert json.loads(call.function.arguments) == RESTORED
    assert_pseudonymized(backend)


def test_structured_output(gateway_url: str, backend: VLLMCompatServer) -> None:
    backend.config.update(reply=ARGUMENTS)
    schema = {"type": "object", "properties": {"name": {"type": "string"},
              "tel": {"type": "string"}}, "required": ["name", "tel"]}  # fmt: skip
    response: Any = litellm.completion(
        messages=_messages(),
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "contact", "schema": schema},
        },
        **_options(gateway_url),
    )
    assert json.loads(response.choices[0].message.content) == RESTORED
    sent = backend.requests[0].body
    assert sent["response_format"]["json_schema"]["schema"] == schema
    assert_pseudonymized(backend)


def test_embeddings(gateway_url: str) -> None:
    response: Any = litellm.embedding(
        input=["一つ目の文書", "二つ目の文書"], **_options(gateway_url)
    )
    vectors = [item["embedding"] for item in response.data]
    assert len(vectors) == 2 and len(vectors[0]) == 8 and vectors[0] != vectors[1]


def test_unknown_model_is_a_404_not_retried(gateway_url: str, audit_path: Path) -> None:
    # litellm's defaults: the openai SDK's own retries (2), which skip a 404. (An explicit
    # num_retries makes litellm retry every API error itself, a 404 included.)
    options = {**_options(gateway_url), "model": "openai/nope"}
    del options["num_retries"]
    with pytest.raises(NotFoundError):
        litellm.completion(messages=_messages("こんにちは"), **options)
    # Retries happen before the error is raised: one audit record means one request.
    assert len(audit_path.read_text(encoding="utf-8").splitlines()) == 1
