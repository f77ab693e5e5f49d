"""Drives the gateway with LlamaIndex (``OpenAILike``, ``OpenAIEmbedding``) and prints what
it got as JSON; run by ``test_llamaindex.py`` with the LlamaIndex venv's Python (LlamaIndex's
OpenAI clients need openai<3, the project's dev tools openai 3).

Usage: ``python llamaindex_driver.py SCENARIO BASE_URL MODEL TEXT`` with SCENARIO one of
``chat``, ``stream``, ``stream_tools``, ``tool_round_trip`` (the call's result, TEXT's
second line, goes back as a tool message), ``structured``, ``embeddings``,
``unknown_model``.
Prints one JSON object; an exception is printed as ``{"error": <class name>, ...}``.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from typing import Any

import openai
from llama_index.core.llms import ChatMessage
from llama_index.core.tools import FunctionTool
from llama_index.embeddings.openai import OpenAIEmbedding
from llama_index.llms.openai_like import OpenAILike
from pydantic import BaseModel


class Contact(BaseModel):
    """A contact person."""

    name: str
    tel: str


def register(name: str, tel: str) -> str:
    """Register a contact person."""
    return f"{name} {tel}"


def _llm(base: str, model: str) -> OpenAILike:
    return OpenAILike(
        model=model,
        api_base=f"{base}/v1",
        api_key="x",
        is_chat_model=True,
        is_function_calling_model=True,
        context_window=4096,
        max_retries=2,
    )


def run(scenario: str, base: str, model: str, text: str) -> dict[str, Any]:
    llm = _llm(base, model)
    messages = [ChatMessage(role="user", content=text)]
    if scenario == "chat":
        return {"text": llm.chat(messages).message.content}
    if scenario == "stream":
        deltas = [response.delta or "" for response in llm.stream_chat(messages)]
        return {"text": "".join(deltas), "chunks": len(deltas)}
    if scenario == "stream_tools":
        tool = FunctionTool.from_defaults(fn=register)
        # Each streamed response carries the message so far; the last one is complete.
        responses = list(llm.stream_chat_with_tools([tool], user_msg=text))
        last = responses[-1]
        calls = llm.get_tool_calls_from_response(last, error_on_no_tool_call=False)
        return {"calls": [{"name": c.tool_name, "args": c.tool_kwargs} for c in calls]}
    if scenario == "tool_round_trip":
        text, result = text.split("\n", 1)
        tool = FunctionTool.from_defaults(fn=register)
        asked = llm.chat_with_tools([tool], user_msg=text)
        [call] = llm.get_tool_calls_from_response(asked, error_on_no_tool_call=False)
        history = [
            ChatMessage(role="user", content=text),
            asked.message,
            ChatMessage(
                role="tool",
                content=result,
                additional_kwargs={"tool_call_id": call.tool_id, "name": call.tool_name},
            ),
        ]
        # Without tools offered the backend answers with text.
        return {"args": call.tool_kwargs, "text": llm.chat(history).message.content}
    if scenario == "structured":
        result = llm.as_structured_llm(Contact).chat(messages).raw
        assert isinstance(result, Contact)
        return {"contact": result.model_dump()}
    if scenario == "embeddings":
        embedder = OpenAIEmbedding(model_name=model, api_base=f"{base}/v1", api_key="x")
        vectors = embedder.get_text_embedding_batch(["一つ目の文書", "二つ目の文書"])
        return {"vectors": vectors}
    if scenario == "unknown_model":
        try:
            _llm(base, "nope").chat(messages)
        except openai.APIStatusError as exc:
            return {"error": type(exc).__name__, "status": exc.status_code}
        return {"error": None}
    raise SystemExit(f"unknown scenario {scenario!r}")


def main() -> None:
    scenario, base, model, text = sys.argv[1:5]
    versions = {name: version(name) for name in (
        "llama-index-core", "llama-index-llms-openai-like", "llama-index-embeddings-openai",
        "openai")}  # fmt: skip
    try:
        result = run(scenario, base, model, text)
    except Exception as exc:
        result = {"error": type(exc).__name__, "message": str(exc)[:500]}
    print(json.dumps({**result, "versions": versions}, ensure_ascii=False))


if __name__ == "__main__":
    main()
