"""Where the FAQ store lives: a local Milvus Lite home, or a Milvus server URI.

``uri`` is either ``http(s)://host:19530`` (Milvus standalone/cluster, with ``token``) or a
local directory (the embedded default, ``indexes/milvus``). For a local directory the
shared Milvus Lite server is started or reused (:mod:`retrieval.milvus_lite_server`) and
then reached over gRPC exactly like a remote server: one code path.

The BM25 analyzer follows the server: Milvus Lite only knows ``standard`` (``\\w+``
tokens), Milvus standalone's ``standard`` would split Japanese into single characters, so
there ``whitespace`` is used; both only split the Sudachi terms at their spaces.

Failure behaviour: :class:`~retrieval.errors.StoreError` (or its subclass
``MilvusLiteServerError``) when the server cannot be started or reached.
"""

from __future__ import annotations

import logging
from pathlib import Path

from retrieval.milvus_lite_server import MilvusLiteServer
from retrieval.milvus_store import Analyzer, MilvusStore

__all__ = ["MilvusConnection", "is_remote_uri"]

logger = logging.getLogger(__name__)


def is_remote_uri(uri: str) -> bool:
    return uri.startswith(("http://", "https://", "tcp://", "grpc://"))


class MilvusConnection:
    """Opens the store for ``uri`` and gives the Milvus Lite lease back on :meth:`close`."""

    def __init__(
        self,
        uri: str,
        *,
        token: str = "",
        analyzer: Analyzer | None = None,
        timeout_s: float = 10.0,
    ) -> None:
        self.uri = uri
        self._token = token
        self._timeout_s = timeout_s
        remote = is_remote_uri(uri)
        self._analyzer: Analyzer = analyzer or ("whitespace" if remote else "standard")
        self._server = None if remote else MilvusLiteServer(Path(uri))
        self._store: MilvusStore | None = None

    def open(self) -> MilvusStore:
        """The connected store (starting the local server if needed). Idempotent."""
        if self._store is None:
            address = self._server.acquire() if self._server else self.uri
            try:
                self._store = MilvusStore.connect(
                    address,
                    token=self._token,
                    analyzer=self._analyzer,
                    timeout_s=self._timeout_s,
                    idle_pings=self._server is None,
                )
            except BaseException:
                if self._server:
                    self._server.release()
                raise
        return self._store

    def close(self) -> None:
        """Disconnect; the last local user stops the Milvus Lite server."""
        if self._store is not None:
            self._store.close()
            self._store = None
        if self._server is not None:
            self._server.release()
