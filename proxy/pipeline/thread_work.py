"""Worker-thread calls that keep their limiter until the thread has really finished.

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

Failure behaviour: an exception of the call is raised to the caller; if the caller was
cancelled first, the background task's exception is retrieved and dropped (the request
is gone).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
import anyio.to_thread

__all__ = ["ThreadUnits"]

_T = TypeVar("_T")


class ThreadUnits:
    """Runs units of blocking work in worker threads under one limiter (see the module
    docstring). Built once per resource the limiter guards, shared by its users."""

    def __init__(self, limiter: anyio.CapacityLimiter) -> None:
        self.limiter = limiter
        # Units still running after their caller was cancelled, kept so they are not
        # garbage-collected before their thread returns.
        self._orphans: set[asyncio.Future[Any]] = set()

    async def run(self, call: Callable[..., _T], *args: object) -> _T:
        """``call(*args)`` in a worker thread under the limiter, which stays taken until
        the thread has returned, even when the caller is cancelled first."""
        unit = asyncio.ensure_future(anyio.to_thread.run_sync(call, *args, limiter=self.limiter))
        try:
            return await asyncio.shield(unit)
        except asyncio.CancelledError:
            if not unit.done():
                self._orphans.add(unit)
                unit.add_done_callback(self._forget)
            raise

    def _forget(self, unit: asyncio.Future[Any]) -> None:
        self._orphans.discard(unit)
        if not unit.cancelled():
            unit.exception()  # retrieved: nobody waits for it any more
