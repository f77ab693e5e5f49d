"""What the gateway loads for FAQ retrieval, built once per worker in the app factory.

One Milvus connection (with the embedded default: a lease on the shared Milvus Lite
server) and a searcher per index in ``retrieval.indexes``; the built-in ``faq-extractive``
model's backends are made from these searchers by
:func:`proxy.upstream.faq_extractive.builtin_groups`. Embedders come from one
:class:`~retrieval.embedder_registry.EmbedderRegistry` (:attr:`RetrievalRuntime.embedders`):
indexes with equal embedder configurations share one model, and so does the guard stage
when :func:`proxy.pipeline.assembly.build_pipeline` is given this runtime.

Failure behaviour: start-up fails with :class:`~proxy.errors.ConfigError` when Milvus
cannot be reached, an index definition is invalid or a model cannot be loaded — a
gateway that would fail every grounded request does not start. An index that does not
exist yet is not a start-up error: requests get a 503 naming ``mamori reindex NAME``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from proxy.errors import ConfigError
from proxy.settings import Settings
from retrieval.embedder_registry import EmbedderRegistry
from retrieval.errors import RetrievalError
from retrieval.faq_searcher import FaqSearcher
from retrieval.index_definition import IndexDefinition, load_definition
from retrieval.milvus_connection import MilvusConnection
from retrieval.milvus_store import MilvusStore
from retrieval.searcher_factory import build_searcher

__all__ = ["RetrievalRuntime"]

logger = logging.getLogger(__name__)


class RetrievalRuntime:
    """The FAQ searchers of one gateway worker. Call :meth:`close` at exit.

    ``embedders`` is the worker's embedder registry; by default one is made from
    ``settings.embedding``.
    """

    def __init__(self, settings: Settings, *, embedders: EmbedderRegistry | None = None) -> None:
        section = settings.retrieval
        self.embedders = (
            embedders
            if embedders is not None
            else EmbedderRegistry(query_memo_entries=settings.embedding.query_memo_entries)
        )
        token = section.milvus_token.get_secret_value() if section.milvus_token else ""
        self._connection = MilvusConnection(
            section.milvus_uri, token=token, analyzer=section.bm25_analyzer
        )
        self.searchers: dict[str, FaqSearcher] = {}
        self._store: MilvusStore
        names = list(dict.fromkeys([*section.indexes, section.builtin_index]))
        try:
            store = self._store = self._connection.open()
            for name in names:
                path = section.indexes_dir / f"{name}.yaml"
                definition = load_definition(path) if path.exists() else IndexDefinition(name=name)
                self.searchers[name] = build_searcher(store, definition, embedders=self.embedders)
        except RetrievalError as exc:
            self._connection.close()
            raise ConfigError(f"retrieval: {exc}") from exc
        logger.info("retrieval ready: indexes %s", ", ".join(self.searchers))

    def index_problems(self, names: Iterable[str]) -> dict[str, str]:
        """Why each of ``names`` cannot be searched now (absent: it can): not loaded by
        this gateway, never built, or the store cannot be asked. Asks Milvus where each
        index's alias points (blocking: call it from a worker thread)."""
        problems: dict[str, str] = {}
        for name in dict.fromkeys(names):
            if name not in self.searchers:
                loaded = ", ".join(self.searchers) or "none"
                problems[name] = (
                    f"index {name!r} is not loaded by this gateway (retrieval.indexes: {loaded})"
                )
                continue
            try:
                current = self._store.current(name)
            except RetrievalError as exc:
                problems[name] = f"index {name!r} cannot be read: {exc}"
                continue
            if current is None:
                problems[name] = f"index {name!r} does not exist: run `mamori reindex {name}`"
        return problems

    def close(self) -> None:
        self._connection.close()
