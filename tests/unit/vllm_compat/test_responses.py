"""The vLLM-compatible test server's ``/v1/responses``: the official openai SDK parses its
response objects and named stream events; reasoning and function-call items; vLLM's
errors."""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from tests.unit.vllm_compat.support import MODEL
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_the_sdk_reads_text_answers(oai: openai.OpenAI, stream: bool) -> None:
    if stream:
        events = list(oai.responses.create(model=MODEL, input="こんにちは世界", stream=True))
        assert [e.sequence_number for e in events] == list(range(len(events)))
        assert events[0].type == "response.created" and events[-1].type == "response.completed"
        text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
        assert text == events[-1].response.output_text
    else:
        response = oai.responses.create(model=MODEL, input="こんにちは世界")
        assert response.id.startswith("resp_") and response.status == "completed"
        assert response.usage is not None and response.usage.total_tokens > 0
        text = response.output_text
    assert text == "こんにちは世界"


def test_the_last_user_message_or_tool_output_is_echoed(oai: openai.OpenAI) -> None:
    response = oai.responses.create(
        model=MODEL,
        input=[
            {"role": "user", "content": [{"type": "input_text", "text": "first"}]},
            {"type": "function_call_output", "call_id": "c1", "output": "tool says hi"},
        ],
    )
    assert response.output_text == "tool says hi"


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_reasoning_and_function_call_items(
    server: VLLMCompatServer, oai: openai.OpenAI, stream: bool
) -> None:
    server.config.update(tool_call=ToolCallSpec("lookup", '{"q": "x"}'))
    tools: list[object] = [{"type": "function", "name": "lookup", "parameters": {}}]
    kwargs: dict[str, object] = {"model": MODEL, "input": "hi", "tools": tools,
                                 "reasoning": {"effort": "low"}}  # fmt: skip
    if stream:
        events = list(oai.responses.create(stream=True, **kwargs))  # type: ignore[call-overload]
        arguments = "".join(
            e.delta for e in events if e.type == "response.function_call_arguments.delta"
        )
        assert json.loads(arguments) == {"q": "x"}
        output = events[-1].response.output
    else:
        output = oai.responses.create(**kwargs).output  # type: ignore[call-overload]
    reasoning, call = output
    assert reasoning.type == "reasoning" and reasoning.content[0].text == "hi"
    assert (call.type, call.name, call.arguments) == ("function_call", "lookup", '{"q": "x"}')


def test_max_output_tokens_makes_an_incomplete_response(oai: openai.OpenAI) -> None:
    response = oai.responses.create(model=MODEL, input="abcdefghijkl", max_output_tokens=2)
    assert response.status == "incomplete"
    assert response.incomplete_details is not None
    assert response.incomplete_details.reason == "max_output_tokens"
    assert response.output_text == "abcdef"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [({"model": MODEL}, 400, "input"), ({"model": "nope", "input": "a"}, 404, "model"),
     ({"model": MODEL, "input": "a", "previous_response_id": "resp_x"}, 404,
      "previous_response_id")],
    ids=["no-input", "unknown-model", "unknown-previous-response"],
)  # fmt: skip
def test_errors(server: VLLMCompatServer, body: dict[str, object], status: int, param: str) -> None:
    response = httpx.post(f"{server.url}/v1/responses", json=body)
    assert response.status_code == status
    assert response.json()["error"]["param"] == param
