"""Schemathesis against the gateway's own OpenAPI document (``GET /openapi.json``): for every
operation, bodies generated from the schema (and from its negation) never make a 5xx, and
every error is in the OpenAI shape. Sized for CI: 25 examples per operation."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from proxy.api.openapi import openapi_document
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

SCHEMA = schemathesis.openapi.from_dict(openapi_document())


@pytest.fixture
def gateway_url(make_gateway: GatewayFactory, backend: VLLMCompatServer) -> Iterator[str]:
    # The "*" route too, so generated model names reach a backend and its answers.
    gateway = make_gateway([backend.url], models={
        MODEL: {"backends": [backend.url]}, "*": {"backends": [backend.url]},
    })  # fmt: skip
    yield gateway.url


def test_the_served_document_is_the_one_tested(gateway_url: str) -> None:
    assert httpx.get(f"{gateway_url}/openapi.json").json() == json.loads(
        json.dumps(openapi_document())
    )


@SCHEMA.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_operation_answers_5xx(case: Any, gateway_url: str) -> None:
    response = case.call(base_url=gateway_url, timeout=30)
    assert response.status_code < 500, response.text[:300]
    if response.status_code >= 400:
        error = response.json()["error"]
        assert set(error) == {"message", "type", "param", "code"}
