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

import json
import logging
import time
from typing import Any

from litestar import Request, Response
from litestar.background_tasks import BackgroundTask

from proxy.api.chat_request import ChatRequest, parse_chat_request
from proxy.api.disconnect import unless_client_leaves
from proxy.api.exchange import Exchange, milliseconds
from proxy.api.intake import Intake
from proxy.api.relay import STOPPED, filter_message
from proxy.api.streaming import SSE_HEADERS, StreamRelay
from proxy.api.token_outputs import refuse_token_outputs
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import (
    completion_body,
    completion_chunks,
    input_chars,
    with_usage_chunk,
)
from proxy.pipeline.contract import Reply, RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.upstream.group import UpstreamResponse
from proxy.upstream.load_balancer import affinity_key
from proxy.upstream.routing import Route, RouteInput

__all__ = ["ChatCompletions"]

logger = logging.getLogger(__name__)


class ChatCompletions:
    """The chat completions endpoint's logic, built once in the app factory."""

    def __init__(
        self,
        *,
        intake: Intake,
        pipeline: Pipeline,
        streams: StreamRelay,
        metrics: GatewayMetrics,
    ) -> None:
        self._intake = intake
        self._exchanges = intake.exchanges
        self._router = intake.router
        self._streams = streams
        self._pipeline = pipeline
        self._metrics = metrics

    async def handle(self, request: Request[Any, Any, Any]) -> Response[Any]:
        return await self._intake.serve(request, self._handle)

    async def _handle(self, request: Request[Any, Any, Any], ex: Exchange) -> Response[Any]:
        # An alias is resolved after the request stages (a rule may route on the guard's
        # category); a plain model now (an unknown name is a 404 before any stage runs).
        admitted = await self._intake.admit(
            request,
            ex,
            lambda raw, limits: parse_chat_request(raw, limits=limits),
            defer_alias=True,
        )
        chat = admitted.parsed
        if self._pipeline.response_stages:
            refuse_token_outputs(chat.body, "chat")
        ctx = admitted.context(ex, chat.body)
        # A client that leaves while the stages run stops their work (499, ClientLeft).
        reply = await self._intake.run_stages(request, ex, ctx, self._pipeline)
        if reply is not None:
            return self._reply(reply, chat, ex)

        route = admitted.route
        if route is None:
            profile = RouteInput(input_chars(ctx.body), ctx.category)
            route = self._router.resolve(chat.model, profile)
            ex.record.route = {
                "alias": chat.model,
                "model": route.target or "",
                "rule": route.rule or "",
            }
        upstream_body = dict(ctx.body)
        if route.prefix_affinity:
            ex.affinity = affinity_key(upstream_body)
        if chat.stream:
            # Always ask for the usage chunk: the audit log records token usage.
            with_usage_chunk(upstream_body)
        # Until the answer starts, nothing reads from the client connection: watch it, so
        # that a client that leaves while the backend prefills or generates a whole answer
        # closes the upstream request too.
        return await unless_client_leaves(
            request, self._generate(route, upstream_body, ex, ctx, chat)
        )

    async def _generate(
        self,
        route: Route,
        body: dict[str, Any],
        ex: Exchange,
        ctx: RequestContext,
        chat: ChatRequest,
    ) -> Response[Any]:
        upstream = await self._intake.send(route, "/v1/chat/completions", body, ex, priority=True)
        if not chat.stream:
            return await self._whole(upstream, ex, ctx)
        return self._streams.response(upstream, ex, ctx, include_usage=chat.include_usage)

    async def _whole(
        self, upstream: UpstreamResponse, ex: Exchange, ctx: RequestContext
    ) -> Response[bytes]:
        answer = await upstream.read_whole()
        raw, payload = answer.raw, answer.payload
        ex.record.usage = answer.usage
        choices = payload.get("choices") or [] if isinstance(payload, dict) else []
        if self._pipeline.response_stages:
            stopped = False
            for choice in choices:
                message = choice.get("message")
                if isinstance(message, dict) and await filter_message(self._pipeline, ctx, message):
                    choice["finish_reason"] = STOPPED
                    stopped = True
                if ex.stop_strings is not None:
                    ex.stop_strings.restore(choice)
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
            background=BackgroundTask(self._exchanges.finish_after_answer, ex, status=200),
        )

    def _reply(self, reply: Reply, chat: ChatRequest, ex: Exchange) -> Response[Any]:
        """A stage's answer as a chat completion (a short stream when one was asked)."""
        if chat.stream:
            # The whole short stream is known: one body, one write.
            events = completion_chunks(
                chat.model,
                reply.content,
                reply.finish_reason,
                include_usage=chat.include_usage,
                n=_choices(chat),
            )
            return Response(
                content=b"".join(events),
                media_type="text/event-stream",
                headers={**ex.headers, **SSE_HEADERS},
            )
        body = completion_body(chat.model, reply.content, reply.finish_reason, n=_choices(chat))
        return Response(
            content=json.dumps(body, ensure_ascii=False).encode(),
            media_type="application/json",
            headers=ex.headers,
        )


def _choices(chat: ChatRequest) -> int:
    """The choices a stage's answer has: ``n`` (validated: 1 to ``limits.max_n``), as the
    backend would have answered; a client reading ``choices[1]`` finds one."""
    n = chat.body.get("n")
    return n if isinstance(n, int) and n > 0 else 1
