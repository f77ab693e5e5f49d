"""Fixtures that start real servers on 127.0.0.1: the vLLM-compatible test server and Mamori."""

from __future__ import annotations

import json
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.engine import build_analyzer
from proxy.pipeline.fair_limiter import FairLimiter
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.output import OutputFilterStage
from proxy.pipeline.stages.pii import PiiPseudonymizeStage, PiiRestoreStage
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.vllm_compat import VLLMCompatServer

ROOT = Path(__file__).parents[2]
MODEL = "tiny-chat"
SERVED = "org/tiny-chat-1b"


@pytest.fixture(scope="session")
def pii_analyzer() -> PiiAnalyzer:
    """The real analyzer (GiNZA, Sudachi, all recognizers), loaded once per test session."""
    return build_analyzer()


@pytest.fixture
def backend() -> Iterator[VLLMCompatServer]:
    with VLLMCompatServer({SERVED: 4096}) as server:
        yield server


@pytest.fixture
def second_backend() -> Iterator[VLLMCompatServer]:
    with VLLMCompatServer({SERVED: 4096}) as server:
        yield server


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "policies"
    directory.mkdir()
    shutil.copy(ROOT / "policies" / "default.yaml", directory / "default.yaml")
    shutil.copy(ROOT / "policies" / "guard-baseline.yaml", directory / "guard-baseline.yaml")
    return directory


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


GatewayFactory = Callable[..., GatewayServer]


@pytest.fixture
def make_gateway(tmp_path: Path, policy_dir: Path) -> Iterator[GatewayFactory]:
    """Start a gateway; ``backends`` are base URLs, other keywords are settings sections.

    Without ``pipeline`` the gateway runs no stages: most tests here exercise the transport
    (relay, failover, errors). Stage tests pass the pipeline they need, e.g.
    ``build_pipeline(settings, pii_analyzer=pii_analyzer)``.
    """
    started: list[GatewayServer] = []

    def start(
        backends: list[str], *, pipeline: Pipeline | None = None, **sections: Any
    ) -> GatewayServer:
        data: dict[str, Any] = {
            "server": {"port": 0},
            "models": {MODEL: {"backends": backends, "upstream_model": SERVED}},
            "policies": {"directory": str(policy_dir), "reload_interval_s": 0.05},
            "audit": {"path": str(tmp_path / "audit.log")},
            "upstream": {"health_interval_s": 0.2, "timeouts": {"read": 10.0}},
        }
        data.update(sections)
        gateway = GatewayServer(
            Settings.model_validate(data), pipeline=Pipeline() if pipeline is None else pipeline
        ).start()
        started.append(gateway)
        return gateway

    yield start
    for gateway in started:
        gateway.stop()


@pytest.fixture
def gateway(make_gateway: GatewayFactory, backend: VLLMCompatServer) -> GatewayServer:
    return make_gateway([backend.url])


OutputGatewayFactory = Callable[..., GatewayServer]


@pytest.fixture
def make_output_gateway(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    policy_dir: Path,
    pii_analyzer: PiiAnalyzer,
) -> OutputGatewayFactory:
    """Start a gateway that filters answers: ``pii.pseudonymize`` on the request,
    ``output.filter`` then ``pii.restore`` on the answer (one limiter), with the real
    analyzer, in front of ``backend``. Called with the ``policy`` (written as the default
    policy) and the backend's knobs (``chunk_chars``, ``reply`` …), as the output tests
    (``test_output.py``, ``test_responses.py``, ``test_api_r24.py``, ``test_r27_*`` …) do
    instead of each carrying a copy of the set-up."""

    def start(policy: dict[str, Any], **backend_config: Any) -> GatewayServer:
        (policy_dir / "default.yaml").write_text(json.dumps(policy, ensure_ascii=False))
        limiter = FairLimiter()
        pipeline = Pipeline(
            [PiiPseudonymizeStage(pii_analyzer, limiter=limiter)],
            [OutputFilterStage(pii_analyzer, limiter=limiter), PiiRestoreStage()],
        )
        backend.config.update(**backend_config)
        return make_gateway([backend.url], pipeline=pipeline)

    return start


@pytest.fixture
def audit_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.log"


def read_audit(path: Path, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
    """The audit records once ``count`` are written, in the order their requests arrived
    (``ts``). Each is written after its answer, by the log's writer thread: two requests
    answered one after the other can reach the file in either order."""
    import json
    import time

    deadline = time.monotonic() + timeout
    while True:
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        if len(lines) >= count or time.monotonic() > deadline:
            return sorted((json.loads(line) for line in lines), key=lambda r: r["ts"])
        time.sleep(0.01)
