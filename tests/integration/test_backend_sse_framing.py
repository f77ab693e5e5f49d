"""How the gateway reads a backend's server-sent events when response stages run: by the
SSE standard (CRLF or CR line ends, ``data:`` without a space, data split over lines,
comments), so every text passes the response stages; an event whose data is not a JSON
object ends the stream with an error rather than reaching the client unread (fail closed);
a stream that ends without a ``finish_reason`` still gets the text the stages held back.

vLLM writes ``data: {...}\\n\\n`` only, so these streams come from a small backend of this
module, not from the vLLM-compatible test server.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, SERVED, GatewayFactory

pytestmark = pytest.mark.integration


def _chunk(text: str, finish: str | None = None) -> bytes:
    choice = {"index": 0, "delta": {"content": text}, "finish_reason": finish}
    return json.dumps(
        {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": SERVED,
         "choices": [choice]}
    ).encode()  # fmt: skip


STREAMS: dict[str, list[bytes]] = {
    "crlf": [b"data: " + _chunk("<PERSON_1>さん") + b"\r\n\r\n",
             b"data: " + _chunk("", "stop") + b"\r\n\r\n", b"data: [DONE]\r\n\r\n"],
    "cr": [b"data: " + _chunk("<PERSON_1>さん") + b"\r\r", b"data: " + _chunk("", "stop") + b"\r\r",
           b"data: [DONE]\r\r"],
    "crlf-split": [b"data: " + _chunk("<PERSON_1>さん") + b"\r", b"\n\r\n",
                   b"data: " + _chunk("", "stop") + b"\r\n\r\n", b"data: [DONE]\r\n\r\n"],
    "no-space": [b"data:" + _chunk("<PERSON_1>さん") + b"\n\n",
                 b"data:" + _chunk("", "stop") + b"\n\n", b"data:[DONE]\n\n"],
    "event-field": [b"event: message\nid: 1\ndata: " + _chunk("<PERSON_1>さん") + b"\n\n",
                    b"data: " + _chunk("", "stop") + b"\n\n", b"data: [DONE]\n\n"],
    "split-data": [b"data: " + _chunk("<PERSON_1>さん")[:20] + b"\ndata: "
                   + _chunk("<PERSON_1>さん")[20:] + b"\n\n",
                   b"data: " + _chunk("", "stop") + b"\n\n", b"data: [DONE]\n\n"],
    "comment": [b": <PERSON_1> 090-1234-5678\n\n", b"data: " + _chunk("<PERSON_1>さん") + b"\n\n",
                b"data: " + _chunk("", "stop") + b"\n\n", b"data: [DONE]\n\n"],
    "no-finish": [b"data: " + _chunk("<PERSON_1>さん") + b"\n\n", b"data: [DONE]\n\n"],
    "not-json": [b"data: " + _chunk("<PERSON_1>さん") + b"\n\n", b"data: {090-1234-5678\n\n",
                 b"data: [DONE]\n\n"],
    "array": [b"data: [\"090-1234-5678\"]\n\n", b"data: [DONE]\n\n"],
}  # fmt: skip


def _response_event(kind: str, **fields: Any) -> bytes:
    data = json.dumps({"type": kind, **fields}, ensure_ascii=False).encode()
    return b"event: " + kind.encode() + b"\r\ndata: " + data + b"\r\n\r\n"


_RESPONSE = {"id": "resp_1", "object": "response", "status": "in_progress", "output": []}
_WHERE = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
RESPONSES: dict[str, list[bytes]] = {
    "crlf": [
        _response_event("response.created", response=_RESPONSE, sequence_number=0),
        _response_event("response.output_text.delta", delta="<PERSON_1>さん", **_WHERE,
                        sequence_number=1),
        _response_event("response.output_text.done", text="<PERSON_1>さん", **_WHERE,
                        sequence_number=2),
    ],
    "not-json": [
        _response_event("response.created", response=_RESPONSE, sequence_number=0),
        b"event: response.output_text.delta\ndata: {090-1234-5678\n\n",
    ],
}  # fmt: skip


async def _app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if scope["path"] == "/v1/responses":
        pieces = RESPONSES[json.loads(body)["input"].split()[-1]]
    elif scope["path"] == "/v1/chat/completions":
        pieces = STREAMS[json.loads(body)["messages"][-1]["content"].split()[-1]]
    else:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})
        return
    headers = [(b"content-type", b"text/event-stream")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    for piece in pieces:
        await send({"type": "http.response.body", "body": piece, "more_body": True})
        await asyncio.sleep(0.01)
    await send({"type": "http.response.body", "body": b""})


@pytest.fixture(scope="module")
def sse_backend() -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(_app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    # The stages' defaults (pseudonymize personal data, filter the output), independent of
    # the shipped policy's tuning.
    directory = tmp_path / "policies"
    directory.mkdir()
    (directory / "default.yaml").write_text("name: default\n", encoding="utf-8")
    return directory


@pytest.fixture
def url(make_gateway: GatewayFactory, sse_backend: str, pii_analyzer: PiiAnalyzer) -> str:
    pipeline = build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    return make_gateway([sse_backend], pipeline=pipeline).url


def _stream(url: str, mode: str) -> str:
    body = {"model": MODEL, "stream": True,
            "messages": [{"role": "user", "content": f"山田太郎です {mode}"}]}  # fmt: skip
    with httpx.stream("POST", url + "/v1/chat/completions", json=body, timeout=30) as response:
        assert response.status_code == 200
        return response.read().decode()


def _contents(text: str) -> tuple[str, list[dict[str, Any]]]:
    events = [block for block in text.split("\n\n") if block.strip()]
    payloads = [json.loads(block.removeprefix("data: ")) for block in events[:-1]]
    assert events[-1] == "data: [DONE]"
    content = "".join(
        choice["delta"].get("content") or ""
        for payload in payloads
        for choice in payload.get("choices", [])
    )
    return content, payloads


@pytest.mark.parametrize(
    "mode",
    ["crlf", "cr", "crlf-split", "no-space", "event-field", "split-data", "comment", "no-finish"],
)
def test_every_event_the_sse_standard_reads_passes_the_response_stages(url: str, mode: str) -> None:
    text = _stream(url, mode)
    content, _ = _contents(text)
    # The placeholder was restored: the event went through pii.restore.
    assert content == "山田太郎さん", text
    assert "PERSON_1" not in text and "090" not in text


@pytest.mark.parametrize("mode", ["not-json", "array"])
def test_an_event_that_is_not_a_json_object_ends_the_stream_with_an_error(
    url: str, mode: str
) -> None:
    text = _stream(url, mode)
    assert "090-1234-5678" not in text
    _, payloads = _contents(text)
    assert payloads[-1]["error"]["type"] == "BadGatewayError"
    assert "not a JSON object" in payloads[-1]["error"]["message"]


def _responses_stream(url: str, mode: str) -> list[dict[str, Any]]:
    body = {"model": MODEL, "stream": True, "input": f"山田太郎です {mode}"}
    with httpx.stream("POST", url + "/v1/responses", json=body, timeout=30) as response:
        assert response.status_code == 200
        text = response.read().decode()
    assert "090" not in text and "PERSON_1" not in text, text
    blocks = [block.split("\n") for block in text.split("\n\n") if block.strip()]
    return [json.loads(lines[-1].removeprefix("data: ")) for lines in blocks]


def test_a_responses_stream_written_with_crlf_passes_the_response_stages(url: str) -> None:
    events = _responses_stream(url, "crlf")
    deltas = "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")
    assert deltas == "山田太郎さん"


def test_a_responses_event_that_is_not_json_ends_the_stream_failed(url: str) -> None:
    events = _responses_stream(url, "not-json")
    assert [e["type"] for e in events][-2:] == ["error", "response.failed"]
    assert "not a JSON object" in events[-2]["message"]
