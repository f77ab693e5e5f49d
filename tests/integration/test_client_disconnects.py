"""A client that leaves mid-request on completions, Responses and embeddings, whole and
streamed, through the real gateway with the PII stage: the upstream request is aborted
(the test backend records ``aborted``, as vLLM frees the request's KV cache), the
replica's in-flight count and the model's admission slot are released (a next request
is served at once with ``max_in_flight: 1``), the request is audited once as a
disconnect, and no log line holds the personal data the request carried.

Chat has its own cases in ``test_chat_completions.py``."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, SERVED, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

PERSONAL = ("山田太郎", "090-1234-5678", "09012345678")
TEXT = "担当の山田太郎さん(090-1234-5678)に伝えてください。" + "よろしく" * 150

BODIES: dict[str, dict[str, Any]] = {
    # max_tokens null: the whole echo (~200 tokens); vLLM stops a completion at 16 by default.
    "/v1/completions": {"model": MODEL, "prompt": TEXT, "max_tokens": None},
    "/v1/responses": {"model": MODEL, "input": TEXT},
    "/v1/embeddings": {"model": MODEL, "input": [TEXT]},
}


@pytest.fixture
def gateway(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: PiiAnalyzer
) -> GatewayServer:
    return make_gateway(
        [backend.url],
        pipeline=build_pipeline(Settings(), pii_analyzer=pii_analyzer),
        models={MODEL: {"backends": [backend.url], "upstream_model": SERVED, "max_in_flight": 1}},
    )


def _released(gateway: GatewayServer, backend: VLLMCompatServer, path: str) -> None:
    """The replica's in-flight count is 0 and the model's only slot serves a next request."""
    backend.wait_for(lambda: backend.requests[0].outcome == "aborted", timeout=5)
    ready = httpx.get(f"{gateway.url}/readyz", timeout=10).json()
    assert ready["backends"][MODEL][0]["in_flight"] == 0
    backend.config.update(latency_s=0.0, tokens_per_second=0.0)
    # With max_in_flight 1, a slot kept by the request that left would queue this one.
    assert httpx.post(f"{gateway.url}{path}", json=BODIES[path], timeout=10).status_code == 200
    sent = backend.requests[0].raw_body.decode()
    assert not any(value in sent for value in PERSONAL)


@pytest.fixture(autouse=True)
def _transport_debug_logs(caplog: pytest.LogCaptureFixture) -> None:
    # mamori's configure_logging (run in this process by an earlier test calling the CLI's
    # main()) raises httpx's and httpcore's levels to WARNING for good; their DEBUG lines
    # are among the logs checked for personal data, and without them there was nothing.
    for name in ("httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)


def _no_personal_data_logged(caplog: pytest.LogCaptureFixture) -> None:
    assert caplog.text  # the gateway did log (at DEBUG) while the request ran
    assert not any(value in caplog.text for value in PERSONAL)
    assert "Traceback" not in caplog.text


@pytest.mark.parametrize("path", ["/v1/completions", "/v1/responses"])
def test_a_client_leaving_a_stream_aborts_the_upstream_generation(
    gateway: GatewayServer,
    backend: VLLMCompatServer,
    audit_path: Path,
    caplog: pytest.LogCaptureFixture,
    path: str,
) -> None:
    backend.config.update(tokens_per_second=20.0)  # ~200 tokens: 10 s to finish
    with caplog.at_level(logging.DEBUG):
        with httpx.stream(
            "POST", f"{gateway.url}{path}", json={**BODIES[path], "stream": True}, timeout=10
        ) as response:
            assert response.status_code == 200
            next(response.iter_raw())  # some bytes arrived, then the client leaves
        _released(gateway, backend, path)
        first = read_audit(audit_path, 2)[0]
    assert first["client_disconnected"] is True
    assert backend.requests[0].tokens_sent < 100
    _no_personal_data_logged(caplog)


@pytest.mark.parametrize("path", list(BODIES))
async def test_a_client_leaving_before_the_whole_answer_aborts_the_upstream_request(
    gateway: GatewayServer,
    backend: VLLMCompatServer,
    audit_path: Path,
    caplog: pytest.LogCaptureFixture,
    path: str,
) -> None:
    backend.config.update(latency_s=30.0)
    with caplog.at_level(logging.DEBUG):
        async with httpx.AsyncClient(timeout=40) as client:
            call = asyncio.create_task(client.post(f"{gateway.url}{path}", json=BODIES[path]))
            await backend.wait_for_async(lambda: backend.running == 1, timeout=20)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
        await asyncio.to_thread(_released, gateway, backend, path)
        first = read_audit(audit_path, 2)[0]
    assert (first["status"], first["client_disconnected"]) == (499, True)
    _no_personal_data_logged(caplog)
