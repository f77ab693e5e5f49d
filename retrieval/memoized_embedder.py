"""A bounded memo of query vectors in front of an embedder, so one text is embedded once.

On a request with retrieval on, ``guard.classify`` embeds the last user message and
``retrieval.inject`` then searches with the same text: both stages use one embedder (see
:class:`~retrieval.embedder_registry.EmbedderRegistry`), and the second embedding is a
memo hit instead of another 25–45 ms of CPU. A history re-sent every turn (guard scope
``user`` or ``conversation``) is embedded once per worker too.

Only query vectors are memoised. The key is the SHA-256 of the text; the text itself is
never kept. The memo holds at most ``entries`` vectors and drops the least recently used.
Calls with more than :data:`MEMO_BATCH` texts (a policy's exemplars) go straight to the
model: they are embedded once, and would only push the requests' texts out.

Thread-safe: embedding runs in worker threads. The lock covers the memo only, not the
model, so two threads that miss on the same text at once both embed it (the same vector).

Failure behaviour: errors of the wrapped embedder propagate unchanged and nothing is
memoised for that call; a memo never changes a vector.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from retrieval.embedder import Embedder, Vectors

__all__ = ["MEMO_BATCH", "MemoizedEmbedder"]

MEMO_BATCH = 16
"""Calls with more texts than this bypass the memo."""


class MemoizedEmbedder:
    """:class:`~retrieval.embedder.Embedder` over ``inner`` with a query-vector memo of
    ``entries`` vectors; see the module docstring."""

    def __init__(self, inner: Embedder, *, entries: int) -> None:
        if entries < 1:
            raise ValueError("a memo holds at least one vector")
        self._inner = inner
        self._entries = entries
        self._memo: OrderedDict[bytes, Vectors] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        """Texts answered from the memo since start (read by benchmarks and tests)."""
        self.misses = 0
        """Texts the wrapped embedder was asked for through the memo."""

    @property
    def inner(self) -> Embedder:
        """The wrapped embedder."""
        return self._inner

    @property
    def name(self) -> str:
        return self._inner.name

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    def __len__(self) -> int:
        """Vectors held now."""
        with self._lock:
            return len(self._memo)

    def keys(self) -> list[bytes]:
        """The digests held, least recently used first (what the memo keeps of a text)."""
        with self._lock:
            return list(self._memo)

    def holds(self, text: str) -> bool:
        """Whether the memo has ``text``'s query vector now (it may be dropped before the
        next call; the answer is a hint, not a promise)."""
        key = hashlib.sha256(text.encode()).digest()
        with self._lock:
            return key in self._memo

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        if len(texts) > MEMO_BATCH:
            return self._inner.embed_queries(texts)
        keys = [hashlib.sha256(text.encode()).digest() for text in texts]
        found: dict[bytes, Vectors] = {}
        with self._lock:
            for key in keys:
                vector = self._memo.get(key)
                if vector is not None:
                    self._memo.move_to_end(key)
                    found[key] = vector
        # A text repeated within the call is embedded once.
        missing: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in found:
                missing.setdefault(key, text)
        if missing:
            fresh = self._inner.embed_queries(list(missing.values()))
            for row, key in enumerate(missing):
                # A copy: a row view would keep the whole batch alive.
                vector = np.array(fresh[row], dtype=np.float32)
                vector.flags.writeable = False
                found[key] = vector
        with self._lock:
            self.hits += len(keys) - len(missing)
            self.misses += len(missing)
            for key in missing:
                self._memo[key] = found[key]
                self._memo.move_to_end(key)
            while len(self._memo) > self._entries:
                self._memo.popitem(last=False)
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([found[key] for key in keys])

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed_passages(texts)
