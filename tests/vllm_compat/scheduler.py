"""The test server's stand-in for vLLM's scheduler: a bounded running batch and a queue.

At most ``max_num_seqs`` requests run at once (vLLM's ``--max-num-seqs``); the rest wait.
The waiting queue is first come first served, or with ``scheduling_policy="priority"``
ordered by the request's ``priority`` (lower first) and then arrival, as vLLM's
``--scheduling-policy priority`` orders it. ``max_num_seqs`` is read from the live
:class:`~tests.vllm_compat.config.ServerConfig` each time, so turning the knob takes effect
at the next start or finish.

Preemption (``preemption=True`` with the priority policy): a request arriving when every
slot is taken displaces the least urgent running request -- the one with the largest
``(priority, arrival)``, vLLM's choice of victim -- when it is strictly more urgent than
that one. The victim goes back to the waiting queue at its original place (its priority and
arrival) and, once it runs again, redoes its prefill: vLLM's preemption by recompute drops
the KV cache, so the prompt and the tokens generated so far are computed again before the
next token. The tokens already sent stay sent; the time lost is the wait plus one more
prefill, which :attr:`Seat.delay_s` accumulates for the response's pacing. (vLLM V0's
priority scheduler preempts this way as soon as a more urgent request waits; V1 picks the
same victim when the KV cache runs short. Here the running slots are the scarce resource.)

Used from the server's event loop only; no locks. A waiter that is cancelled (its client
left) leaves the queue; one cancelled just after it was let in gives its place back.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
from dataclasses import dataclass, field

from .config import ServerConfig

__all__ = ["Scheduler", "Seat"]


@dataclass(eq=False, slots=True)
class Seat:
    """One request's place in the engine: running, or waiting (new or preempted)."""

    scheduler: Scheduler = field(repr=False)
    model: str
    priority: int
    order: tuple[int, int]
    """Queue order: (priority under the priority policy else 0, arrival sequence)."""
    preemptible: bool
    """Taken from the config at arrival: whether this request can be displaced."""
    running: bool = False
    delay_s: float = 0.0
    """Seconds the preemptions added to this request's schedule (waiting + prefill redone)."""
    preemptions: int = 0
    _admitted: asyncio.Future[None] | None = field(default=None, repr=False)
    _displaced: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _displaced_at: float = 0.0

    @property
    def displaced(self) -> bool:
        """Preempted and not yet running again."""
        return self._displaced.is_set()

    async def wait_displaced(self) -> None:
        await self._displaced.wait()

    async def resume(self) -> None:
        """Wait until the preempted request runs again, then add the lost time (the wait
        and a new prefill) to :attr:`delay_s`. Cancellable: the request stays queued until
        :meth:`Scheduler.leave` removes it."""
        await self.scheduler._resume(self)


class Scheduler:
    """Admission into the running batch; see the module docstring."""

    def __init__(self, config: ServerConfig) -> None:
        self._config = config
        self._running = 0
        self._running_seats: list[Seat] = []
        self._waiting: list[Seat] = []
        self._seq = itertools.count()
        self.preemptions = 0
        """Running requests displaced so far (vLLM's ``vllm:num_preemptions``)."""

    @property
    def running(self) -> int:
        return self._running

    def waiting(self, model: str | None = None) -> int:
        """Requests waiting to run (``vllm:num_requests_waiting``), of one model or all."""
        return sum(1 for seat in self._waiting if model is None or seat.model == model)

    def try_enter(self) -> bool:
        """Start at once if a slot is free and nobody waits; True if started. The request
        holds an anonymous slot (never preempted); give it back with ``leave()``."""
        if not self._waiting and self._running < self._config.max_num_seqs:
            self._running += 1
            return True
        return False

    async def enter(self, model: str, priority: int) -> Seat:
        """Wait until the request may run; :meth:`leave` its seat when it is over."""
        by_priority = self._config.scheduling_policy == "priority"
        seat = Seat(
            self,
            model,
            priority,
            (priority if by_priority else 0, next(self._seq)),
            preemptible=by_priority and self._config.preemption,
        )
        if not self._waiting and self._running < self._config.max_num_seqs:
            self._start(seat)
            return seat
        if seat.preemptible:
            victim = max(
                (s for s in self._running_seats if s.preemptible),
                key=lambda s: s.order,
                default=None,
            )
            if victim is not None and victim.order[0] > seat.order[0]:
                self._displace(victim)
                self._start(seat)
                return seat
        seat._admitted = asyncio.get_running_loop().create_future()
        bisect.insort(self._waiting, seat, key=lambda s: s.order)
        try:
            await seat._admitted
        except asyncio.CancelledError:
            self.leave(seat)
            raise
        return seat

    def leave(self, seat: Seat | None = None) -> None:
        """The request is over (or its client left): free its slot, or its place in the
        queue when it was waiting. ``None`` frees an anonymous slot (:meth:`try_enter`)."""
        if seat is not None and not seat.running:
            if seat in self._waiting:
                self._waiting.remove(seat)
            return
        if seat is not None:
            seat.running = False
            self._running_seats.remove(seat)
        self._running -= 1
        self._dispatch()

    def slowdown(self) -> float:
        """Factor on prefill and per-token time for the batch running now (1 when alone)."""
        return 1.0 + self._config.concurrency_slowdown * max(0, self._running - 1)

    # Internals

    def _start(self, seat: Seat) -> None:
        seat.running = True
        self._running_seats.append(seat)
        self._running += 1

    def _displace(self, victim: Seat) -> None:
        victim.running = False
        self._running_seats.remove(victim)
        self._running -= 1
        victim.preemptions += 1
        self.preemptions += 1
        victim._displaced_at = asyncio.get_running_loop().time()
        victim._admitted = asyncio.get_running_loop().create_future()
        victim._displaced.set()
        bisect.insort(self._waiting, victim, key=lambda s: s.order)

    def _dispatch(self) -> None:
        while self._waiting and self._running < self._config.max_num_seqs:
            seat = self._waiting.pop(0)
            self._start(seat)
            if seat._admitted is not None and not seat._admitted.done():
                seat._admitted.set_result(None)

    async def _resume(self, seat: Seat) -> None:
        if seat._admitted is not None and not seat.running:
            await asyncio.shield(seat._admitted)
        if seat.displaced:
            seat._displaced.clear()
            lost = asyncio.get_running_loop().time() - seat._displaced_at
            seat.delay_s += lost + self._config.latency_s * self.slowdown()
