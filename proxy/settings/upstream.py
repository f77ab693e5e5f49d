"""``upstream:`` and ``models:``: how the gateway talks to the vLLM replicas of each model."""

from __future__ import annotations

from typing import Literal

from pydantic import AnyHttpUrl, Field, SecretStr, field_validator

from proxy.settings.section import Section

__all__ = ["ModelRoute", "TimeoutSettings", "UpstreamSettings"]


class TimeoutSettings(Section):
    connect: float = Field(3.0, gt=0)
    """Seconds to open a TCP connection to a backend; on failure the next replica is tried."""
    read: float = Field(600.0, gt=0)
    """Seconds to wait for each read from a backend (first byte, and between chunks)."""
    write: float = Field(30.0, gt=0)
    """Seconds to send the request body."""
    pool: float = Field(10.0, gt=0)
    """Seconds to wait for a free pooled connection."""
    first_token: float = Field(120.0, gt=0)
    """Streams: seconds from sending the request (after admission) to the first byte of
    the stream's body, the response headers included; covers a backend that accepts the
    connection and sends nothing, and one whose engine never starts generating."""
    stream_idle: float = Field(60.0, gt=0)
    """Streams: seconds the backend may stay silent between two chunks once the stream
    has started."""
    total: float = Field(300.0, gt=0)
    """Non-streaming requests: seconds from sending the request (after admission) to the
    whole answer, failover included."""


class UpstreamSettings(Section):
    timeouts: TimeoutSettings = TimeoutSettings()
    """httpx timeouts for every backend request."""
    max_connections: int = Field(512, ge=1)
    """Connection pool size per model route."""
    max_keepalive_connections: int = Field(128, ge=0)
    """Idle connections kept open per model route."""
    keepalive_expiry_s: float = Field(4.0, gt=0)
    """Idle pooled connections are closed after this long. Keep it below the backends'
    own keep-alive timeout (vLLM: 5 s) so the gateway never reuses one they closed."""
    health_interval_s: float = Field(5.0, gt=0)
    """How often each backend's ``/health`` is polled."""
    health_timeout_s: float = Field(2.0, gt=0)
    """Timeout of one ``/health`` poll."""
    api_key: SecretStr | None = None
    """Bearer token sent to the backends (vLLM ``--api-key``); never the client's key."""
    eject_after_failures: int = Field(3, ge=1)
    """Consecutive failures (5xx, dropped connections, failed ``/health`` polls) after
    which a replica is taken out; a refused connection takes it out at once."""
    ejection_s: float = Field(10.0, ge=0)
    """A replica taken out for failed requests stays out at least this long, then a
    passing ``/health`` takes it back."""
    metrics_interval_s: float = Field(2.0, ge=0)
    """How often each replica's vLLM ``/metrics`` is read for load-aware routing;
    ``0`` turns it off."""
    kv_cache_weight: float = Field(4.0, ge=0)
    """Load a full KV cache (``vllm:kv_cache_usage_perc`` = 1) adds to a replica's score,
    in outstanding requests."""
    required_models: list[str] = Field(default_factory=list)
    """Models (route names) that must each have a healthy replica for ``/readyz`` to say
    ready. Empty: ready while at least one model can be served."""


class ModelRoute(Section):
    backends: list[AnyHttpUrl] = Field(min_length=1)
    """Base URLs of the vLLM replicas serving this model (without ``/v1``)."""
    upstream_model: str | None = None
    """Model name the backends serve (``--served-model-name``); default: the public name."""
    max_model_len: int | None = Field(None, ge=1)
    """Context length reported by ``GET /v1/models``; default: asked from a backend."""
    balance: Literal["least_loaded", "round_robin"] = "least_loaded"
    """How a replica is picked: fewest outstanding requests (refined by vLLM's metrics),
    or plain round-robin."""
    max_in_flight: int | None = Field(None, ge=1)
    """Requests sent to one replica at once; more wait in the gateway's QoS queue.
    ``null``: no gateway queue (vLLM queues them itself, first come first served)."""
    prefix_affinity: bool = False
    """Send requests with the same leading system messages to the same replica (vLLM's
    prefix cache), unless it is busier than the least loaded one by ``affinity_slack``."""
    affinity_slack: int = Field(2, ge=0)
    """Outstanding requests a replica may be above the least loaded one and still keep
    its affine requests."""

    @field_validator("backends")
    @classmethod
    def _no_path(cls, value: list[AnyHttpUrl]) -> list[AnyHttpUrl]:
        for url in value:
            if url.path not in (None, "", "/"):
                raise ValueError(f"give the server's base URL without a path, not {url}")
        return value
