"""Hostile and broken requests carrying personal data, through the real gateway (PII stage
on), with every logger at DEBUG: no planted value reaches a log record or the audit log,
whatever the request's fate (served, streamed, refused at the door, unknown model, backend
failure, client gone mid-stream)."""

from __future__ import annotations

import json
import logging
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

NAME = "山田太郎"
PHONE = "090-5555-6666"
PLANT = f"担当は{NAME}さん、電話は{PHONE}です。"
FORMS = [NAME, PHONE, "5555-6666", "55556666", json.dumps(NAME)[1:-1]]
CHAT = "/v1/chat/completions"


def _chat(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": PLANT}], **fields}


def _drop_mid_stream(gateway: GatewayServer) -> None:
    body = json.dumps(_chat(stream=True), ensure_ascii=False).encode()
    with socket.create_connection(("127.0.0.1", gateway.port)) as sock:
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
            + f"\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        sock.recv(200)


def _requests() -> list[tuple[str, dict[str, Any]]]:
    """Each sends the planted name and phone number somewhere: (path, httpx keywords)."""
    call = {"type": "function", "function": {"name": "f", "arguments": "{}"}}
    surrogate = json.dumps(_chat()).replace("\\u3059", "\\ud800").encode()
    return [
        (CHAT, {"json": _chat()}),
        (CHAT, {"json": _chat(stream=True)}),
        (CHAT, {"json": {"model": MODEL, "messages": [{"role": PLANT, "content": PLANT}]}}),
        (CHAT, {"json": _chat(**{PLANT: PLANT})}),
        (CHAT, {"json": {**_chat(), "model": PLANT}}),
        (CHAT, {"json": {"model": MODEL, "messages": [
            {"role": "assistant", "tool_calls": [{"id": PLANT, **call}]}]}}),
        (CHAT, {"content": surrogate, "headers": {"Content-Type": "application/json"}}),
        (CHAT, {"json": _chat(stop=[PLANT] * 70_000)}),
        (CHAT, {"json": _chat(), "headers": {"X-Request-Id": PHONE}}),
        (CHAT, {"json": _chat(), "headers": {"X-Mamori-Priority": PHONE}}),
        ("/v1/responses", {"json": {"model": MODEL, "input": [
            {"role": "user", "content": PLANT, PLANT: PLANT}]}}),
        ("/v1/embeddings", {"json": {"model": MODEL, "input": [PLANT]}}),
        ("/v1/completions", {"json": {"model": MODEL, "prompt": PLANT}}),
    ]  # fmt: skip


@pytest.fixture
def gateway(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: PiiAnalyzer,
    policy_dir: Path,
) -> GatewayServer:
    policy = {"name": "default", "pii": {}, "guard": {"enabled": False}}
    (policy_dir / "default.yaml").write_text(json.dumps(policy), encoding="utf-8")
    return make_gateway(
        [backend.url], pipeline=build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    )


def test_no_planted_value_reaches_a_log_or_the_audit_log(
    gateway: GatewayServer,
    backend: VLLMCompatServer,
    audit_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    requests = _requests()
    with httpx.Client(base_url=gateway.url, timeout=30) as client:
        for path, keywords in requests:
            client.post(path, **keywords)
        backend.fail_next("http_500")
        client.post(CHAT, json=_chat())
        backend.fail_next("error_mid_stream")
        client.post(CHAT, json=_chat(stream=True))
    _drop_mid_stream(gateway)
    expected = len(requests) + 3
    records = read_audit(audit_path, expected)
    assert len(records) == expected
    assert {record["status"] for record in records} >= {200, 400, 404, 502}
    logged = "\n".join(
        f"{record.getMessage()}\n{record.exc_text or ''}" for record in caplog.records
    )
    audit = audit_path.read_text(encoding="utf-8")
    leaks = [(form, where) for form in FORMS for where, text in
             (("log", logged), ("audit", audit)) if form in text]  # fmt: skip
    assert leaks == []
