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

**Speculation** (:meth:`ShortLaneEmbedder.speculate`): the gateway knows a short
question's likely search text before ``pii.pseudonymize`` has read it, and most questions
hold no personal data, so the text the search embeds after that stage is usually the same
string. ``speculate`` starts that forward at once on the *main* instance, in a thread of
its own, as a flight: a later identical call (the search, or the guard) waits for it
instead of starting its own, so the forward overlaps the PII analysis. A later call with
another text (the stage pseudonymised something) runs on the short instance as before and
does not wait. The caller says which text it will embed for its speculation
(:meth:`ShortLaneEmbedder.settle`, with the handle ``speculate`` returned); when that is
another text the speculative vector is dropped unused, and the speculation's thread is
lowered (nice +:data:`LOWERED_NICE`, as the gateway's bulk work) for the rest of its
forward, so the CPU goes to the forward that is used (measured: without it, a short message
with a name and no digit waited several ms more on a busy machine); that thread is then
retired and the next speculation gets a new one. Another request's short call does not
lower a speculation: under concurrency it was lowering the one its own request waits for.
A speculation that ends before the identical call comes is kept for it for
:data:`LANDED_S` seconds (by the SHA-256 of its texts, not the texts; one at a time,
dropped by the first short call or speculation after that). Only when the model is idle
(no flight, no call on the main instance): a busy gateway gets no extra forwards. The text
stays in this process (the model is in-process); nothing of a speculative call is
remembered longer unless an identical call takes it.

Failure behaviour: errors of either instance propagate unchanged (to a call that waited
for an identical one too); a speculative forward's error is not: the call that would have
taken its result runs its own forward instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, InvalidStateError, ThreadPoolExecutor

from retrieval.embedder import Embedder, Vectors

__all__ = ["SHORT_CHARS", "SHORT_TEXTS", "ShortLaneEmbedder"]

SHORT_CHARS = 200
"""The longest text the short lane takes: a question, not a pasted document's window."""
SHORT_TEXTS = 4
"""The most texts in one short-lane call (a request's guard and search texts)."""


LOWERED_NICE = 10
"""How much lower a speculation nobody will take runs (the gateway's bulk units' value)."""
LANDED_S = 2.0
"""How long a finished speculation's vectors wait for the call that takes them."""


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
        self._speculative: set[tuple[str, ...]] = set()
        self._running: dict[tuple[str, ...], int] = {}
        """Speculations whose thread runs, by texts: the thread's native id."""
        self._lowered: set[tuple[str, ...]] = set()
        """Speculations lowered (their thread is retired when they end)."""
        self._handles: dict[tuple[str, ...], Future[None]] = {}
        """Each speculation's handle (what ``speculate`` returned), by texts."""
        self._abandoned: set[tuple[str, ...]] = set()
        """Speculations their caller will not take (lowered once their thread runs)."""
        self._main_calls = 0
        """Calls on the main instance now (speculation waits for none)."""
        self._landed: tuple[bytes, float, Vectors] | None = None
        """A finished speculation no call took yet: digest of its texts, when, vectors."""
        self._flights_lock = threading.Lock()
        self.speculations = 0
        """Speculative forwards started since start (read by benchmarks and tests)."""

    @property
    def name(self) -> str:
        return self._main.name

    @property
    def dimension(self) -> int:
        return self._main.dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        if not is_short(texts):
            return self._on_main(self._main.embed_queries, texts)
        key = tuple(texts)
        with self._flights_lock:
            if self._landed is not None:
                landed = self._take_landed(key)
                if landed is not None:
                    return landed
            flight = self._flights.get(key)
            leading = flight is None
            if flight is None:
                flight = self._flights[key] = Future()
            speculative = not leading and key in self._speculative
        if not leading:
            try:
                return flight.result().copy()
            except Exception:
                if not speculative:
                    raise
            # The speculation failed: this call's own forward, as if there had been none.
            return self._short.embed_queries(texts)
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
        return self._on_main(self._main.embed_passages, texts)

    def _on_main(self, call: _Call, texts: Sequence[str]) -> Vectors:
        with self._flights_lock:
            self._main_calls += 1
        try:
            return call(texts)
        finally:
            with self._flights_lock:
                self._main_calls -= 1

    def speculate(self, texts: Sequence[str]) -> Future[None] | None:
        """Start a forward of ``texts`` (short query texts) on the main instance, in a
        thread of its own, as a flight a later identical :meth:`embed_queries` call takes
        (module docstring). Returns a future that is done once that thread runs (the
        caller may wait for it, so the thread is not kept from the interpreter lock
        while the caller goes on), or None when nothing was started: the texts are not
        short, or the model is busy."""
        if not is_short(texts):
            return None
        key = tuple(texts)
        with self._flights_lock:
            if self._flights or self._main_calls:
                return None
            flight: Future[Vectors] = Future()
            self._flights[key] = flight
            self._speculative.add(key)
            self._main_calls += 1
            self.speculations += 1
            started: Future[None] = Future()
            self._handles[key] = started
        try:
            _speculation_thread().submit(self._speculate, key, flight, started)
        except BaseException:
            self._land(key)
            raise
        return started

    def _speculate(
        self, key: tuple[str, ...], flight: Future[Vectors], started: Future[None]
    ) -> None:
        with self._flights_lock:
            self._running[key] = threading.get_native_id()
            if key in self._abandoned:
                self._lower(key)
        with contextlib.suppress(InvalidStateError):  # the caller stopped waiting
            started.set_result(None)
        vectors: Vectors | None = None
        try:
            vectors = self._main.embed_queries(list(key))
        except Exception as exc:
            flight.set_exception(exc)
        else:
            flight.set_result(vectors)
        finally:
            self._land(key, vectors)

    def speculating(self, texts: Sequence[str]) -> bool:
        """Whether a speculative forward of ``texts`` runs (and its caller still wants it)."""
        key = tuple(texts)
        with self._flights_lock:
            return key in self._flights and key in self._speculative and key not in self._abandoned

    def follow(self, texts: Sequence[str], then: Callable[[], None]) -> bool:
        """Call ``then`` in the speculation's own thread as soon as the speculative forward
        of ``texts`` ends (at once, in this thread, if it has just ended), and return True;
        False when no speculation of ``texts`` runs (or its caller gave it up). ``then``
        finds the vectors with :meth:`embed_queries` at once: the work after a forward
        runs in the thread that is already running instead of in a thread woken for it.
        ``then`` must not raise (a callback's exception is only logged)."""
        key = tuple(texts)
        with self._flights_lock:
            flight = self._flights.get(key)
            if flight is None or key not in self._speculative or key in self._abandoned:
                return False
        flight.add_done_callback(lambda _: then())
        return True

    def settle(self, handle: Future[None], texts: Sequence[str]) -> None:
        """The caller of the speculation ``handle`` will embed ``texts``: if they are not
        the speculation's own, nobody will take it, and it competes for the CPU with the
        forward that will be used: it is lowered (as soon as its thread runs) and its
        vectors are not kept. Nothing when the speculation has ended already."""
        key = tuple(texts)
        with self._flights_lock:
            for speculated, known in self._handles.items():
                if known is handle:
                    if speculated != key:
                        self._abandoned.add(speculated)
                        self._lower(speculated)
                    return

    def _lower(self, key: tuple[str, ...]) -> None:
        """Lower the thread of speculation ``key`` if it runs and is not lowered yet.
        Called under the flights lock."""
        thread = self._running.get(key)
        if thread is None or key in self._lowered:
            return
        self._lowered.add(key)
        # Linux: a thread has its own nice value. Elsewhere, or without the right, the
        # speculation simply runs on at its priority.
        with contextlib.suppress(OSError, AttributeError):
            niceness = os.getpriority(os.PRIO_PROCESS, thread)
            os.setpriority(os.PRIO_PROCESS, thread, niceness + LOWERED_NICE)

    def _land(self, key: tuple[str, ...], vectors: Vectors | None = None) -> None:
        with self._flights_lock:
            del self._flights[key]
            self._speculative.discard(key)
            self._running.pop(key, None)
            self._handles.pop(key, None)
            if key in self._abandoned:
                self._abandoned.discard(key)
                vectors = None  # nobody will take them
            if key in self._lowered:
                # A lowered thread cannot be raised again without privileges: retired.
                self._lowered.discard(key)
                _retire_speculation_thread()
            self._main_calls -= 1
            # Kept for a call still to come (a waiting one has its copy already).
            self._landed = (
                (_digest(key), time.monotonic(), vectors) if vectors is not None else None
            )

    def _take_landed(self, key: tuple[str, ...]) -> Vectors | None:
        """The landed speculation's vectors if they are ``key``'s and fresh (then taken);
        a stale one is dropped. Called under the flights lock."""
        assert self._landed is not None
        digest, at, vectors = self._landed
        if time.monotonic() - at > LANDED_S:
            self._landed = None
            return None
        if digest != _digest(key):
            return None
        self._landed = None
        return vectors.copy()


def _digest(texts: tuple[str, ...]) -> bytes:
    return hashlib.sha256("\x00".join(texts).encode()).digest()


_Call = Callable[[Sequence[str]], Vectors]


_POOLS: dict[int, ThreadPoolExecutor] = {}
_POOLS_LOCK = threading.Lock()


def _speculation_thread() -> ThreadPoolExecutor:
    """The thread speculative forwards run in (one per process: made again after a fork,
    where a pool made before it has no thread, and after a lowered one was retired)."""
    with _POOLS_LOCK:
        pool = _POOLS.get(os.getpid())
        if pool is None:
            pool = _POOLS[os.getpid()] = ThreadPoolExecutor(
                1, thread_name_prefix="mamori-speculate"
            )
        return pool


def _retire_speculation_thread() -> None:
    """The speculation thread was lowered: it ends after its forward; the next speculation
    gets a new thread at the normal priority."""
    with _POOLS_LOCK:
        pool = _POOLS.pop(os.getpid(), None)
    if pool is not None:
        pool.shutdown(wait=False)
