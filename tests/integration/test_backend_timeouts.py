"""A backend that hangs is cut at the request's own deadlines (``upstream.timeouts``), not
at the transport's 600-second read timeout: a whole answer not in within ``total``, a
stream's first byte not in within ``first_token`` (no headers at all, or headers and then
nothing), a stream that stops for ``stream_idle``. The client gets a 504 naming the
setting, or (once the stream started) an error event naming it, which the openai SDK
raises; the backend's connection is closed (the test server sees the request aborted);
the audit record names the timeout and holds no message text.

The test server hangs as the faults say: ``hang`` accepts the request and sends nothing,
``latency_s`` sends a stream's headers at once and its first event late (as vLLM does
while it queues and prefills), ``stall_mid_stream`` stops after ``error_after_tokens``
tokens with the connection left open. The deadlines here are short (1-1.5 s); the waits
for the backend are polled with a deadline.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

EMAIL = "hanako.yamada@example.co.jp"
TEXT = f"返品について教えてください。連絡先は {EMAIL} です。"
TIMEOUTS = {"read": 30.0, "first_token": 1.0, "stream_idle": 1.0, "total": 1.0}


def _gateway(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: object | None = None,
    **timeouts: float,
) -> str:
    upstream = {"health_interval_s": 0.2, "timeouts": {**TIMEOUTS, **timeouts}}
    if pii_analyzer is None:
        return make_gateway([backend.url], upstream=upstream).url
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)  # type: ignore[arg-type]
    return make_gateway([backend.url], pipeline=pipeline, upstream=upstream).url


def _client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="x", max_retries=0, timeout=30)


def _aborted(backend: VLLMCompatServer) -> None:
    """The backend saw the gateway close the request (vLLM would abort it)."""
    [record] = backend.wait_for_requests(1, timeout=10)
    assert record.outcome == "aborted", record.outcome


def _audited(audit_path: Path, timeout: str, status: int) -> dict[str, Any]:
    [record] = read_audit(audit_path, 1)
    assert record["upstream_timeout"] == timeout
    assert record["error_type"] == "GatewayTimeoutError"
    assert record["status"] == status
    line = json.dumps(record, ensure_ascii=False)
    assert EMAIL not in line and "返品" not in line
    return record


_WHOLE: dict[str, dict[str, Any]] = {
    "/v1/chat/completions": {"messages": [{"role": "user", "content": TEXT}]},
    "/v1/completions": {"prompt": TEXT},
    "/v1/responses": {"input": TEXT},
    "/v1/embeddings": {"input": TEXT},
}


@pytest.mark.parametrize("path", list(_WHOLE))
def test_a_whole_answer_that_never_comes_is_a_504_at_total(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path, path: str
) -> None:
    url = _gateway(make_gateway, backend)
    backend.config.fault = "hang"
    started = time.monotonic()
    reply = httpx.post(url + path, json={"model": MODEL, **_WHOLE[path]}, timeout=30)
    assert time.monotonic() - started < 20  # not the 30-second read timeout
    assert reply.status_code == 504, reply.text
    error = reply.json()["error"]
    assert error["type"] == "GatewayTimeoutError"
    assert "upstream.timeouts.total (1 s)" in error["message"]
    _aborted(backend)
    _audited(audit_path, "total", 504)


def test_a_trickling_whole_answer_is_cut_at_total_too(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path
) -> None:
    """The deadline covers the whole answer, not each read: a non-streaming answer that
    takes longer than ``total`` (here: a slow engine) is cut although bytes are due."""
    url = _gateway(make_gateway, backend)
    backend.config.update(latency_s=5.0)
    with pytest.raises(openai.InternalServerError, match=r"upstream\.timeouts\.total"):
        _client(url).chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": TEXT}]
        )
    _aborted(backend)
    _audited(audit_path, "total", 504)


def test_a_stream_without_headers_is_a_504_at_first_token(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path
) -> None:
    url = _gateway(make_gateway, backend, total=30.0)
    backend.config.fault = "hang"
    with pytest.raises(openai.InternalServerError, match=r"upstream\.timeouts\.first_token"):
        stream = _client(url).chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": TEXT}], stream=True
        )
        list(stream)
    _aborted(backend)
    _audited(audit_path, "first_token", 504)


_STREAMS: dict[str, dict[str, Any]] = {
    "/v1/chat/completions": _WHOLE["/v1/chat/completions"],
    "/v1/completions": {"prompt": TEXT, "max_tokens": 64},
    "/v1/responses": {"input": TEXT},
}


def _sse(url: str, path: str) -> list[dict[str, Any]]:
    """Every ``data:`` event of a stream (not ``[DONE]``), read whole with httpx."""
    body = {"model": MODEL, "stream": True, **_STREAMS[path]}
    with httpx.stream("POST", url + path, json=body, timeout=30) as reply:
        assert reply.status_code == 200
        text = reply.read().decode()
    return [
        json.loads(line[6:])
        for line in text.splitlines()
        if line.startswith("data: ") and line != "data: [DONE]"
    ]


def _error_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The error the stream ended with: chat/completions ``{"error": ...}``, Responses
    ``error`` then ``response.failed``."""
    last = events[-1]
    if last.get("type") == "response.failed":
        assert events[-2]["type"] == "error"
        error: dict[str, Any] = events[-2]["error"]
        return error
    error = last["error"]
    return error


@pytest.mark.parametrize("path", list(_STREAMS))
def test_headers_then_silence_is_an_error_event_at_first_token(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path, path: str
) -> None:
    """vLLM sends a stream's headers before it schedules the request: a backend stuck
    before its first token has already said 200."""
    url = _gateway(make_gateway, backend)
    backend.config.update(latency_s=60.0)
    events = _sse(url, path)
    error = _error_of(events)
    assert error["type"] == "GatewayTimeoutError"
    assert "upstream.timeouts.first_token (1 s)" in error["message"]
    _aborted(backend)
    _audited(audit_path, "first_token", 200)


@pytest.mark.parametrize("path", list(_STREAMS))
def test_a_stream_that_stops_is_an_error_event_at_stream_idle(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    audit_path: Path,
    pii_analyzer: object,
    path: str,
) -> None:
    """With the PII stage on: the text before the stall reaches the client, then the
    error; the backend never saw the e-mail address."""
    url = _gateway(make_gateway, backend, pii_analyzer)
    backend.config.update(fault="stall_mid_stream", error_after_tokens=3)
    events = _sse(url, path)
    error = _error_of(events)
    assert error["type"] == "GatewayTimeoutError"
    assert "upstream.timeouts.stream_idle (1 s)" in error["message"]
    assert len(events) >= 2  # some of the answer came first
    _aborted(backend)
    assert EMAIL not in backend.requests[0].raw_body.decode()
    _audited(audit_path, "stream_idle", 200)


def test_the_sdk_raises_on_a_stalled_stream(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    url = _gateway(make_gateway, backend)
    backend.config.update(fault="stall_mid_stream", error_after_tokens=2)
    stream = _client(url).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": TEXT}], stream=True
    )
    with pytest.raises(openai.APIError, match=r"upstream\.timeouts\.stream_idle"):
        list(stream)
    _aborted(backend)


def test_a_slow_steady_stream_is_not_cut(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path
) -> None:
    """``stream_idle`` is per gap, not a deadline for the whole stream: twelve tokens at
    four a second take about three seconds, every gap a quarter of one."""
    url = _gateway(make_gateway, backend, stream_idle=1.5)
    backend.config.update(reply="x" * 36, chunk_chars=3, tokens_per_second=4.0)
    stream = _client(url).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert text == "x" * 36
    [record] = read_audit(audit_path, 1)
    assert record["upstream_timeout"] is None and record["error_type"] is None
