"""Property-based fuzzing of the HTTP surface: whatever a client sends, the gateway answers
with a status below 500 in the OpenAI error shape (or a normal answer), and stays up.

Sized for CI (a few hundred examples, about a minute); ``bench/fuzz.py`` runs the same
strategies longer and reports counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz_bodies import FUZZ_MODEL, requests
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, SERVED, GatewayFactory
from tests.vllm_compat import VLLMCompatServer


@pytest.fixture
def fuzz_target(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> Iterator[tuple[GatewayServer, httpx.Client]]:
    # The strategies' model name is served, so nearly valid bodies get past routing to
    # the stages and the relay.
    served = {"backends": [backend.url], "upstream_model": SERVED}
    gateway = make_gateway([backend.url], models={MODEL: served, FUZZ_MODEL: served})
    with httpx.Client(base_url=gateway.url, timeout=10) as client:
        yield gateway, client


def check(response: httpx.Response) -> None:
    """No 5xx; an error is a JSON object in the OpenAI shape."""
    assert response.status_code < 500, response.text[:300]
    if response.status_code >= 400 and response.status_code != 499:
        error = json.loads(response.content)["error"]
        assert set(error) == {"message", "type", "param", "code"}
        # The status, or a string naming the case (model_not_found, unsupported_parameter).
        assert error["code"] == response.status_code or isinstance(error["code"], str)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(request=requests())
def test_no_body_makes_a_5xx(
    fuzz_target: tuple[GatewayServer, httpx.Client], request: tuple[tuple[str, str], bytes]
) -> None:
    _, client = fuzz_target
    (method, path), raw = request
    check(client.request(method, path, content=raw, headers={"Content-Type": "application/json"}))


def test_the_gateway_is_still_healthy_after_fuzzing(
    fuzz_target: tuple[GatewayServer, httpx.Client],
) -> None:
    _, client = fuzz_target
    assert client.get("/healthz").status_code == 200
