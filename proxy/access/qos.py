"""QoS classes: which class a request belongs to, and what that class promises.

A class (``interactive``, ``standard``, ``batch`` by default; see ``qos.classes``) is
assigned per API key, else per tenant, else ``qos.default_class``. A request may *lower*
its class with the ``X-Mamori-Priority: CLASS`` header, never raise it: asking for a
higher class keeps the caller's own class. The class decides the request's place in the
gateway's admission queue (:mod:`proxy.upstream.admission`) and the ``priority`` sent to vLLM.

Order: a lower ``priority`` value is a higher class, as in vLLM (ties: configuration order).

A request of a class without a TTFT objective may carry ``X-Mamori-Deadline``: the seconds
from now by which the whole answer is due (``120``), or an ISO 8601 time with its offset
(``2026-12-03T18:00:00+09:00``). It replaces the class's ``completion_deadline_s``. The
resolved :class:`QosClass` is then per request: it carries the deadline and, once the
endpoint has read the body, the request's size (:meth:`QosClass.sized`), which the
admission queue turns into an expected cost.

Failure behaviour: :meth:`QosClasses.resolve` raises :class:`~proxy.errors.BadRequestError`
for an ``X-Mamori-Priority`` value that names no class and for an ``X-Mamori-Deadline``
that is neither a positive number of seconds nor a time with an offset; neither message
repeats the header's value (a client may put anything there, a phone number included).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from proxy.access.auth import Principal
from proxy.errors import BadRequestError
from proxy.settings import Settings
from proxy.settings.traffic import QosSettings

__all__ = [
    "DEADLINE_HEADER",
    "PRIORITY_HEADER",
    "QosClass",
    "QosClasses",
    "QueuePolicy",
    "parse_deadline",
    "requested_output_tokens",
]

PRIORITY_HEADER = "x-mamori-priority"
DEADLINE_HEADER = "x-mamori-deadline"
#: Longest deadline a request may ask for (a week); later ones are a 400.
_MAX_DEADLINE_S = 7 * 24 * 3600.0


@dataclass(frozen=True, slots=True)
class QueuePolicy:
    """How the admission queue orders and relegates (``qos.*``; the same for every class)."""

    shortest_job_first: bool = True
    max_bypass: int = 4
    urgent_slack_s: float = 1.0
    vllm_preemption: bool = False

    @classmethod
    def from_settings(cls, qos: QosSettings) -> QueuePolicy:
        slos = [c.ttft_slo_s for c in qos.classes.values() if c.ttft_slo_s is not None]
        urgent = qos.urgent_slack_s
        if urgent is None:
            urgent = max(slos, default=0.0)
        return cls(
            shortest_job_first=qos.shortest_job_first,
            max_bypass=qos.max_bypass,
            urgent_slack_s=urgent,
            vllm_preemption=qos.vllm_preemption and qos.send_vllm_priority,
        )


@dataclass(frozen=True, slots=True)
class QosClass:
    """One service class, as configured."""

    name: str
    rank: int
    """Position in the class order, 0 for the highest class."""
    priority: int
    """vLLM's request priority (lower runs earlier)."""
    ttft_slo_s: float | None
    """Time-to-first-token objective; None for best effort."""
    max_queue_wait_s: float
    max_share: float
    """Share of a model's in-flight slots the class may hold at once."""
    completion_deadline_s: float | None = None
    """Default seconds after arrival by which a whole answer of this class is due."""
    policy: QueuePolicy = field(default_factory=QueuePolicy)
    # Per request (see the module doc); the class as configured has the defaults.
    deadline_at: float | None = None
    """``time.monotonic()`` by which the answer is due, from ``X-Mamori-Deadline``."""
    input_tokens: int = 0
    """Estimated prompt tokens, once known."""
    max_tokens: int | None = None
    """The request's ``max_tokens``/``max_completion_tokens``, if it set one."""

    def deadline_s(self) -> float:
        """Seconds after arrival by which the request should start: its SLO if it has one."""
        return self.ttft_slo_s if self.ttft_slo_s is not None else self.max_queue_wait_s

    def completion_deadline(self, arrived: float) -> float | None:
        """When (on the monotonic clock) the whole answer is due, for a class without a
        TTFT objective: the request's own deadline, else arrival + the class's default."""
        if self.ttft_slo_s is not None:
            return None
        if self.deadline_at is not None:
            return self.deadline_at
        if self.completion_deadline_s is not None:
            return arrived + self.completion_deadline_s
        return None

    def sized(self, input_tokens: int, max_tokens: int | None) -> QosClass:
        """This request's class with its size, for the expected-cost estimate."""
        return replace(self, input_tokens=max(0, input_tokens), max_tokens=max_tokens)


class QosClasses:
    """The configured classes and who gets which; built once in the app factory."""

    def __init__(self, settings: Settings) -> None:
        qos = settings.qos
        configured = list(qos.classes.items())
        ordered = sorted(range(len(configured)), key=lambda i: (configured[i][1].priority, i))
        policy = QueuePolicy.from_settings(qos)
        self._classes: dict[str, QosClass] = {}
        for rank, index in enumerate(ordered):
            name, cls = configured[index]
            self._classes[name] = QosClass(
                name=name,
                rank=rank,
                priority=cls.priority,
                ttft_slo_s=cls.ttft_slo_s,
                max_queue_wait_s=cls.max_queue_wait_s,
                max_share=cls.max_share,
                completion_deadline_s=cls.completion_deadline_s,
                policy=policy,
            )
        self.send_vllm_priority = qos.send_vllm_priority
        default = qos.default_class
        self._by_tenant = {
            name: tenant.qos_class or default for name, tenant in settings.tenants.items()
        }
        self._by_key = {
            key.sha256: key.qos_class or self._by_tenant.get(key.tenant, default)
            for key in settings.api_keys
        }
        self._default = default

    @property
    def classes(self) -> list[QosClass]:
        """Every class, highest first."""
        return sorted(self._classes.values(), key=lambda cls: cls.rank)

    def get(self, name: str) -> QosClass:
        return self._classes[name]

    def assigned(self, principal: Principal) -> QosClass:
        """The class the caller's key (else tenant) is entitled to."""
        name = self._by_key.get(principal.key_id) or self._by_tenant.get(
            principal.tenant, self._default
        )
        return self._classes[name]

    def resolve(
        self, principal: Principal, requested: str | None, deadline: str | None = None
    ) -> QosClass:
        """The class of one request: the caller's, lowered by ``requested`` if given, with
        the ``X-Mamori-Deadline`` value ``deadline`` (classes without a TTFT objective).

        Raises :class:`BadRequestError` when ``requested`` names no class or ``deadline``
        is not a deadline.
        """
        cls = self._lowered(principal, requested)
        if deadline is not None and deadline.strip():
            # Read for every class, so that a malformed value is a 400 whatever the
            # caller's class (it was silently ignored for classes with a TTFT objective).
            seconds = parse_deadline(deadline, now=datetime.now().astimezone())
            if cls.ttft_slo_s is None:
                cls = replace(cls, deadline_at=time.monotonic() + seconds)
        return cls

    def _lowered(self, principal: Principal, requested: str | None) -> QosClass:
        own = self.assigned(principal)
        if requested is None or not requested.strip():
            return own
        wanted = self._classes.get(requested.strip())
        if wanted is None:
            raise BadRequestError(
                "X-Mamori-Priority names no QoS class of this gateway; "
                f"known: {', '.join(cls.name for cls in self.classes)}",
                param="X-Mamori-Priority",
            )
        # Lowering only: a request can never take a class above its key's.
        return wanted if wanted.rank >= own.rank else own


def parse_deadline(value: str, *, now: datetime) -> float:
    """Seconds from ``now`` until the deadline ``value`` (see the module doc); 0 when it has
    passed. Raises :class:`BadRequestError` for anything else, or beyond a week."""
    text = value.strip()
    seconds: float | None = None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            when = None
        if when is not None and when.tzinfo is not None:
            seconds = max(0.0, (when - now).total_seconds())
    if seconds is None or not math.isfinite(seconds) or seconds <= 0:
        if seconds == 0.0:
            return 0.0
        raise BadRequestError(
            "X-Mamori-Deadline: expected seconds from now (a positive number) or an ISO 8601 "
            "time with its UTC offset",
            param="X-Mamori-Deadline",
        )
    if seconds > _MAX_DEADLINE_S:
        raise BadRequestError("X-Mamori-Deadline: at most 7 days ahead", param="X-Mamori-Deadline")
    return seconds


def requested_output_tokens(body: dict[str, Any]) -> int | None:
    """The most output tokens a request body allows (``max_completion_tokens``, else
    ``max_tokens``), or None when it sets no valid limit."""
    for name in ("max_completion_tokens", "max_tokens"):
        value = body.get(name)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return None
