"""``POST /v1/responses``: the Responses API, with the same stages as chat.

The steps: admission (:mod:`proxy.api.intake`; the body read by
:mod:`proxy.api.responses_request`, which refuses what the gateway cannot process), the
request stages — ``pii.pseudonymize``, ``guard.classify``, ``retrieval.inject`` — on the
request's chat view (:mod:`proxy.api.responses_view`: instructions, input items, tool
definitions), the backend's own ``/v1/responses`` (vLLM serves it), and the response
stages on the output items, whole or event by event (:mod:`proxy.api.responses_relay`).
A refusal is a response with status ``incomplete`` and ``incomplete_details.reason:
"content_filter"`` (:mod:`proxy.api.responses_wire`), streamed as events when asked.

``store`` is sent as false: the gateway serves no ``GET /v1/responses/{id}`` and refuses
``previous_response_id``, so a stored (pseudonymized) copy at the backend would serve
nothing. The response object echoes the client's request fields as the client sent them
(:func:`~proxy.api.responses_view.echo_client_fields`), not as the backend saw them.

Failure behaviour: as chat; an error after the stream started is a ``data: {"error": …}``
event.
"""

from __future__ import annotations

import json
import time
from typing import Any

from litestar import Request, Response
from litestar.background_tasks import BackgroundTask

from proxy.api.closed_fields import check_unread_values
from proxy.api.disconnect import unless_client_leaves
from proxy.api.exchange import Exchange, milliseconds
from proxy.api.intake import Intake
from proxy.api.responses_relay import ResponsesEventRelay, audit_usage, filter_response
from proxy.api.responses_request import parse_responses_request
from proxy.api.responses_view import chat_view, client_named, echo_client_fields
from proxy.api.responses_wire import answer_events, answer_object, asks_json
from proxy.api.streaming import SSE_HEADERS, StreamRelay
from proxy.api.token_outputs import refuse_token_outputs
from proxy.errors import BadRequestError
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import input_chars
from proxy.pipeline.runner import Pipeline
from proxy.upstream.routing import RouteInput

__all__ = ["ResponsesEndpoint"]


class ResponsesEndpoint:
    """The Responses endpoint's logic, built once in the app factory."""

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
        self._pipeline = pipeline
        self._streams = streams
        self._metrics = metrics

    async def handle(self, request: Request[Any, Any, Any]) -> Response[Any]:
        return await self._intake.serve(request, self._handle)

    async def _handle(self, request: Request[Any, Any, Any], ex: Exchange) -> Response[Any]:
        admitted = await self._intake.admit(
            request, ex, lambda raw, limits: parse_responses_request(raw, limits=limits),
            defer_alias=True,
        )  # fmt: skip
        parsed = admitted.parsed
        if self._pipeline.response_stages:
            refuse_token_outputs(parsed.body, "responses")
        view = chat_view(parsed.body)
        # As the stages will read it: text.format as response_format, tools in chat's
        # nesting, replayed calls' ids as tool-call ids.
        try:
            check_unread_values(view.body)
            ctx = admitted.context(ex, view.body)
            reply = await self._intake.run_stages(request, ex, ctx, self._pipeline)
        except BadRequestError as exc:
            # Named as the client wrote it, not as the stages' chat view has it (a stage's
            # refusal, such as a key holding personal data, names the view's path too).
            raise client_named(exc, view) from exc
        if reply is not None:
            answer = answer_object(
                parsed.model, reply.content, reply.finish_reason, json_asked=asks_json(parsed.body)
            )
            echo_client_fields(answer, parsed.body)
            if parsed.stream:
                return Response(
                    content=answer_events(answer),
                    media_type="text/event-stream",
                    headers={**ex.headers, **SSE_HEADERS},
                )
            return Response(
                content=json.dumps(answer, ensure_ascii=False).encode(),
                media_type="application/json",
                headers=ex.headers,
            )

        route = admitted.route
        if route is None:
            route = self._intake.router.resolve(
                parsed.model, RouteInput(input_chars(ctx.body), ctx.category)
            )
            ex.record.route = {"alias": parsed.model, "model": route.target or "",
                               "rule": route.rule or ""}  # fmt: skip
        body = view.upstream_body(ctx.body)
        body["store"] = False
        upstream = await unless_client_leaves(
            request, self._intake.send(route, "/v1/responses", body, ex, priority=True)
        )
        # The backend echoes the request fields as the stages left them.
        client = parsed.body if self._pipeline.request_stages else None
        if parsed.stream:
            relay = ResponsesEventRelay(
                ctx, self._pipeline, client_body=client, json_asked=asks_json(parsed.body)
            )
            return self._streams.response(upstream, ex, ctx, events=relay)
        whole = await upstream.read_whole()
        payload = whole.payload
        raw = whole.raw
        if isinstance(payload, dict):
            ex.record.usage = audit_usage(payload)
            echoed = client is not None and echo_client_fields(payload, client)
            if self._pipeline.response_stages:
                if await filter_response(
                    self._pipeline, ctx, payload, json_asked=asks_json(parsed.body)
                ):
                    ex.record.action = "stop"
                    ex.headers["X-Mamori-Action"] = "stop"
                self._exchanges.collect_stages(ctx, ex, response_side=True)
            if self._pipeline.response_stages or echoed:
                raw = json.dumps(payload, ensure_ascii=False).encode()
            details = payload.get("incomplete_details")
            reason = details.get("reason") if isinstance(details, dict) else None
            ex.record.finish_reason = str(reason or payload.get("status") or "")
        answered = time.perf_counter() - ex.started
        ex.record.ttft_ms = milliseconds(answered)
        self._metrics.ttft.labels(ex.model_label).observe(answered)
        return Response(
            content=raw,
            media_type="application/json",
            headers=ex.headers,
            background=BackgroundTask(self._exchanges.finish_after_answer, ex, status=200),
        )
