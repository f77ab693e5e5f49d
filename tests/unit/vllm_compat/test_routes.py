"""The vLLM-compatible test server: plain routes: /health, /v1/models, unknown routes."""

from __future__ import annotations

import httpx
import pytest

from tests.unit.vllm_compat.support import CHAT, MODELS


def test_health_is_200_with_empty_body(http: httpx.Client) -> None:
    response = http.get("/health")
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize(("name", "max_model_len"), MODELS.items(), ids=list(MODELS))
def test_models_lists_every_model_with_max_model_len(
    http: httpx.Client, name: str, max_model_len: int
) -> None:
    listing = http.get("/v1/models").json()
    assert listing["object"] == "list"
    card = next(card for card in listing["data"] if card["id"] == name)
    assert card["max_model_len"] == max_model_len
    assert card["owned_by"] == "vllm"
    assert card["root"] == name
    assert card["parent"] is None
    assert card["permission"][0]["object"] == "model_permission"


@pytest.mark.parametrize(
    ("method", "path", "status", "detail"),
    [
        ("GET", "/v1/nothing-here", 404, "Not Found"),
        ("GET", CHAT, 405, "Method Not Allowed"),
    ],
    ids=["unknown-route", "wrong-method"],
)
def test_unknown_routes_answer_like_fastapi(
    http: httpx.Client, method: str, path: str, status: int, detail: str
) -> None:
    response = http.request(method, path)
    assert response.status_code == status
    assert response.json() == {"detail": detail}
