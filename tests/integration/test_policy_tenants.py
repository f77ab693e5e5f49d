"""Per-tenant policies through the real server: one tenant's policy extends the other's.

Two API keys map to two tenants; ``strict`` extends ``base`` and blocks phone numbers that
``base`` pseudonymizes. Requests go through the real PII stages in front of the
vLLM-compatible test server (which echoes the last user message). An edit to the base
file is hot-reloaded for both policies.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.policy import load_policy_file
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.pii import PiiPseudonymizeStage, PiiRestoreStage
from proxy.settings import hash_api_key
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

BASE = """\
name: base
description: names and contacts pseudonymized
pii:
  default: {action: pseudonymize, threshold: 0.5}
"""
STRICT = """\
name: strict
extends: base
description: as base, but phone numbers are refused
pii:
  entities:
    PHONE_NUMBER: {action: block}
"""
PHONE = "折り返しは090-1234-5678にお願いします。"
EMAIL = "控えはhanako.sato@example.co.jpに送ってください。"


@pytest.fixture
def gateway(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: PiiAnalyzer,
    policy_dir: Path,
) -> GatewayServer:
    (policy_dir / "base.yaml").write_text(BASE, encoding="utf-8")
    (policy_dir / "strict.yaml").write_text(STRICT, encoding="utf-8")
    pipeline = Pipeline(
        request_stages=[PiiPseudonymizeStage(pii_analyzer)], response_stages=[PiiRestoreStage()]
    )
    return make_gateway(
        [backend.url],
        pipeline=pipeline,
        tenants={"acme": {"policy": "base"}, "beta": {"policy": "strict"}},
        api_keys=[
            {"sha256": hash_api_key("sk-acme"), "tenant": "acme"},
            {"sha256": hash_api_key("sk-beta"), "tenant": "beta"},
        ],
    )


def _chat(gateway: GatewayServer, key: str, text: str) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": MODEL, "messages": [{"role": "user", "content": text}]},
        timeout=30,
    )


def _answer(response: httpx.Response) -> tuple[str, str]:
    choice = response.json()["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


def _wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def test_each_tenant_gets_its_policy_and_the_child_inherits_the_base(
    gateway: GatewayServer, backend: VLLMCompatServer, policy_dir: Path
) -> None:
    acme = _chat(gateway, "sk-acme", PHONE)
    assert acme.headers["X-Mamori-Policy"].startswith("base@")
    assert _answer(acme) == (PHONE, "stop")  # restored for the user...
    assert "090-1234-5678" not in backend.requests[-1].raw_body.decode()  # ...never sent
    assert "<PHONE_NUMBER_1>" in backend.requests[-1].raw_body.decode()

    beta = _chat(gateway, "sk-beta", PHONE)
    version = load_policy_file(policy_dir / "strict.yaml").version
    assert beta.headers["X-Mamori-Policy"] == f"strict@{version}"
    content, finish_reason = _answer(beta)
    assert finish_reason == "content_filter"
    assert "PHONE_NUMBER" in content
    assert len(backend.requests) == 1  # refused before any model

    # Inherited from base: an e-mail address is pseudonymized for both tenants.
    for key in ("sk-acme", "sk-beta"):
        assert _answer(_chat(gateway, key, EMAIL)) == (EMAIL, "stop")
        assert "hanako.sato" not in backend.requests[-1].raw_body.decode()


def test_a_base_edit_reloads_every_policy_that_extends_it(
    gateway: GatewayServer, backend: VLLMCompatServer, policy_dir: Path
) -> None:
    before: dict[str, str] = httpx.get(f"{gateway.url}/readyz").json()["policies"]
    staged = policy_dir / "base.yaml.tmp"
    staged.write_text(BASE + "  entities:\n    EMAIL_ADDRESS: {action: block}\n", encoding="utf-8")
    staged.replace(policy_dir / "base.yaml")

    def both_reloaded() -> bool:
        now: dict[str, str] = httpx.get(f"{gateway.url}/readyz").json()["policies"]
        return now["base"] != before["base"] and now["strict"] != before["strict"]

    _wait_until(both_reloaded)
    assert httpx.get(f"{gateway.url}/readyz").json()["policies"]["default"] == before["default"]
    for key in ("sk-acme", "sk-beta"):
        assert _answer(_chat(gateway, key, EMAIL))[1] == "content_filter"
    # The child's own rule still holds on top of the edited base.
    assert _answer(_chat(gateway, "sk-beta", PHONE))[1] == "content_filter"
    assert _answer(_chat(gateway, "sk-acme", PHONE)) == (PHONE, "stop")
