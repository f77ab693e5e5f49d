"""Which replica of a model gets the next request.

:meth:`LoadBalancer.order` returns the healthy replicas in the order to try them: the
first is the pick, the rest are the failover order.

* ``round_robin``: a rotating start, as before load-aware routing existed.
* ``least_loaded``: ascending load score, where the score is the requests the gateway has
  outstanding at the replica (this worker's count, or the admission slots every worker
  holds there as the state store last reported them, whichever is higher), plus vLLM's own
  ``vllm:num_requests_waiting`` and ``kv_cache_weight`` × ``vllm:kv_cache_usage_perc``
  when a fresh reading exists (:mod:`proxy.upstream.engine_load`). Replicas at their
  ``max_in_flight`` go last. Ties keep the rotating order, so equal replicas share the
  load evenly.
* prefix affinity (optional, with ``least_loaded``): requests with the same leading system
  messages — the same system prompt and injected FAQ context — rank the replicas by
  rendezvous hashing and go to the first one whose score is within ``affinity_slack`` of
  the least loaded, so vLLM's prefix cache is reused without piling work on one replica.

Failure behaviour: none; with no healthy replica the order is empty and the caller answers
503.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, Protocol, TypeVar

from proxy.upstream.backend import EngineLoad

__all__ = ["Balance", "LoadBalancer", "Replica", "affinity_key"]

Balance = Literal["least_loaded", "round_robin"]
_PREFIX_ROLES = frozenset({"system", "developer"})


class Replica(Protocol):
    """What the balancer reads of a replica (:class:`proxy.upstream.group.Backend`)."""

    @property
    def url(self) -> str: ...
    @property
    def healthy(self) -> bool: ...
    @property
    def in_flight(self) -> int: ...
    @property
    def seen_in_flight(self) -> int: ...
    @property
    def engine(self) -> EngineLoad | None: ...


_R = TypeVar("_R", bound=Replica)


def affinity_key(body: Mapping[str, Any]) -> str | None:
    """A digest of the leading system/developer messages, or None when there are none.

    Only the digest leaves this function: the prompt text is never kept or logged.
    """
    messages = body.get("messages")
    if not isinstance(messages, list):
        return None
    prefix = []
    for message in messages:
        if not isinstance(message, dict) or message.get("role") not in _PREFIX_ROLES:
            break
        prefix.append(message.get("content"))
    if not prefix:
        return None
    encoded = json.dumps(prefix, ensure_ascii=False, sort_keys=True).encode()
    return hashlib.blake2b(encoded, digest_size=16).hexdigest()


class LoadBalancer:
    """Orders one model's replicas for each request; see the module doc."""

    def __init__(
        self,
        balance: Balance = "least_loaded",
        *,
        max_in_flight: int | None = None,
        kv_cache_weight: float = 4.0,
        prefix_affinity: bool = False,
        affinity_slack: int = 2,
        stale_after_s: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.balance = balance
        self._max_in_flight = max_in_flight
        self._kv_weight = kv_cache_weight
        self._affinity = prefix_affinity and balance == "least_loaded"
        self._slack = affinity_slack
        self._stale_after_s = stale_after_s
        self._clock = clock
        self._next = itertools.count()

    def score(self, replica: Replica) -> float:
        """Outstanding requests, plus what a fresh vLLM reading adds."""
        load = float(_outstanding(replica))
        engine = replica.engine
        if engine is not None and self._clock() - engine.read_at <= self._stale_after_s:
            load += engine.waiting + self._kv_weight * engine.kv_cache_usage
        return load

    def order(self, replicas: Sequence[_R], affinity: str | None = None) -> list[_R]:
        """Healthy replicas, the pick first; see the module doc."""
        healthy = [replica for replica in replicas if replica.healthy]
        if not healthy:
            return []
        start = next(self._next) % len(healthy)
        rotated = healthy[start:] + healthy[:start]
        if self.balance == "round_robin":
            return rotated
        scores = {id(replica): self.score(replica) for replica in rotated}
        ranked = sorted(rotated, key=lambda r: (self._full(r), scores[id(r)]))
        if self._affinity and affinity is not None and len(ranked) > 1:
            best = scores[id(ranked[0])]
            preferred = sorted(rotated, key=lambda r: _rendezvous(affinity, r.url), reverse=True)
            for replica in preferred:
                if not self._full(replica) and scores[id(replica)] <= best + self._slack:
                    ranked.remove(replica)
                    ranked.insert(0, replica)
                    break
        return ranked

    def _full(self, replica: Replica) -> bool:
        return self._max_in_flight is not None and _outstanding(replica) >= self._max_in_flight


def _outstanding(replica: Replica) -> int:
    return max(replica.in_flight, replica.seen_in_flight)


def _rendezvous(key: str, url: str) -> int:
    digest = hashlib.blake2b(f"{key}\x00{url}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")
