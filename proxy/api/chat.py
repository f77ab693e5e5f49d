"""``POST /v1/chat/completions``: one request from arrival to audit record.

The steps, in order: request id, API key → tenant → policy snapshot, body size limit,
validation (:mod:`proxy.api.chat_request`), model route, request stages, upstream call with
failover before the first byte, response stages on the answer (whole, or event by event
for streams), audit record and metrics.

Streaming: upstream server-sent events are relayed as they arrive. Without response stages
an event is passed on byte for byte; the gateway only looks inside events that carry usage
or an error. With response stages each choice's texts (reasoning, content, each tool call's
arguments) go through their own filter chain, in the order they are generated. It always
asks the backend for the usage chunk (for the audit log) and drops that chunk again if the
client did not ask for it. When the client goes away, the relay is cancelled and the
upstream response is closed at once, so vLLM aborts the request and frees its KV cache.

Stopped answers (:class:`~proxy.pipeline.contract.AnswerStopped`): the choice ends with the released
text, the notice in ``content`` and ``finish_reason: "content_filter"``; parts not yet
checked (held text, later fields, tool calls of a whole answer) are dropped. A stream then
ends at once (other choices end with ``content_filter`` too, ``[DONE]`` follows) and the
upstream response is closed, so vLLM stops generating. A whole answer gets the header
``X-Mamori-Action: stop``; both are audited with the action ``stop``.

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
import uuid
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
from litestar import Request, Response
from litestar.background_tasks import BackgroundTask
from litestar.response import Stream
from litestar.types import Receive

from guardrails.policy import PolicyStore
from proxy.access.auth import ApiKeyAuthenticator
from proxy.access.qos import PRIORITY_HEADER, QosClass, QosClasses
from proxy.access.rate_limit import RateLimiter, Reservation, estimate_tokens
from proxy.api.chat_request import ChatRequest, parse_chat_request
from proxy.errors import (
    BadRequestError,
    MamoriError,
    PayloadTooLargeError,
    StageError,
    UpstreamError,
)
from proxy.observability.audit import AuditLog, AuditRecord
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import (
    DONE_EVENT,
    completion_body,
    completion_chunks,
    encode_event,
    error_event,
    error_response,
)
from proxy.pipeline.contract import AnswerStopped, RequestContext, TextFilter, TextPart
from proxy.pipeline.runner import Pipeline
from proxy.settings import Settings
from proxy.upstream.group import UpstreamResponse, backend_error
from proxy.upstream.load_balancer import affinity_key
from proxy.upstream.routing import ModelRouter, Route, RouteInput, input_chars

__all__ = ["ChatCompletions"]

logger = logging.getLogger(__name__)

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
_HAS_TEXT = re.compile(rb'"content":\s*"[^"]')
_HAS_FINISH = re.compile(rb'"finish_reason":\s*"')
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
_T = TypeVar("_T")


@dataclass(slots=True)
class _Exchange:
    """What one request has collected for its audit record and metrics."""

    record: AuditRecord
    started: float
    headers: dict[str, str]
    finished: bool = False
    """The audit record was written."""
    qos: QosClass | None = None
    rate: Reservation | None = None
    affinity: str | None = None
    """Digest of the leading system messages, for prefix affinity."""


class ChatCompletions:
    """The chat completions endpoint's logic, built once in the app factory."""

    def __init__(
        self,
        settings: Settings,
        *,
        pipeline: Pipeline,
        router: ModelRouter,
        policies: PolicyStore,
        authenticator: ApiKeyAuthenticator,
        audit: AuditLog,
        metrics: GatewayMetrics,
        qos: QosClasses,
        rate_limiter: RateLimiter,
    ) -> None:
        self._qos = qos
        self._rate_limiter = rate_limiter
        self._settings = settings
        self._pipeline = pipeline
        self._router = router
        self._policies = policies
        self._auth = authenticator
        self._audit = audit
        self._metrics = metrics

    async def handle(self, request: Request[Any, Any, Any]) -> Response[Any]:
        started = time.perf_counter()
        request_id = request.headers.get("x-request-id", "")
        if not _REQUEST_ID.match(request_id):
            request_id = uuid.uuid4().hex
        exchange = _Exchange(
            record=AuditRecord(
                ts=time.time(),
                request_id=request_id,
                tenant="",
                key="",
                model="",
                stream=False,
                policy="",
                policy_version="",
            ),
            started=started,
            headers={"X-Request-Id": request_id},
        )
        try:
            return await self._handle(request, exchange)
        except MamoriError as exc:
            exchange.record.action = "error"
            self._finish(exchange, status=exc.status_code, error_type=exc.error_type)
            return error_response(exc, {**exchange.headers, **exc.response_headers()})
        except _ClientLeft:
            exchange.record.client_disconnected = True
            self._metrics.client_disconnects.labels(exchange.record.model or "-").inc()
            self._finish(exchange, status=_CLIENT_CLOSED)
            return Response(b"", status_code=_CLIENT_CLOSED)

    async def _handle(self, request: Request[Any, Any, Any], ex: _Exchange) -> Response[Any]:
        principal = self._auth.authenticate(request.headers.get("authorization"))
        record = ex.record
        record.tenant, record.key = principal.tenant, principal.key_name
        loaded = self._policies.get(principal.policy)
        record.policy, record.policy_version = loaded.policy.name, loaded.version
        ex.headers["X-Mamori-Policy"] = f"{loaded.policy.name}@{loaded.version}"
        ex.qos = self._qos.resolve(principal, request.headers.get(PRIORITY_HEADER))
        record.qos_class = ex.qos.name
        ex.headers["X-Mamori-Priority"] = ex.qos.name

        limits = self._settings.tenant_limits(principal.tenant)
        raw = await _read_body(request, limits.max_body_bytes)
        chat = parse_chat_request(raw, max_messages=limits.max_messages)
        record.model, record.stream = chat.model, chat.stream
        route = self._router.resolve(chat.model)
        ex.rate = self._rate_limiter.admit(principal, estimate_tokens(chat.body))
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
            await self._pipeline.run_request(ctx)
        finally:
            self._collect_stages(ctx, ex)
        ex.headers.update(ctx.response_headers)
        if ctx.reply is not None:
            return self._reply(ctx, chat, ex)

        if self._router.is_alias(chat.model):
            # Decided after the request stages: a rule may route on the guard's category.
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
            upstream_body["priority"] = ex.qos.priority
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
        return await _unless_client_leaves(request, self._generate(route, content, ex, ctx, chat))

    async def _generate(
        self,
        route: Route,
        content: bytes,
        ex: _Exchange,
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
        record.queue_ms = _ms(upstream.queued_s)
        record.backend = upstream.backend.url
        record.upstream_status = upstream.response.status_code
        self._metrics.upstream_latency.labels(upstream.backend.url).observe(
            time.perf_counter() - upstream.started
        )
        try:
            if upstream.response.status_code != 200:
                body = await upstream.response.aread()
                raise backend_error(upstream.response.status_code, body)
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

    async def _after_stream(self, upstream: UpstreamResponse, ex: _Exchange) -> None:
        """Runs after every stream, also when the client left before the relay started
        (an async generator that never started has no ``finally`` to run)."""
        await upstream.aclose()
        if not ex.finished:
            ex.record.client_disconnected = True
            self._finish(ex, status=200)

    async def _whole(
        self, upstream: UpstreamResponse, ex: _Exchange, ctx: RequestContext, route: Route
    ) -> Response[bytes]:
        raw = await upstream.response.aread()
        await upstream.aclose()
        try:
            payload = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UpstreamError(
                f"backend {upstream.backend.url} sent a body that is not JSON"
            ) from exc
        ex.record.usage = payload.get("usage") if isinstance(payload, dict) else None
        choices = payload.get("choices") or [] if isinstance(payload, dict) else []
        if self._pipeline.response_stages:
            stopped = False
            for choice in choices:
                message = choice.get("message")
                if isinstance(message, dict) and await self._filter_message(ctx, message):
                    choice["finish_reason"] = _STOPPED
                    stopped = True
            self._collect_stages(ctx, ex, response_side=True)
            if stopped:
                ex.record.action = "stop"
                ex.headers["X-Mamori-Action"] = "stop"
            raw = json.dumps(payload, ensure_ascii=False).encode()
        if choices:
            ex.record.finish_reason = choices[0].get("finish_reason")
        answered = time.perf_counter() - ex.started
        ex.record.ttft_ms = _ms(answered)
        self._metrics.ttft.labels(route.public_name).observe(answered)
        # The audit write is a system call: it happens after the answer went out.
        return Response(
            content=raw,
            status_code=200,
            media_type="application/json",
            headers=ex.headers,
            background=BackgroundTask(self._finish, ex, status=200),
        )

    async def _filter_message(self, ctx: RequestContext, message: dict[str, Any]) -> bool:
        """Run a whole answer's texts through the response stages, one filter per text, in
        the order a stream generates them; True when a stage stopped the answer."""

        async def whole(text: str, part: TextPart) -> str:
            text_filter = self._pipeline.open_filter(ctx, part)
            assert text_filter is not None
            return await text_filter.feed(text) + await text_filter.finish()

        for key, part in _TEXT_FIELDS:
            if isinstance(message.get(key), str):
                try:
                    message[key] = await whole(message[key], part)
                except AnswerStopped as stop:
                    message[key] = stop.text
                    _end_stopped(message, key, stop.notice)
                    message["tool_calls"] = []
                    return True
        for call in message.get("tool_calls") or []:
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                try:
                    function["arguments"] = await whole(function["arguments"], "tool_arguments")
                except AnswerStopped as stop:
                    # A cut tool call must not be executed: none of them is returned.
                    _end_stopped(message, None, stop.notice)
                    message["tool_calls"] = []
                    return True
        return False

    async def _relay(
        self,
        upstream: UpstreamResponse,
        ex: _Exchange,
        ctx: RequestContext,
        chat: ChatRequest,
        route: Route,
    ) -> AsyncIterator[bytes]:
        relay = _EventRelay(ctx, self._pipeline, include_usage=chat.include_usage)
        failed: StageError | None = None
        first_text_at: float | None = None
        error_type: str | None = None
        buffer = b""
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
        except (asyncio.CancelledError, GeneratorExit):
            ex.record.client_disconnected = True
            self._metrics.client_disconnects.labels(route.public_name).inc()
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
            error = UpstreamError(f"the backend stream failed ({type(exc).__name__})")
            error_type = error.error_type
            yield error_event(error.to_body())
        finally:
            # Shielded: this runs inside the cancelled scope when the client left, and the
            # upstream connection must still be closed so that vLLM aborts the request.
            with anyio.CancelScope(shield=True):
                await upstream.aclose()
            ex.record.usage = relay.usage
            ex.record.finish_reason = relay.finish_reason
            if relay.stopped or failed is not None:
                ex.record.action = "stop"
            error_type = error_type or relay.error_type
            if first_text_at is not None:
                ex.record.ttft_ms = _ms(first_text_at - ex.started)
                self._metrics.ttft.labels(route.public_name).observe(first_text_at - ex.started)
            if self._pipeline.response_stages:
                self._collect_stages(ctx, ex, response_side=True)
            self._finish(ex, status=200, error_type=error_type)

    def _reply(self, ctx: RequestContext, chat: ChatRequest, ex: _Exchange) -> Response[Any]:
        reply = ctx.reply
        assert reply is not None
        ex.record.action = reply.action
        ex.record.finish_reason = reply.finish_reason
        ex.headers["X-Mamori-Action"] = reply.action
        self._finish(ex, status=200)
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

    def _collect_stages(
        self, ctx: RequestContext, ex: _Exchange, *, response_side: bool = False
    ) -> None:
        names = (
            [s.name for s in self._pipeline.response_stages]
            if response_side
            else [s.name for s in self._pipeline.request_stages]
        )
        by_stage = {d.stage: d for d in ctx.decisions}
        for name in names:
            if name not in ctx.timings:
                continue
            seconds = ctx.timings[name]
            self._metrics.stage_latency.labels(name).observe(seconds)
            decision = by_stage.get(name)
            entry: dict[str, Any] = {"stage": name, "ms": _ms(seconds)}
            entry["action"] = decision.action if decision else "pass"
            if decision:
                entry.update(decision.detail)
            ex.record.stages.append(entry)

    def _finish(self, ex: _Exchange, *, status: int, error_type: str | None = None) -> None:
        ex.finished = True
        elapsed = time.perf_counter() - ex.started
        record = ex.record
        record.status = status
        record.error_type = error_type
        record.duration_ms = _ms(elapsed)
        model = record.model or "-"
        self._metrics.requests.labels(model, str(status)).inc()
        if ex.rate is not None:
            ex.rate.settle(record.usage.get("total_tokens") if record.usage else None)
        slo = ex.qos.ttft_slo_s if ex.qos is not None else None
        if slo is not None and (record.ttft_ms is not None or status == 429 or status >= 500):
            met = record.ttft_ms is not None and record.ttft_ms <= slo * 1000
            self._metrics.slo.labels(model, record.qos_class, "met" if met else "missed").inc()
        self._metrics.request_latency.labels(model, str(record.stream).lower()).observe(elapsed)
        self._audit.write(record)


#: Generated text fields of a message or delta, and the part their filters see, in the
#: order a model generates them (reasoning first). vLLM sends ``reasoning``; older servers
#: ``reasoning_content``.
_TEXT_FIELDS: tuple[tuple[str, TextPart], ...] = (
    ("reasoning", "reasoning"),
    ("reasoning_content", "reasoning"),
    ("content", "content"),
)
_TEXT_KEYS = frozenset(key for key, _ in _TEXT_FIELDS)
#: ``finish_reason`` of a choice a response stage ended.
_STOPPED = "content_filter"


def _end_stopped(message: dict[str, Any], key: str | None, notice: str) -> None:
    """After a stop in field ``key`` (None: a tool call) of a message or delta: fields that
    come later in generation order were not checked and go; the notice ends ``content``."""
    later = False
    for name, _ in _TEXT_FIELDS:
        if later and name in message:
            del message[name]
        later = later or name == key
    if key is None or key == "content":
        message["content"] = (message.get("content") or "") + notice
    elif notice:
        message["content"] = notice


class _EventRelay:
    """Looks at upstream SSE events one at a time; see module doc."""

    def __init__(self, ctx: RequestContext, pipeline: Pipeline, *, include_usage: bool) -> None:
        self._ctx = ctx
        self._pipeline = pipeline
        self._filtering = bool(pipeline.response_stages)
        self._filters: dict[tuple[int, str | int], TextFilter] = {}
        self._include_usage = include_usage
        self._open: set[int] = set()
        """Choices seen and not finished (a stop ends them all)."""
        self._base: dict[str, Any] = {}
        """``id``, ``object``, ``created``, ``model`` of the last chunk, for closing chunks."""
        self.usage: dict[str, int] | None = None
        self.finish_reason: str | None = None
        self.error_type: str | None = None
        self.stopped = False
        """A response stage stopped the answer; nothing more is to be sent."""

    async def process(self, event: bytes) -> bytes:
        """The bytes to send for ``event`` (empty to send nothing).

        After a stop, the bytes end the stream (closing chunk and ``[DONE]``).
        """
        if not self._filtering and b'"usage"' not in event and b'"error"' not in event:
            if _HAS_FINISH.search(event):
                self._note_finish(event)
            return event
        if not event.startswith(b"data: ") or event == DONE_EVENT:
            return event
        try:
            payload = json.loads(event[6:])
        except (UnicodeDecodeError, json.JSONDecodeError):
            return event
        if not isinstance(payload, dict):
            return event
        if "error" in payload:
            error = payload["error"]
            self.error_type = error.get("type") if isinstance(error, dict) else "error"
            return event
        choices = payload.get("choices") or []
        if payload.get("usage"):
            self.usage = payload["usage"]
            if not choices and not self._include_usage:
                return b""
        changed = False
        if self._filtering:
            self._base = {
                k: payload[k] for k in ("id", "object", "created", "model") if k in payload
            }
        for position, choice in enumerate(choices):
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
            if self._filtering:
                changed = await self._filter_choice(choice) or changed
                if self.stopped:
                    payload["choices"] = choices[: position + 1]
                    payload.pop("usage", None)
                    return self._closing(payload)
        if not self._filtering:
            return event
        if choices and all(_is_empty(choice) for choice in choices) and not payload.get("usage"):
            return b""
        if not changed:
            return event
        return encode_event(payload)

    def failed_events(self) -> bytes:
        """The end of a stream whose response stage failed: open choices end, no text."""
        self.stopped = True
        return self._closing({**self._base, "choices": []})

    def _closing(self, payload: dict[str, Any]) -> bytes:
        """``payload`` with every open choice ended, then ``[DONE]``."""
        self.finish_reason = _STOPPED
        choices: list[dict[str, Any]] = payload["choices"]
        for choice in choices:
            if not choice.get("finish_reason"):
                choice["finish_reason"] = _STOPPED
            self._open.discard(int(choice.get("index", 0)))
        for index in sorted(self._open) or ([] if choices else [0]):
            choices.append(
                {"index": index, "delta": {}, "logprobs": None, "finish_reason": _STOPPED}
            )
        self._filters.clear()
        self._open.clear()
        return encode_event(payload) + DONE_EVENT

    async def _filter_choice(self, choice: dict[str, Any]) -> bool:
        """Filter one chunk choice in place; True if it changed."""
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            return False
        index = int(choice.get("index", 0))
        self._open.add(index)
        finishing = choice.get("finish_reason") is not None
        changed = False
        for key, part in _TEXT_FIELDS:
            original = delta.get(key)
            if isinstance(original, str):
                try:
                    text = await self._filter((index, key), part).feed(original)
                except AnswerStopped as stop:
                    delta[key] = stop.text
                    self._stop(choice, delta, key, stop.notice)
                    return True
                delta[key] = text
                changed = changed or text != original
        calls = delta.get("tool_calls") or []
        for position, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                original = function["arguments"]
                text_filter = self._filter((index, int(call.get("index", 0))), "tool_arguments")
                try:
                    function["arguments"] = await text_filter.feed(original)
                except AnswerStopped as stop:
                    delta["tool_calls"] = calls[:position]
                    self._stop(choice, delta, None, stop.notice)
                    return True
                changed = changed or function["arguments"] != original
        if finishing:
            changed = await self._finish_choice(choice, index, delta) or changed
            self._open.discard(index)
        return changed

    def _filter(self, key: tuple[int, str | int], part: TextPart) -> TextFilter:
        text_filter = self._filters.get(key)
        if text_filter is None:
            opened = self._pipeline.open_filter(self._ctx, part)
            assert opened is not None
            text_filter = self._filters[key] = opened
        return text_filter

    async def _finish_choice(
        self, choice: dict[str, Any], index: int, delta: dict[str, Any]
    ) -> bool:
        """The choice ended: release what its filters still hold, into this last delta."""
        changed = False
        for key in [key for key in self._filters if key[0] == index]:
            field_or_tool = key[1]
            try:
                rest = await self._filters.pop(key).finish()
            except AnswerStopped as stop:
                if isinstance(field_or_tool, str):
                    delta[field_or_tool] = (delta.get(field_or_tool) or "") + stop.text
                    self._stop(choice, delta, field_or_tool, stop.notice)
                else:
                    self._stop(choice, delta, None, stop.notice)
                return True
            if not rest:
                continue
            changed = True
            if isinstance(field_or_tool, str):
                delta[field_or_tool] = (delta.get(field_or_tool) or "") + rest
            else:
                delta.setdefault("tool_calls", []).append(
                    {"index": field_or_tool, "function": {"arguments": rest}}
                )
        return changed

    def _stop(
        self, choice: dict[str, Any], delta: dict[str, Any], key: str | None, notice: str
    ) -> None:
        """A stage stopped the answer in ``key`` (None: a tool call) of this choice."""
        self.stopped = True
        if key is not None:
            # Tool calls come after the texts: none of this delta's was checked.
            delta.pop("tool_calls", None)
        _end_stopped(delta, key, notice)
        choice["finish_reason"] = _STOPPED

    def _note_finish(self, event: bytes) -> None:
        try:
            payload = json.loads(event[6:])
        except (UnicodeDecodeError, json.JSONDecodeError):
            return
        for choice in payload.get("choices") or []:
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]


def _is_empty(choice: dict[str, Any]) -> bool:
    """A chunk choice that, after filtering, carries nothing the client needs."""
    delta = choice.get("delta") or {}
    return (
        choice.get("finish_reason") is None
        and not delta.get("content")
        and set(delta) <= {"content"}
        and not choice.get("logprobs")
    )


class _ClientLeft(Exception):
    """The client closed its connection before the answer started."""


#: Status recorded for requests the client abandoned (nginx's "client closed request").
_CLIENT_CLOSED = 499


async def _unless_client_leaves(
    request: Request[Any, Any, Any], work: Coroutine[Any, Any, _T]
) -> _T:
    """Await ``work``; if the client disconnects first, cancel it and raise :class:`_ClientLeft`.

    Only for the time before the response starts: once a stream is handed to Litestar, its
    own disconnect listener takes over (two readers of ``receive`` would steal messages).
    ``work`` runs in the calling task (no extra task on the hot path); a watcher task
    cancels that task when the client goes away.
    """
    task = asyncio.current_task()
    assert task is not None
    left = False

    async def watch() -> None:
        nonlocal left
        await _wait_disconnect(request.receive)
        left = True
        task.cancel()

    watcher = asyncio.create_task(watch())
    try:
        return await work
    except asyncio.CancelledError:
        if not left:
            raise
        task.uncancel()
        raise _ClientLeft from None
    finally:
        watcher.cancel()


async def _wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _read_body(request: Request[Any, Any, Any], limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BadRequestError("invalid Content-Length header")
        if int(declared) > limit:
            raise PayloadTooLargeError(
                f"the request body is {declared} bytes; the limit is {limit} bytes"
            )
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLargeError(f"the request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)
