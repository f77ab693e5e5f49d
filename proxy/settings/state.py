"""``state:``: where the limits that every worker and instance share are kept.

Rate-limit buckets, in-flight slots per replica and the QoS queue's cross-worker order
live in a state store (:mod:`proxy.state`). With ``redis_url`` unset and one worker they
stay in the worker process; ``mamori serve --workers N`` (N > 1) without ``redis_url``
starts a private Redis for its workers. Set ``redis_url`` when several gateway instances
must share one set of limits.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr

from proxy.settings.section import Section

__all__ = ["StateSettings"]


class StateSettings(Section):
    redis_url: SecretStr | None = None
    """Redis shared by every worker and instance (``redis://[:password@]host:6379/0``,
    ``rediss://`` for TLS, ``unix:///path/redis.sock``). ``null``: in-process state for one
    worker; ``mamori serve`` with several workers starts a private Redis."""
    on_unavailable: Literal["fail_open", "fail_closed"] = "fail_open"
    """When Redis cannot be reached: ``fail_open`` enforces each limit in each worker on
    its own (logged, counted in ``mamori_state_unavailable_total``) until Redis answers
    again; ``fail_closed`` answers 503 naming the state store."""
    lease_s: float = Field(10.0, gt=0.5)
    """Lifetime of an in-flight slot's lease. The holding worker renews it every third of
    this; a worker that dies stops renewing, so its slots are free again after at most
    this long."""
    poll_interval_s: float = Field(0.025, gt=0)
    """How often a worker with queued requests asks Redis whether a slot came free
    (slots freed by other workers are not announced)."""
    timeout_s: float = Field(1.0, gt=0)
    """Longest wait for one Redis command before the store counts as unavailable."""
    retry_after_s: float = Field(2.0, gt=0)
    """After a failure, how long ``fail_open`` keeps to local limits before trying Redis
    again."""
    key_prefix: str = Field("mamori", min_length=1)
    """Prefix of every Redis key, so several gateways can share one Redis."""
