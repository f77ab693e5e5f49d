"""The steps every model endpoint shares before and around its own work.

:meth:`Intake.serve` opens the request's exchange and answers every way it can fail
(:meth:`~proxy.api.exchange.ExchangeLog.answer`). :meth:`Intake.admit` is the admission,
the same for chat, text completions, embeddings and responses:

1. the caller: API key → tenant → policy snapshot, QoS class (:mod:`proxy.api.caller`);
2. the body, read within the tenant's size limit and time, parsed by the endpoint's own
   parser;
3. the model named in the exchange (audit record, metrics label) and the stream flag;
4. the route: an unknown model is a 404 here, before any stage runs; an alias may be left
   for after the request stages (a rule may route on the guard's category);
5. the rate limiter's up-front charge, its headers on the response; the QoS class gets the
   request's size (input tokens, ``max_tokens``) for the admission queue's cost estimate.

:meth:`Intake.run_stages` runs the request stages and records a stage's reply.
:meth:`Intake.send` is the upstream call after the stages: the upstream model name and
vLLM's ``priority`` set, the request sent through the route's backend group, and what the
audit record and metrics keep of it (queue time, backend, status, upstream latency).

Failure behaviour: every step raises the :mod:`proxy.errors` error of its own module
(401, 400, 404, 413, 408, 429; 502/503/504 from the upstream call); nothing is caught
here except by :meth:`serve`, which renders and audits it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Collection, Coroutine
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from litestar import Request, Response

from proxy.access.qos import requested_output_tokens
from proxy.access.rate_limit import RateLimiter
from proxy.api.caller import Caller, CallerResolver
from proxy.api.chat_request import read_body
from proxy.api.disconnect import unless_client_leaves
from proxy.api.exchange import Exchange, ExchangeLog, milliseconds
from proxy.api.request_id import request_id_of
from proxy.api.stop_strings import StopStrings
from proxy.observability.metrics import GatewayMetrics
from proxy.pipeline.contract import Reply, RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.settings import LimitSettings
from proxy.upstream.group import UpstreamResponse
from proxy.upstream.routing import ModelRouter, Route

__all__ = ["Admitted", "Intake", "ParsedRequest"]


class ParsedRequest(Protocol):
    """What admission reads of an endpoint's validated request."""

    @property
    def body(self) -> dict[str, Any]: ...

    @property
    def model(self) -> str: ...

    @property
    def stream(self) -> bool: ...

    @property
    def estimated_tokens(self) -> int: ...


ParsedT = TypeVar("ParsedT", bound=ParsedRequest)


@dataclass(frozen=True, slots=True)
class Admitted(Generic[ParsedT]):
    """An admitted request: who sent it, what it asks, and where it goes."""

    caller: Caller
    parsed: ParsedT
    route: Route | None
    """None for an alias whose target is decided after the request stages."""

    def context(self, ex: Exchange, body: dict[str, Any]) -> RequestContext:
        """A fresh pipeline context for this request, the stages reading ``body``."""
        return RequestContext(
            request_id=ex.record.request_id,
            tenant=self.caller.principal.tenant,
            key_name=self.caller.principal.key_name,
            model=self.parsed.model,
            body=body,
            stream=self.parsed.stream,
            policy=self.caller.policy,
        )


class Intake:
    """Admission and the upstream call, shared by the model endpoints; built once in the
    app factory."""

    def __init__(
        self,
        *,
        callers: CallerResolver,
        router: ModelRouter,
        rate_limiter: RateLimiter,
        exchanges: ExchangeLog,
        metrics: GatewayMetrics,
    ) -> None:
        self._callers = callers
        self._rate_limiter = rate_limiter
        self._metrics = metrics
        self.router = router
        self.exchanges = exchanges

    async def serve(
        self,
        request: Request[Any, Any, Any],
        work: Callable[[Request[Any, Any, Any], Exchange], Coroutine[Any, Any, Response[Any]]],
    ) -> Response[Any]:
        """``work`` for ``request`` in a new exchange; every failure answered and audited."""
        ex = self.exchanges.open(request_id_of(request))
        return await self.exchanges.answer(ex, work(request, ex))

    async def admit(
        self,
        request: Request[Any, Any, Any],
        ex: Exchange,
        parse: Callable[[bytes, LimitSettings], ParsedT],
        *,
        defer_alias: bool = False,
    ) -> Admitted[ParsedT]:
        """Steps 1-5 of the module docstring. ``defer_alias``: an alias's route is left
        for the endpoint to resolve after the request stages (``route`` is None)."""
        caller = self._callers.resolve(request, ex)
        limits = caller.limits
        raw = await read_body(request, limits.max_body_bytes, timeout_s=limits.body_timeout_s)
        parsed = parse(raw, limits)
        ex.name_model(parsed.model, configured=self.router.is_configured(parsed.model))
        ex.record.stream = parsed.stream
        route = (
            None
            if defer_alias and self.router.is_alias(parsed.model)
            else self.router.resolve(parsed.model)
        )
        ex.rate = await self._rate_limiter.admit(caller.principal, parsed.estimated_tokens)
        if ex.rate is not None:
            ex.headers.update(ex.rate.headers)
        if ex.qos is not None:
            # The admission queue orders by expected cost: input size and max_tokens.
            ex.qos = ex.qos.sized(parsed.estimated_tokens, requested_output_tokens(parsed.body))
        return Admitted(caller=caller, parsed=parsed, route=route)

    async def run_stages(
        self,
        request: Request[Any, Any, Any],
        ex: Exchange,
        ctx: RequestContext,
        pipeline: Pipeline,
        *,
        only: Collection[str] = (),
    ) -> Reply | None:
        """The request stages on ``ctx`` (all, or those named in ``only``), stopped when
        the client leaves; their decisions go into the audit record and their headers on
        the response. A stage's reply is recorded (action, finish reason,
        ``X-Mamori-Action``) and the exchange finished: the endpoint only renders it in its
        own shape. Raises what :meth:`~proxy.pipeline.runner.Pipeline.run_request` raises
        (a failed stage: the request must not go upstream), and ``ClientLeft``."""
        stop_strings = StopStrings(ctx.body)
        try:
            await unless_client_leaves(request, pipeline.run_request(ctx, only=only))
        finally:
            self.exchanges.collect_stages(ctx, ex)
        stop_strings.forwarded(ctx.body)
        ex.stop_strings = stop_strings
        ex.headers.update(ctx.response_headers)
        reply = ctx.reply
        if reply is not None:
            ex.record.action = reply.action
            ex.record.finish_reason = reply.finish_reason
            ex.headers["X-Mamori-Action"] = reply.action
            self.exchanges.finish(ex, status=200)
        return reply

    async def send(
        self,
        route: Route,
        path: str,
        body: dict[str, Any],
        ex: Exchange,
        *,
        priority: bool = False,
    ) -> UpstreamResponse:
        """POST ``body`` to ``path`` on the route's backends, as the route's upstream model
        (with vLLM's ``priority`` from the caller's QoS class when ``priority`` and the
        configuration say so). Returns the open response; the caller closes it. Raises
        the upstream errors of :meth:`~proxy.upstream.group.BackendGroup.send`."""
        upstream_body = {**body, "model": route.upstream_model}
        if priority and self._callers.qos.send_vllm_priority and ex.qos is not None:
            upstream_body["priority"] = ex.qos.priority
        upstream = await route.group.send(
            "POST",
            path,
            content=json.dumps(upstream_body, ensure_ascii=False).encode(),
            headers={"Content-Type": "application/json", "X-Request-Id": ex.record.request_id},
            qos=ex.qos,
            affinity=ex.affinity,
            stream=body.get("stream") is True,
        )
        ex.model_accepted()
        ex.ticket = upstream.ticket
        ex.record.queue_ms = milliseconds(upstream.queued_s)
        ex.record.backend = upstream.backend.url
        ex.record.upstream_status = upstream.response.status_code
        self._metrics.upstream_latency.labels(upstream.backend.url).observe(
            time.perf_counter() - upstream.started
        )
        return upstream
