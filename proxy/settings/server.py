"""``server:`` and ``limits:``: where the gateway listens and what one request may be."""

from __future__ import annotations

import ipaddress
from typing import Literal

from pydantic import Field

from proxy.settings.section import Section

__all__ = ["LimitSettings", "ServerSettings"]


class ServerSettings(Section):
    host: str = "127.0.0.1"
    """Address to bind. A non-loopback address requires at least one API key."""
    port: int = Field(8080, ge=0, le=65535)
    """TCP port (0 picks a free one; tests use that)."""
    workers: int | None = Field(None, ge=1)
    """Worker processes; ``null`` means one per CPU core."""
    header_timeout_s: float = Field(10.0, gt=0)
    """Longest time a client may take to send a request's line and headers (from its first
    byte, or from opening the connection); slower connections are closed."""
    max_header_bytes: int = Field(65_536, ge=8_192, le=1_048_576)
    """Most bytes a request's line and headers may take together (8 KiB to 1 MiB); a larger
    header section is answered with a 431 and the connection closed. Raise it when clients
    send very long bearer tokens or cookies."""
    keep_alive_s: int = Field(75, ge=1)
    """How long an idle client connection stays open. Keep it above the idle timeout of
    load balancers and clients in front, or they may reuse a connection as it closes."""
    shutdown_drain_s: int = Field(20, ge=1)
    """On SIGTERM or SIGINT, how long requests in flight (streams included) may still take;
    new connections are refused at once, idle ones closed. Those still running then are
    cancelled and the process exits. Keep it under the supervisor's kill timeout
    (Kubernetes' ``terminationGracePeriodSeconds``, 30 s by default) with a few seconds
    to spare for stopping Milvus Lite and Redis."""

    cors_origins: list[str] | None = None
    """Origins browser frontends may call from (``["*"]`` for any). ``null``: any origin on
    a loopback bind (as vLLM allows by default), none otherwise."""
    cors_headers: list[str] = Field(default_factory=lambda: ["*"])
    """Request headers a browser may send cross-origin."""

    def allowed_origins(self) -> list[str]:
        """The CORS origins in force (empty: CORS off)."""
        if self.cors_origins is not None:
            return self.cors_origins
        return ["*"] if self.is_loopback() else []

    def is_loopback(self) -> bool:
        """True when only this machine can connect."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


class LimitSettings(Section):
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024)
    """Largest request body accepted; larger bodies get a 400 before they are parsed."""
    max_messages: int = Field(512, ge=1)
    """Most messages in one chat request, input items in one Responses request, prompts in
    one legacy completions request."""
    max_n: int = Field(16, ge=1)
    """Largest ``n`` (choices per request)."""
    max_best_of: int = Field(16, ge=1)
    """Largest ``best_of`` (vLLM's candidate sequences)."""
    max_top_logprobs: int = Field(20, ge=0)
    """Largest ``top_logprobs`` (OpenAI's own limit is 20)."""
    max_tokens: int = Field(131072, ge=1)
    """Largest ``max_tokens`` / ``max_completion_tokens`` a request may ask for."""
    unknown_fields: Literal["reject", "forward"] = "reject"
    """A body field outside the OpenAI/vLLM allowlist: ``reject`` answers 400 naming it;
    ``forward`` passes it on (as vLLM would accept it), its strings read by
    ``pii.pseudonymize`` as free text like any other field."""
    body_timeout_s: float = Field(30.0, gt=0)
    """Longest wait for the next piece of a request body; a client that stalls longer
    gets a 408 and its connection closed. After this long, the body must also average 500
    bytes per second (a byte now and then under this wait would hold the connection)."""
