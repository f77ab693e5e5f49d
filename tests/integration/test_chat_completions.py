"""The chat endpoint end to end: official ``openai`` client → Mamori → vLLM-compatible server."""

from __future__ import annotations

import asyncio
import json

import httpx
import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam

from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, SERVED, GatewayFactory, closed_port
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

QUESTION = "返品の送料はどちらが負担しますか?"


def _client(gateway: GatewayServer, **kwargs: object) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{gateway.url}/v1", api_key="unused", max_retries=0, **kwargs)  # type: ignore[arg-type]


def _async_client(gateway: GatewayServer) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=f"{gateway.url}/v1", api_key="unused", max_retries=0)


def _stream_events(gateway: GatewayServer, content: str) -> list[str]:
    """The ``data:`` lines of a streamed answer (the status must be 200)."""
    body = {"model": MODEL, "messages": [{"role": "user", "content": content}], "stream": True}
    with httpx.stream("POST", f"{gateway.url}/v1/chat/completions", json=body) as response:
        assert response.status_code == 200
        return [line for line in response.iter_lines() if line.startswith("data: ")]


def test_non_streaming_round_trip(gateway: GatewayServer, backend: VLLMCompatServer) -> None:
    raw = _client(gateway).chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}]
    )
    completion = raw.parse()
    assert completion.choices[0].message.content == QUESTION
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.completion_tokens > 0
    assert raw.headers["x-mamori-policy"].startswith("default@")
    assert len(raw.headers["x-request-id"]) == 32
    [received] = backend.requests
    assert received.body["model"] == SERVED  # public name mapped to the served name
    assert received.body["messages"] == [{"role": "user", "content": QUESTION}]
    assert received.request_id == raw.headers["x-request-id"]


def test_streaming_without_usage(gateway: GatewayServer, backend: VLLMCompatServer) -> None:
    backend.config.update(chunk_chars=(1, 3))
    stream = _client(gateway).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == QUESTION
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(chunk.usage is None for chunk in chunks)
    # The gateway asked for usage upstream (for the audit log) and dropped that chunk.
    assert backend.requests[0].body["stream_options"] == {"include_usage": True}


async def test_async_streaming_with_usage(
    gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    stream = await _async_client(gateway).chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = [chunk async for chunk in stream]
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == sum(1 for c in chunks if c.choices) - 1


async def test_async_non_streaming(gateway: GatewayServer) -> None:
    completion = await _async_client(gateway).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "hello"}]
    )
    assert completion.choices[0].message.content == "hello"


def test_content_parts_and_history_pass_unchanged(
    gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    messages = [
        {"role": "system", "content": "丁寧に答えてください。"},
        {"role": "user", "content": [{"type": "text", "text": "前の質問"}]},
        {"role": "assistant", "content": "前の答え"},
        {
            "role": "user",
            "content": [{"type": "text", "text": "次の"}, {"type": "text", "text": "質問"}],
        },
    ]
    completion = _client(gateway).chat.completions.create(model=MODEL, messages=messages)  # type: ignore[arg-type]
    # vLLM joins text parts with a newline; the test server does the same.
    assert completion.choices[0].message.content == "次の\n質問"
    assert backend.requests[0].body["messages"] == messages


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_tools_and_tool_calls_pass_through(
    gateway: GatewayServer, backend: VLLMCompatServer, stream: bool
) -> None:
    backend.config.update(tool_call=ToolCallSpec("lookup_order", '{"order": "A-1"}'))
    tools: list[ChatCompletionToolParam] = [
        {
            "type": "function",
            "function": {
                "name": "lookup_order",
                "parameters": {"type": "object", "properties": {"order": {"type": "string"}}},
            },
        }
    ]
    client = _client(gateway)
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": "注文A-1の状況"}]
    if stream:
        chunks = list(
            client.chat.completions.create(
                model=MODEL,
                messages=messages,
                tools=tools,
                stream=True,
            )
        )
        calls = [tc for c in chunks if c.choices for tc in c.choices[0].delta.tool_calls or []]
        name = next(tc.function.name for tc in calls if tc.function and tc.function.name)
        arguments = "".join(tc.function.arguments or "" for tc in calls if tc.function)
        finish = chunks[-1].choices[0].finish_reason
    else:
        message = client.chat.completions.create(
            model=MODEL,
            messages=messages,
            tools=tools,
        )
        [call] = message.choices[0].message.tool_calls or []
        assert call.type == "function"
        name, arguments = call.function.name, call.function.arguments
        finish = message.choices[0].finish_reason
    assert name == "lookup_order"
    assert json.loads(arguments) == {"order": "A-1"}
    assert finish == "tool_calls"
    assert backend.requests[0].body["tools"] == tools


def test_vllm_extra_fields_and_guided_translation(
    gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    extra = {
        "top_k": 20,
        "min_p": 0.05,
        "repetition_penalty": 1.1,
        "chat_template_kwargs": {"enable_thinking": False},
        "guided_choice": ["はい", "いいえ"],
    }
    _client(gateway).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "はい"}], extra_body=extra
    )
    body = backend.requests[0].body
    for key in ("top_k", "min_p", "repetition_penalty", "chat_template_kwargs"):
        assert body[key] == extra[key]
    assert body["priority"] == 10  # the gateway's: the default class, standard
    assert body["structured_outputs"] == {"choice": ["はい", "いいえ"]}
    assert "guided_choice" not in body


def test_request_id_is_propagated(gateway: GatewayServer, backend: VLLMCompatServer) -> None:
    raw = _client(gateway).chat.completions.with_raw_response.create(
        model=MODEL,
        messages=[{"role": "user", "content": "x"}],
        extra_headers={"X-Request-Id": "frontend-42"},
    )
    assert raw.headers["x-request-id"] == "frontend-42"
    assert backend.requests[0].request_id == "frontend-42"


@pytest.mark.parametrize(
    ("content", "status", "fragment"),
    [
        (b'{"model": "tiny-chat", "messages": [', 400, "not valid JSON"),
        (b'{"model": "tiny-chat"}', 400, "messages: Field required"),
        (b'{"model": "tiny-chat", "messages": [{"role": "user", "content": "x"}], "bogus": 1}',
         400, "unrecognized request argument supplied: bogus"),
        (b'{"model": "nope", "messages": [{"role": "user", "content": "x"}]}',
         404, "The model `nope` does not exist."),
    ],
    ids=["malformed-json", "missing-messages", "unknown-field", "unknown-model"],
)  # fmt: skip
def test_bad_requests_get_openai_shaped_errors(
    gateway: GatewayServer, backend: VLLMCompatServer, content: bytes, status: int, fragment: str
) -> None:
    response = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        content=content,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert fragment in error["message"]
    # OpenAI's string code where one exists (the SDKs branch on it), else the status.
    assert error["code"] == ("model_not_found" if status == 404 else status)
    assert backend.requests == []


def test_a_model_the_wildcard_backend_lacks_is_not_found_and_not_retried(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([], models={"*": {"backends": [backend.url]}})
    client = openai.OpenAI(base_url=f"{gateway.url}/v1", api_key="x", max_retries=2)
    with pytest.raises(openai.NotFoundError) as raised:
        client.chat.completions.create(
            model="no-such-model", messages=[{"role": "user", "content": "x"}]
        )
    assert raised.value.code == "model_not_found"
    assert len(backend.requests) == 1  # a 404 is final: the SDK did not retry
    assert all(b["healthy"] for b in httpx.get(f"{gateway.url}/readyz").json()["backends"]["*"])


def test_unknown_model_is_not_found_for_the_sdk(gateway: GatewayServer) -> None:
    with pytest.raises(openai.NotFoundError):
        _client(gateway).chat.completions.create(
            model="nope", messages=[{"role": "user", "content": "x"}]
        )


def test_limits_from_config(make_gateway: GatewayFactory, backend: VLLMCompatServer) -> None:
    gateway = make_gateway([backend.url], limits={"max_messages": 2, "max_body_bytes": 2048})
    client = _client(gateway)
    with pytest.raises(openai.BadRequestError, match="too many messages: 3"):
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "x"}] * 3)
    with pytest.raises(openai.BadRequestError, match="limit is 2048 bytes"):
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "x" * 4096}]
        )
    assert backend.requests == []


def test_backend_unreachable_is_503_naming_it(make_gateway: GatewayFactory) -> None:
    port = closed_port()
    gateway = make_gateway([f"http://127.0.0.1:{port}"])
    response = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "x"}]},
    )
    assert response.status_code == 503
    assert f"127.0.0.1:{port}" in response.json()["error"]["message"]


def test_failover_on_connection_refused(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([f"http://127.0.0.1:{closed_port()}", backend.url])
    client = _client(gateway)
    for _ in range(3):
        completion = client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "ok"}]
        )
        assert completion.choices[0].message.content == "ok"
    assert len(backend.requests) == 3


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_failover_on_500_before_first_byte(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    second_backend: VLLMCompatServer,
    stream: bool,
) -> None:
    gateway = make_gateway([backend.url, second_backend.url])
    backend.config.fail_next("http_500")
    client = _client(gateway)
    answers = []
    for _ in range(2):
        if stream:
            chunks = client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "再試行"}], stream=True
            )
            answers.append("".join(c.choices[0].delta.content or "" for c in chunks if c.choices))
        else:
            completion = client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": "再試行"}]
            )
            answers.append(completion.choices[0].message.content or "")
    assert answers == ["再試行", "再試行"]
    statuses = sorted(r.status_code or 0 for r in backend.requests + second_backend.requests)
    assert statuses == [200, 200, 500]


def test_every_replica_failing_is_502(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, second_backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url, second_backend.url])
    backend.config.update(fault="http_500")
    second_backend.config.update(fault="http_500")
    with pytest.raises(openai.APIStatusError) as caught:
        _client(gateway).chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "x"}]
        )
    assert caught.value.status_code == 502
    assert len(backend.requests) == len(second_backend.requests) == 1


def test_no_retry_after_bytes_reached_the_client(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, second_backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url, second_backend.url])
    backend.config.update(fault="error_mid_stream", error_after_tokens=2)
    second_backend.config.update(fault="error_mid_stream", error_after_tokens=2)
    events = _stream_events(gateway, "abcdefghij")
    assert events[-1] == "data: [DONE]"
    error = json.loads(events[-2][6:])["error"]
    assert error["code"] >= 400 and error["message"]
    assert len(backend.requests) + len(second_backend.requests) == 1


def test_error_mid_stream_raises_in_the_sdk(
    gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    backend.config.update(fault="error_mid_stream")
    stream = _client(gateway).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "abcdefghij"}], stream=True
    )
    with pytest.raises(openai.APIError):
        list(stream)


def test_backend_dropping_the_stream_is_reported_in_band(
    gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    backend.config.update(fault="disconnect_mid_stream")
    events = _stream_events(gateway, "abcdefghij")
    assert events[-1] == "data: [DONE]"
    assert "backend stream failed" in json.loads(events[-2][6:])["error"]["message"]


def test_client_disconnect_mid_stream_closes_the_upstream_stream(
    gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    backend.config.update(tokens_per_second=20, chunk_chars=1)
    with httpx.stream(
        "POST",
        f"{gateway.url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "あ" * 400}],
              "stream": True},
        timeout=5,
    ) as response:  # fmt: skip
        assert response.status_code == 200
        next(response.iter_raw())  # some bytes arrived, then the client leaves
    # Closing the client connection must abort the upstream request at once (vLLM then
    # frees the KV cache); at 20 tokens/s the answer would take 20 s to finish.
    backend.wait_for(lambda: backend.requests[0].outcome == "aborted", timeout=3)
    assert backend.requests[0].tokens_sent < 400
    backends = httpx.get(f"{gateway.url}/readyz").json()["backends"][MODEL]
    assert backends[0]["in_flight"] == 0


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
async def test_client_disconnect_before_first_byte_closes_the_upstream_request(
    gateway: GatewayServer, backend: VLLMCompatServer, stream: bool
) -> None:
    backend.config.update(fault="hang")
    async with httpx.AsyncClient(timeout=10) as client:
        call = asyncio.create_task(
            client.post(
                f"{gateway.url}/v1/chat/completions",
                json={"model": MODEL, "messages": [{"role": "user", "content": "待って"}],
                      "stream": stream},
            )
        )  # fmt: skip
        await backend.wait_for_async(lambda: bool(backend.requests), timeout=5)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
    await backend.wait_for_async(lambda: backend.requests[0].outcome == "aborted", timeout=3)
    async with httpx.AsyncClient() as client:
        ready = (await client.get(f"{gateway.url}/readyz")).json()
    assert ready["backends"][MODEL][0]["in_flight"] == 0


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_without_stages_the_answer_is_the_backends_answer(
    gateway: GatewayServer, backend: VLLMCompatServer, stream: bool
) -> None:
    """A faithful pass-through: the same events and fields as vLLM sends them directly."""
    backend.config.update(chunk_chars=(1, 3))

    def fetch(base: str, model: str, request_id: str) -> list[dict[str, object]]:
        body = {
            "model": model,
            "messages": [{"role": "user", "content": QUESTION}],
            "stream": stream,
            "stream_options": {"include_usage": True} if stream else None,
            "top_k": 5,
        }
        body = {k: v for k, v in body.items() if v is not None}
        response = httpx.post(
            f"{base}/v1/chat/completions", json=body, headers={"X-Request-Id": request_id}
        )
        assert response.status_code == 200
        if not stream:
            payloads = [response.json()]
        else:
            lines = [line[6:] for line in response.text.split("\n\n") if line]
            assert lines[-1] == "[DONE]"
            payloads = [json.loads(line) for line in lines[:-1]]
        for payload in payloads:
            payload.pop("created")  # seconds since the epoch: may tick between the calls
        return payloads

    direct = fetch(backend.url, SERVED, "same-id")
    through = fetch(gateway.url, MODEL, "same-id")
    assert through == direct
