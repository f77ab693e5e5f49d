"""Settings sections for serving traffic: QoS classes, rate limits and model aliases.

These are sub-models of :class:`proxy.settings.Settings` (``qos``, ``aliases``,
``tenants.NAME.qos_class``/``rate_limit``, ``api_keys[].qos_class``/``rate_limit``). They
live here so that the QoS and routing options sit together; the root settings only
reference them. Every key is documented in ``docs/configuration.md``.

Failure behaviour: invalid values raise pydantic's ``ValidationError`` at load time, which
:func:`proxy.settings.load_settings` turns into a ``ConfigError`` naming the key. Checks
that need the whole configuration (a tenant naming an unknown class, an alias naming an
unknown model) are in ``Settings``'s own validator.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from proxy.settings.section import Section

__all__ = [
    "AliasSettings",
    "QosClassSettings",
    "QosSettings",
    "RateLimitSettings",
    "RoutingRule",
    "default_qos_classes",
]


class QosClassSettings(Section):
    priority: int = 0
    """vLLM request ``priority`` sent upstream (lower runs earlier). It also orders the
    gateway's own queue: a lower value is a higher class."""
    ttft_slo_s: float | None = Field(None, gt=0)
    """Time-to-first-token objective; ``null`` for best effort. Counted in the SLO
    metrics and used as the queue deadline."""
    completion_deadline_s: float | None = Field(None, gt=0)
    """For classes without a TTFT objective: seconds after arrival by which the whole
    answer is due, unless the request sets ``X-Mamori-Deadline``. A waiting request
    whose deadline can no longer be met (its expected run time no longer fits) is shed
    with 503; before that it may be delayed behind more urgent work. ``null``: no
    deadline (only ``max_queue_wait_s`` bounds the wait)."""
    max_queue_wait_s: float = Field(30.0, gt=0)
    """Longest wait in the gateway's queue; after it the request is relegated: 429 with
    ``Retry-After``."""
    max_share: float = Field(1.0, gt=0, le=1)
    """Share of a model's in-flight slots this class may hold at once. Below 1 it keeps
    the rest of the capacity idle for higher classes (a reservation); 1 (the default)
    lets the class use every idle slot (work-conserving)."""


def default_qos_classes() -> dict[str, QosClassSettings]:
    """``interactive`` (with a TTFT objective), ``standard``, ``batch`` (best effort)."""
    return {
        "interactive": QosClassSettings(priority=0, ttft_slo_s=1.0, max_queue_wait_s=10.0),
        "standard": QosClassSettings(priority=10, ttft_slo_s=5.0, max_queue_wait_s=30.0),
        "batch": QosClassSettings(priority=100, max_queue_wait_s=60.0),
    }


class QosSettings(Section):
    classes: dict[str, QosClassSettings] = Field(default_factory=default_qos_classes, min_length=1)
    """Class name → class. Tenants and API keys name one of them."""
    default_class: str = "standard"
    """Class of tenants and keys that name none."""
    queue_limit: int = Field(1000, ge=0)
    """Most requests waiting per model. When it is full, a newcomer of a higher class
    relegates the lowest waiting request; otherwise the newcomer gets the 429."""
    send_vllm_priority: bool = True
    """Set vLLM's ``priority`` field to the class's priority. Needs
    ``--scheduling-policy priority`` on the vLLM side to have an effect."""
    vllm_preemption: bool = False
    """When every in-flight slot is taken, send a request of a class with a TTFT
    objective anyway -- at most one per lower-class request in flight -- so that vLLM's
    priority scheduler preempts a running lower-class request for it. Only for replicas
    started with ``--scheduling-policy priority`` (and ``send_vllm_priority``); with
    ``fcfs`` the extra request would just wait inside vLLM."""
    shortest_job_first: bool = True
    """Within a class, start the request with the shortest expected run first (input
    tokens, ``max_tokens`` and the route's running estimate of output length)."""
    max_bypass: int = Field(4, ge=0)
    """With ``shortest_job_first``: how many later, shorter requests of its class may
    start before a waiting request; then it goes first in its class (no starvation)."""
    urgent_slack_s: float | None = Field(None, ge=0)
    """A waiting request whose slack (time left before it must start to meet its TTFT
    objective or deadline) is at most this is urgent: urgent requests of every class go
    first, least slack first. ``null``: the largest TTFT objective of the classes."""

    @model_validator(mode="after")
    def _default_exists(self) -> QosSettings:
        if self.default_class not in self.classes:
            raise ValueError(f"default_class: {self.default_class!r} is not in qos.classes")
        return self


class RateLimitSettings(Section):
    requests_per_minute: int | None = Field(None, ge=1)
    """Requests per minute per API key; ``null`` for no limit."""
    tokens_per_minute: int | None = Field(None, ge=1)
    """Prompt + completion tokens per minute per API key; ``null`` for no limit."""


class RoutingRule(Section):
    model: str
    """The configured model (a key of ``models``) this rule sends requests to."""
    name: str = ""
    """Label written to the audit log as the reason; default: the rule's conditions."""
    max_input_chars: int | None = Field(None, ge=0)
    """Matches when the message text has at most this many characters."""
    min_input_chars: int | None = Field(None, ge=0)
    """Matches when the message text has at least this many characters."""
    categories: list[str] | None = None
    """Matches when the request's category (set by the guard stage) is one of these."""


class AliasSettings(Section):
    default: str
    """The model used when no rule matches."""
    rules: list[RoutingRule] = Field(default_factory=list)
    """Tried in order; the first rule whose conditions all hold wins."""
