"""Relaying an upstream stream to the client, for every endpoint that streams text.

Upstream server-sent events are relayed as they arrive, each through the
:class:`~proxy.api.relay.EventRelay` (response stages on the text). When the client goes
away, the relay is cancelled and the upstream response is closed at once, so vLLM aborts
the request and frees its KV cache. A stopped answer closes the upstream response too,
so vLLM stops generating. The exchange is finished when the stream ends, however it ends.

Events are split at blank lines after CRLF and CR line ends are read as LF (the SSE
standard allows all three), so a backend writing CRLF still has its events read one by one.

Failure behaviour: an upstream error after the stream started is sent in the stream's
own shape (chat and completions: a ``data: {"error": ...}`` event followed by ``[DONE]``,
as vLLM does; Responses: an ``error`` event and ``response.failed``) and counts against
the replica; a response stage that fails ends the stream like a stop (no notice; the audit
record carries the error type).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator
from typing import Any, Protocol

import anyio
from litestar.background_tasks import BackgroundTask
from litestar.response import Stream

from proxy.api.exchange import Exchange, ExchangeLog, milliseconds
from proxy.api.relay import EventRelay
from proxy.errors import MamoriError, StageError, UpstreamError, UpstreamTimeoutError
from proxy.observability.metrics import GatewayMetrics
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.upstream.group import UpstreamResponse

__all__ = ["SSE_HEADERS", "EventProcessor", "StreamRelay"]

logger = logging.getLogger(__name__)

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
#: An event that carries generated text (chat delta content, a completion's text, a
#: Responses API text delta).
_HAS_TEXT = re.compile(rb'"(?:content|text)":\s*"[^"]|"response\.output_text\.delta"')
#: What a backend sends once generation has started (``upstream.timeouts.first_token``
#: ends, ``stream_idle`` begins): a delta's text, tool-call arguments or reasoning (chat,
#: completions; a Responses ``*.delta`` event's ``delta``), a finish reason (an empty
#: answer), the end of a Responses answer, or an error event.
_FIRST_OUTPUT = re.compile(
    rb'"(?:content|text|delta|arguments|reasoning_content|reasoning)":\s*"[^"]'
    rb'|"finish_reason":\s*"|"error":\s*\{|"type":\s*"error"'
    rb'|"response\.(?:completed|incomplete|failed)"'
)


class EventProcessor(Protocol):
    """What the stream loop needs of an event relay (:class:`~proxy.api.relay.EventRelay`
    for chat and completion chunks, :class:`~proxy.api.responses_relay.ResponsesEventRelay`
    for Responses API events)."""

    stopped: bool
    usage: dict[str, Any] | None
    finish_reason: str | None
    error_type: str | None

    async def process(self, event: bytes) -> bytes: ...

    def failed_events(self) -> bytes: ...

    def error_events(self, body: dict[str, Any]) -> bytes: ...

    def flush(self) -> bytes: ...


class StreamRelay:
    """Streams upstream answers to clients; built once in the app factory."""

    def __init__(
        self, *, pipeline: Pipeline, exchanges: ExchangeLog, metrics: GatewayMetrics
    ) -> None:
        self._pipeline = pipeline
        self._exchanges = exchanges
        self._metrics = metrics

    def response(
        self,
        upstream: UpstreamResponse,
        ex: Exchange,
        ctx: RequestContext,
        *,
        include_usage: bool = False,
        text_completion: bool = False,
        events: EventProcessor | None = None,
    ) -> Stream:
        """The streaming response for ``upstream`` (whose status was a success). ``events``
        replaces the chat/completion chunk relay (the Responses API's own events)."""
        relay = events or EventRelay(
            ctx,
            self._pipeline,
            include_usage=include_usage,
            text_completion=text_completion,
            stop_strings=ex.stop_strings,
        )
        return Stream(
            self._relay(upstream, ex, ctx, relay),
            media_type="text/event-stream",
            headers={**ex.headers, **SSE_HEADERS},
            background=BackgroundTask(self._after_stream, upstream, ex),
        )

    async def _after_stream(self, upstream: UpstreamResponse, ex: Exchange) -> None:
        """Runs after every stream, also when the client left before the relay started
        (an async generator that never started has no ``finally`` to run)."""
        await upstream.aclose()
        if not ex.finished:
            ex.record.client_disconnected = True
            self._exchanges.finish(ex, status=200)

    async def _relay(
        self,
        upstream: UpstreamResponse,
        ex: Exchange,
        ctx: RequestContext,
        relay: EventProcessor,
    ) -> AsyncIterator[bytes]:
        failed: StageError | None = None
        first_text_at: float | None = None
        error_type: str | None = None
        buffer = b""
        scan = 0
        carry = b""
        ended = False
        try:
            async for raw in upstream.chunks(_FIRST_OUTPUT):
                # SSE lines may end in CRLF or CR too: read as LF, or a stream written
                # that way would be one event that no response stage could parse.
                piece, carry = carry + raw, b""
                if piece.endswith(b"\r"):
                    piece, carry = piece[:-1], b"\r"
                if b"\r" in piece:
                    piece = piece.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                buffer += piece
                # Every complete event in hand goes out in one write: a write costs a
                # system call, and nothing complete is held back.
                out = b""
                try:
                    while not relay.stopped and (end := buffer.find(b"\n\n", scan)) >= 0:
                        event, buffer = buffer[: end + 2], buffer[end + 2 :]
                        scan = 0
                        out += await relay.process(event)
                    # Only the new bytes are searched next time (a long event is not
                    # scanned again for every piece).
                    scan = max(len(buffer) - 1, 0)
                except MamoriError:
                    # What the stages released from this read's earlier events goes out
                    # before the failure, as it does when each event comes in its own read:
                    # the answer must not depend on how the bytes were cut.
                    if out:
                        if first_text_at is None and _HAS_TEXT.search(out):
                            first_text_at = time.perf_counter()
                        yield out
                    raise
                if not out:
                    continue
                if first_text_at is None and _HAS_TEXT.search(out):
                    first_text_at = time.perf_counter()
                yield out
                if relay.stopped:
                    # Leaving the loop closes the upstream response (below): vLLM stops.
                    break
            else:
                buffer += b"\n" if carry else b""
                if buffer.strip():
                    # An unterminated last event still passes the response stages.
                    yield await relay.process(buffer.rstrip(b"\n") + b"\n\n")
                if held := relay.flush():
                    # An event the relay held for the one after it, which never came.
                    yield held
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
            if isinstance(exc, UpstreamTimeoutError):
                ex.record.upstream_timeout = exc.timeout
            yield relay.error_events(exc.to_body())
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
            yield relay.error_events(error.to_body())
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
