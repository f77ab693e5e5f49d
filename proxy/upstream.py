"""The upstream side: vLLM replicas, routing among them, and health.

Each public model name maps to a :class:`BackendGroup`: the base URLs of the vLLM replicas
that serve it and one pooled ``httpx.AsyncClient`` with the configured timeouts.
:meth:`BackendGroup.send` picks healthy replicas round-robin. On a connection error or a 5xx
answer — both before any byte went to the client — it tries the next replica; it never
retries once an answer has started, and never after a read timeout (the backend may
already be generating). A connection that breaks before the status line (typically a
pooled keep-alive connection the backend had just closed) is retried once on the same
replica before moving on, and does not count against the replica's health.

Health: every replica starts healthy; a refused connection marks it unhealthy at once, and
:class:`HealthMonitor` polls ``GET /health`` on every replica to take it back in (or out).

Failure behaviour (mapped to :mod:`proxy.errors`):

* no healthy replica, or none could be reached → ``ServiceUnavailableError`` (503) naming
  the model and the replicas tried;
* a replica answered 5xx and no other replica was left → ``UpstreamError`` (502) with the
  backend's message;
* a read timeout before the first byte → ``UpstreamTimeoutError`` (504).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import httpx

from proxy.errors import (
    BackendError,
    ServiceUnavailableError,
    UpstreamError,
    UpstreamTimeoutError,
)
from proxy.settings import UpstreamSettings

__all__ = [
    "Backend",
    "BackendGroup",
    "FailureCallback",
    "HealthMonitor",
    "UpstreamResponse",
    "backend_error",
]

logger = logging.getLogger(__name__)

#: Called on each failed attempt with (backend URL, kind of failure).
FailureCallback = Callable[[str, str], None]


@dataclass(slots=True)
class Backend:
    """One vLLM replica and what the gateway knows about its health."""

    url: str
    healthy: bool = True
    reason: str = ""
    """Why it is unhealthy (empty when healthy)."""
    in_flight: int = 0

    def mark(self, healthy: bool, reason: str = "") -> None:
        if healthy != self.healthy:
            if healthy:
                logger.info("backend %s is healthy again", self.url)
            else:
                logger.warning("backend %s marked unhealthy: %s", self.url, reason)
        self.healthy = healthy
        self.reason = "" if healthy else reason


@dataclass(slots=True)
class UpstreamResponse:
    """An open upstream response (headers received, body not yet read). Close it."""

    backend: Backend
    response: httpx.Response
    started: float
    """``time.perf_counter()`` when the request was first sent."""
    closed: bool = False

    async def aclose(self) -> None:
        """Close the upstream response (vLLM aborts an unfinished request). Idempotent."""
        if self.closed:
            return
        self.closed = True
        self.backend.in_flight -= 1
        await self.response.aclose()


class BackendGroup:
    """The replicas of one model route and their shared connection pool."""

    def __init__(
        self,
        name: str,
        urls: Iterable[str],
        settings: UpstreamSettings,
        *,
        on_failure: FailureCallback | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.name = name
        self.backends = [Backend(url=url.rstrip("/")) for url in urls]
        self._next = itertools.count()
        self._on_failure = on_failure
        timeouts = settings.timeouts
        headers = {}
        if settings.api_key is not None:
            headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=timeouts.connect,
                read=timeouts.read,
                write=timeouts.write,
                pool=timeouts.pool,
            ),
            limits=httpx.Limits(
                max_connections=settings.max_connections,
                max_keepalive_connections=settings.max_keepalive_connections,
                keepalive_expiry=settings.keepalive_expiry_s,
            ),
            headers=headers,
            transport=transport,
        )

    def candidates(self) -> list[Backend]:
        """Healthy replicas, starting with the next one in round-robin order."""
        healthy = [backend for backend in self.backends if backend.healthy]
        if not healthy:
            return []
        start = next(self._next) % len(healthy)
        return healthy[start:] + healthy[:start]

    async def send(
        self, method: str, path: str, *, content: bytes, headers: dict[str, str]
    ) -> UpstreamResponse:
        """Send to one replica, failing over before the first byte. See module doc."""
        candidates = self.candidates()
        if not candidates:
            raise ServiceUnavailableError(
                f"no healthy backend for model {self.name!r}: "
                + "; ".join(f"{b.url} ({b.reason})" for b in self.backends)
            )
        started = time.perf_counter()
        failures: list[str] = []
        last_5xx: tuple[int, str] | None = None
        for backend in candidates:
            # A pooled keep-alive connection that the backend closed just as it was reused
            # breaks without the backend being at fault: one more try, on a new connection.
            for attempt in range(2):
                request = self.client.build_request(
                    method, backend.url + path, content=content, headers=headers
                )
                try:
                    response = await self._send_counted(backend, request)
                except httpx.ReadTimeout as exc:
                    self._failed(backend.url, "read_timeout")
                    raise UpstreamTimeoutError(
                        f"backend {backend.url} for model {self.name!r} did not answer in time"
                    ) from exc
                except (httpx.ConnectError, httpx.ConnectTimeout, OSError) as exc:
                    # Nothing reached the backend: mark it down and move to the next one.
                    backend.mark(False, type(exc).__name__)
                    self._failed(backend.url, "connect")
                    failures.append(f"{backend.url} ({type(exc).__name__})")
                    break
                except httpx.TransportError as exc:
                    # Broke before the status line: no answer started, so trying again is
                    # safe; the server is there, so its health is left alone.
                    self._failed(backend.url, "dropped")
                    failures.append(f"{backend.url} ({type(exc).__name__})")
                    if attempt == 0:
                        continue
                    break
                if response.status_code < 500:
                    return UpstreamResponse(backend=backend, response=response, started=started)
                try:
                    body = await response.aread()
                finally:
                    await response.aclose()
                    backend.in_flight -= 1
                self._failed(backend.url, f"http_{response.status_code}")
                failures.append(f"{backend.url} (HTTP {response.status_code})")
                message = _error_fields(body)[0] or response.reason_phrase
                last_5xx = (response.status_code, message)
                break
        if last_5xx is not None:
            status, message = last_5xx
            raise UpstreamError(
                f"model {self.name!r}: backend answered HTTP {status}: {message} "
                f"(tried {', '.join(failures)})"
            )
        raise ServiceUnavailableError(
            f"no backend for model {self.name!r} could be reached (tried {', '.join(failures)})"
        )

    async def _send_counted(self, backend: Backend, request: httpx.Request) -> httpx.Response:
        """Send, counting the request in ``backend.in_flight`` until its response closes."""
        backend.in_flight += 1
        try:
            return await self.client.send(request, stream=True)
        except BaseException:
            backend.in_flight -= 1
            raise

    def _failed(self, url: str, kind: str) -> None:
        if self._on_failure is not None:
            self._on_failure(url, kind)

    async def aclose(self) -> None:
        await self.client.aclose()


def backend_error(status_code: int, body: bytes) -> BackendError | UpstreamError:
    """Map a backend's 4xx answer to the error the client gets.

    Errors about the client's request (400, 413, 422, 429) keep the backend's status and
    message. Errors that mean the gateway is misconfigured (401, 403, 404: wrong backend
    key or served model name) are a 502 for the client and name the cause for operators.
    """
    message, error_type = _error_fields(body)
    message = message or f"HTTP {status_code}"
    error_type = error_type or "BadRequestError"
    if status_code in (400, 413, 422, 429):
        return BackendError(message, status_code=status_code, error_type=error_type)
    return UpstreamError(f"backend rejected the gateway's request (HTTP {status_code}): {message}")


def _error_fields(body: bytes) -> tuple[str, str]:
    """``(message, type)`` of a vLLM/OpenAI error body; empty strings where absent."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return "", ""
    if not isinstance(payload, dict):
        return "", ""
    error = payload.get("error", payload)
    fields = error if isinstance(error, dict) else {}
    message = fields.get("message", payload.get("message"))
    error_type = fields.get("type")
    return (
        message if isinstance(message, str) else "",
        error_type if isinstance(error_type, str) else "",
    )


class HealthMonitor:
    """Polls ``/health`` of every replica of every group; see module doc."""

    def __init__(
        self,
        groups: Iterable[BackendGroup],
        *,
        interval_s: float,
        timeout_s: float,
        on_change: Callable[[BackendGroup, Backend], None] | None = None,
    ) -> None:
        self._groups = list(groups)
        self._interval_s = interval_s
        self._timeout_s = timeout_s
        self._on_change = on_change

    async def check_all(self) -> None:
        """Poll every replica once, concurrently."""
        checks = [
            self._check(group, backend) for group in self._groups for backend in group.backends
        ]
        if checks:
            await asyncio.gather(*checks)

    async def run(self) -> None:
        """Poll forever (until cancelled)."""
        while True:
            await self.check_all()
            await asyncio.sleep(self._interval_s)

    async def _check(self, group: BackendGroup, backend: Backend) -> None:
        try:
            response = await group.client.get(backend.url + "/health", timeout=self._timeout_s)
        except httpx.HTTPError as exc:
            backend.mark(False, f"/health: {type(exc).__name__}")
        else:
            if response.status_code == 200:
                backend.mark(True)
            else:
                backend.mark(False, f"/health answered HTTP {response.status_code}")
        if self._on_change is not None:
            self._on_change(group, backend)
