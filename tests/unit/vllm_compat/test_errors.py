"""The vLLM-compatible test server: errors: vLLM's error bodies, injected faults, errors
mid-stream."""

from __future__ import annotations

import json
from typing import Any

import httpx
import openai
import pytest

from tests.unit.vllm_compat.support import CHAT, MODEL, SMALL_MODEL, chat_body, sse_data, user
from tests.vllm_compat import (
    FaultMode,
    VLLMCompatServer,
)


@pytest.mark.parametrize(
    ("request_kwargs", "status", "err_type", "param", "message"),
    [
        (
            {"json": {"model": "nope", "messages": user("hi")}},
            404,
            "NotFoundError",
            "model",
            "The model `nope` does not exist.",
        ),
        ({"json": {"model": MODEL}}, 400, "Bad Request", "body.messages", "Field required"),
        ({"content": b'{"model": '}, 400, "Bad Request", "body.10", "JSON decode error"),
        ({"content": b""}, 400, "Bad Request", "body", "Field required"),
        (
            {"json": chat_body(stream_options={"include_usage": True})},
            400,
            "Bad Request",
            "stream_options",
            "Stream options can only be defined when `stream=True`.",
        ),
        (
            {"json": chat_body(tool_choice="auto")},
            400,
            "Bad Request",
            "body",
            "When using `tool_choice`, `tools` must be set.",
        ),
        (
            {"json": {"model": SMALL_MODEL, "messages": user("x" * 200)}},
            400,
            "BadRequestError",
            "input_tokens",
            "maximum context length is 64 tokens",
        ),
        (
            {"json": {"model": SMALL_MODEL, "messages": user("hi"), "max_tokens": 100}},
            400,
            "BadRequestError",
            "max_tokens",
            "'max_tokens' or 'max_completion_tokens' is too large: 100.",
        ),
    ],
    ids=[
        "unknown-model",
        "missing-messages",
        "invalid-json",
        "empty-body",
        "stream-options-without-stream",
        "tool-choice-without-tools",
        "prompt-over-max-model-len",
        "max-tokens-over-max-model-len",
    ],
)
def test_rejections_use_vllm_error_body(
    server: VLLMCompatServer,
    http: httpx.Client,
    request_kwargs: dict[str, Any],
    status: int,
    err_type: str,
    param: str,
    message: str,
) -> None:
    response = http.post(CHAT, **request_kwargs)
    assert response.status_code == status
    error = response.json()["error"]
    assert list(error) == ["message", "type", "param", "code"]
    assert error["type"] == err_type
    assert error["param"] == param
    assert error["code"] == status
    assert message in error["message"]
    (record,) = server.wait_for_requests(1)
    assert record.outcome == "completed"
    assert record.status_code == status
    assert record.model is None  # rejected before it was scheduled


def _messages(*messages: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": list(messages)}


@pytest.mark.parametrize(
    ("body", "param"),
    [
        (_messages({"role": "user", "content": None}), "body.messages.0.content"),
        (_messages({"role": "system", "content": None}, *user("hi")), "body.messages.0.content"),
        (
            _messages(*user("hi"), {"role": "tool", "tool_call_id": "c", "content": None}),
            "body.messages.1.content",
        ),
        (
            _messages({"role": "user", "content": [{"type": "text", "text": ["a"]}]}),
            "body.messages.0.content.0.text",
        ),
        (chat_body(tools=[{"type": "function"}]), "body.tools.0.function"),
        (chat_body(tools=[{"function": {"description": "d"}}]), "body.tools.0.function.name"),
        (chat_body(tools=[{"function": {"name": 5}}]), "body.tools.0.function.name"),
        (
            chat_body(tools=[{"function": {"name": "f", "parameters": [1]}}]),
            "body.tools.0.function.parameters",
        ),
        (chat_body(tools=[{"type": "custom", "custom": {"name": "f"}}]), "body.tools.0.type"),
        (chat_body(tools=["f"]), "body.tools.0"),
        (
            _messages(
                *user("hi"),
                {
                    "role": "assistant",
                    "tool_calls": [
                        {"id": "c", "type": "function", "function": {"name": "f", "arguments": {}}}
                    ],
                },
            ),
            "body.messages.1.tool_calls.0.function.arguments",
        ),
        (
            _messages(
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "input_audio",
                            "input_audio": {"data": "UklGRg==", "format": "ogg"},
                        }
                    ],
                }
            ),
            "body.messages.0.content.0.input_audio.format",
        ),
    ],
    ids=[
        "user-content-null",
        "system-content-null",
        "tool-content-null",
        "part-text-list",
        "tool-without-function",
        "function-without-name",
        "function-name-number",
        "parameters-list",
        "custom-tool",
        "tool-string",
        "arguments-object",
        "input-audio-format",
    ],
)
def test_message_and_tool_shapes_vllm_refuses(
    server: VLLMCompatServer, http: httpx.Client, body: dict[str, Any], param: str
) -> None:
    # vLLM reads messages against OpenAI's message types and its custom-role type (only an
    # assistant's or function result's content may be null) and tools as function tools.
    response = http.post(CHAT, json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["type"], error["param"]) == ("Bad Request", param)
    assert error["message"].startswith("1 validation error:")


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "user"}],
        [*user("hi"), {"role": "assistant", "content": None}, *user("again")],
        [*user("hi"), {"role": "function", "name": "f", "content": None}],
        [{"role": "user", "content": ["a bare string part"]}],
        [
            {
                "role": "user",
                "content": [
                    {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "mp3"}}
                ],
            }
        ],
    ],
    ids=["user-content-absent", "assistant-null", "function-null", "string-part", "input-audio"],
)
def test_message_shapes_vllm_accepts(http: httpx.Client, messages: list[dict[str, Any]]) -> None:
    assert http.post(CHAT, json={"model": MODEL, "messages": messages}).status_code == 200


@pytest.mark.parametrize(
    ("setup", "exception"),
    [
        ("unknown-model", openai.NotFoundError),
        ("http_500", openai.InternalServerError),
        ("context-length", openai.BadRequestError),
        ("api-key", openai.AuthenticationError),
    ],
    ids=["unknown-model", "http_500", "context-length", "api-key"],
)
def test_openai_sdk_maps_errors(
    server: VLLMCompatServer, oai: openai.OpenAI, setup: str, exception: type[Exception]
) -> None:
    model, text = MODEL, "hi"
    if setup == "unknown-model":
        model = "no-such-model"
    elif setup == "http_500":
        server.fail_next("http_500")
    elif setup == "context-length":
        model, text = SMALL_MODEL, "x" * 500
    else:
        server.config.api_key = "another-key"
    with pytest.raises(exception) as caught:
        oai.chat.completions.create(model=model, messages=user(text))
    assert isinstance(caught.value, openai.APIStatusError)
    if setup == "http_500":
        assert caught.value.body == {
            "message": "Internal server error",
            "type": "InternalServerError",
            "param": None,
            "code": 500,
        }


@pytest.mark.parametrize(
    ("fault", "stream"),
    [("http_500", False), ("http_500", True), ("error_mid_stream", False)],
    ids=["http_500-json", "http_500-stream", "error_mid_stream-json"],
)
def test_failures_before_the_first_token_are_json_500(
    server: VLLMCompatServer, http: httpx.Client, fault: FaultMode, stream: bool
) -> None:
    server.fail_next(fault)
    response = http.post(CHAT, json=chat_body(stream=stream))
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {
        "error": {
            "message": "Internal server error",
            "type": "InternalServerError",
            "param": None,
            "code": 500,
        }
    }
    (record,) = server.wait_for_requests(1)
    assert (record.fault, record.status_code, record.tokens_sent) == (fault, 500, 0)


def test_fail_next_applies_to_exactly_n_requests(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    server.fail_next("http_500", n=2)
    statuses = [http.post(CHAT, json=chat_body()).status_code for _ in range(3)]
    assert statuses == [500, 500, 200]
    assert [r.fault for r in server.requests] == ["http_500", "http_500", "none"]


def test_fault_knob_applies_to_every_request(server: VLLMCompatServer, http: httpx.Client) -> None:
    server.config.fault = "http_500"
    assert [http.post(CHAT, json=chat_body()).status_code for _ in range(2)] == [500, 500]
    server.reset()
    assert http.post(CHAT, json=chat_body()).status_code == 200


def test_error_mid_stream_sends_vllm_error_event_then_done(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    server.config.update(fault="error_mid_stream", error_after_tokens=2)
    with http.stream("POST", CHAT, json=chat_body("abcdefghijkl", stream=True)) as response:
        assert response.status_code == 200
        payloads = sse_data(response.read().decode())
    assert payloads[-1] == "[DONE]"
    assert json.loads(payloads[-2]) == {
        "error": {
            "message": "Internal server error",
            "type": "InternalServerError",
            "param": None,
            "code": 500,
        }
    }
    contents = [json.loads(p)["choices"][0]["delta"] for p in payloads[:-2]]
    assert contents == [
        {"role": "assistant", "content": ""},
        {"content": "abc"},
        {"content": "def"},
    ]
    (record,) = server.wait_for_requests(1)
    assert (record.outcome, record.tokens_sent) == ("completed", 2)


def test_error_mid_stream_raises_api_error_in_the_sdk(
    server: VLLMCompatServer, oai: openai.OpenAI
) -> None:
    server.fail_next("error_mid_stream")
    stream = oai.chat.completions.create(
        model=MODEL,
        messages=user("abcdefghijkl"),
        stream=True,
    )
    received: list[str] = []
    with pytest.raises(openai.APIError, match="Internal server error"):
        for chunk in stream:
            received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == "abcdef"


@pytest.mark.parametrize(
    ("fault", "stream"),
    [("disconnect", False), ("disconnect", True), ("disconnect_mid_stream", True)],
    ids=["disconnect-json", "disconnect-stream", "disconnect-mid-stream"],
)
def test_disconnect_faults_close_the_connection(
    server: VLLMCompatServer, http: httpx.Client, fault: FaultMode, stream: bool
) -> None:
    server.config.fault = fault
    with (
        pytest.raises(httpx.RemoteProtocolError),
        http.stream("POST", CHAT, json=chat_body("abcdefghijkl", stream=stream)) as response,
    ):
        response.read()
    (record,) = server.wait_for_requests(1)
    assert record.outcome == "dropped"
    assert record.status_code == (200 if fault == "disconnect_mid_stream" else None)


_OTHER_BODIES: dict[str, dict[str, Any]] = {
    "/v1/completions": {"model": MODEL, "prompt": "abcdefghijkl"},
    "/v1/responses": {"model": MODEL, "input": "abcdefghijkl"},
    "/v1/embeddings": {"model": MODEL, "input": "abcdefghijkl"},
}
_OTHER_STREAMS = ["/v1/completions", "/v1/responses"]


@pytest.mark.parametrize("path", list(_OTHER_BODIES))
@pytest.mark.parametrize("fault", ["http_500", "error_mid_stream"])
def test_other_endpoints_fail_whole_answers_with_the_500_body(
    server: VLLMCompatServer, http: httpx.Client, path: str, fault: FaultMode
) -> None:
    server.fail_next(fault)
    response = http.post(path, json=_OTHER_BODIES[path])
    assert response.status_code == 500
    assert response.json()["error"]["type"] == "InternalServerError"
    (record,) = server.wait_for_requests(1)
    assert (record.fault, record.outcome, record.status_code) == (fault, "completed", 500)
    # Only valid requests take a fault: the next one is answered.
    assert http.post(path, json=_OTHER_BODIES[path]).status_code == 200


@pytest.mark.parametrize("path", list(_OTHER_BODIES))
def test_an_invalid_request_takes_no_fault(
    server: VLLMCompatServer, http: httpx.Client, path: str
) -> None:
    server.fail_next("http_500")
    assert (
        http.post(path, json={"model": "no-such-model", "input": "x", "prompt": "x"}).status_code
        == 404
    )
    assert http.post(path, json=_OTHER_BODIES[path]).status_code == 500


@pytest.mark.parametrize("path", list(_OTHER_BODIES))
@pytest.mark.parametrize("fault", ["disconnect", "disconnect_mid_stream"])
def test_other_endpoints_drop_the_connection(
    server: VLLMCompatServer, http: httpx.Client, path: str, fault: FaultMode
) -> None:
    server.fail_next(fault)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(path, json=_OTHER_BODIES[path])
    (record,) = server.wait_for_requests(1)
    assert (record.fault, record.outcome) == (fault, "dropped")


@pytest.mark.parametrize("path", list(_OTHER_BODIES))
async def test_other_endpoints_hang_until_the_client_leaves(
    server: VLLMCompatServer, ahttp: httpx.AsyncClient, path: str
) -> None:
    server.fail_next("hang")
    with pytest.raises(httpx.ReadTimeout):
        await ahttp.post(path, json=_OTHER_BODIES[path], timeout=0.3)
    server.wait_for(lambda: server.requests[-1].outcome == "aborted", what="hang aborted")
    assert server.requests[-1].fault == "hang"


def test_completions_error_mid_stream_sends_vllm_error_event_then_done(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    server.config.update(fault="error_mid_stream", error_after_tokens=2)
    body = {**_OTHER_BODIES["/v1/completions"], "stream": True}
    with http.stream("POST", "/v1/completions", json=body) as response:
        assert response.status_code == 200
        payloads = sse_data(response.read().decode())
    assert payloads[-1] == "[DONE]"
    assert json.loads(payloads[-2])["error"]["type"] == "InternalServerError"
    texts = [json.loads(p)["choices"][0]["text"] for p in payloads[:-2]]
    assert "".join(texts) == "abcdef"
    (record,) = server.wait_for_requests(1)
    assert (record.outcome, record.tokens_sent) == ("completed", 2)


@pytest.mark.parametrize(
    ("path", "fault"),
    [
        ("/v1/completions", "disconnect_mid_stream"),
        ("/v1/responses", "disconnect_mid_stream"),
        ("/v1/responses", "error_mid_stream"),
    ],
    ids=["completions-disconnect", "responses-disconnect", "responses-error"],
)
def test_streams_cut_mid_body(
    server: VLLMCompatServer, http: httpx.Client, path: str, fault: FaultMode
) -> None:
    server.config.update(fault=fault, error_after_tokens=2)
    received = b""
    with (
        pytest.raises(httpx.RemoteProtocolError),
        http.stream("POST", path, json={**_OTHER_BODIES[path], "stream": True}) as response,
    ):
        assert response.status_code == 200
        for piece in response.iter_raw():
            received += piece
    (record,) = server.wait_for_requests(1)
    assert (record.outcome, record.tokens_sent) == ("dropped", 2)
    assert b"[DONE]" not in received and b"response.completed" not in received
    assert b"def" in received and b"ghi" not in received


def test_responses_sdk_stream_ends_with_an_error_when_cut(
    server: VLLMCompatServer, oai: openai.OpenAI
) -> None:
    server.fail_next("error_mid_stream")
    events: list[str] = []
    with pytest.raises(openai.APIConnectionError):
        for event in oai.responses.create(model=MODEL, input="abcdefghijkl", stream=True):
            events.append(event.type)
    assert "response.output_text.delta" in events
    assert "response.completed" not in events


# SamplingParams._verify_args: each out-of-range value is vLLM's 400 with its message.
SAMPLING_REFUSED = [
    ({"top_p": -1}, "top_p must be in (0, 1], got -1.", "top_p"),
    ({"top_p": 0}, "top_p must be in (0, 1], got 0.", "top_p"),
    ({"temperature": -0.5}, "temperature must be non-negative, got -0.5.", "temperature"),
    ({"presence_penalty": 2.5}, "presence_penalty must be in [-2, 2], got 2.5.", None),
    ({"frequency_penalty": -3}, "frequency_penalty must be in [-2, 2], got -3.", None),
    ({"repetition_penalty": 0}, "repetition_penalty must be greater than zero, got 0.", None),
    ({"top_k": -2}, "top_k must be 0 (disable), or at least 1, got -2.", None),
    ({"min_p": 1.5}, "min_p must be in [0, 1], got 1.5.", None),
    ({"min_tokens": -1}, "min_tokens must be greater than or equal to 0, got -1.", None),
]


@pytest.mark.parametrize(("fields", "message", "param"), SAMPLING_REFUSED)
def test_sampling_values_vllm_refuses(
    http: httpx.Client, fields: dict[str, Any], message: str, param: str | None
) -> None:
    response = http.post(CHAT, json=chat_body(**fields))
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["type"], error["message"], error["param"]) == ("BadRequestError", message, param)


@pytest.mark.parametrize(
    "fields",
    [{"top_p": 1}, {"temperature": 0}, {"top_k": -1}, {"min_p": 1}, {"presence_penalty": -2}],
)
def test_sampling_edges_vllm_accepts(http: httpx.Client, fields: dict[str, Any]) -> None:
    assert http.post(CHAT, json=chat_body(**fields)).status_code == 200


@pytest.mark.parametrize("suffix", ["}", ""])
def test_a_completions_suffix_is_refused_as_vllm_refuses_it(
    http: httpx.Client, suffix: str
) -> None:
    # vLLM's serving_completion: any suffix but null is "suffix is not currently supported".
    body = {"model": MODEL, "prompt": "def f(", "suffix": suffix}
    response = http.post("/v1/completions", json=body)
    assert response.status_code == 400
    assert response.json()["error"] == {
        "message": "suffix is not currently supported",
        "type": "BadRequestError",
        "param": None,
        "code": 400,
    }
    assert http.post("/v1/completions", json={**body, "suffix": None}).status_code == 200
