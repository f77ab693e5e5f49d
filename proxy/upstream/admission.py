"""Admission control: a bounded number of requests in flight per model, and a QoS queue.

One :class:`AdmissionQueue` per model route. Its capacity is the route's per-replica limit
(``models.NAME.max_in_flight``) times the replicas in rotation, read at each decision, so
an ejected replica shrinks it and a re-admitted one grows it (call :meth:`wake`). A request
starts at once when a slot is free and its class is under its share
(``qos.classes.NAME.max_share`` of the capacity); otherwise it waits in a queue ordered by
class, then deadline (arrival + the class's TTFT objective), then arrival. Each freed slot
goes to the first waiter allowed to take it, so higher classes always go first and a class
held back by its share does not block the others.

Overload relegates the lowest classes first:

* a waiter that is still queued after its class's ``max_queue_wait_s`` is answered 429
  with ``Retry-After`` (``queue_timeout``);
* when ``qos.queue_limit`` requests wait, a newcomer of a higher class takes the place of
  the lowest, latest waiter, which gets the 429 (``queue_full``); a newcomer that is
  itself the lowest gets it instead.

A waiter whose client went away is cancelled by the request path and leaves the queue at
once (``client_left``); it never holds a slot.

Without a limit (``max_in_flight: null``) every request starts at once; the queue only
counts them.

Failure behaviour: :meth:`AdmissionQueue.admit` raises
:class:`~proxy.errors.TooManyRequestsError` when the request is relegated, and passes on
``CancelledError`` after removing the waiter (or releasing a slot granted meanwhile).
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from proxy.access.qos import QosClass
from proxy.errors import TooManyRequestsError
from proxy.observability.metrics import GatewayMetrics

__all__ = ["AdmissionQueue", "Ticket"]

logger = logging.getLogger(__name__)

#: Weight of the newest sample in the running mean of how long a slot is held.
_HOLD_EWMA = 0.1
_RETRY_AFTER_MAX_S = 60


@dataclass(slots=True, order=True)
class _Waiter:
    key: tuple[int, float, int]
    """(class rank, deadline, arrival sequence): the queue order."""
    cls: QosClass = field(compare=False)
    granted: asyncio.Future[bool] = field(compare=False)
    """Resolves True when a slot is given, False when the waiter is relegated."""


class Ticket:
    """A slot in flight; :meth:`release` it when the upstream exchange is over."""

    __slots__ = ("_queue", "_released", "_started", "cls", "waited_s")

    def __init__(self, queue: AdmissionQueue, cls: QosClass, waited_s: float) -> None:
        self._queue = queue
        self.cls = cls
        self.waited_s = waited_s
        """Seconds the request waited in the queue (0 when it started at once)."""
        self._started = queue.clock()
        self._released = False

    def release(self) -> None:
        """Give the slot back to the next waiter. Idempotent."""
        if self._released:
            return
        self._released = True
        self._queue._release(self.cls, self._queue.clock() - self._started)


class AdmissionQueue:
    """Admission for one model route; see the module doc."""

    def __init__(
        self,
        model: str,
        *,
        capacity: Callable[[], int | None],
        queue_limit: int,
        metrics: GatewayMetrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.model = model
        self._capacity = capacity
        self._queue_limit = queue_limit
        self._metrics = metrics
        self.clock = clock
        self._waiters: list[_Waiter] = []
        self._active = 0
        self._active_by_class: dict[str, int] = {}
        self._seq = itertools.count()
        self._mean_hold_s = 1.0

    # Introspection (readyz, tests)

    @property
    def active(self) -> int:
        return self._active

    def waiting(self, cls: str | None = None) -> int:
        """Requests waiting now, of one class or all."""
        return sum(1 for w in self._waiters if cls is None or w.cls.name == cls)

    # Admission

    async def admit(self, cls: QosClass) -> Ticket:
        """Wait for a slot for a request of class ``cls``; see the module doc."""
        arrived = self.clock()
        if self._can_start(cls):
            self._take(cls)
            return self._ticket(cls, 0.0)
        waiter = _Waiter(
            key=(cls.rank, arrived + cls.deadline_s(), next(self._seq)),
            cls=cls,
            granted=asyncio.get_running_loop().create_future(),
        )
        self._enqueue(waiter)
        try:
            async with asyncio.timeout(cls.max_queue_wait_s):
                granted = await waiter.granted
        except TimeoutError:
            if _was_granted(waiter):
                return self._ticket(cls, self.clock() - arrived)
            self._remove(waiter)
            raise self._relegated(cls, "queue_timeout") from None
        except asyncio.CancelledError:
            if _was_granted(waiter):
                self._release(cls, 0.0)
            else:
                self._remove(waiter)
                self._count_shed(cls, "client_left")
            raise
        if not granted:
            raise self._relegated(cls, "queue_full")
        return self._ticket(cls, self.clock() - arrived)

    def wake(self) -> None:
        """Capacity may have grown (a replica came back): start whoever can start."""
        self._dispatch()

    # Internals

    def _can_start(self, cls: QosClass) -> bool:
        capacity = self._capacity()
        if capacity is None:
            return True
        if self._active >= capacity:
            return False
        share = max(1, math.floor(cls.max_share * capacity))
        return self._active_by_class.get(cls.name, 0) < share

    def _take(self, cls: QosClass) -> None:
        self._active += 1
        self._active_by_class[cls.name] = self._active_by_class.get(cls.name, 0) + 1

    def _ticket(self, cls: QosClass, waited_s: float) -> Ticket:
        if self._metrics is not None:
            self._metrics.queue_wait.labels(self.model, cls.name).observe(waited_s)
        return Ticket(self, cls, waited_s)

    def _release(self, cls: QosClass, held_s: float) -> None:
        self._active -= 1
        self._active_by_class[cls.name] -= 1
        if held_s > 0:
            self._mean_hold_s += _HOLD_EWMA * (held_s - self._mean_hold_s)
        self._dispatch()

    def _enqueue(self, waiter: _Waiter) -> None:
        if len(self._waiters) >= self._queue_limit:
            lowest = self._waiters[-1] if self._waiters else None
            if lowest is None or lowest.key < waiter.key:
                raise self._relegated(waiter.cls, "queue_full")
            # The newcomer outranks the last waiter: that one is relegated instead.
            self._waiters.pop()
            self._gauge(lowest.cls)
            lowest.granted.set_result(False)
        bisect.insort(self._waiters, waiter)
        self._gauge(waiter.cls)

    def _remove(self, waiter: _Waiter) -> None:
        index = bisect.bisect_left(self._waiters, waiter)
        if index < len(self._waiters) and self._waiters[index] is waiter:
            del self._waiters[index]
            self._gauge(waiter.cls)

    def _dispatch(self) -> None:
        index = 0
        while index < len(self._waiters):
            capacity = self._capacity()
            if capacity is not None and self._active >= capacity:
                return
            waiter = self._waiters[index]
            if waiter.granted.done() or not self._can_start(waiter.cls):
                index += 1
                continue
            del self._waiters[index]
            self._take(waiter.cls)
            waiter.granted.set_result(True)
            self._gauge(waiter.cls)

    def _relegated(self, cls: QosClass, reason: str) -> TooManyRequestsError:
        self._count_shed(cls, reason)
        capacity = self._capacity() or 1
        ahead = len(self._waiters) + 1
        retry_after = math.ceil(self._mean_hold_s * ahead / capacity)
        retry_after = min(max(retry_after, 1), _RETRY_AFTER_MAX_S)
        logger.info(
            "model %s: %s request relegated (%s, %d waiting)",
            self.model,
            cls.name,
            reason,
            len(self._waiters),
        )
        return TooManyRequestsError(
            f"model {self.model!r} is overloaded: the {cls.name} request was not admitted "
            f"({reason.replace('_', ' ')}); retry after {retry_after} s",
            retry_after_s=retry_after,
        )

    def _count_shed(self, cls: QosClass, reason: str) -> None:
        if self._metrics is not None:
            self._metrics.shed.labels(self.model, cls.name, reason).inc()

    def _gauge(self, cls: QosClass) -> None:
        if self._metrics is not None:
            self._metrics.queue_length.labels(self.model, cls.name).set(self.waiting(cls.name))


def _was_granted(waiter: _Waiter) -> bool:
    future = waiter.granted
    return future.done() and not future.cancelled() and future.result()
