"""Which waiting request gets the next free slot: slack first, then class, then shortest job.

The admission queue (:mod:`proxy.upstream.admission`) holds :class:`Waiting` entries and
asks :func:`pick` for the next one whenever a slot frees. The order, evaluated at that
moment:

1. **Urgent** requests first, of every class: a request is urgent when its *slack* -- the
   time left before it must start -- is between 0 and ``qos.urgent_slack_s``; least slack
   first. A class with a TTFT objective must start by arrival + the objective; a class
   with a completion deadline must start by the deadline minus its expected run time
   (:mod:`proxy.upstream.output_estimate`). So a batch request close to its deadline goes
   before an interactive request that can still afford to wait, and never the reverse.
2. Then by class (highest first). Within a class, with ``qos.shortest_job_first``, the
   request with the least expected work goes first; a request that later, shorter ones
   have overtaken ``qos.max_bypass`` times goes first in its class from then on, so
   nothing starves. Without it (or at equal work), by arrival.

A request whose slack is below 0 is *relegated*: it no longer counts as urgent (it would
only make on-time requests late too) but keeps its class's place. A request of a class
without a TTFT objective whose slack runs out is shed by the queue instead: its deadline
can no longer be met (:func:`latest_start` gives the moment).

Failure behaviour: none; pure functions of their arguments.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from proxy.access.qos import QosClass
from proxy.upstream.output_estimate import JobCost

__all__ = ["Waiting", "latest_start", "ordered", "pick", "record_start", "sheds_on_deadline"]

_Key = tuple[int, float, int, float, int]


@dataclass(slots=True, eq=False)
class Waiting:
    """One request waiting for a slot, as the ordering sees it."""

    cls: QosClass
    seq: int
    """Arrival order."""
    arrived: float
    cost: JobCost
    latest_start: float
    """When it must start at the latest (``math.inf``: never late); see :func:`latest_start`."""
    bypassed: int = 0
    """Later arrivals of its class that started before it."""
    overtaken: bool = False
    """Some later arrival (of any class) started before it: it was delayed (relegated)."""


def latest_start(cls: QosClass, arrived: float, cost: JobCost) -> float:
    """The moment a request must start to meet its objective: arrival + the TTFT objective,
    else its completion deadline minus its expected run time, else never (``inf``)."""
    if cls.ttft_slo_s is not None:
        return arrived + cls.ttft_slo_s
    deadline = cls.completion_deadline(arrived)
    if deadline is None:
        return math.inf
    return deadline - cost.seconds


def sheds_on_deadline(cls: QosClass) -> bool:
    """Whether a request of ``cls`` is shed when its slack runs out (no TTFT objective)."""
    return cls.ttft_slo_s is None


def pick(
    waiting: Sequence[Waiting], now: float, can_start: Callable[[Waiting], bool]
) -> Waiting | None:
    """The entry to start next among those ``can_start`` allows; None if none may start."""
    best: Waiting | None = None
    best_key: _Key | None = None
    for entry in waiting:
        if not can_start(entry):
            continue
        key = _key(entry, now)
        if best_key is None or key < best_key:
            best, best_key = entry, key
    return best


def ordered(waiting: Sequence[Waiting], now: float) -> list[Waiting]:
    """Every entry in the order to try them now (the order :func:`pick` chooses in)."""
    return sorted(waiting, key=lambda entry: _key(entry, now))


def record_start(started: Waiting, waiting: Sequence[Waiting]) -> list[Waiting]:
    """``started`` leaves the queue: count one bypass for each earlier arrival of its class
    still waiting. Returns the waiters overtaken for the first time (the relegated)."""
    newly: list[Waiting] = []
    for entry in waiting:
        if entry is started or entry.seq > started.seq:
            continue
        if entry.cls.name == started.cls.name:
            entry.bypassed += 1
        if not entry.overtaken:
            entry.overtaken = True
            newly.append(entry)
    return newly


def _key(entry: Waiting, now: float) -> _Key:
    policy = entry.cls.policy
    slack = entry.latest_start - now
    if 0 <= slack <= policy.urgent_slack_s:
        return (0, slack, 0, 0.0, entry.seq)
    if not policy.shortest_job_first or entry.bypassed >= policy.max_bypass:
        return (1, float(entry.cls.rank), 0, 0.0, entry.seq)
    return (1, float(entry.cls.rank), 1, entry.cost.units, entry.seq)
