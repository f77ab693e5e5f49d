"""Admission control: a bounded number of requests in flight per replica, and a QoS queue.

One :class:`AdmissionQueue` per model route. A request takes a slot on one replica: the
first replica, in the load balancer's order, that holds fewer than the route's
``models.NAME.max_in_flight`` requests, while its class holds less than its share
(``qos.classes.NAME.max_share``) of the capacity (``max_in_flight`` × the replicas in
rotation, read at each decision, so an ejected replica shrinks it and a re-admitted one
grows it: call :meth:`wake`). The slots are kept in the state store
(:mod:`proxy.state`): with Redis, the counts are those of every worker of every instance,
and each take is atomic there. Otherwise the request waits in this worker's queue. Each
freed slot goes to the first waiter, in :func:`~proxy.upstream.qos_scheduler.ordered`'s
order (urgent requests by least slack, then class, then shortest expected job with a
bounded number of bypasses), that is allowed to take it, so a class held back by its share
does not block the others. A request's expected cost comes from the route's
:class:`~proxy.upstream.output_estimate.OutputEstimate`, which :meth:`Ticket.report` feeds.

With ``qos.vllm_preemption``, a request of a class with a TTFT objective that finds every
replica full takes a slot past ``max_in_flight`` when this worker holds more lower-class
slots than such extra slots, so that vLLM's priority scheduler preempts a lower-class
request for it (``mamori_qos_preemptions_total``). Across workers, each worker
announces the highest class waiting in it, and a lower class elsewhere yields to it; with
a shared store, a worker with waiters asks again every ``state.poll_interval_s`` (slots
freed by other workers are not announced).

Overload relegates the lowest classes first:

* a waiter is delayed behind more urgent or shorter work (``mamori_qos_relegations_total``
  counts the waiters a later arrival overtook);
* a waiter of a class without a TTFT objective whose deadline can no longer be met (the
  moment :func:`~proxy.upstream.qos_scheduler.latest_start` gives) is answered 503
  (``deadline``); one that could not meet it even if it started at once is answered so on
  arrival;
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
:class:`~proxy.errors.TooManyRequestsError` when the request is relegated,
:class:`~proxy.errors.ServiceUnavailableError` when its deadline cannot be met, passes on
``CancelledError`` after removing the waiter (or releasing a slot granted meanwhile), and
passes on :class:`~proxy.state.failover.StateUnavailableError` (503) when the state store
is down and ``state.on_unavailable`` is ``fail_closed``.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from proxy.access.qos import QosClass
from proxy.errors import ServiceUnavailableError, TooManyRequestsError
from proxy.observability.metrics import GatewayMetrics
from proxy.state.local_store import LocalStateStore
from proxy.state.store import SlotGrant, SlotOutcome, SlotRequest, StateStore, class_limit
from proxy.upstream import qos_scheduler
from proxy.upstream.output_estimate import JobCost, OutputEstimate
from proxy.upstream.qos_scheduler import Waiting

__all__ = ["AdmissionQueue", "Ticket"]

logger = logging.getLogger(__name__)

#: Weight of the newest sample in the running mean of how long a slot is held.
_HOLD_EWMA = 0.1
_RETRY_AFTER_MAX_S = 60


@dataclass(slots=True, eq=False)
class _Waiter:
    entry: Waiting
    """What the queue order reads (class, arrival, expected cost, latest start)."""
    order: Callable[[], Sequence[str]]
    granted: asyncio.Future[SlotGrant | None]
    """Resolves with the slot when one is given, None when the waiter is relegated."""

    @property
    def cls(self) -> QosClass:
        return self.entry.cls


class Ticket:
    """A slot in flight; :meth:`release` it when the upstream exchange is over."""

    __slots__ = (
        "_arrived",
        "_held_s",
        "_queue",
        "_released",
        "_reported",
        "_started",
        "cls",
        "cost",
        "grant",
        "over_limit",
        "waited_s",
    )

    def __init__(
        self,
        queue: AdmissionQueue,
        cls: QosClass,
        grant: SlotGrant,
        waited_s: float,
        *,
        cost: JobCost | None = None,
        over_limit: bool = False,
    ) -> None:
        self._queue = queue
        self.cls = cls
        self.grant = grant
        self.waited_s = waited_s
        """Seconds the request waited in the queue (0 when it started at once)."""
        self.cost = cost
        self.over_limit = over_limit
        """Granted past ``max_in_flight`` for vLLM to preempt a lower class."""
        self._started = queue.clock()
        self._arrived = self._started - waited_s
        self._released = False
        self._reported = False
        self._held_s = 0.0

    def report(self, status: int, ttft_s: float | None, completion_tokens: int | None) -> None:
        """The exchange is over: feed the route's output estimate and the per-class
        metrics (goodput, tokens). Once; after :meth:`release` or not."""
        if self._reported:
            return
        self._reported = True
        held_s = self._held_s if self._released else self._queue.clock() - self._started
        self._queue._finished(self, status, ttft_s, completion_tokens, held_s)

    def met_objective(self, status: int, ttft_s: float | None) -> bool:
        """Whether the answer met the class's objective: its TTFT objective, else its
        completion deadline (now), else any whole answer."""
        if status != 200:
            return False
        if self.cls.ttft_slo_s is not None:
            return ttft_s is not None and ttft_s <= self.cls.ttft_slo_s
        deadline = self.cls.completion_deadline(self._arrived)
        return deadline is None or self._queue.clock() <= deadline

    @property
    def replica(self) -> str | None:
        """The replica the slot is on."""
        return self.grant.replica

    def release(self) -> None:
        """Give the slot back (to the next waiter, here or in another worker). Idempotent."""
        if self._released:
            return
        self._released = True
        self._held_s = self._queue.clock() - self._started
        self._queue._release(self, self._held_s)


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
        self._lower_held: dict[int, int] = {}
        """Slots this worker's requests hold, by class rank."""
        self._over_limit = 0
        """Of them, granted past ``max_in_flight`` (for vLLM's preemption)."""
        self.estimate = OutputEstimate()
        self._class_names: dict[int, str] = {}
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
        cost = self.estimate.cost(cls.name, cls.input_tokens, cls.max_tokens)
        # Waiters of the same or a higher class go first; lower ones (typically held back
        # by their share) do not block a newcomer that can start.
        if not any(waiter.cls.rank <= cls.rank for waiter in self._waiters):
            grant = await self._try(cls, order())
            if grant.granted:
                return self._ticket(cls, grant, 0.0, cost)
        displacing = await self._displace(cls, order())
        if displacing is not None:
            return displacing
        latest = qos_scheduler.latest_start(cls, arrived, cost)
        by_deadline = qos_scheduler.sheds_on_deadline(cls) and math.isfinite(latest)
        if by_deadline and latest <= arrived:
            raise self._past_deadline(cls, cost)
        waiter = _Waiter(
            entry=Waiting(cls, next(self._seq), arrived, cost, latest),
            order=order,
            granted=asyncio.get_running_loop().create_future(),
        )
        self._enqueue(waiter)
        wait_s = cls.max_queue_wait_s
        if by_deadline:
            wait_s = min(wait_s, latest - arrived)
        try:
            async with asyncio.timeout(wait_s):
                granted = await waiter.granted
        except TimeoutError:
            late = _granted(waiter)
            if late is not None:
                return self._ticket(cls, late, self.clock() - arrived, cost)
            self._remove(waiter)
            if by_deadline and latest - arrived < cls.max_queue_wait_s:
                raise self._past_deadline(cls, cost) from None
            raise self._relegated(cls, "queue_timeout") from None
        except asyncio.CancelledError:
            given = _granted(waiter)
            if given is not None:
                self._active += 1  # counted as held, then given back at once
                self._count_held(cls, +1)
                self._release_grant(given, cls)
            else:
                self._remove(waiter)
                self._count_shed(cls, "client_left")
            raise
        if granted is None:
            raise self._relegated(cls, "queue_full")
        return self._ticket(cls, granted, self.clock() - arrived, cost)

    def wake(self) -> None:
        """Capacity may have grown (a replica came back): start whoever can start."""
        self._in_background(self._dispatch())

    # Internals

    async def _try(self, cls: QosClass, replicas: Sequence[str], extra: int = 0) -> SlotGrant:
        self._class_names[cls.rank] = cls.name
        request = SlotRequest(
            pool=self.model,
            replicas=tuple(replicas),
            per_replica=None if self.max_in_flight is None else self.max_in_flight + extra,
            cls=cls.name,
            rank=cls.rank,
            class_limit=class_limit(cls.max_share, self.max_in_flight, len(replicas)),
        )
        if not request.replicas:
            return SlotGrant(SlotOutcome.POOL_FULL, self.model, cls.name)
        grant = await self._store.acquire_slot(request)
        self.loads.update(grant.loads)
        return grant

    def _ticket(
        self,
        cls: QosClass,
        grant: SlotGrant,
        waited_s: float,
        cost: JobCost | None = None,
        *,
        over_limit: bool = False,
    ) -> Ticket:
        self._active += 1
        self._count_held(cls, +1)
        if over_limit:
            self._over_limit += 1
        if self._metrics is not None:
            self._metrics.queue_wait.labels(self.model, cls.name).observe(waited_s)
        return Ticket(self, cls, grant, waited_s, cost=cost, over_limit=over_limit)

    def _release(self, ticket: Ticket, held_s: float) -> None:
        if held_s > 0:
            self._mean_hold_s += _HOLD_EWMA * (held_s - self._mean_hold_s)
        if ticket.over_limit:
            self._over_limit -= 1
        self._release_grant(ticket.grant, ticket.cls)

    def _count_held(self, cls: QosClass, delta: int) -> None:
        self._lower_held[cls.rank] = self._lower_held.get(cls.rank, 0) + delta

    async def _displace(self, cls: QosClass, replicas: Sequence[str]) -> Ticket | None:
        """With ``qos.vllm_preemption``: a slot past ``max_in_flight`` for a request of a
        class with a TTFT objective, while this worker holds more lower-class slots than
        such extra slots; None otherwise."""
        if not cls.policy.vllm_preemption or cls.ttft_slo_s is None:
            return None
        if self.max_in_flight is None:
            return None
        lower = sum(n for rank, n in self._lower_held.items() if rank > cls.rank)
        room = lower - self._over_limit
        if room <= 0:
            return None
        grant = await self._try(cls, replicas, extra=room)
        if not grant.granted:
            return None
        victim = max(rank for rank, n in self._lower_held.items() if n > 0 and rank > cls.rank)
        if self._metrics is not None:
            name = self._class_names.get(victim, str(victim))
            self._metrics.qos_preemptions.labels(self.model, name).inc()
        return self._ticket(cls, grant, 0.0, over_limit=True)

    def _finished(
        self,
        ticket: Ticket,
        status: int,
        ttft_s: float | None,
        completion_tokens: int | None,
        held_s: float,
    ) -> None:
        cls = ticket.cls
        if status == 200 and completion_tokens is not None:
            input_tokens = ticket.cost.input_tokens if ticket.cost is not None else 0
            self.estimate.observe(cls.name, input_tokens, completion_tokens, held_s)
        if self._metrics is None:
            return
        if status == 200 and completion_tokens:
            self._metrics.qos_tokens.labels(self.model, cls.name).inc(completion_tokens)
        if ticket.met_objective(status, ttft_s):
            self._metrics.qos_goodput.labels(self.model, cls.name).inc()

    def _release_grant(self, grant: SlotGrant, cls: QosClass) -> None:
        self._active -= 1
        self._count_held(cls, -1)
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
            lowest = max(self._waiters, key=_lowness, default=None)
            if lowest is None or _lowness(lowest) < _lowness(waiter):
                raise self._relegated(waiter.cls, "queue_full")
            # The newcomer outranks the lowest, latest waiter: that one is relegated instead.
            self._waiters.remove(lowest)
            self._gauge(lowest.cls)
            lowest.granted.set_result(None)
        self._waiters.append(waiter)
        self._gauge(waiter.cls)
        self._waiters_changed()

    def _remove(self, waiter: _Waiter) -> None:
        if waiter in self._waiters:
            self._waiters.remove(waiter)
            self._gauge(waiter.cls)
            self._waiters_changed()

    def _waiters_changed(self) -> None:
        if not self._store.shared:
            return
        best = min((w.cls.rank for w in self._waiters), default=None)
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
            by_entry = {id(w.entry): w for w in self._waiters}
            entries = [w.entry for w in self._waiters]
            for entry in qos_scheduler.ordered(entries, self.clock()):
                waiter = by_entry[id(entry)]
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
                self._started_from_queue(waiter)
                waiter.granted.set_result(grant)

    def _started_from_queue(self, waiter: _Waiter) -> None:
        """``waiter`` got a slot: count the waiters it overtook (relegated), once each."""
        overtaken = qos_scheduler.record_start(waiter.entry, [w.entry for w in self._waiters])
        self._remove(waiter)
        if self._metrics is not None:
            for entry in overtaken:
                self._metrics.qos_relegations.labels(self.model, entry.cls.name).inc()

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

    def _past_deadline(self, cls: QosClass, cost: JobCost) -> ServiceUnavailableError:
        self._count_shed(cls, "deadline")
        logger.info("model %s: %s request shed (deadline, %d waiting)", self.model, cls.name,
                    len(self._waiters))  # fmt: skip
        return ServiceUnavailableError(
            f"model {self.model!r} is overloaded: the {cls.name} request's deadline cannot be "
            f"met (about {cost.seconds:.1f} s of work expected, and it would not start in "
            "time); send it later or with a later X-Mamori-Deadline",
            code="deadline_cannot_be_met",
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


def _lowness(waiter: _Waiter) -> tuple[int, int]:
    """Queue-full victim order: the lowest class, then the latest arrival."""
    return (waiter.cls.rank, waiter.entry.seq)


def _granted(waiter: _Waiter) -> SlotGrant | None:
    future = waiter.granted
    if future.done() and not future.cancelled():
        return future.result()
    return None
