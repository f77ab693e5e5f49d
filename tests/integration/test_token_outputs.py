"""Log-probabilities and token ids would carry the answer (and the prompt) past the
response stages: with response stages they are refused before anything is sent upstream,
without any they pass to the backend as sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

CHAT = "/v1/chat/completions"
COMPLETIONS = "/v1/completions"
RESPONSES = "/v1/responses"
USER = [{"role": "user", "content": "山田太郎です。電話は090-1234-5678です。"}]


@pytest.fixture
def url(make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: object) -> str:
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)  # type: ignore[arg-type]
    assert pipeline.response_stages
    return make_gateway([backend.url], pipeline=pipeline).url


@pytest.mark.parametrize(
    ("path", "fields", "param"),
    [
        (CHAT, {"logprobs": True}, "logprobs"),
        (CHAT, {"logprobs": True, "top_logprobs": 5, "stream": True}, "logprobs"),
        (CHAT, {"prompt_logprobs": 0}, "prompt_logprobs"),
        (CHAT, {"return_token_ids": True}, "return_token_ids"),
        (COMPLETIONS, {"logprobs": 0}, "logprobs"),
        (COMPLETIONS, {"logprobs": 2, "stream": True}, "logprobs"),
        (COMPLETIONS, {"return_token_ids": True}, "return_token_ids"),
        (RESPONSES, {"include": ["message.output_text.logprobs"]}, "include"),
        (RESPONSES, {"top_logprobs": 3}, "top_logprobs"),
    ],
    ids=[
        "chat-logprobs",
        "chat-stream-top-logprobs",
        "chat-prompt-logprobs",
        "chat-token-ids",
        "completions-logprobs-0",
        "completions-stream-logprobs",
        "completions-token-ids",
        "responses-include",
        "responses-top-logprobs",
    ],
)
def test_token_outputs_are_refused_with_response_stages(
    url: str, backend: VLLMCompatServer, path: str, fields: dict[str, Any], param: str
) -> None:
    response = httpx.post(f"{url}{path}", json={**_body(path), **fields}, timeout=30)
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["param"], error["code"]) == (param, "unsupported_parameter")
    assert "090-1234-5678" not in error["message"]
    assert backend.requests == []


@pytest.mark.parametrize("path", [CHAT, COMPLETIONS], ids=["chat", "completions"])
def test_logprobs_off_is_served(url: str, backend: VLLMCompatServer, path: str) -> None:
    fields = {"logprobs": False} if path == CHAT else {"logprobs": None}
    response = httpx.post(f"{url}{path}", json={**_body(path), **fields}, timeout=30)
    assert response.status_code == 200
    [sent] = backend.requests
    assert "090-1234-5678" not in str(sent.body)


def test_without_response_stages_logprobs_are_forwarded(
    gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    body = {**_body(CHAT), "logprobs": True, "top_logprobs": 2}
    response = httpx.post(f"{gateway.url}{CHAT}", json=body, timeout=30)
    assert response.status_code == 200
    [sent] = backend.requests
    assert (sent.body["logprobs"], sent.body["top_logprobs"]) == (True, 2)


def _body(path: str) -> dict[str, Any]:
    if path == CHAT:
        return {"model": MODEL, "messages": USER}
    if path == COMPLETIONS:
        return {"model": MODEL, "prompt": USER[0]["content"]}
    return {"model": MODEL, "input": USER[0]["content"]}
