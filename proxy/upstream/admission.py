"""Admission control: a bounded number of requests in flight per replica, and a QoS queue.

One :class:`AdmissionQueue` per model route. A request takes a slot on one replica: the
first replica, in the load balancer's order, that holds fewer than the route's
``models.NAME.max_in_flight`` requests, while its class holds less than its share
(``qos.classes.NAME.max_share``) of the capacity (``max_in_flight`` × the replicas in
rotation, read at each decision, so an ejected replica shrinks it and a re-admitted one
grows it: call :meth:`wake`). The slots are kept in the state store
(:mod:`proxy.state`): with Redis, the counts are those of every worker of every instance,
and each take is atomic there. Otherwise the request waits in this worker's queue,
ordered by class, then deadline (arrival + the class's TTFT objective), then arrival. Each
freed slot goes to the first waiter allowed to take it, so higher classes go first and a
class held back by its share does not block the others. Across workers, each worker
announces the highest class waiting in it, and a lower class elsewhere yields to it; with
a shared store, a worker with waiters asks again every ``state.poll_interval_s`` (slots
freed by other workers are not announced).

Overload relegates the lowest classes first:

* a waiter that is still queued after its class's ``max_queue_wait_s`` is answered 429
  with ``Retry-After`` (``queue_timeout``);
* when ``qos.queue_limit`` requests wait in this worker, a newcomer of a higher class takes
  the place of the lowest, latest waiter, which gets the 429 (``queue_full``); a newcomer
  that is itself the lowest gets it instead.

A waiter whose client went away is cancelled by the request path and leaves the queue at
once (``client_left``); it never holds a slot.

Without a limit (``max_in_flight: null``) every request starts at once; the slots only
count them (the per-replica loads the balancer reads).

Failure behaviour: :meth:`AdmissionQueue.admit` raises
:class:`~proxy.errors.TooManyRequestsError` when the request is relegated, passes on
``CancelledError`` after removing the waiter (or releasing a slot granted meanwhile), and
passes on :class:`~proxy.state.failover.StateUnavailableError` (503) when the state store
is down and ``state.on_unavailable`` is ``fail_closed``.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import logging
import math
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from typing import Any

from proxy.access.qos import QosClass
from proxy.errors import TooManyRequestsError
from proxy.observability.metrics import GatewayMetrics
from proxy.state.local_store import LocalStateStore
from proxy.state.store import SlotGrant, SlotOutcome, SlotRequest, StateStore, class_limit

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
    order: Callable[[], Sequence[str]] = field(compare=False)
    granted: asyncio.Future[SlotGrant | None] = field(compare=False)
    """Resolves with the slot when one is given, None when the waiter is relegated."""


class Ticket:
    """A slot in flight; :meth:`release` it when the upstream exchange is over."""

    __slots__ = ("_queue", "_released", "_started", "cls", "grant", "waited_s")

    def __init__(
        self, queue: AdmissionQueue, cls: QosClass, grant: SlotGrant, waited_s: float
    ) -> None:
        self._queue = queue
        self.cls = cls
        self.grant = grant
        self.waited_s = waited_s
        """Seconds the request waited in the queue (0 when it started at once)."""
        self._started = queue.clock()
        self._released = False

    @property
    def replica(self) -> str | None:
        """The replica the slot is on."""
        return self.grant.replica

    def release(self) -> None:
        """Give the slot back (to the next waiter, here or in another worker). Idempotent."""
        if self._released:
            return
        self._released = True
        self._queue._release(self, self._queue.clock() - self._started)


class AdmissionQueue:
    """Admission for one model route; see the module doc."""

    def __init__(
        self,
        model: str,
        *,
        replicas: Callable[[], Sequence[str]],
        max_in_flight: int | None,
        queue_limit: int,
        store: StateStore | None = None,
        poll_interval_s: float = 0.025,
        metrics: GatewayMetrics | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``replicas``: the replicas in rotation, in the load balancer's order."""
        self.model = model
        self._replicas = replicas
        self.max_in_flight = max_in_flight
        self._queue_limit = queue_limit
        self._store: StateStore = store if store is not None else LocalStateStore(clock=clock)
        self._poll_interval_s = poll_interval_s
        self._metrics = metrics
        self.clock = clock
        self._waiters: list[_Waiter] = []
        self._active = 0
        self._seq = itertools.count()
        self._mean_hold_s = 1.0
        self._dispatching = asyncio.Lock()
        self._announced: int | None = None
        self._background: set[asyncio.Task[None]] = set()
        self._poller: asyncio.Task[None] | None = None
        self.loads: dict[str, int] = {}
        """In-flight count per replica as the state store last reported it."""

    # Introspection (readyz, tests)

    @property
    def active(self) -> int:
        """Slots held by this worker's requests."""
        return self._active

    def capacity(self) -> int | None:
        if self.max_in_flight is None:
            return None
        return self.max_in_flight * len(self._replicas())

    def waiting(self, cls: str | None = None) -> int:
        """Requests waiting now in this worker, of one class or all."""
        return sum(1 for w in self._waiters if cls is None or w.cls.name == cls)

    # Admission

    async def admit(
        self, cls: QosClass, order: Callable[[], Sequence[str]] | None = None
    ) -> Ticket:
        """Wait for a slot for a request of class ``cls``; see the module doc. ``order``:
        the replicas to try, best first, for this request (default: the queue's)."""
        arrived = self.clock()
        order = order or self._replicas
        # Waiters of the same or a higher class go first; lower ones (typically held back
        # by their share) do not block a newcomer that can start.
        if not any(waiter.cls.rank <= cls.rank for waiter in self._waiters):
            grant = await self._try(cls, order())
            if grant.granted:
                return self._ticket(cls, grant, 0.0)
        waiter = _Waiter(
            key=(cls.rank, arrived + cls.deadline_s(), next(self._seq)),
            cls=cls,
            order=order,
            granted=asyncio.get_running_loop().create_future(),
        )
        self._enqueue(waiter)
        try:
            async with asyncio.timeout(cls.max_queue_wait_s):
                granted = await waiter.granted
        except TimeoutError:
            late = _granted(waiter)
            if late is not None:
                return self._ticket(cls, late, self.clock() - arrived)
            self._remove(waiter)
            raise self._relegated(cls, "queue_timeout") from None
        except asyncio.CancelledError:
            given = _granted(waiter)
            if given is not None:
                self._active += 1  # counted as held, then given back at once
                self._release_grant(given)
            else:
                self._remove(waiter)
                self._count_shed(cls, "client_left")
            raise
        if granted is None:
            raise self._relegated(cls, "queue_full")
        return self._ticket(cls, granted, self.clock() - arrived)

    def wake(self) -> None:
        """Capacity may have grown (a replica came back): start whoever can start."""
        self._in_background(self._dispatch())

    # Internals

    async def _try(self, cls: QosClass, replicas: Sequence[str]) -> SlotGrant:
        request = SlotRequest(
            pool=self.model,
            replicas=tuple(replicas),
            per_replica=self.max_in_flight,
            cls=cls.name,
            rank=cls.rank,
            class_limit=class_limit(cls.max_share, self.max_in_flight, len(replicas)),
        )
        if not request.replicas:
            return SlotGrant(SlotOutcome.POOL_FULL, self.model, cls.name)
        grant = await self._store.acquire_slot(request)
        self.loads.update(grant.loads)
        return grant

    def _ticket(self, cls: QosClass, grant: SlotGrant, waited_s: float) -> Ticket:
        self._active += 1
        if self._metrics is not None:
            self._metrics.queue_wait.labels(self.model, cls.name).observe(waited_s)
        return Ticket(self, cls, grant, waited_s)

    def _release(self, ticket: Ticket, held_s: float) -> None:
        if held_s > 0:
            self._mean_hold_s += _HOLD_EWMA * (held_s - self._mean_hold_s)
        self._release_grant(ticket.grant)

    def _release_grant(self, grant: SlotGrant) -> None:
        self._active -= 1
        if grant.replica is not None and self.loads.get(grant.replica, 0) > 0:
            self.loads[grant.replica] -= 1
        self._in_background(self._release_then_dispatch(grant))

    async def _release_then_dispatch(self, grant: SlotGrant) -> None:
        await self._store.release_slot(grant)
        await self._dispatch()

    def _in_background(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(self._logged(work))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _logged(self, work: Coroutine[Any, Any, None]) -> None:
        try:
            await work
        except Exception:
            # A dispatch that failed (the state store down and fail_closed) leaves the
            # waiters queued: the next release, poll or their timeout decides for them.
            logger.exception("model %s: admission dispatch failed", self.model)

    def _enqueue(self, waiter: _Waiter) -> None:
        if len(self._waiters) >= self._queue_limit:
            lowest = self._waiters[-1] if self._waiters else None
            if lowest is None or lowest.key < waiter.key:
                raise self._relegated(waiter.cls, "queue_full")
            # The newcomer outranks the last waiter: that one is relegated instead.
            self._waiters.pop()
            self._gauge(lowest.cls)
            lowest.granted.set_result(None)
        bisect.insort(self._waiters, waiter)
        self._gauge(waiter.cls)
        self._waiters_changed()

    def _remove(self, waiter: _Waiter) -> None:
        index = bisect.bisect_left(self._waiters, waiter)
        if index < len(self._waiters) and self._waiters[index] is waiter:
            del self._waiters[index]
            self._gauge(waiter.cls)
            self._waiters_changed()

    def _waiters_changed(self) -> None:
        if not self._store.shared:
            return
        best = self._waiters[0].cls.rank if self._waiters else None
        if best != self._announced:
            self._announced = best
            self._in_background(self._store.announce_waiting(self.model, best))
        if self._waiters and (self._poller is None or self._poller.done()):
            self._poller = asyncio.get_running_loop().create_task(self._poll())

    async def _poll(self) -> None:
        """While this worker has waiters, ask the shared store for freed slots."""
        while self._waiters:
            await asyncio.sleep(self._poll_interval_s)
            await self._logged(self._dispatch())

    async def _dispatch(self) -> None:
        async with self._dispatching:
            held_back: set[str] = set()
            for waiter in list(self._waiters):
                if waiter.granted.done() or waiter.cls.name in held_back:
                    continue
                grant = await self._try(waiter.cls, waiter.order())
                if grant.outcome is SlotOutcome.CLASS_FULL:
                    held_back.add(waiter.cls.name)
                    continue
                if not grant.granted:
                    break  # every replica full, or a higher class waits elsewhere
                if waiter.granted.done():
                    # Left (timeout, client gone) while the slot was being taken.
                    await self._store.release_slot(grant)
                    continue
                self._remove(waiter)
                waiter.granted.set_result(grant)

    def _relegated(self, cls: QosClass, reason: str) -> TooManyRequestsError:
        self._count_shed(cls, reason)
        capacity = self.capacity() or 1
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

    async def aclose(self) -> None:
        """Stop polling and finish the releases in progress."""
        if self._poller is not None:
            self._poller.cancel()
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)


def _granted(waiter: _Waiter) -> SlotGrant | None:
    future = waiter.granted
    if future.done() and not future.cancelled():
        return future.result()
    return None
