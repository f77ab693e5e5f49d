from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import numpy as np
import pytest

from retrieval.embedder_config import RemoteEmbedderConfig
from retrieval.embedder_factory import build_embedder
from retrieval.errors import EmbedderError
from retrieval.remote_embedder import RemoteEmbedder

DIM = 8


class _EmbeddingsHandler(BaseHTTPRequestHandler):
    """A tiny /v1/embeddings server: vector i has the text length at position i % DIM."""

    seen: list[dict[str, Any]]
    mode: str

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.seen.append({"body": body, "auth": self.headers.get("Authorization")})  # type: ignore[attr-defined]
        mode = self.server.mode  # type: ignore[attr-defined]
        if mode == "error":
            self._send(400, {"error": {"message": "model not loaded", "type": "BadRequest"}})
            return
        if mode == "garbage":
            self._send(200, {"unexpected": True})
            return
        data = []
        for index, text in enumerate(body["input"]):
            vector = [0.0] * DIM
            vector[index % DIM] = float(len(text))
            vector[(index + 1) % DIM] = 1.0
            data.append({"object": "embedding", "index": index, "embedding": vector})
        data.reverse()  # servers may answer out of order; the index says which is which
        self._send(200, {"object": "list", "data": data, "model": body["model"]})

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        raw = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    seen: list[dict[str, Any]]
    mode: str


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _EmbeddingsHandler)
    httpd.seen = []
    httpd.mode = "ok"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def _url(server: _Server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@pytest.mark.parametrize("suffix", [pytest.param("", id="base"), pytest.param("/v1", id="v1")])
def test_embeds_with_prefixes_and_normalises(server: _Server, suffix: str) -> None:
    embedder = RemoteEmbedder(
        _url(server) + suffix, "e5", query_prefix="query: ", passage_prefix="passage: "
    )
    assert embedder.dimension == DIM
    vectors = embedder.embed_queries(["abc", "de"])
    assert vectors.shape == (2, DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    sent = server.seen[-1]["body"]
    assert sent["input"] == ["query: abc", "query: de"]
    # out-of-order answer put back in input order: first vector carries len("query: abc")
    assert vectors[0, 0] > vectors[0, 1]
    embedder.embed_passages(["x"])
    assert server.seen[-1]["body"]["input"] == ["passage: x"]


def test_batches_and_bearer_token(server: _Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMBED_KEY", "secret-token")
    config = RemoteEmbedderConfig.model_validate(
        {
            "kind": "remote",
            "base_url": _url(server),
            "model": "m",
            "api_key_env": "EMBED_KEY",
            "batch_size": 2,
            "dimension": DIM,
        }
    )
    embedder = build_embedder(config)
    assert embedder.embed_passages(["a", "b", "c"]).shape == (3, DIM)
    assert [len(s["body"]["input"]) for s in server.seen] == [2, 1]
    assert server.seen[0]["auth"] == "Bearer secret-token"


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        pytest.param("error", "answered 400: model not loaded", id="http-error"),
        pytest.param("garbage", "not an embeddings response", id="bad-body"),
    ],
)
def test_server_errors_are_clear(server: _Server, mode: str, message: str) -> None:
    embedder = RemoteEmbedder(_url(server), "m", dimension=DIM)
    server.mode = mode
    with pytest.raises(EmbedderError, match=message):
        embedder.embed_queries(["q"])


def test_unreachable_server_is_clear() -> None:
    with pytest.raises(EmbedderError, match="cannot reach"):
        RemoteEmbedder("http://127.0.0.1:9", "m", timeout_s=2.0)


def test_missing_key_variable_is_clear(server: _Server) -> None:
    config = RemoteEmbedderConfig.model_validate(
        {"kind": "remote", "base_url": _url(server), "model": "m", "api_key_env": "NOPE_X"}
    )
    with pytest.raises(EmbedderError, match="NOPE_X"):
        build_embedder(config)
