"""Worker-thread calls that keep their limiter until the thread has really finished.

Units wait for the resource in a :class:`~proxy.pipeline.fair_limiter.FairLimiter`
(least-served request first), so an ordinary request is not queued behind every unit of a
long one.

A thread cannot be interrupted. When the task awaiting ``anyio.to_thread.run_sync`` is
cancelled the asyncio way (``task.cancel()``, as :mod:`proxy.api.disconnect` does when
the client leaves), the await ends at once and the limiter is released while the thread
still runs: the next request's thread would then use the same analyzer concurrently, and
spaCy pipelines are not thread-safe. :meth:`ThreadUnits.run` runs the call in a task of its
own that holds the limiter until the thread returns; the caller waits for it through
:func:`asyncio.shield`, so a cancelled caller stops waiting at once (nothing new starts)
while the unit in hand finishes in the background and only then frees the limiter. Work
is therefore cut into bounded units by the callers (:mod:`proxy.pipeline.analysis_chunks`):
what runs on after a cancellation is at most one unit.

Units of **bulk** work (:attr:`~proxy.pipeline.fair_limiter.Served.bulk`: a long
message's embedding window) run in threads of their own at a lower CPU priority (nice
+:data:`BULK_NICE`, on Linux, where a thread has its own nice value): a short request's
question is embedded on a model instance of its own beside them, and on a busy machine the
kernel gives its thread the CPU first. Only work that no short request waits for is
lowered: a lowered unit holding a limiter a short request waits on would make that wait
longer (the PII analyzer's units stay at the normal priority). Measured in one process on the 2
shared cores: a question's embedding beside two long windows' forwards took 229-365 ms
at the same priority, 91-108 ms with the long ones niced (97-122 ms alone).

Units of **small** work (``inline=True``: the callers pass it for a unit of at most
:data:`INLINE_CHARS` characters of text) run on the event loop itself when the limiter is
free and nobody waits for it, holding the limiter while they run: a thread hop (waking a
worker, a task, the shield, waking the loop again; 0.13 ms of wall time measured on an idle
loop, more when the cores are busy) costs about as much as the analysis of a short
question, and a pure-Python unit in a worker thread holds the GIL, so the loop waits for it
either way. A held or contended limiter sends the unit to a thread as before, so the
resource still has one user at a time. An inline unit cannot be cancelled half-way; it is
at most a few milliseconds.

Failure behaviour: an exception of the call is raised to the caller; if the caller was
cancelled first, the background task's exception is retrieved and dropped (the request
is gone). Where the priority cannot be lowered, bulk units run at the normal one.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import anyio.to_thread

from proxy.pipeline.fair_limiter import FairLimiter, Served

__all__ = ["BULK_NICE", "INLINE_CHARS", "ThreadUnits"]

_T = TypeVar("_T")

BULK_NICE = 10
"""How much lower bulk units' threads run (a nice value; CFS gives a thread at +10 about a
tenth of the CPU of one at 0 when both want it, and all of it when nothing else does)."""
INLINE_CHARS = 64
"""Units on at most this many characters may run inline (callers decide, see the module
docstring): the PII analysis of 64 characters is about 1-2 ms of CPU without NER."""
_BULK_THREADS = 4
"""Threads for bulk units: one per serial resource (analyzer, embedder) with room to spare
(a unit whose caller left may still be finishing)."""


class ThreadUnits:
    """Runs units of blocking work in worker threads, one at a time under a
    :class:`~proxy.pipeline.fair_limiter.FairLimiter` (see the module docstring). Built once
    per resource the limiter guards, or per user of a shared limiter."""

    def __init__(self, limiter: FairLimiter) -> None:
        self.limiter = limiter
        # Units still running after their caller was cancelled, kept so they are not
        # garbage-collected before their thread returns.
        self._orphans: set[asyncio.Future[Any]] = set()

    async def run(
        self, call: Callable[..., _T], *args: object, served: Served, inline: bool = False
    ) -> _T:
        """``call(*args)`` in a worker thread once the limiter lets this request's unit in
        (``served``: what the request has used so far, which it adds this unit's time to).
        The limiter stays taken until the thread has returned, even when the caller is
        cancelled first; a unit still queued when its caller is cancelled never runs.
        ``inline``: a small unit, run on the event loop when the limiter is free and
        nobody waits (module docstring); never for bulk work."""
        if inline and not served.bulk and self.limiter.try_acquire():
            started = time.perf_counter()
            try:
                return call(*args)
            finally:
                served.seconds += time.perf_counter() - started
                self.limiter.release()
        began: list[float] = []

        async def unit() -> _T:
            await self.limiter.acquire(served)
            began.append(time.perf_counter())
            try:
                if served.bulk:
                    loop = asyncio.get_running_loop()
                    return await loop.run_in_executor(_bulk_threads(), call, *args)
                return await anyio.to_thread.run_sync(call, *args)
            finally:
                served.seconds += time.perf_counter() - began[0]
                self.limiter.release()

        task = asyncio.ensure_future(unit())
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            if not task.done():
                if began:
                    self._orphans.add(task)
                    task.add_done_callback(self._forget)
                else:
                    task.cancel()  # still queued: it leaves the queue and never runs
            raise

    def _forget(self, unit: asyncio.Future[Any]) -> None:
        self._orphans.discard(unit)
        if not unit.cancelled():
            unit.exception()  # retrieved: nobody waits for it any more


@functools.cache
def _bulk_threads() -> ThreadPoolExecutor:
    """The worker threads of bulk units, each at nice +:data:`BULK_NICE` from its start."""
    return ThreadPoolExecutor(
        _BULK_THREADS, thread_name_prefix="mamori-bulk", initializer=_lower_priority
    )


def _lower_priority() -> None:
    # On Linux a thread has its own nice value (setpriority on its thread id); elsewhere,
    # or without the permission, the unit runs at the normal priority.
    with contextlib.suppress(OSError, AttributeError):
        thread = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, thread, os.getpriority(os.PRIO_PROCESS, thread) + BULK_NICE)
