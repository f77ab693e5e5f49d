"""A placeholder cut by ``max_tokens`` never reaches the user half-written.

The test backend echoes what it received (``<PERSON_1>様の件で``) cut to ``max_tokens``
tokens, so every cut point inside the placeholder is tried, on every endpoint, whole and
streamed. The user gets a prefix of their own text: the value when the fragment can only
be one value of the request (one person), nothing of it when it could be several.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import openai
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

ONE = "山田太郎様の件で"
TWO = "山田太郎様と佐藤花子様"


@pytest.fixture
def client(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: PiiAnalyzer
) -> Iterator[openai.OpenAI]:
    pipeline = build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    gateway = make_gateway([backend.url], pipeline=pipeline)
    with openai.OpenAI(base_url=gateway.url + "/v1", api_key="x", max_retries=0) as sdk:
        yield sdk


def _chat(client: openai.OpenAI, text: str, limit: int, stream: bool) -> str:
    messages: list[Any] = [{"role": "user", "content": text}]
    if stream:
        chunks = client.chat.completions.create(
            model=MODEL, messages=messages, max_tokens=limit, stream=True
        )
        return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reply = client.chat.completions.create(model=MODEL, messages=messages, max_tokens=limit)
    assert reply.choices[0].finish_reason in ("length", "stop")
    return reply.choices[0].message.content or ""


def _completion(client: openai.OpenAI, text: str, limit: int, stream: bool) -> str:
    if stream:
        chunks = client.completions.create(model=MODEL, prompt=text, max_tokens=limit, stream=True)
        return "".join(c.choices[0].text for c in chunks if c.choices)
    return client.completions.create(model=MODEL, prompt=text, max_tokens=limit).choices[0].text


def _response(client: openai.OpenAI, text: str, limit: int, stream: bool) -> str:
    if stream:
        events = client.responses.create(
            model=MODEL, input=text, max_output_tokens=limit, stream=True
        )
        deltas, done = "", None
        for event in events:
            if event.type == "response.output_text.delta":
                deltas += event.delta
            elif event.type == "response.output_text.done":
                done = event.text
        assert done == deltas
        return deltas
    return client.responses.create(model=MODEL, input=text, max_output_tokens=limit).output_text


_ENDPOINTS = {"chat": (_chat, 1), "completions": (_completion, 3), "responses": (_response, 3)}


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("endpoint", sorted(_ENDPOINTS))
def test_every_cut_inside_a_placeholder_gives_a_prefix_of_the_users_text(
    client: openai.OpenAI, backend: VLLMCompatServer, endpoint: str, stream: bool
) -> None:
    call, token_chars = _ENDPOINTS[endpoint]
    backend.config.update(chunk_chars=1)
    for text in (ONE, TWO):
        # "<PERSON_1>" is 10 characters; cut at every token boundary inside it and past it.
        for limit in range(1, 12 // token_chars + 2):
            answer = call(client, text, limit, stream)
            cut = limit * token_chars
            assert text.startswith(answer), (text, cut, answer)
            if text == ONE and cut >= 2:
                # "<P" or more can only be this request's one person: the user keeps it.
                assert answer.startswith("山田太郎"), (cut, answer)
    assert "<PERSON_1>" in str(backend.requests[0].body)
