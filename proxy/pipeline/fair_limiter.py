"""One holder at a time, waiters served least-served first: fair sharing of a serial resource.

The PII analyzer (one spaCy pipeline per worker) takes one unit of work at a time. With a
first-come queue, a request with a long message puts a unit in the queue again right after
each of its units, so an ordinary request arriving meanwhile waits behind every long
request's next unit. :class:`FairLimiter` hands the resource to the waiter whose request
has been served least so far (:class:`Served`, seconds of the resource it has used, plus an
up-front charge for the text it brings), then by arrival: a short request goes before a
long one's first unit, a new request before the tenth unit of a long one, and long
requests share what is left round by round (fair queuing). The holder is never
interrupted; a request's wait is bounded by one unit of the longest request.

Asyncio only (the gateway's event loop), not thread-safe: acquire and release from the loop.

Failure behaviour: a waiter cancelled before it was handed the resource leaves the queue; a
waiter cancelled just after it was handed the resource passes it on at once. Nothing else
fails.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
from dataclasses import dataclass, field

__all__ = ["FairLimiter", "Served"]


@dataclass(slots=True)
class Served:
    """How much of a resource one request has used so far (seconds); its waiting priority.

    A request is charged up front for the work it brings (:meth:`upfront`), so that among
    requests that have not been served yet the one with the least work goes first: an
    ordinary question before a new long message's first unit."""

    seconds: float = 0.0
    bulk: bool = False
    """Long work no short request waits for (a long message's embedding window): its units
    run at a lower CPU priority (:mod:`proxy.pipeline.thread_work`)."""

    @classmethod
    def upfront(cls, chars: int, seconds_per_char: float, *, bulk: bool = False) -> Served:
        """A request charged ``chars`` × ``seconds_per_char`` before its first unit."""
        return cls(chars * seconds_per_char, bulk)


@dataclass(order=True, slots=True)
class _Waiter:
    served: float
    arrival: int
    future: asyncio.Future[None] = field(compare=False)


class FairLimiter:
    """One holder at a time; see the module docstring."""

    def __init__(self) -> None:
        self._held = False
        self._waiters: list[_Waiter] = []
        self._arrivals = itertools.count()

    @property
    def held(self) -> bool:
        return self._held

    @property
    def waiting(self) -> int:
        return sum(1 for waiter in self._waiters if not waiter.future.done())

    def try_acquire(self) -> bool:
        """Take the resource now if nobody holds it or waits for it (True), else False."""
        if self._held or self.waiting:
            return False
        self._held = True
        return True

    async def acquire(self, served: Served) -> None:
        """Wait for the resource; ``served`` orders this waiter among the others."""
        if not self._held and not self.waiting:
            self._held = True
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, _Waiter(served.seconds, next(self._arrivals), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # handed over in the same instant: pass it on
            else:
                future.cancel()  # stays in the heap, skipped by release()
            raise

    def release(self) -> None:
        """Hand the resource to the next waiter, or free it."""
        while self._waiters:
            waiter = heapq.heappop(self._waiters)
            if not waiter.future.done():
                waiter.future.set_result(None)
                return
        self._held = False
