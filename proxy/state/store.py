"""The state store interface and the values that cross it.

Two kinds of shared state:

* **buckets** (rate limits): one requests bucket and one tokens bucket per API key, each
  holding one minute's allowance and refilling continuously. :meth:`StateStore.take`
  checks and takes in one atomic step; :meth:`StateStore.adjust_tokens` corrects the
  tokens bucket once the real usage is known.
* **slots** (admission): a lease on one replica of a pool (a model route), counted against
  the replica's ``max_in_flight`` and the class's share of the pool, in one atomic step
  (:meth:`StateStore.acquire_slot`). Leases of a shared store expire unless their holder
  renews them, so a worker that dies frees its slots after the lease time.
  :meth:`StateStore.announce_waiting` tells the other workers which class waits here, so a
  freed slot goes to the highest class waiting anywhere.

Failure behaviour: a shared store raises :class:`StateStoreUnavailable` when it cannot be
reached; :mod:`proxy.state.failover` turns that into the configured policy.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

__all__ = [
    "BucketLevel",
    "BucketLimits",
    "RateDecision",
    "SlotGrant",
    "SlotOutcome",
    "SlotRequest",
    "StateStore",
    "StateStoreUnavailable",
]

MINUTE_S = 60.0


class StateStoreUnavailable(Exception):
    """The shared store did not answer (connection refused, timeout, reset)."""


@dataclass(frozen=True, slots=True)
class BucketLimits:
    """Allowance per minute; None for no limit of that kind."""

    requests_per_minute: int | None
    tokens_per_minute: int | None


@dataclass(frozen=True, slots=True)
class BucketLevel:
    """One bucket after a decision."""

    capacity: int
    level: float
    """What is left now; may be below zero after a request used more than estimated."""

    def until_full_s(self) -> float:
        return max(0.0, (self.capacity - self.level) * MINUTE_S / self.capacity)


@dataclass(frozen=True, slots=True)
class RateDecision:
    """What :meth:`StateStore.take` decided."""

    allowed: bool
    requests: BucketLevel | None
    tokens: BucketLevel | None
    short: tuple[tuple[str, float], ...] = ()
    """When refused: (``requests`` or ``tokens``, seconds until enough is back)."""
    charged: int = 0
    """Tokens taken up front (the estimate, capped at the bucket's capacity)."""


def wait_for(capacity: int, level: float, amount: float) -> float:
    """Seconds until ``amount`` (at most the capacity) is in a bucket at ``level``."""
    missing = min(amount, capacity) - level
    return max(0.0, missing * MINUTE_S / capacity)


@dataclass(frozen=True, slots=True)
class SlotRequest:
    """One attempt to take an in-flight slot of ``pool``."""

    pool: str
    replicas: Sequence[str]
    """Healthy replicas in the order to try them (the load balancer's order)."""
    per_replica: int | None
    """``max_in_flight`` per replica; None counts without limiting."""
    cls: str
    rank: int
    """The class's position (0 highest), for the cross-worker order."""
    class_limit: int | None
    """Most slots of the pool this class may hold at once; None for no share limit."""


class SlotOutcome(Enum):
    GRANTED = "granted"
    POOL_FULL = "pool_full"
    """Every replica is at ``max_in_flight``."""
    CLASS_FULL = "class_full"
    """The class holds its share of the pool."""
    YIELDED = "yielded"
    """A higher class waits in another worker: it goes first."""


@dataclass(frozen=True, slots=True)
class SlotGrant:
    """A held slot (or, on refusal, only the outcome and the loads seen)."""

    outcome: SlotOutcome
    pool: str
    cls: str
    replica: str | None = None
    lease: str = ""
    loads: Mapping[str, int] = field(default_factory=dict)
    """In-flight count of each replica asked about, as the store saw it."""
    store: object = None
    """The store that granted it (a failover store releases in the same one)."""

    @property
    def granted(self) -> bool:
        return self.outcome is SlotOutcome.GRANTED


class StateStore(Protocol):
    """Atomic buckets and leased slots; see the module doc."""

    @property
    def description(self) -> str:
        """Names the store for logs and errors (never a password)."""
        ...

    @property
    def shared(self) -> bool:
        """True when other processes see the same state (waiters must poll)."""
        ...

    async def take(self, key: str, limits: BucketLimits, tokens: int) -> RateDecision:
        """Take one request and ``tokens`` from ``key``'s buckets, or nothing if either is
        short."""
        ...

    async def adjust_tokens(self, key: str, limits: BucketLimits, delta: int) -> None:
        """Take ``delta`` more tokens (give back when negative); the level may go below 0."""
        ...

    async def acquire_slot(self, request: SlotRequest) -> SlotGrant:
        """Take a slot on the first replica of ``request.replicas`` that has one free."""
        ...

    async def release_slot(self, grant: SlotGrant) -> None:
        """Give a granted slot back. Idempotent."""
        ...

    async def announce_waiting(self, pool: str, rank: int | None) -> None:
        """The highest class (lowest rank) waiting in this worker for ``pool``; None when
        none waits."""
        ...

    async def aclose(self) -> None: ...


def class_limit(max_share: float, per_replica: int | None, replicas: int) -> int | None:
    """A class's share of a pool in slots (at least one), as the admission queue counts it."""
    if per_replica is None:
        return None
    return max(1, math.floor(max_share * per_replica * replicas))


def loads_of(replicas: Sequence[str], counts: Sequence[int]) -> dict[str, int]:
    return dict(zip(replicas, counts, strict=True))
