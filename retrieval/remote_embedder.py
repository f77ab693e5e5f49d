"""A remote OpenAI-style ``POST /v1/embeddings`` endpoint as an embedder.

Works with vLLM (``--runner pooling``), Hugging Face TEI and anything else that speaks the
OpenAI embeddings API. Prefixes come from the config and are added before sending;
vectors are L2-normalised here because servers differ on whether they normalise.

Only pseudonymised text may be sent: the retrieval stage runs after ``pii.pseudonymize``,
and the reindex job sends FAQ text the operator chose to index.

Failure behaviour: every failure raises :class:`EmbedderError` naming the URL and what
went wrong (unreachable, timeout, HTTP status with the server's message, a body that is
not an embeddings response, a wrong number of vectors) — never the texts sent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import httpx
import numpy as np

from retrieval.embedder import Vectors
from retrieval.errors import EmbedderError

__all__ = ["RemoteEmbedder"]

logger = logging.getLogger(__name__)

_PROBE = "dimension probe"


class RemoteEmbedder:
    """:class:`~retrieval.embedder.Embedder` calling ``{base_url}/v1/embeddings``."""

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None = None,
        timeout_s: float = 30.0,
        batch_size: int = 64,
        dimension: int | None = None,
        query_prefix: str = "",
        passage_prefix: str = "",
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        base = base_url.rstrip("/")
        self._url = base + ("/embeddings" if base.endswith("/v1") else "/v1/embeddings")
        self._model = model
        self._batch_size = batch_size
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout_s), headers=headers, transport=transport
        )
        self._dimension = dimension if dimension is not None else self._probe_dimension()

    @property
    def name(self) -> str:
        return f"remote/{self._model}|q={self._query_prefix!r}|p={self._passage_prefix!r}"

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed([self._query_prefix + text for text in texts])

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed([self._passage_prefix + text for text in texts])

    def close(self) -> None:
        self._client.close()

    def _probe_dimension(self) -> int:
        return int(self._request([_PROBE]).shape[1])

    def _embed(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self._dimension), dtype=np.float32)
        parts = [
            self._request(texts[start : start + self._batch_size])
            for start in range(0, len(texts), self._batch_size)
        ]
        out = np.concatenate(parts)
        if out.shape[1] != self._dimension:
            raise EmbedderError(
                f"{self._url} returned {out.shape[1]}-d vectors; expected {self._dimension}"
            )
        return out

    def _request(self, texts: list[str]) -> Vectors:
        try:
            response = self._client.post(
                self._url, json={"model": self._model, "input": texts, "encoding_format": "float"}
            )
        except httpx.TimeoutException as exc:
            raise EmbedderError(f"embedding request to {self._url} timed out") from exc
        except httpx.HTTPError as exc:
            raise EmbedderError(
                f"cannot reach the embedding server {self._url}: {type(exc).__name__}"
            ) from exc
        if response.status_code != 200:
            raise EmbedderError(
                f"embedding server {self._url} answered {response.status_code}: "
                f"{_error_message(response)}"
            )
        try:
            data = sorted(response.json()["data"], key=lambda item: item["index"])
            matrix = np.asarray([item["embedding"] for item in data], dtype=np.float32)
        except (ValueError, KeyError, TypeError) as exc:
            raise EmbedderError(
                f"embedding server {self._url} sent a body that is not an embeddings response"
            ) from exc
        if matrix.ndim != 2 or matrix.shape[0] != len(texts):
            raise EmbedderError(
                f"embedding server {self._url} returned {matrix.shape[0] if matrix.ndim else 0} "
                f"vectors for {len(texts)} texts"
            )
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        normalised: Vectors = (matrix / norms).astype(np.float32)
        return normalised


def _error_message(response: httpx.Response) -> str:
    """The server's own error message, short; never echoes request content."""
    try:
        body: Any = response.json()
    except ValueError:
        return response.reason_phrase or "no message"
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])[:300]
        if isinstance(error, str):
            return error[:300]
        if isinstance(body.get("detail"), str):
            return str(body["detail"])[:300]
    return response.reason_phrase or "no message"
