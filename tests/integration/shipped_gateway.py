"""One gateway for a test module: the shipped policies and the full request pipeline in
front of the vLLM-compatible test server, and a way to post a raw body and see what the
backend received for it.

The API round tests (``test_api_r25.py``, ``test_r26_function_names.py`` and later) share
this instead of each carrying a copy of the set-up: ``env = gateway_fixture("api_r25")``.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, ROOT, SERVED
from tests.vllm_compat import VLLMCompatServer


class GatewayEnv:
    """A running gateway (``url``), its backend and its audit log."""

    def __init__(self, backend: VLLMCompatServer, url: str, audit: Path) -> None:
        self.backend = backend
        self.url = url
        self.audit = audit

    def post(
        self, body: dict[str, Any] | bytes, path: str = "/v1/chat/completions"
    ) -> tuple[httpx.Response, list[Any]]:
        """The gateway's answer and the bodies the backend received for it."""
        before = len(self.backend.requests)
        content = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        answer = httpx.post(
            self.url + path,
            content=content,
            headers={"content-type": "application/json"},
            timeout=60,
        )
        return answer, [record.body for record in self.backend.requests[before:]]


@contextmanager
def shipped_gateway(tmp: Path, pii_analyzer: PiiAnalyzer) -> Iterator[GatewayEnv]:
    """Start the gateway with copies of the shipped default and guard-baseline policies
    under ``tmp``, its audit log at ``tmp/audit.log``; stopped on exit."""
    policies = tmp / "policies"
    policies.mkdir()
    for name in ("default.yaml", "guard-baseline.yaml"):
        shutil.copy(ROOT / "policies" / name, policies / name)
    with VLLMCompatServer({SERVED: 4096}) as backend:
        settings = Settings.model_validate(
            {
                "server": {"port": 0},
                "models": {MODEL: {"backends": [backend.url], "upstream_model": SERVED}},
                "policies": {"directory": str(policies), "reload_interval_s": 5.0},
                "audit": {"path": str(tmp / "audit.log")},
                "upstream": {"health_interval_s": 0.5, "timeouts": {"read": 10.0}},
            }
        )
        pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)
        gateway = GatewayServer(settings, pipeline=pipeline).start(timeout=120)
        try:
            yield GatewayEnv(backend, gateway.url, tmp / "audit.log")
        finally:
            gateway.stop()


def gateway_fixture(name: str) -> Callable[..., Iterator[GatewayEnv]]:
    """A module-scoped ``env`` fixture: one :func:`shipped_gateway` for the test module,
    its files under a temporary folder called ``name``."""

    @pytest.fixture(scope="module", name="env")
    def env(
        tmp_path_factory: pytest.TempPathFactory, pii_analyzer: PiiAnalyzer
    ) -> Iterator[GatewayEnv]:
        with shipped_gateway(tmp_path_factory.mktemp(name), pii_analyzer) as gateway:
            yield gateway

    return env
