"""Two copies of one local model, so a short question never waits behind a long text.

A model's forward cannot be interrupted, and one model instance runs one forward at a
time. On a gateway where one client sends long messages, the guard embeds each one's
500-character window (about 210 tokens of Japanese: a quarter to half a CPU-second on the
2-core reference machine), and an ordinary question arriving meanwhile waited for that
forward before its own 30 ms one: four such clients made a normal request 2.6x slower.
:class:`ShortLaneEmbedder` holds a second instance of the same model for calls whose
texts are all short (at most :data:`SHORT_CHARS` characters, at most
:data:`SHORT_TEXTS` of them): they run beside a long forward instead of after it. Both
instances are the same weights, so a text gets the same vector in either lane.

The cost is the second instance's memory (about 20 MB for the bundled 4-bit e5-small).
Passages (indexing) always use the main instance.

A short call identical to one in flight (the same texts, in order) waits for that call's
vectors instead of queuing behind it for a second forward of the same text: the FAQ
search starts beside the guard (:mod:`proxy.pipeline.runner`), and a guard that needs the
embedding of the same question then shares it. (The query-vector memo in front of this
embedder only answers once a forward has finished.)

Failure behaviour: errors of either instance propagate unchanged (to a call that waited
for an identical one too).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future

from retrieval.embedder import Embedder, Vectors

__all__ = ["SHORT_CHARS", "SHORT_TEXTS", "ShortLaneEmbedder"]

SHORT_CHARS = 200
"""The longest text the short lane takes: a question, not a pasted document's window."""
SHORT_TEXTS = 4
"""The most texts in one short-lane call (a request's guard and search texts)."""


def is_short(texts: Sequence[str]) -> bool:
    """Whether a query call of ``texts`` goes to the short lane."""
    return 0 < len(texts) <= SHORT_TEXTS and all(len(text) <= SHORT_CHARS for text in texts)


class ShortLaneEmbedder:
    """:class:`~retrieval.embedder.Embedder` over ``main`` with ``short`` (another instance
    of the same model) for short query calls; see the module docstring."""

    def __init__(self, main: Embedder, short: Embedder) -> None:
        if (short.name, short.dimension) != (main.name, main.dimension):
            raise ValueError("the short lane must be another instance of the same model")
        self._main = main
        self._short = short
        self._flights: dict[tuple[str, ...], Future[Vectors]] = {}
        self._flights_lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._main.name

    @property
    def dimension(self) -> int:
        return self._main.dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        if not is_short(texts):
            return self._main.embed_queries(texts)
        key = tuple(texts)
        with self._flights_lock:
            flight = self._flights.get(key)
            leading = flight is None
            if flight is None:
                flight = self._flights[key] = Future()
        if not leading:
            return flight.result().copy()
        try:
            vectors = self._short.embed_queries(texts)
        except BaseException as exc:
            flight.set_exception(exc)
            raise
        else:
            flight.set_result(vectors)
            return vectors
        finally:
            with self._flights_lock:
                del self._flights[key]

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._main.embed_passages(texts)
