"""The replicas of one model, and the one boundary where backend errors are mapped.

Each public model name maps to a :class:`BackendGroup`: the base URLs of the vLLM replicas
that serve it, one pooled ``httpx.AsyncClient`` with the configured timeouts, an
:class:`~proxy.upstream.admission.AdmissionQueue` and a
:class:`~proxy.upstream.load_balancer.LoadBalancer`.
:meth:`BackendGroup.send` first waits for admission when the request has a QoS class (which
takes a slot on the first replica, in the balancer's order, that has one free), then tries
that replica, and the other healthy replicas in the balancer's order (least loaded by
default) if it fails. A request that fails over keeps the slot it was granted. On a
connection error or a 5xx answer — both before any byte went to the client — it tries the
next replica; it never retries once an answer has started, and never after a read timeout
(the backend may already be generating). A connection that breaks before the status line
(typically a pooled keep-alive connection the backend had just closed) is retried once on
the same replica before moving on.

Health: every replica starts healthy. A refused connection takes it out at once.
``upstream.eject_after_failures`` consecutive failures — 5xx answers, dropped connections,
failed ``/health`` polls — take it out too; a success in between resets the count.
:class:`~proxy.upstream.health.HealthMonitor` polls ``GET /health`` and takes replicas back.

:meth:`BackendGroup.send` returns only a successful response; every failure is mapped here,
once, to :mod:`proxy.errors` (``raise … from exc`` for transport errors):

* no healthy replica, or none could be reached → ``ServiceUnavailableError`` (503) naming
  the model and the replicas tried;
* a replica answered 5xx and no other replica was left → ``UpstreamError`` (502) with the
  backend's message;
* a read timeout before the first byte → ``UpstreamTimeoutError`` (504);
* the request's own deadline (``upstream.timeouts``): a non-streaming request whose whole
  answer is not in within ``total``, a stream whose headers have not come within
  ``first_token`` → ``UpstreamTimeoutError`` (504) naming the setting, before anything went
  to the client; once a stream runs, :meth:`UpstreamResponse.chunks` raises the same error
  when its first output is late or the backend stays silent for ``stream_idle``, and the
  caller sends it as an error event. Each closes the upstream connection (vLLM aborts the
  request) and is counted in ``mamori_upstream_errors_total`` (``first_token_timeout``,
  ``stream_idle_timeout``, ``total_timeout``); only a stalled stream counts towards the
  replica's ejection (a late first token or a long whole answer may be a long queue or a
  long answer, not a broken engine);
* a 4xx answer → :func:`backend_error`: the client's own mistakes keep their status, the
  gateway's (a wrong backend key or model name) are a 502.

With the group's own lean transport (:mod:`proxy.upstream.lean_transport`: no transport
given, no proxy in the environment) a request is built once per try as the client would
build it — its default headers (``Authorization`` when a backend key is set), the
request's own, the timeouts — with the URL parsed once per replica and path, and handed
to the transport directly: the client's layers for auth flows, redirects (never followed
here), event hooks and its cookie jar are skipped (0.1 ms of the event loop's CPU per
call). A backend's ``Set-Cookie`` is therefore not sent back on later requests (the
client would have, to every tenant's requests alike).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from proxy.access.qos import QosClass
from proxy.errors import (
    BackendError,
    ServiceUnavailableError,
    UpstreamError,
    UpstreamTimeoutError,
)
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import error_fields
from proxy.settings import ANY_MODEL, ModelRoute, UpstreamSettings
from proxy.settings.upstream import TimeoutSettings
from proxy.state.store import StateStore
from proxy.upstream.admission import AdmissionQueue, Ticket
from proxy.upstream.backend import Backend
from proxy.upstream.lean_transport import LeanTransport
from proxy.upstream.load_balancer import LoadBalancer

__all__ = ["BackendGroup", "UpstreamResponse", "WholeAnswer", "backend_error"]

_URLS_KEPT = 256
"""Parsed replica URLs kept per group (replicas times the few paths the gateway calls)."""


def _proxy_in_environment() -> bool:
    """An HTTP or catch-all proxy is set in the environment (what httpx would route
    plain-http backends through)."""
    proxies = urllib.request.getproxies()
    return "http" in proxies or "all" in proxies


logger = logging.getLogger(__name__)


#: Failure kinds (besides ``http_5xx``) that are the replica's fault.
_REPLICA_FAULTS = frozenset({"dropped", "mid_stream", "error_event", "stream_idle_timeout"})


class _DeadlinePassed(Exception):
    """The request's own deadline passed while waiting for the response headers."""


def _timed_out(backend: Backend, model: str, which: str, seconds: float) -> UpstreamTimeoutError:
    """The 504 for a request cut at ``upstream.timeouts.<which>``: names the setting and its
    value, so a client and an operator can tell a slow backend from a broken one."""
    what = {
        "first_token": "sent no first token",
        "stream_idle": "sent nothing more on its stream",
        "total": "did not send its whole answer",
    }[which]
    return UpstreamTimeoutError(
        f"backend {backend.url} for model {model!r} {what} within "
        f"upstream.timeouts.{which} ({seconds:g} s); the request was cancelled",
        timeout=which,
    )


@dataclass(frozen=True, slots=True)
class WholeAnswer:
    """A backend's whole (non-streamed) JSON answer."""

    raw: bytes
    """The body as the backend sent it."""
    payload: Any
    """``raw`` parsed."""

    @property
    def usage(self) -> dict[str, Any] | None:
        """The answer's ``usage`` object, when it has one."""
        usage = self.payload.get("usage") if isinstance(self.payload, dict) else None
        return usage if isinstance(usage, dict) else None


@dataclass(slots=True)
class UpstreamResponse:
    """An open upstream response (headers received, body not yet read). Close it."""

    backend: Backend
    response: httpx.Response
    started: float
    """``time.perf_counter()`` when the request was first sent."""
    group: BackendGroup
    ticket: Ticket | None = None
    """The admission slot, given back on close."""
    closed: bool = False
    deadline: float | None = None
    """Event-loop time by which the whole answer (non-streaming) or the stream's first
    byte must have arrived; ``None``: only the transport's own timeouts."""
    timeouts: TimeoutSettings | None = None

    @property
    def queued_s(self) -> float:
        """Seconds the request waited for admission."""
        return self.ticket.waited_s if self.ticket is not None else 0.0

    def succeeded(self) -> None:
        """The whole answer arrived: the replica's run of failures ends."""
        self.backend.failures = 0

    def failed(self, kind: str) -> None:
        """The answer broke after its headers (``mid_stream``: the connection failed;
        ``error_event``: the engine sent an error event). Counts like a 5xx, so a replica
        whose streams keep failing is ejected although it answers every request 200."""
        self.group.record_failure(self.backend, kind)

    async def read_whole(self) -> WholeAnswer:
        """The whole answer, read and parsed as JSON; the response is closed either way.

        A body that is not JSON raises :class:`~proxy.errors.UpstreamError` (502) naming
        the backend; a parsed answer ends the replica's run of failures (:meth:`succeeded`).
        """
        scope = asyncio.timeout_at(self.deadline)
        try:
            async with scope:
                raw = await self.response.aread()
        except TimeoutError as exc:
            if not scope.expired():
                raise
            total = self.timeouts.total if self.timeouts is not None else 0.0
            self.group.record_failure(self.backend, "total_timeout")
            raise _timed_out(self.backend, self.group.name, "total", total) from exc
        finally:
            await self.aclose()
        try:
            payload = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UpstreamError(f"backend {self.backend.url} sent a body that is not JSON") from exc
        self.succeeded()
        return WholeAnswer(raw=raw, payload=payload)

    async def chunks(self, first_output: re.Pattern[bytes]) -> AsyncIterator[bytes]:
        """The stream's body as it arrives (``aiter_raw``), within its timeouts: a piece
        matching ``first_output`` (generated text, the end of the answer: the endpoint's
        wire knows) by :attr:`deadline` (``first_token``), then each next piece within
        ``stream_idle`` seconds of asking for it. Pieces before the first output (a
        Responses stream's opening events, which vLLM sends before it schedules the
        request) do not start the idle timer. A late piece raises
        :class:`~proxy.errors.UpstreamTimeoutError` naming the timeout (the caller closes
        the response, which cancels the request)."""
        pieces = self.response.aiter_raw()
        which, deadline = "first_token", self.deadline
        idle = self.timeouts.stream_idle if self.timeouts is not None else None
        loop = asyncio.get_running_loop()
        try:
            while True:
                scope = asyncio.timeout_at(deadline)
                try:
                    async with scope:
                        piece = await anext(pieces)
                except StopAsyncIteration:
                    return
                except TimeoutError as exc:
                    if not scope.expired():
                        raise
                    self.group.record_failure(self.backend, f"{which}_timeout")
                    limit = self.timeouts.first_token if self.timeouts is not None else 0.0
                    seconds = idle if which == "stream_idle" and idle is not None else limit
                    raise _timed_out(self.backend, self.group.name, which, seconds) from exc
                if which == "first_token" and first_output.search(piece):
                    which = "stream_idle"
                yield piece
                # From when the next piece is asked for: the time the response stages
                # spent on this one is not the backend's.
                if which == "stream_idle":
                    deadline = loop.time() + idle if idle is not None else None
        finally:
            # httpx's iterator is an async generator: closed here, not when collected.
            close = getattr(pieces, "aclose", None)
            if close is not None:
                await close()

    async def aclose(self) -> None:
        """Close the upstream response (vLLM aborts an unfinished request). Idempotent."""
        if self.closed:
            return
        self.closed = True
        self.group.release(self.backend)
        if self.ticket is not None:
            self.ticket.release()
        await self.response.aclose()


class BackendGroup:
    """The replicas of one model route and their shared connection pool."""

    def __init__(
        self,
        name: str,
        urls: Iterable[str],
        settings: UpstreamSettings,
        *,
        route: ModelRoute | None = None,
        queue_limit: int = 1000,
        metrics: GatewayMetrics | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        state: StateStore | None = None,
        poll_interval_s: float = 0.025,
    ) -> None:
        """``state``: where the in-flight slots are kept (default: in this process)."""
        self.name = name
        self.backends = [Backend(url=url.rstrip("/")) for url in urls]
        self._metrics = metrics
        self._clock = clock
        self._eject_after = settings.eject_after_failures
        self._ejection_s = settings.ejection_s
        self.max_in_flight = route.max_in_flight if route is not None else None
        self.balancer = LoadBalancer(
            route.balance if route is not None else "least_loaded",
            max_in_flight=self.max_in_flight,
            kv_cache_weight=settings.kv_cache_weight,
            prefix_affinity=route.prefix_affinity if route is not None else False,
            affinity_slack=route.affinity_slack if route is not None else 2,
            stale_after_s=max(3 * settings.metrics_interval_s, 1.0),
            clock=clock,
        )
        self.admission = AdmissionQueue(
            name,
            replicas=self._rotation,
            max_in_flight=self.max_in_flight,
            queue_limit=queue_limit,
            store=state,
            poll_interval_s=poll_interval_s,
            metrics=metrics,
            clock=clock,
        )
        timeouts = self.timeouts = settings.timeouts
        headers = {}
        if settings.api_key is not None:
            headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        limits = httpx.Limits(
            max_connections=settings.max_connections,
            max_keepalive_connections=settings.max_keepalive_connections,
            keepalive_expiry=settings.keepalive_expiry_s,
        )
        self._lean: LeanTransport | None = None
        if transport is None and not _proxy_in_environment():
            # httpx's own transport only for what the lean one does not send (https).
            # With a proxy in the environment the client is left as it was (httpx honours
            # HTTP_PROXY / ALL_PROXY / NO_PROXY; the lean transport connects directly).
            transport = self._lean = LeanTransport(
                limits=limits, fallback=httpx.AsyncHTTPTransport(limits=limits)
            )
        self._urls: dict[str, httpx.URL] = {}
        self.client = httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=timeouts.connect,
                read=timeouts.read,
                write=timeouts.write,
                pool=timeouts.pool,
            ),
            limits=limits,
            headers=headers,
            transport=transport,
        )

    def candidates(self, affinity: str | None = None) -> list[Backend]:
        """Healthy replicas in the order to try them (see :mod:`proxy.upstream.load_balancer`)."""
        loads = self.admission.loads
        for backend in self.backends:
            backend.seen_in_flight = loads.get(backend.url, 0)
        return self.balancer.order(self.backends, affinity)

    def _rotation(self, affinity: str | None = None) -> list[str]:
        return [backend.url for backend in self.candidates(affinity)]

    async def send(
        self,
        method: str,
        path: str,
        *,
        content: bytes,
        headers: dict[str, str],
        qos: QosClass | None = None,
        affinity: str | None = None,
        stream: bool = False,
    ) -> UpstreamResponse:
        """Send to one replica, failing over before the first byte. See module doc.

        With ``qos``, waits for admission first (may raise
        :class:`~proxy.errors.TooManyRequestsError`); ``affinity`` is a prefix digest
        (:func:`~proxy.upstream.load_balancer.affinity_key`). ``stream``: the answer is a
        stream (``upstream.timeouts.first_token`` and ``stream_idle`` apply), else a whole
        answer (``total``); the deadline starts once the request is admitted.
        """
        self._require_healthy()
        ticket = (
            await self.admission.admit(qos, lambda: self._rotation(affinity))
            if qos is not None
            else None
        )
        which = "first_token" if stream else "total"
        limit = self.timeouts.first_token if stream else self.timeouts.total
        deadline = asyncio.get_running_loop().time() + limit
        try:
            first = ticket.replica if ticket is not None else None
            upstream = await self._send(
                method, path, content, headers, affinity, first, (deadline, which, limit)
            )
        except BaseException:
            if ticket is not None:
                ticket.release()
            raise
        upstream.ticket = ticket
        return upstream

    def _require_healthy(self) -> None:
        if not any(backend.healthy for backend in self.backends):
            raise ServiceUnavailableError(
                f"no healthy backend for model {self.name!r}: "
                + "; ".join(f"{b.url} ({b.reason})" for b in self.backends)
            )

    async def _send(
        self,
        method: str,
        path: str,
        content: bytes,
        headers: dict[str, str],
        affinity: str | None,
        first: str | None = None,
        deadline: tuple[float, str, float] | None = None,
    ) -> UpstreamResponse:
        """``deadline``: (event-loop time, the timeout's name, its seconds) by which the
        response headers must have come, failover included."""
        candidates = self.candidates(affinity)
        at = deadline[0] if deadline is not None else None
        if not candidates:
            self._require_healthy()
        # The replica the admission slot is on goes first; the others are the failover.
        candidates.sort(key=lambda backend: backend.url != first)
        started = time.perf_counter()
        failures: list[str] = []
        last_5xx: tuple[int, str] | None = None
        for backend in candidates:
            # A pooled keep-alive connection that the backend closed just as it was reused
            # breaks without the backend being at fault: one more try, on a new connection.
            for attempt in range(2):
                request = self._request(method, backend.url + path, content, headers)
                try:
                    response = await self._send_by(at, backend, request)
                except _DeadlinePassed as exc:
                    # The request's own deadline (not the transport's): not retried either.
                    assert deadline is not None
                    _, which, seconds = deadline
                    self.record_failure(backend, f"{which}_timeout")
                    raise _timed_out(backend, self.name, which, seconds) from exc
                except httpx.ReadTimeout as exc:
                    self.record_failure(backend, "read_timeout")
                    raise UpstreamTimeoutError(
                        f"backend {backend.url} for model {self.name!r} did not answer in time"
                    ) from exc
                except (httpx.ConnectError, httpx.ConnectTimeout, OSError) as exc:
                    # Nothing reached the backend: take it out and move to the next one.
                    self.eject(backend, type(exc).__name__, "connect")
                    self.record_failure(backend, "connect")
                    failures.append(f"{backend.url} ({type(exc).__name__})")
                    break
                except httpx.TransportError as exc:
                    # Broke before the status line: no answer started, so trying again is
                    # safe; the server is there, so only a run of these takes it out.
                    self.record_failure(backend, "dropped")
                    failures.append(f"{backend.url} ({type(exc).__name__})")
                    if attempt == 0:
                        continue
                    break
                if response.status_code < 400:
                    # Not a success yet: a stream can still break (UpstreamResponse.failed);
                    # the caller says when the answer is whole (UpstreamResponse.succeeded).
                    return UpstreamResponse(
                        backend=backend,
                        response=response,
                        started=started,
                        group=self,
                        deadline=at,
                        timeouts=self.timeouts,
                    )
                if response.status_code < 500:
                    # The backend is fine; the request is not. Mapped here, once.
                    backend.failures = 0
                    try:
                        body = await response.aread()
                    finally:
                        await response.aclose()
                        self.release(backend)
                    raise backend_error(
                        response.status_code, body, client_names_model=self.name == ANY_MODEL
                    )
                try:
                    body = await response.aread()
                finally:
                    await response.aclose()
                    self.release(backend)
                self.record_failure(backend, f"http_{response.status_code}")
                failures.append(f"{backend.url} (HTTP {response.status_code})")
                message = error_fields(body).message or response.reason_phrase
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

    def _request(
        self, method: str, url: str, content: bytes, headers: dict[str, str]
    ) -> httpx.Request:
        """The request the client would build (module docstring)."""
        if self._lean is None:
            return self.client.build_request(method, url, content=content, headers=headers)
        parsed = self._urls.get(url)
        if parsed is None:
            parsed = httpx.URL(url)
            if len(self._urls) < _URLS_KEPT:
                self._urls[url] = parsed
        merged = httpx.Headers(self.client.headers)
        merged.update(headers)
        return httpx.Request(
            method,
            parsed,
            content=content,
            headers=merged,
            extensions={"timeout": self.client.timeout.as_dict()},
        )

    async def _send_by(
        self, at: float | None, backend: Backend, request: httpx.Request
    ) -> httpx.Response:
        """:meth:`_send_counted` with the response headers due by event-loop time ``at``;
        raises :class:`_DeadlinePassed` when they are late (any other ``TimeoutError``
        goes on as it is)."""
        scope = asyncio.timeout_at(at)
        try:
            async with scope:
                return await self._send_counted(backend, request)
        except TimeoutError:
            if scope.expired():
                raise _DeadlinePassed from None
            raise

    async def _send_counted(self, backend: Backend, request: httpx.Request) -> httpx.Response:
        """Send, counting the request in ``backend.in_flight`` until its response closes."""
        backend.in_flight += 1
        self._gauge_in_flight(backend)
        try:
            if self._lean is None:
                return await self.client.send(request, stream=True)
            if self.client.is_closed:  # as the client's own send refuses
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            response = await self._lean.handle_async_request(request)
            response.request = request
            return response
        except BaseException:
            self.release(backend)
            raise

    def release(self, backend: Backend) -> None:
        """The request to ``backend`` is over: one fewer in flight. Called once per sent
        request, by :meth:`UpstreamResponse.aclose` or when sending failed."""
        backend.in_flight -= 1
        self._gauge_in_flight(backend)

    def _gauge_in_flight(self, backend: Backend) -> None:
        if self._metrics is not None:
            self._metrics.backend_in_flight.labels(self.name, backend.url).set(backend.in_flight)

    def record_failure(self, backend: Backend, kind: str) -> None:
        """A failed attempt at ``backend``, counted in ``mamori_upstream_errors_total``;
        the kinds that mean the replica is at fault count towards its ejection."""
        if kind in _REPLICA_FAULTS or kind.startswith("http_5"):
            self.count_failure(backend, kind)
        if self._metrics is not None:
            self._metrics.upstream_errors.labels(backend.url, kind).inc()

    def count_failure(self, backend: Backend, what: str, *, from_request: bool = True) -> None:
        """One more consecutive failure; ejects the replica at the configured count."""
        backend.failures += 1
        if backend.healthy and backend.failures >= self._eject_after:
            reason = f"{backend.failures} consecutive failures, last {what}"
            self.eject(backend, reason, "failures" if from_request else "health")

    def eject(self, backend: Backend, reason: str, kind: str) -> None:
        """Take a replica out of rotation; failed requests keep it out ``ejection_s``."""
        was_healthy = backend.healthy
        backend.mark(False, reason)
        if kind == "failures":
            backend.ejected_until = self._clock() + self._ejection_s
        if was_healthy and self._metrics is not None:
            self._metrics.backend_ejections.labels(self.name, backend.url, kind).inc()

    def readmit(self, backend: Backend) -> None:
        """A health poll passed: reset the count and take the replica back when allowed."""
        backend.failures = 0
        if not backend.healthy and self._clock() >= backend.ejected_until:
            backend.mark(True)
            self.admission.wake()

    async def aclose(self) -> None:
        await self.admission.aclose()
        await self.client.aclose()


def backend_error(
    status_code: int, body: bytes, *, client_names_model: bool = False
) -> BackendError | UpstreamError:
    """Map a backend's 4xx answer to the error the client gets.

    Errors about the client's request (400, 413, 422, 429) keep the backend's status,
    message, ``param`` and ``code``. A 404 where the client chose the served model name
    (``client_names_model``: the ``"*"`` route forwards it as sent) means the model does not
    exist: a 404 ``model_not_found``, which SDKs do not retry. Other errors mean the gateway
    is misconfigured (401, 403, a 404 for a configured ``upstream_model``): a 502 for the
    client that names the cause for operators.
    """
    fields = error_fields(body)
    message = fields.message or f"HTTP {status_code}"
    if status_code == 404 and client_names_model:
        return BackendError(
            message,
            status_code=404,
            error_type=fields.error_type or "NotFoundError",
            param=fields.param or "model",
            code="model_not_found",
        )
    if status_code in (400, 413, 422, 429):
        return BackendError(
            message,
            status_code=status_code,
            error_type=fields.error_type or "BadRequestError",
            param=fields.param,
            code=fields.code,
        )
    return UpstreamError(f"backend rejected the gateway's request (HTTP {status_code}): {message}")
