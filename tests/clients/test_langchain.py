"""langchain-openai against the gateway: chat, stream, streamed tool calls, structured
output, the Responses API (``use_responses_api``, ``reasoning``), embeddings and errors;
the user's values are pseudonymized on the way in and restored on the way out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openai
import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, ToolMessage
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from pydantic import BaseModel

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
from tests.integration.conftest import MODEL, read_audit
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

pytestmark = pytest.mark.integration


def _chat(url: str, **options: Any) -> ChatOpenAI:
    return ChatOpenAI(
        model=MODEL,
        base_url=f"{url}/v1",
        api_key="x",
        max_retries=0,
        **options,
    )


@tool
def register(name: str, tel: str) -> str:
    """Register a contact person."""
    return f"{name} {tel}"


class Contact(BaseModel):
    name: str
    tel: str


def test_chat(gateway_url: str, backend: VLLMCompatServer) -> None:
    assert _chat(gateway_url).invoke(TEXT).content == TEXT
    assert_pseudonymized(backend)


def test_stream(gateway_url: str, backend: VLLMCompatServer) -> None:
    chunks = [chunk.content for chunk in _chat(gateway_url).stream(TEXT)]
    assert len(chunks) > 2 and "".join(str(c) for c in chunks) == TEXT
    assert_pseudonymized(backend)


def test_streamed_tool_call(gateway_url: str, backend: VLLMCompatServer) -> None:
    backend.config.update(chunk_chars=(1, 4), tool_call=ToolCallSpec("register", ARGUMENTS))
    merged: AIMessageChunk | None = None
    for chunk in _chat(gateway_url).bind_tools([register]).stream(TEXT):
        assert isinstance(chunk, AIMessageChunk)
        merged = chunk if merged is None else merged + chunk
    assert merged is not None
    [call] = merged.tool_calls
    assert (call["name"], call["args"]) == ("register", RESTORED)
    assert_pseudonymized(backend)


def test_tool_round_trip_with_a_result_naming_someone_else(
    gateway_url: str, backend: VLLMCompatServer
) -> None:
    backend.config.update(tool_call=ToolCallSpec("register", ARGUMENTS))
    llm = _chat(gateway_url).bind_tools([register])
    asked = llm.invoke([HumanMessage(TEXT)])
    assert isinstance(asked, AIMessage)
    [call] = asked.tool_calls
    assert call["args"] == RESTORED
    backend.config.update(tool_call=None, reply=TOOL_REPLY)
    result = ToolMessage(content=TOOL_RESULT, tool_call_id=str(call["id"]))
    answer = llm.invoke([HumanMessage(TEXT), asked, result])
    assert answer.content == TOOL_REPLY_RESTORED
    assert_pseudonymized(backend, also=TOOL_RESULT_VALUES)


@pytest.mark.parametrize("method", ["json_schema", "function_calling"])
def test_structured_output(gateway_url: str, backend: VLLMCompatServer, method: str) -> None:
    backend.config.update(reply=ARGUMENTS, tool_call=ToolCallSpec("Contact", ARGUMENTS))
    structured = _chat(gateway_url).with_structured_output(Contact, method=method)  # type: ignore[arg-type]
    assert structured.invoke(TEXT) == Contact(**RESTORED)
    assert_pseudonymized(backend)


@pytest.mark.parametrize(
    "options", [{"use_responses_api": True}, {"reasoning": {"effort": "low"}}],
    ids=["use_responses_api", "reasoning"],
)  # fmt: skip
def test_responses_api(
    gateway_url: str, backend: VLLMCompatServer, options: dict[str, Any]
) -> None:
    message = _chat(gateway_url, **options).invoke(TEXT)
    assert message.text == TEXT
    assert backend.requests[0].path == "/v1/responses"
    assert_pseudonymized(backend)


def test_responses_api_stream(gateway_url: str, backend: VLLMCompatServer) -> None:
    text = "".join(chunk.text for chunk in _chat(gateway_url, use_responses_api=True).stream(TEXT))
    assert text == TEXT
    assert_pseudonymized(backend)


def test_responses_api_stream_broken_by_the_backend_raises(
    gateway_url: str, backend: VLLMCompatServer
) -> None:
    # The gateway ends the stream with an error event and response.failed: LangChain must
    # not take the text before the break for a whole answer.
    backend.config.update(fault="error_mid_stream", error_after_tokens=4)
    with pytest.raises(openai.APIError, match="backend stream failed"):
        list(_chat(gateway_url, use_responses_api=True).stream(TEXT))


def test_embeddings(gateway_url: str, backend: VLLMCompatServer) -> None:
    options: dict[str, Any] = {
        "model": MODEL,
        "base_url": f"{gateway_url}/v1",
        "api_key": "x",
        "max_retries": 0,
        # Else tiktoken would download its encodings to count tokens first.
        "check_embedding_ctx_length": False,
    }
    embeddings = OpenAIEmbeddings(**options)
    vectors = embeddings.embed_documents(["一つ目の文書", "二つ目の文書"])
    assert len(vectors) == 2 and len(vectors[0]) == 8 and vectors[0] != vectors[1]
    assert len(embeddings.embed_query("問い合わせ")) == 8


def test_unknown_model_is_a_404_not_retried(gateway_url: str, audit_path: Path) -> None:
    chat = ChatOpenAI(model="nope", base_url=f"{gateway_url}/v1", api_key="x", max_retries=3)
    with pytest.raises(openai.NotFoundError):
        chat.invoke("こんにちは")
    # The SDK retries before it raises: one audit record means one request. The record is
    # written by the audit log's thread after the answer: wait for it (read at once, the
    # file was still empty under load).
    assert len(read_audit(audit_path, 1)) == 1
