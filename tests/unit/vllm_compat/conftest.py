"""Fixtures of the vLLM-compatible server's tests: one server for the package, reset
before each test, and clients (httpx, the official openai SDK) pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import openai
import pytest

from tests.unit.vllm_compat.support import MODELS
from tests.vllm_compat import (
    VLLMCompatServer,
)


@pytest.fixture(scope="package")
def server() -> Iterator[VLLMCompatServer]:
    with VLLMCompatServer(MODELS) as srv:
        yield srv


@pytest.fixture(autouse=True)
def fresh(server: VLLMCompatServer) -> Iterator[None]:
    server.reset()
    yield
    server.wait_for(lambda: server.running == 0, what="no request left in flight")


@pytest.fixture
def http(server: VLLMCompatServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=5.0) as client:
        yield client


@pytest.fixture
async def ahttp(server: VLLMCompatServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.url, timeout=5.0) as client:
        yield client


@pytest.fixture
def oai(server: VLLMCompatServer) -> Iterator[openai.OpenAI]:
    # max_retries=0: the SDK would otherwise retry a 500 and consume queued faults.
    with openai.OpenAI(base_url=f"{server.url}/v1", api_key="sk-test", max_retries=0) as client:
        yield client


@pytest.fixture
async def aoai(server: VLLMCompatServer) -> AsyncIterator[openai.AsyncOpenAI]:
    client = openai.AsyncOpenAI(base_url=f"{server.url}/v1", api_key="sk-test", max_retries=0)
    async with client:
        yield client
