"""Backend failures on ``/v1/completions``, ``/v1/responses`` and ``/v1/embeddings``
through the real gateway (PII stage on) over the vLLM-compatible test server's faults:
a 500 before the first token fails over to the next replica (or is a 502 naming the
backend), a failure after the first byte is never retried and ends the stream with an
error the openai SDK raises, the text before it is restored, and every exchange is
audited with its error and without the user's personal data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

NAME = "山田太郎"
TEXT = f"{NAME}です。返品の手続きを教えてください。よろしくお願いします。"

_BODIES: dict[str, dict[str, Any]] = {
    "/v1/completions": {"model": MODEL, "prompt": TEXT},
    "/v1/responses": {"model": MODEL, "input": TEXT},
    "/v1/embeddings": {"model": MODEL, "input": TEXT},
}


def _gateway(
    make_gateway: GatewayFactory, pii_analyzer: object, *backends: VLLMCompatServer
) -> str:
    urls = [b.url for b in backends]
    settings = Settings.model_validate({"models": {MODEL: {"backends": urls}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)  # type: ignore[arg-type]
    return make_gateway(urls, pipeline=pipeline).url


def _client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="x", max_retries=0)


@pytest.mark.parametrize("path", list(_BODIES))
def test_a_500_before_the_first_token_fails_over(
    make_gateway: GatewayFactory,
    pii_analyzer: object,
    backend: VLLMCompatServer,
    second_backend: VLLMCompatServer,
    path: str,
) -> None:
    url = _gateway(make_gateway, pii_analyzer, backend, second_backend)
    backend.config.fail_next("http_500")
    statuses = [
        httpx.post(url + path, json=_BODIES[path], timeout=30).status_code for _ in range(2)
    ]
    # One replica failed and the other answered: the client saw only answers.
    assert statuses == [200, 200]
    tried = sorted(r.status_code or 0 for r in backend.requests + second_backend.requests)
    assert tried == [200, 200, 500]


@pytest.mark.parametrize("path", list(_BODIES))
def test_every_replica_failing_is_a_502_naming_the_backend(
    make_gateway: GatewayFactory,
    pii_analyzer: object,
    backend: VLLMCompatServer,
    audit_path: Path,
    path: str,
) -> None:
    url = _gateway(make_gateway, pii_analyzer, backend)
    backend.config.fail_next("http_500")
    response = httpx.post(url + path, json=_BODIES[path], timeout=30)
    assert response.status_code == 502
    error = response.json()["error"]
    assert backend.url in error["message"] and "HTTP 500" in error["message"]
    [record] = read_audit(audit_path, 1)
    assert record["status"] == 502
    assert NAME not in audit_path.read_text(encoding="utf-8")


def test_completions_error_mid_stream_is_relayed_and_raised(
    make_gateway: GatewayFactory,
    pii_analyzer: object,
    backend: VLLMCompatServer,
    second_backend: VLLMCompatServer,
    audit_path: Path,
) -> None:
    url = _gateway(make_gateway, pii_analyzer, backend, second_backend)
    for server in (backend, second_backend):
        server.config.update(fault="error_mid_stream", error_after_tokens=8)
    stream = _client(url).completions.create(model=MODEL, prompt=TEXT, stream=True)
    received: list[str] = []
    with pytest.raises(openai.APIError, match="Internal server error"):
        for chunk in stream:
            received.append(chunk.choices[0].text if chunk.choices else "")
    # Bytes reached the client: not retried on the other replica.
    assert len(backend.requests) + len(second_backend.requests) == 1
    # The text before the failure comes back with the user's own name restored.
    assert "".join(received).startswith(NAME)
    [record] = read_audit(audit_path, 1)
    assert record["error_type"] == "InternalServerError"
    assert NAME not in audit_path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "fault"),
    [
        ("/v1/completions", "disconnect_mid_stream"),
        ("/v1/responses", "disconnect_mid_stream"),
        ("/v1/responses", "error_mid_stream"),
    ],
    ids=["completions-cut", "responses-cut", "responses-error"],
)
def test_a_stream_cut_by_the_backend_ends_with_an_error(
    make_gateway: GatewayFactory,
    pii_analyzer: object,
    backend: VLLMCompatServer,
    audit_path: Path,
    path: str,
    fault: str,
) -> None:
    url = _gateway(make_gateway, pii_analyzer, backend)
    backend.config.update(fault=fault, error_after_tokens=2)
    with httpx.stream(
        "POST", url + path, json={**_BODIES[path], "stream": True}, timeout=30
    ) as response:
        assert response.status_code == 200
        body = response.read().decode()
    if path == "/v1/responses":
        _assert_responses_failure(body)
    else:
        events = [block.removeprefix("data: ") for block in body.strip().split("\n\n")]
        error = json.loads(events[-2])["error"]
        assert error["type"] == "BadGatewayError" and error["code"] == 502
        assert events[-1] == "[DONE]"
    [record] = read_audit(audit_path, 1)
    assert record["error_type"] == "BadGatewayError"
    assert NAME not in audit_path.read_text(encoding="utf-8")


def _assert_responses_failure(body: str) -> None:
    """A Responses stream that failed ends as OpenAI ends one: an ``error`` event (its
    fields at the top, as documented, and nested under ``error``, as OpenAI sends them),
    then ``response.failed``; numbered on from the events before; no ``[DONE]``."""
    blocks = [block.split("\n") for block in body.strip().split("\n\n")]
    names = [lines[0].removeprefix("event: ") for lines in blocks]
    payloads = [json.loads(lines[1].removeprefix("data: ")) for lines in blocks]
    assert names[-2:] == ["error", "response.failed"]
    assert [p["type"] for p in payloads] == names
    numbers = [p["sequence_number"] for p in payloads]
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    error, failed = payloads[-2], payloads[-1]["response"]
    assert error["code"] == "server_error" and "backend stream failed" in error["message"]
    assert error["param"] is None
    assert error["error"]["type"] == "BadGatewayError" and error["error"]["code"] == 502
    assert failed["status"] == "failed" and failed["id"] == payloads[0]["response"]["id"]
    assert failed["error"] == {"code": "server_error", "message": error["message"]}
    assert "[DONE]" not in body


@pytest.mark.parametrize("stages", [True, False], ids=["stages", "no-stages"])
def test_a_responses_stream_cut_by_the_backend_ends_failed(
    make_gateway: GatewayFactory,
    pii_analyzer: object,
    backend: VLLMCompatServer,
    stages: bool,
) -> None:
    if stages:
        url = _gateway(make_gateway, pii_analyzer, backend)
    else:
        url = make_gateway([backend.url]).url
    backend.config.update(fault="error_mid_stream", error_after_tokens=8)
    body = {**_BODIES["/v1/responses"], "stream": True}
    with httpx.stream("POST", url + "/v1/responses", json=body, timeout=30) as response:
        text = response.read().decode()
    _assert_responses_failure(text)
    payloads = [json.loads(block.split("\n")[1][6:]) for block in text.strip().split("\n\n")]
    sent = "".join(p["delta"] for p in payloads if p["type"] == "response.output_text.delta")
    # The text before the failure went out (restored), and the failed response's output
    # holds it when the gateway kept the items (response stages on).
    assert sent.startswith(NAME)
    if stages:
        [item] = payloads[-1]["response"]["output"]
        assert item["content"][0]["text"] == sent
        assert item["status"] == "incomplete"


def test_the_sdk_raises_when_a_responses_stream_is_cut(
    make_gateway: GatewayFactory, pii_analyzer: object, backend: VLLMCompatServer
) -> None:
    url = _gateway(make_gateway, pii_analyzer, backend)
    backend.config.update(fault="error_mid_stream", error_after_tokens=2)
    kinds: list[str] = []
    with pytest.raises(openai.APIError, match="backend stream failed"):
        for event in _client(url).responses.create(model=MODEL, input=TEXT, stream=True):
            kinds.append(event.type)
    assert "response.completed" not in kinds
