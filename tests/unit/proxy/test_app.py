from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from proxy.app import create_app
from proxy.pipeline.runner import Pipeline
from proxy.settings import Settings

ROOT = Path(__file__).parents[3]


@pytest.fixture
def app(tmp_path: Path) -> Litestar:
    policies = tmp_path / "policies"
    policies.mkdir()
    shutil.copy(ROOT / "policies" / "default.yaml", policies)
    shutil.copy(ROOT / "policies" / "guard-baseline.yaml", policies)
    settings = Settings.model_validate(
        {"policies": {"directory": str(policies)}, "audit": {"path": None}}
    )
    return create_app(settings, pipeline=Pipeline())


@pytest.fixture
def client(app: Litestar) -> Iterator[TestClient[Litestar]]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("method", "path", "status", "error_type"),
    [
        ("GET", "/v2/nothing", 404, "NotFoundError"),
        ("GET", "/v1/chat/completions", 405, "MethodNotAllowedError"),
        ("DELETE", "/v1/models", 405, "MethodNotAllowedError"),
    ],
    ids=["unknown-route", "get-on-chat", "delete-on-models"],
)
def test_framework_errors_use_the_openai_shape(
    client: TestClient[Litestar], method: str, path: str, status: int, error_type: str
) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["type"] == error_type
    assert error["code"] == status


def test_healthz(client: TestClient[Litestar]) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    # vLLM's path for the same probe.
    assert client.get("/health").json() == {"status": "ok"}


def test_readyz_without_models_is_not_ready(client: TestClient[Litestar]) -> None:
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["reasons"] == ["no models are configured (set models: or --upstream)"]


def test_chat_for_an_unconfigured_model_is_404(client: TestClient[Litestar]) -> None:
    response = client.post(
        "/v1/chat/completions",
        json={"model": "m", "messages": [{"role": "user", "content": "x"}]},
    )
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "The model `m` does not exist."


def test_metrics_are_prometheus_text(client: TestClient[Litestar]) -> None:
    client.post("/v1/chat/completions", content=b"{")
    response = client.get("/metrics")
    assert response.headers["content-type"].startswith("text/plain")
    assert 'mamori_requests_total{model="-",status="400"} 1.0' in response.text


def test_models_list_is_empty_without_routes(client: TestClient[Litestar]) -> None:
    assert client.get("/v1/models").json() == {"object": "list", "data": []}
