"""The test server's stand-in for vLLM's scheduler: a bounded running batch and a queue.

At most ``max_num_seqs`` requests run at once (vLLM's ``--max-num-seqs``); the rest wait.
The waiting queue is first come first served, or with ``scheduling_policy="priority"``
ordered by the request's ``priority`` (lower first) and then arrival, as vLLM's
``--scheduling-policy priority`` orders it. (vLLM can also preempt a running request for a
more urgent one; this stand-in does not.) ``max_num_seqs`` is read from the live
:class:`~tests.vllm_compat.config.ServerConfig` each time, so turning the knob takes effect
at the next start or finish.

Used from the server's event loop only; no locks. A waiter that is cancelled (its client
left) leaves the queue; one cancelled just after it was let in gives its place back.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
from dataclasses import dataclass, field

from .config import ServerConfig

__all__ = ["Scheduler"]


@dataclass(order=True, slots=True)
class _Waiter:
    key: tuple[int, int]
    model: str = field(compare=False)
    admitted: asyncio.Future[None] = field(compare=False)


class Scheduler:
    """Admission into the running batch; see the module docstring."""

    def __init__(self, config: ServerConfig) -> None:
        self._config = config
        self._running = 0
        self._waiting: list[_Waiter] = []
        self._seq = itertools.count()

    @property
    def running(self) -> int:
        return self._running

    def waiting(self, model: str | None = None) -> int:
        """Requests waiting to run (``vllm:num_requests_waiting``), of one model or all."""
        return sum(1 for w in self._waiting if model is None or w.model == model)

    def try_enter(self) -> bool:
        """Start at once if a slot is free and nobody waits; True if started."""
        if not self._waiting and self._running < self._config.max_num_seqs:
            self._running += 1
            return True
        return False

    async def enter(self, model: str, priority: int) -> None:
        """Wait until the request may run. Call :meth:`leave` when it is over."""
        if self.try_enter():
            return
        ordered_by = priority if self._config.scheduling_policy == "priority" else 0
        waiter = _Waiter(
            (ordered_by, next(self._seq)), model, asyncio.get_running_loop().create_future()
        )
        bisect.insort(self._waiting, waiter)
        try:
            await waiter.admitted
        except asyncio.CancelledError:
            if waiter.admitted.done() and not waiter.admitted.cancelled():
                self.leave()
            elif waiter in self._waiting:
                self._waiting.remove(waiter)
            raise

    def leave(self) -> None:
        self._running -= 1
        while self._waiting and self._running < self._config.max_num_seqs:
            waiter = self._waiting.pop(0)
            self._running += 1
            waiter.admitted.set_result(None)

    def slowdown(self) -> float:
        """Factor on prefill and per-token time for the batch running now (1 when alone)."""
        return 1.0 + self._config.concurrency_slowdown * max(0, self._running - 1)
