"""``POST /v1/chat/completions``: one request from arrival to audit record.

The steps, in order (each a few lines of :meth:`ChatCompletions._handle`):

1. request id, API key → tenant → policy snapshot, QoS class (:mod:`proxy.access`);
2. the body read within the tenant's size limit and validated
   (:mod:`proxy.api.chat_request`), the model's route, the rate limit;
3. the request stages (:mod:`proxy.pipeline`): pii.pseudonymize → guard.classify →
   retrieval.inject; a stage may answer at once (a refusal);
4. the upstream call (:mod:`proxy.upstream`): admission, failover before the first byte,
   every backend error mapped there;
5. the response stages on the answer, whole or event by event (:mod:`proxy.api.relay`);
6. the audit record and metrics, written once (:mod:`proxy.api.exchange`).

Streaming: the gateway always asks the backend for the usage chunk (for the audit log) and
drops that chunk again if the client did not ask for it. When the client goes away, the
relay is cancelled and the upstream response is closed at once, so vLLM aborts the request
and frees its KV cache; before the answer starts :mod:`proxy.api.disconnect` watches for it.
A stopped answer closes the upstream response too, so vLLM stops generating; a whole
answer gets the header ``X-Mamori-Action: stop``; both are audited with the action ``stop``.

Failure behaviour: errors before the answer starts are sent as an HTTP error in the
OpenAI/vLLM shape; an upstream error after the stream started is sent as a
``data: {"error": ...}`` event followed by ``[DONE]``, as vLLM does. A response stage that
fails mid-stream ends the stream like a stop (no notice; the audit record carries the
error type). Either way the audit record is written.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import anyio
from litestar import Request, Response
from litestar.background_tasks import BackgroundTask
from litestar.response import Stream

from proxy.access.qos import QosClasses
from proxy.access.rate_limit import RateLimiter
from proxy.api.caller import CallerResolver
from proxy.api.chat_request import ChatRequest, parse_chat_request, read_body
from proxy.api.disconnect import unless_client_leaves
from proxy.api.exchange import Exchange, ExchangeLog, milliseconds
from proxy.api.relay import STOPPED, EventRelay, filter_message
from proxy.api.request_id import request_id_of
from proxy.errors import (
    MamoriError,
    StageError,
    UpstreamError,
)
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import (
    completion_body,
    completion_chunks,
    error_event,
    input_chars,
)
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.upstream.group import UpstreamResponse
from proxy.upstream.load_balancer import affinity_key
from proxy.upstream.routing import ModelRouter, Route, RouteInput

__all__ = ["ChatCompletions"]

logger = logging.getLogger(__name__)

_HAS_TEXT = re.compile(rb'"content":\s*"[^"]')
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


class ChatCompletions:
    """The chat completions endpoint's logic, built once in the app factory."""

    def __init__(
        self,
        *,
        callers: CallerResolver,
        pipeline: Pipeline,
        router: ModelRouter,
        exchanges: ExchangeLog,
        metrics: GatewayMetrics,
        qos: QosClasses,
        rate_limiter: RateLimiter,
    ) -> None:
        self._callers = callers
        self._qos = qos
        self._rate_limiter = rate_limiter
        self._pipeline = pipeline
        self._router = router
        self._metrics = metrics
        self._exchanges = exchanges

    async def handle(self, request: Request[Any, Any, Any]) -> Response[Any]:
        exchange = self._exchanges.open(request_id_of(request))
        return await self._exchanges.answer(exchange, self._handle(request, exchange))

    async def _handle(self, request: Request[Any, Any, Any], ex: Exchange) -> Response[Any]:
        caller = self._callers.resolve(request, ex)
        principal, loaded, limits = caller.principal, caller.policy, caller.limits
        record = ex.record
        raw = await read_body(request, limits.max_body_bytes, timeout_s=limits.body_timeout_s)
        chat = parse_chat_request(raw, limits=limits)
        ex.name_model(chat.model, configured=self._router.is_configured(chat.model))
        record.stream = chat.stream
        # Resolved once: a plain model now (an unknown name is a 404 before any stage runs),
        # an alias after the request stages (a rule may route on the guard's category).
        route = None if self._router.is_alias(chat.model) else self._router.resolve(chat.model)
        ex.rate = self._rate_limiter.admit(principal, chat.estimated_tokens)
        if ex.rate is not None:
            ex.headers.update(ex.rate.headers)

        ctx = RequestContext(
            request_id=ex.record.request_id,
            tenant=principal.tenant,
            key_name=principal.key_name,
            model=chat.model,
            body=chat.body,
            stream=chat.stream,
            policy=loaded,
        )
        try:
            # A client that leaves while the stages run stops their work (499, ClientLeft).
            await unless_client_leaves(request, self._pipeline.run_request(ctx))
        finally:
            self._exchanges.collect_stages(ctx, ex)
        ex.headers.update(ctx.response_headers)
        if ctx.reply is not None:
            return self._reply(ctx, chat, ex)

        if route is None:
            profile = RouteInput(input_chars(ctx.body), ctx.category)
            route = self._router.resolve(chat.model, profile)
            record.route = {
                "alias": chat.model,
                "model": route.target or "",
                "rule": route.rule or "",
            }
        upstream_body = dict(ctx.body)
        upstream_body["model"] = route.upstream_model
        if self._qos.send_vllm_priority:
            upstream_body["priority"] = caller.qos.priority
        if route.prefix_affinity:
            ex.affinity = affinity_key(upstream_body)
        if chat.stream:
            # Always ask for the usage chunk: the audit log records token usage.
            options = dict(upstream_body.get("stream_options") or {})
            options["include_usage"] = True
            upstream_body["stream_options"] = options
        content = json.dumps(upstream_body, ensure_ascii=False).encode()
        # Until the answer starts, nothing reads from the client connection: watch it, so
        # that a client that leaves while the backend prefills or generates a whole answer
        # closes the upstream request too.
        return await unless_client_leaves(request, self._generate(route, content, ex, ctx, chat))

    async def _generate(
        self,
        route: Route,
        content: bytes,
        ex: Exchange,
        ctx: RequestContext,
        chat: ChatRequest,
    ) -> Response[Any]:
        record = ex.record
        upstream = await route.group.send(
            "POST",
            "/v1/chat/completions",
            content=content,
            headers={"Content-Type": "application/json", "X-Request-Id": ex.record.request_id},
            qos=ex.qos,
            affinity=ex.affinity,
        )
        ex.model_accepted()
        record.queue_ms = milliseconds(upstream.queued_s)
        record.backend = upstream.backend.url
        record.upstream_status = upstream.response.status_code
        self._metrics.upstream_latency.labels(upstream.backend.url).observe(
            time.perf_counter() - upstream.started
        )
        try:
            if not chat.stream:
                return await self._whole(upstream, ex, ctx, route)
        except BaseException:
            await upstream.aclose()
            raise
        return Stream(
            self._relay(upstream, ex, ctx, chat, route),
            media_type="text/event-stream",
            headers={**ex.headers, **_SSE_HEADERS},
            background=BackgroundTask(self._after_stream, upstream, ex),
        )

    async def _after_stream(self, upstream: UpstreamResponse, ex: Exchange) -> None:
        """Runs after every stream, also when the client left before the relay started
        (an async generator that never started has no ``finally`` to run)."""
        await upstream.aclose()
        if not ex.finished:
            ex.record.client_disconnected = True
            self._exchanges.finish(ex, status=200)

    async def _whole(
        self, upstream: UpstreamResponse, ex: Exchange, ctx: RequestContext, route: Route
    ) -> Response[bytes]:
        raw = await upstream.response.aread()
        await upstream.aclose()
        try:
            payload = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UpstreamError(
                f"backend {upstream.backend.url} sent a body that is not JSON"
            ) from exc
        upstream.succeeded()
        ex.record.usage = payload.get("usage") if isinstance(payload, dict) else None
        choices = payload.get("choices") or [] if isinstance(payload, dict) else []
        if self._pipeline.response_stages:
            stopped = False
            for choice in choices:
                message = choice.get("message")
                if isinstance(message, dict) and await filter_message(self._pipeline, ctx, message):
                    choice["finish_reason"] = STOPPED
                    stopped = True
            self._exchanges.collect_stages(ctx, ex, response_side=True)
            if stopped:
                ex.record.action = "stop"
                ex.headers["X-Mamori-Action"] = "stop"
            raw = json.dumps(payload, ensure_ascii=False).encode()
        if choices:
            ex.record.finish_reason = choices[0].get("finish_reason")
        answered = time.perf_counter() - ex.started
        ex.record.ttft_ms = milliseconds(answered)
        self._metrics.ttft.labels(ex.model_label).observe(answered)
        # The audit write is a system call: it happens after the answer went out.
        return Response(
            content=raw,
            status_code=200,
            media_type="application/json",
            headers=ex.headers,
            background=BackgroundTask(self._exchanges.finish, ex, status=200),
        )

    async def _relay(
        self,
        upstream: UpstreamResponse,
        ex: Exchange,
        ctx: RequestContext,
        chat: ChatRequest,
        route: Route,
    ) -> AsyncIterator[bytes]:
        relay = EventRelay(ctx, self._pipeline, include_usage=chat.include_usage)
        failed: StageError | None = None
        first_text_at: float | None = None
        error_type: str | None = None
        buffer = b""
        ended = False
        try:
            async for piece in upstream.response.aiter_raw():
                buffer += piece
                # Every complete event in hand goes out in one write: a write costs a
                # system call, and nothing complete is held back.
                out = b""
                while not relay.stopped and (end := buffer.find(b"\n\n")) >= 0:
                    event, buffer = buffer[: end + 2], buffer[end + 2 :]
                    out += await relay.process(event)
                if not out:
                    continue
                if first_text_at is None and _HAS_TEXT.search(out):
                    first_text_at = time.perf_counter()
                yield out
                if relay.stopped:
                    # Leaving the loop closes the upstream response (below): vLLM stops.
                    break
            else:
                if buffer.strip():
                    # An unterminated last event still passes the response stages.
                    yield await relay.process(buffer.rstrip(b"\n") + b"\n\n")
            ended = True
        except (asyncio.CancelledError, GeneratorExit):
            ex.record.client_disconnected = True
            self._metrics.client_disconnects.labels(ex.model_label).inc()
            raise
        except StageError as exc:
            # A response stage failed: nothing it held goes out; the answer just ends.
            failed = exc
            error_type = exc.error_type
            yield relay.failed_events()
        except MamoriError as exc:
            error_type = exc.error_type
            yield error_event(exc.to_body())
        except Exception as exc:  # a broken upstream stream after headers went out
            logger.warning(
                "request %s: upstream stream from %s failed: %s",
                ex.record.request_id,
                upstream.backend.url,
                type(exc).__name__,
            )
            upstream.failed("mid_stream")
            error = UpstreamError(f"the backend stream failed ({type(exc).__name__})")
            error_type = error.error_type
            yield error_event(error.to_body())
        finally:
            # Shielded: this runs inside the cancelled scope when the client left, and the
            # upstream connection must still be closed so that vLLM aborts the request.
            with anyio.CancelScope(shield=True):
                await upstream.aclose()
            if ended:
                # The engine's own error event counts against the replica like a 5xx.
                if relay.error_type is not None:
                    upstream.failed("error_event")
                else:
                    upstream.succeeded()
            ex.record.usage = relay.usage
            ex.record.finish_reason = relay.finish_reason
            if relay.stopped or failed is not None:
                ex.record.action = "stop"
            error_type = error_type or relay.error_type
            if first_text_at is not None:
                ex.record.ttft_ms = milliseconds(first_text_at - ex.started)
                self._metrics.ttft.labels(ex.model_label).observe(first_text_at - ex.started)
            if self._pipeline.response_stages:
                self._exchanges.collect_stages(ctx, ex, response_side=True)
            self._exchanges.finish(ex, status=200, error_type=error_type)

    def _reply(self, ctx: RequestContext, chat: ChatRequest, ex: Exchange) -> Response[Any]:
        reply = ctx.reply
        assert reply is not None
        ex.record.action = reply.action
        ex.record.finish_reason = reply.finish_reason
        ex.headers["X-Mamori-Action"] = reply.action
        self._exchanges.finish(ex, status=200)
        if chat.stream:
            # The whole short stream is known: one body, one write.
            events = completion_chunks(
                chat.model, reply.content, reply.finish_reason, include_usage=chat.include_usage
            )
            return Response(
                content=b"".join(events),
                media_type="text/event-stream",
                headers={**ex.headers, **_SSE_HEADERS},
            )
        body = completion_body(chat.model, reply.content, reply.finish_reason)
        return Response(
            content=json.dumps(body, ensure_ascii=False).encode(),
            media_type="application/json",
            headers=ex.headers,
        )
