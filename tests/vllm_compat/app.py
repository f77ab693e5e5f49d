"""The vLLM-compatible test server as a plain ASGI application.

Routes (vLLM's): ``GET /health`` (200, empty body), ``GET /v1/models``, ``GET /metrics``,
``POST /v1/chat/completions``, ``POST /v1/embeddings`` (the pooling runner's endpoint, with
text-derived 8-dimensional vectors), ``POST /v1/completions`` (legacy text completions,
echoing the prompt), ``POST /v1/responses`` (the Responses API, :mod:`.responses`). The
last three are scheduled, paced and aborted like chat (below) and meet the same faults
(``config.FaultMode``): an error or a hang before the first token, a dropped connection, a
failure mid-stream (a completions stream gets vLLM's error event and ``[DONE]``; a Responses
stream is cut off, as vLLM's is, see ``_Planned.error_event``). Anything else is FastAPI's
``404 {"detail": "Not Found"}`` or ``405 {"detail": "Method Not Allowed"}``, as vLLM answers.

Control routes, under ``/_test/`` so they cannot clash with vLLM's:

- ``GET /_test/config`` / ``POST /_test/config`` (JSON knobs, partial) -> the knobs
- ``POST /_test/fail_next`` ``{"mode": FaultMode, "n": int}`` -> the knobs
- ``GET /_test/requests`` -> ``{"requests": [RecordedRequest.to_json(), ...]}``
- ``POST /_test/reset`` -> clears records and faults, restores the start-up knobs
- ``GET /_test/stats`` -> ``{"running", "peak_running", "requests", "preemptions"}``

Answers: the text of the last user message (or the ``reply`` knob), cut into tokens of
``chunk_chars`` characters, truncated to ``max_completion_tokens``/``max_tokens`` (finish
``"length"``); or the ``tool_call`` knob when the request offers tools.

Capacity: at most ``max_num_seqs`` requests run at once; the others wait (FCFS, or by
``priority`` with ``scheduling_policy="priority"``, which can also preempt a running
request for a more urgent one with ``preemption``; see :mod:`.scheduler`). A streaming
request gets its response headers at once, waiting or not, as vLLM sends them. With
``concurrency_slowdown`` the first-token delay and every token interval stretch with the
number of requests running at that moment, so the server behaves like a GPU with finite
throughput. ``/metrics`` reports ``vllm:num_requests_running``,
``vllm:num_requests_waiting`` and ``vllm:kv_cache_usage_perc`` from this state.

Completions, Responses and embeddings requests run through the same engine: they wait for
a running slot, count in ``vllm:num_requests_running``, wait ``latency_s`` before their
first token (an embedding: before its answer) and stream at ``tokens_per_second``. A
Responses stream's ``response.created`` and ``response.in_progress`` go out with the
headers, as vLLM's generator yields them before the engine's first output; every
``*.delta`` event (a completion: every chunk with text) is a token.

Client disconnects are seen at once: after reading the body, a watcher task awaits the
ASGI ``receive()``, which uvicorn completes with ``http.disconnect`` as soon as the
connection is lost. Every wait (latency, token pacing, ``hang``) races that event, so an
abandoned request is recorded ``aborted`` and leaves ``vllm:num_requests_running`` at once,
as vLLM aborts a request and frees its KV cache when its client goes away. uvicorn drops
``send()`` to a lost connection silently, so sends alone could not tell.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import json
import logging
import random
import struct
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, cast

import msgspec

from .config import ChunkChars, FaultMode, ServerConfig
from .metrics import CONTENT_TYPE, EngineMetrics
from .protocol import (
    ChatRequest,
    RequestError,
    chat_completion,
    chat_message,
    error_body,
    invalid_json,
    missing_body,
    model_list,
    parse_chat_request,
    random_uuid,
    response_choice,
    stream_choice,
    stream_chunk,
    stream_usage,
    streaming_error_event,
    tool_call,
    usage_info,
)
from .records import Outcome, RequestLog
from .responses import responses_answer, sse_event
from .scheduler import Scheduler, Seat

__all__ = ["Receive", "Scope", "Send", "VLLMCompatApp", "split_tokens"]

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
_Handler = Callable[[Scope, Receive, Send], Awaitable[None]]

_JSON_TYPE = (b"content-type", b"application/json")
# Starlette's StreamingResponse adds the charset to text/* media types.
_SSE_HEADERS = [(b"content-type", b"text/event-stream; charset=utf-8")]
_DONE = b"data: [DONE]\n\n"
_COMPLETIONS_DEFAULT_MAX_TOKENS = 16
_MID_STREAM_FAULTS = frozenset({"error_mid_stream", "disconnect_mid_stream", "stall_mid_stream"})
_encode = msgspec.json.encode


def split_tokens(text: str, chunk_chars: ChunkChars, seed: int) -> tuple[str, ...]:
    """Cut ``text`` into tokens; a ``(min, max)`` range draws sizes from a seeded RNG.

    The RNG is seeded by ``seed`` and the text itself, so the same answer splits the same
    way whatever the order in which concurrent requests arrive.
    """
    if isinstance(chunk_chars, int):
        return tuple(text[i : i + chunk_chars] for i in range(0, len(text), chunk_chars))
    low, high = chunk_chars
    rng = random.Random(f"{seed}\x00{text}")
    pieces: list[str] = []
    start = 0
    while start < len(text):
        size = rng.randint(low, high)
        pieces.append(text[start : start + size])
        start += size
    return tuple(pieces)


@dataclass(frozen=True, slots=True)
class _Answer:
    pieces: tuple[str, ...]
    """Text tokens, or the argument pieces of the tool call."""
    finish_reason: str
    stop_reason: str | None = None
    """The ``stop`` string that ended the answer (vLLM's ``stop_reason``)."""
    tool_name: str | None = None
    tool_content: str | None = None
    """Non-streaming ``content`` next to a tool call: None for "auto", "" otherwise."""

    @property
    def tokens(self) -> int:
        # The function name costs a token of its own.
        return len(self.pieces) + (1 if self.tool_name is not None else 0)

    @property
    def engine_reason(self) -> str:
        return "length" if self.finish_reason == "length" else "stop"


def _plan_answer(request: ChatRequest, config: ServerConfig) -> _Answer:
    spec = config.tool_call
    if spec is not None and request.has_tools and request.tool_choice != "none":
        # vLLM ends a call forced by a named tool_choice with "stop", as OpenAI does.
        named = request.tool_choice == "named"
        return _Answer(
            pieces=split_tokens(spec.arguments, config.chunk_chars, config.seed),
            finish_reason="stop" if named else "tool_calls",
            tool_name=request.named_tool or spec.name,
            tool_content=None if request.tool_choice == "auto" else "",
        )
    text = config.reply if config.reply is not None else request.last_user_text
    stop_reason, text = _stopped(text, request)
    pieces = split_tokens(text, config.chunk_chars, config.seed)
    limit = request.max_tokens
    if limit is None:
        limit = request.max_model_len - request.prompt_tokens
    if len(pieces) > limit:
        return _Answer(pieces=pieces[:limit], finish_reason="length")
    return _Answer(pieces=pieces, finish_reason="stop", stop_reason=stop_reason)


def _stopped(text: str, request: ChatRequest) -> tuple[str | None, str]:
    """``text`` up to the first ``stop`` string (the one that starts first; vLLM checks
    the text as it is generated), and that string; the string itself is kept with
    ``include_stop_str_in_output``."""
    found = [(text.find(stop), stop) for stop in request.stop if stop in text]
    if not found:
        return None, text
    at, stop = min(found)
    end = at + len(stop) if request.include_stop_str_in_output else at
    return stop, text[:end]


def _headers(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None if the client left before sending it."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _send_json(send: Send, status: int, payload: Any) -> None:
    body = _encode(payload)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-length", str(len(body)).encode()), _JSON_TYPE],
        }
    )
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _watch_disconnect(receive: Receive, disconnected: asyncio.Event) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            disconnected.set()
            return


@dataclass(frozen=True, slots=True)
class _Planned:
    """A completions, Responses or embeddings answer before it is paced: an error (any
    status but 200) goes out at once; a 200 is generated by the engine."""

    status: int
    body: Any
    """The JSON body of an error or of a whole (non-streaming) answer."""
    events: list[bytes] | None = None
    """A stream's encoded server-sent events, without the closing ``[DONE]``."""
    token_events: frozenset[int] = frozenset()
    """Which events each carry a generated token (paced by ``tokens_per_second``); the
    events before the first of them go out with the headers."""
    tokens: int = 0
    """Tokens generated (a whole answer's pace; 0 for an embedding)."""
    prompt_tokens: int = 0
    done: bool = True
    """Whether the stream ends with ``data: [DONE]`` (a Responses stream does not)."""
    error_event: bool = True
    """Whether an ``error_mid_stream`` fault sends vLLM's error event and ``[DONE]`` (a
    completions stream), or closes the connection mid-body (a Responses stream: vLLM turns
    the engine error into ``{"error": ...}`` and validates it as one of its Responses
    stream events, which it is not, so the generator raises and the server drops the
    connection)."""


class _Exchange:
    """One chat request's response side: sends, and waits that end if the client leaves."""

    def __init__(
        self,
        send: Send,
        log: RequestLog,
        seq: int,
        disconnected: asyncio.Event,
        *,
        events_per_write: int = 1,
    ):
        self._send = send
        self._log = log
        self._seq = seq
        self._disconnected = disconnected
        self._events_per_write = events_per_write
        self._held: list[bytes] = []
        """Events not yet written (``events_per_write`` > 1)."""
        self.status: int | None = None
        self.seat: Seat | None = None
        """The request's place in the scheduler, once it runs (see :meth:`idle_until`)."""

    @property
    def gone(self) -> bool:
        return self._disconnected.is_set()

    async def idle_until(self, deadline: float) -> bool:
        """Wait until ``deadline`` (loop time); True if the client left first.

        A preemptible request's deadlines move later by the time its preemptions cost
        (:attr:`Seat.delay_s`): preempted while waiting, it waits to run again, redoes its
        prefill, then waits out the rest."""
        seat = self.seat
        if seat is not None and seat.preemptible:
            return await self._idle_preemptible(seat, deadline)
        delay = deadline - asyncio.get_running_loop().time()
        if delay <= 0:
            return self.gone
        try:
            async with asyncio.timeout(delay):
                await self._disconnected.wait()
        except TimeoutError:
            return False
        return True

    async def _idle_preemptible(self, seat: Seat, deadline: float) -> bool:
        loop = asyncio.get_running_loop()
        while True:
            if seat.displaced:
                resumed = asyncio.ensure_future(seat.resume())
                gone = asyncio.ensure_future(self._disconnected.wait())
                try:
                    await asyncio.wait({resumed, gone}, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    resumed.cancel()
                    gone.cancel()
                if self.gone:
                    return True
                continue
            delay = deadline + seat.delay_s - loop.time()
            if delay <= 0:
                return self.gone
            gone = asyncio.ensure_future(self._disconnected.wait())
            displaced = asyncio.ensure_future(seat.wait_displaced())
            try:
                await asyncio.wait(
                    {gone, displaced}, timeout=delay, return_when=asyncio.FIRST_COMPLETED
                )
            finally:
                gone.cancel()
                displaced.cancel()
            if self.gone:
                return True
            if not seat.displaced:
                return False

    async def wait_gone(self) -> None:
        await self._disconnected.wait()

    async def json(self, status: int, payload: Any) -> None:
        self._mark(status)
        await _send_json(self._send, status, payload)

    async def start_stream(self) -> None:
        self._mark(200)
        await self._send({"type": "http.response.start", "status": 200, "headers": _SSE_HEADERS})

    async def event(self, payload: Mapping[str, Any]) -> None:
        await self.raw_event(b"data: " + _encode(payload) + b"\n\n")

    async def raw_event(self, data: bytes) -> None:
        """A whole encoded event, held like :meth:`event`'s."""
        if self._events_per_write > 1:
            self._held.append(data)
            if len(self._held) < self._events_per_write:
                return
            data = b"".join(self._held)
            self._held.clear()
        await self._send({"type": "http.response.body", "body": data, "more_body": True})

    async def raw(self, data: bytes) -> None:
        """Write ``data`` after the events still held, in the same write."""
        if self._held:
            data = b"".join(self._held) + data
            self._held.clear()
        await self._send({"type": "http.response.body", "body": data, "more_body": True})

    async def flush(self) -> None:
        """Write the events still held, if any."""
        if self._held:
            await self.raw(b"")

    async def end_stream(self, *, done: bool = True) -> None:
        """Write what is held (and ``[DONE]`` unless ``done`` is False), then close."""
        await self.raw(_DONE if done else b"")
        await self._send({"type": "http.response.body", "body": b"", "more_body": False})

    async def drop(self) -> None:
        """Close the connection without finishing the response (held events go first)."""
        await self.flush()
        # uvicorn's send is a bound method of its request/response cycle, which holds the
        # connection's transport; ASGI itself has no way to close a connection.
        transport = getattr(getattr(self._send, "__self__", None), "transport", None)
        if transport is None or not callable(getattr(transport, "close", None)):
            raise RuntimeError("cannot drop the connection: the ASGI server is not uvicorn")
        transport.close()
        # Let uvicorn see the loss before the app returns, or it would answer 500 itself.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(1.0):
                await self._disconnected.wait()

    def _mark(self, status: int) -> None:
        self.status = status
        self._log.update(self._seq, status_code=status)


class VLLMCompatApp:
    """ASGI app answering like vLLM's OpenAI-compatible server; see the module docstring."""

    def __init__(
        self,
        models: Mapping[str, int],
        config: ServerConfig,
        log: RequestLog,
        *,
        initial: ServerConfig | None = None,
    ) -> None:
        if not models:
            raise ValueError("at least one model must be served")
        self._models = dict(models)
        self._default_model = next(iter(self._models))
        self.config = config
        self.log = log
        self._initial = initial if initial is not None else config.snapshot()
        self.metrics = EngineMetrics(self._models)
        self.scheduler = Scheduler(config)
        self._routes: dict[str, dict[str, _Handler]] = {
            "/health": {"GET": self._health},
            "/v1/models": {"GET": self._list_models},
            "/metrics": {"GET": self._metrics},
            "/v1/chat/completions": {"POST": self._chat_completions},
            "/v1/embeddings": {"POST": self._embeddings},
            "/v1/completions": {"POST": self._text_completions},
            "/v1/responses": {"POST": self._responses},
            "/_test/config": {"GET": self._get_config, "POST": self._set_config},
            "/_test/fail_next": {"POST": self._fail_next},
            "/_test/requests": {"GET": self._requests},
            "/_test/reset": {"POST": self._reset},
            "/_test/stats": {"GET": self._stats},
        }

    def reset(self) -> None:
        """Clear records, faults and the preemption count; restore the start-up knobs."""
        self.log.clear()
        self.config.clear_faults()
        self.config.restore(self._initial)
        self.scheduler.preemptions = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        methods = self._routes.get(scope["path"])
        if methods is None:
            await _send_json(send, 404, {"detail": "Not Found"})
            return
        handler = methods.get(scope["method"])
        if handler is None:
            await _send_json(send, 405, {"detail": "Method Not Allowed"})
            return
        await handler(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    def _authorized(self, scope: Scope, api_key: str | None) -> bool:
        if api_key is None:
            return True
        return _headers(scope).get("authorization") == f"Bearer {api_key}"

    # vLLM routes

    async def _health(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-length", b"0")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def _list_models(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._authorized(scope, self.config.api_key):
            await _send_json(send, 401, {"error": "Unauthorized"})
            return
        await _send_json(send, 200, model_list(self._models))

    async def _metrics(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = self.metrics.render(
            self.log.running, self.scheduler.waiting, self.config.max_num_seqs
        )
        headers = [
            (b"content-length", str(len(body)).encode()),
            (b"content-type", CONTENT_TYPE.encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body, "more_body": False})

    async def _chat_completions(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw = await _read_body(receive)
        if raw is None:
            return
        headers = _headers(scope)
        body: Any = None
        decode_error: RequestError | None = None
        if not raw:
            decode_error = missing_body()
        else:
            try:
                body = msgspec.json.decode(raw)
            except msgspec.DecodeError:
                # The stdlib gives FastAPI's reason and position, and takes the rare inputs
                # msgspec refuses but Python's json (hence vLLM) accepts, such as NaN.
                try:
                    body = json.loads(raw)
                except json.JSONDecodeError as exc:
                    decode_error = invalid_json(exc.msg, exc.pos)
        seq = self.log.add(scope["method"], scope["path"], headers, raw, body)
        config = self.config.snapshot()

        if config.api_key is not None and headers.get("authorization") != (
            f"Bearer {config.api_key}"
        ):
            await _send_json(send, 401, {"error": "Unauthorized"})
            self.log.finish(seq, "completed", 401)
            return
        try:
            if decode_error is not None:
                raise decode_error
            request = parse_chat_request(body, self._models, self._default_model)
        except RequestError as exc:
            await _send_json(send, exc.status_code, exc.body)
            self.log.finish(seq, "completed", exc.status_code)
            return

        # Validation passed: the request is "scheduled" and may meet a fault.
        fault = self.config.take_fault()
        # vLLM's request id: the X-Request-Id header, else the body's request_id, else random.
        base_id = headers.get("x-request-id", request.request_id or random_uuid())
        response_id = f"chatcmpl-{base_id}"
        self.log.update(
            seq, fault=fault, stream=request.stream, model=request.model, response_id=response_id
        )
        disconnected = asyncio.Event()
        watcher = asyncio.create_task(_watch_disconnect(receive, disconnected))
        exchange = _Exchange(
            send, self.log, seq, disconnected, events_per_write=config.events_per_write
        )
        outcome: Outcome = "dropped"  # what stands if the server is stopped mid-exchange
        reason = "abort"
        try:
            if request.stream and fault in ("none", *_MID_STREAM_FAULTS):
                # vLLM returns the StreamingResponse before the request is scheduled.
                await exchange.start_stream()
            seat = await self._scheduled(exchange, request.model, request.priority)
            if seat is None:
                outcome = "aborted"
                return
            exchange.seat = seat
            self.log.begin(request.model)
            self.metrics.prompt(request.model, request.prompt_tokens)
            try:
                outcome, reason = await self._respond(
                    exchange, request, config, fault, response_id, seq
                )
            finally:
                self.scheduler.leave(seat)
                self.log.end(request.model)
        finally:
            watcher.cancel()
            self.metrics.finished(request.model, "abort" if outcome == "aborted" else reason)
            self.log.finish(seq, outcome, exchange.status)

    async def _embeddings(self, scope: Scope, receive: Receive, send: Send) -> None:
        """vLLM's pooling endpoint, simplified: every served model embeds (vLLM needs
        ``--runner pooling``); a vector is a deterministic function of the input text (8
        dimensions), so tests can compare vectors without a model."""
        read = await self._recorded_body(scope, receive)
        if read is None:
            return
        seq, body = read
        status, payload = _embed(body, self._models)
        usage = payload.get("usage") or {}
        await self._generate(
            receive,
            send,
            seq,
            body,
            _Planned(status, payload, prompt_tokens=usage.get("prompt_tokens", 0)),
        )

    async def _text_completions(self, scope: Scope, receive: Receive, send: Send) -> None:
        """vLLM's legacy ``/v1/completions``, simplified: ``n`` choices per prompt,
        each echoing its prompt (or ``reply``) in 3-character tokens."""
        read = await self._recorded_body(scope, receive)
        if read is None:
            return
        seq, body = read
        config = self.config.snapshot()
        status, payload, events = _text_completion(body, self._models, config.reply)
        usage = payload.get("usage") or {}
        if events is None:
            planned = _Planned(
                status,
                payload,
                tokens=usage.get("completion_tokens", 0),
                prompt_tokens=usage.get("prompt_tokens", 0),
            )
        else:
            tokens = frozenset(
                i for i, event in enumerate(events)
                if any(choice.get("text") for choice in event["choices"])
            )  # fmt: skip
            planned = _Planned(
                status, None, [b"data: " + _encode(event) + b"\n\n" for event in events], tokens
            )
        await self._generate(receive, send, seq, body, planned)

    async def _responses(self, scope: Scope, receive: Receive, send: Send) -> None:
        """vLLM's ``/v1/responses``, simplified (:mod:`.responses`)."""
        read = await self._recorded_body(scope, receive)
        if read is None:
            return
        seq, body = read
        config = self.config.snapshot()
        answer = responses_answer(body, self._models, config)
        if answer.events is None:
            usage = answer.body.get("usage") or {}
            planned = _Planned(
                answer.status,
                answer.body,
                tokens=usage.get("output_tokens", 0),
                prompt_tokens=usage.get("input_tokens", 0),
            )
        else:
            tokens = frozenset(
                i for i, event in enumerate(answer.events) if event["type"].endswith(".delta")
            )
            encoded = [sse_event(event) for event in answer.events]
            # No [DONE]: a Responses stream ends after response.completed.
            planned = _Planned(answer.status, None, encoded, tokens, done=False, error_event=False)
        await self._generate(receive, send, seq, body, planned)

    async def _generate(
        self, receive: Receive, send: Send, seq: int, body: Any, planned: _Planned
    ) -> None:
        """Answer a completions, Responses or embeddings request as the engine would: an
        error at once; else wait for a running slot, then pace the answer, aborting the
        moment the client leaves (see the module docstring)."""
        if planned.status != 200:
            await _send_json(send, planned.status, planned.body)
            self.log.finish(seq, "completed", planned.status)
            return
        config = self.config.snapshot()
        model = body.get("model") or self._default_model
        priority = body.get("priority")
        priority = priority if isinstance(priority, int) and not isinstance(priority, bool) else 0
        stream = planned.events is not None
        # Valid requests only meet faults, as on chat.
        fault = self.config.take_fault()
        self.log.update(seq, fault=fault, stream=stream, model=model)
        disconnected = asyncio.Event()
        watcher = asyncio.create_task(_watch_disconnect(receive, disconnected))
        exchange = _Exchange(
            send, self.log, seq, disconnected, events_per_write=config.events_per_write
        )
        outcome: Outcome = "dropped"  # what stands if the server is stopped mid-exchange
        try:
            sent = 0
            if planned.events is not None and fault in ("none", *_MID_STREAM_FAULTS):
                await exchange.start_stream()
                first = min(planned.token_events, default=len(planned.events))
                for event in planned.events[:first]:
                    await exchange.raw_event(event)
                await exchange.flush()
                sent = first
            seat = await self._scheduled(exchange, model, priority)
            if seat is None:
                outcome = "aborted"
                return
            exchange.seat = seat
            self.log.begin(model)
            self.metrics.prompt(model, planned.prompt_tokens)
            try:
                if fault == "none" or (stream and fault in _MID_STREAM_FAULTS):
                    outcome = await self._paced(
                        exchange, config, planned, seq, model, sent, fault=fault
                    )
                else:
                    outcome = await self._failed(exchange, config, fault)
            finally:
                self.scheduler.leave(seat)
                self.log.end(model)
        finally:
            watcher.cancel()
            self.metrics.finished(model, "abort" if outcome == "aborted" else "stop")
            self.log.finish(seq, outcome, exchange.status)

    async def _failed(self, exchange: _Exchange, config: ServerConfig, fault: FaultMode) -> Outcome:
        """A completions, Responses or embeddings request that fails before its first token
        (or whose whole answer would come at the end), as :meth:`_respond` fails chat."""
        if fault in ("hang", "stall_mid_stream"):
            await exchange.wait_gone()
            return "aborted"
        if fault == "disconnect":
            await exchange.drop()
            return "dropped"
        first_token_at = asyncio.get_running_loop().time() + config.latency_s
        if await exchange.idle_until(first_token_at):
            return "aborted"
        if fault == "disconnect_mid_stream":
            await exchange.drop()
            return "dropped"
        await exchange.json(500, error_body("Internal server error", "InternalServerError", 500))
        return "completed"

    async def _paced(
        self,
        exchange: _Exchange,
        config: ServerConfig,
        planned: _Planned,
        seq: int,
        model: str,
        sent: int,
        *,
        fault: FaultMode = "none",
    ) -> Outcome:
        """Send ``planned`` (events from ``sent`` on) at the engine's pace; a mid-stream
        ``fault`` strikes before the token after ``error_after_tokens`` (never after the
        last one, as on chat)."""
        loop = asyncio.get_running_loop()
        token_at = loop.time() + config.latency_s * self.scheduler.slowdown()
        pace = config.tokens_per_second
        count_generated = self.metrics.generation(model)
        if planned.events is None:
            per_token = self.scheduler.slowdown() / pace if pace > 0 else 0.0
            if await exchange.idle_until(token_at + max(planned.tokens - 1, 0) * per_token):
                return "aborted"
            await exchange.json(200, planned.body)
            self.log.add_tokens(seq, planned.tokens)
            count_generated(planned.tokens)
            return "completed"
        if await exchange.idle_until(token_at):
            return "aborted"
        strike = -1
        if fault in _MID_STREAM_FAULTS:
            strike = min(config.error_after_tokens, max(len(planned.token_events) - 1, 0))
        tokens_sent = 0
        first = True
        for index in range(sent, len(planned.events)):
            if index in planned.token_events:
                if tokens_sent == strike:
                    if fault == "stall_mid_stream":
                        await exchange.flush()
                        await exchange.wait_gone()
                        return "aborted"
                    if fault == "disconnect_mid_stream" or not planned.error_event:
                        await exchange.drop()
                        return "dropped"
                    await exchange.raw(
                        streaming_error_event("Internal server error", "InternalServerError", 500)
                    )
                    await exchange.end_stream(done=planned.done)
                    return "completed"
                tokens_sent += 1
                if not first and pace > 0:
                    token_at += self.scheduler.slowdown() / pace
                    if await exchange.idle_until(token_at):
                        return "aborted"
                first = False
                self.log.add_tokens(seq, 1)
                count_generated(1)
            await exchange.raw_event(planned.events[index])
            # Yield every event: lets the disconnect watcher and concurrent streams run.
            await asyncio.sleep(0)
            if exchange.gone:
                return "aborted"
        await exchange.end_stream(done=planned.done)
        return "completed"

    async def _recorded_body(self, scope: Scope, receive: Receive) -> tuple[int, Any] | None:
        """The request body, recorded: (record number, parsed JSON or None when it is not
        JSON); None when the client left before it arrived."""
        raw = await _read_body(receive)
        if raw is None:
            return None
        try:
            body = json.loads(raw) if raw else None
        except json.JSONDecodeError:
            body = None
        return self.log.add(scope["method"], scope["path"], _headers(scope), raw, body), body

    async def _scheduled(self, exchange: _Exchange, model: str, priority: int) -> Seat | None:
        """Wait for a running slot; None if the client left while waiting."""
        entering = asyncio.ensure_future(self.scheduler.enter(model, priority))
        gone = asyncio.ensure_future(exchange.wait_gone())
        try:
            await asyncio.wait({entering, gone}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
        if entering.done():
            return entering.result()
        entering.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await entering
        return None

    async def _respond(
        self,
        exchange: _Exchange,
        request: ChatRequest,
        config: ServerConfig,
        fault: FaultMode,
        response_id: str,
        seq: int,
    ) -> tuple[Outcome, str]:
        """Answer per ``fault``; returns the outcome and vLLM's engine finish reason."""
        loop = asyncio.get_running_loop()
        first_token_at = loop.time() + config.latency_s * self.scheduler.slowdown()
        if fault == "hang" or (fault == "stall_mid_stream" and not request.stream):
            await exchange.wait_gone()
            return "aborted", "abort"
        if fault == "disconnect":
            await exchange.drop()
            return "dropped", "abort"
        # An engine failure before the first token is a plain 500, streaming or not; so is
        # any failure of a non-streaming request, whose body would only come at the end.
        if fault == "http_500" or (fault != "none" and not request.stream):
            if await exchange.idle_until(first_token_at):
                return "aborted", "abort"
            if fault == "disconnect_mid_stream":
                await exchange.drop()
                return "dropped", "abort"
            await exchange.json(
                500, error_body("Internal server error", "InternalServerError", 500)
            )
            return "completed", "error"
        answer = _plan_answer(request, config)
        if request.stream:
            return await self._stream(
                exchange, request, config, fault, answer, response_id, seq, first_token_at
            )
        pace = config.tokens_per_second
        per_token = self.scheduler.slowdown() / pace if pace > 0 else 0.0
        done_at = first_token_at + max(answer.tokens - 1, 0) * per_token
        if await exchange.idle_until(done_at):
            return "aborted", "abort"
        await exchange.json(200, self._completion(request, answer, response_id))
        generated = answer.tokens * request.n
        self.log.add_tokens(seq, generated)
        self.metrics.generation(request.model)(generated)
        return "completed", answer.engine_reason

    def _completion(
        self, request: ChatRequest, answer: _Answer, response_id: str
    ) -> dict[str, Any]:
        choices = []
        for index in range(request.n):
            if answer.tool_name is not None:
                call = tool_call(
                    f"chatcmpl-tool-{random_uuid()}", answer.tool_name, "".join(answer.pieces)
                )
                message = chat_message(answer.tool_content, [call])
            else:
                message = chat_message("".join(answer.pieces), [])
            choices.append(
                response_choice(index, message, answer.finish_reason, answer.stop_reason)
            )
        usage = usage_info(request.prompt_tokens, answer.tokens * request.n)
        return chat_completion(response_id, int(time.time()), request.model, choices, usage)

    async def _stream(
        self,
        exchange: _Exchange,
        request: ChatRequest,
        config: ServerConfig,
        fault: FaultMode,
        answer: _Answer,
        response_id: str,
        seq: int,
        first_token_at: float,
    ) -> tuple[Outcome, str]:
        # The headers went out before scheduling (see _chat_completions).
        if await exchange.idle_until(first_token_at):
            return "aborted", "abort"
        created = int(time.time())
        model = request.model
        deltas = [_stream_deltas(answer) for _ in range(request.n)]
        steps = len(deltas[0])

        def usage(completion_tokens: int) -> dict[str, Any] | None:
            if not request.continuous_usage:
                return None
            return stream_usage(request.prompt_tokens, completion_tokens)

        for index in range(request.n):
            role = stream_choice(index, {"role": "assistant", "content": ""}, "first")
            await exchange.event(
                stream_chunk(response_id, created, model, [role], usage=usage(0), first=True)
            )
        # A mid-stream fault strikes before the last token, so no finish chunk ever goes out.
        strike = min(config.error_after_tokens, steps - 1) if fault in _MID_STREAM_FAULTS else -1
        pace = config.tokens_per_second
        count_generated = self.metrics.generation(model)
        token_at = first_token_at
        for step in range(steps):
            if step == strike:
                if fault == "stall_mid_stream":
                    await exchange.flush()
                    await exchange.wait_gone()
                    return "aborted", "abort"
                if fault == "disconnect_mid_stream":
                    await exchange.drop()
                    return "dropped", "abort"
                await exchange.raw(
                    streaming_error_event("Internal server error", "InternalServerError", 500)
                )
                await exchange.end_stream()
                return "completed", "error"
            if step and pace > 0:
                # The interval depends on the batch running now: it stretches under load.
                token_at += self.scheduler.slowdown() / pace
                if await exchange.idle_until(token_at):
                    return "aborted", "abort"
            last = step == steps - 1
            for index in range(request.n):
                choice = stream_choice(
                    index,
                    deltas[index][step],
                    "last" if last else "token",
                    answer.finish_reason,
                    answer.stop_reason,
                )
                await exchange.event(
                    stream_chunk(response_id, created, model, [choice], usage=usage(step + 1))
                )
            self.log.add_tokens(seq, 1)
            count_generated(request.n)
            # Yield every token: lets the disconnect watcher and concurrent streams run.
            await asyncio.sleep(0)
            if exchange.gone:
                return "aborted", "abort"
        if request.include_usage:
            total = stream_usage(request.prompt_tokens, answer.tokens * request.n)
            await exchange.event(stream_chunk(response_id, created, model, [], usage=total))
        await exchange.end_stream()
        return "completed", answer.engine_reason

    # Control routes

    async def _control_body(self, receive: Receive, send: Send) -> Any:
        raw = await _read_body(receive)
        try:
            return msgspec.json.decode(raw) if raw else {}
        except msgspec.DecodeError as exc:
            await _send_json(send, 400, error_body(str(exc), "BadRequestError", 400))
            return None

    async def _get_config(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _send_json(send, 200, self.config.to_json())

    async def _set_config(self, scope: Scope, receive: Receive, send: Send) -> None:
        knobs = await self._control_body(receive, send)
        if knobs is None:
            return
        try:
            if not isinstance(knobs, dict):
                raise ValueError("the body must be a JSON object of knobs")
            self.config.update_from_json(knobs)
        except ValueError as exc:
            await _send_json(send, 400, error_body(str(exc), "BadRequestError", 400))
            return
        await _send_json(send, 200, self.config.to_json())

    async def _fail_next(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = await self._control_body(receive, send)
        if request is None:
            return
        try:
            if not isinstance(request, dict):
                raise ValueError('the body must be {"mode": ..., "n": ...}')
            # ServerConfig.fail_next validates the mode; the cast only informs the checker.
            self.config.fail_next(cast(FaultMode, request.get("mode")), request.get("n", 1))
        except ValueError as exc:
            await _send_json(send, 400, error_body(str(exc), "BadRequestError", 400))
            return
        await _send_json(send, 200, self.config.to_json())

    async def _requests(self, scope: Scope, receive: Receive, send: Send) -> None:
        records = [record.to_json() for record in self.log.snapshot()]
        await _send_json(send, 200, {"requests": records})

    async def _reset(self, scope: Scope, receive: Receive, send: Send) -> None:
        await _read_body(receive)
        self.reset()
        await _send_json(send, 200, self.config.to_json())

    async def _stats(self, scope: Scope, receive: Receive, send: Send) -> None:
        stats = {
            "running": self.log.running(),
            "peak_running": self.log.peak_running(),
            "requests": len(self.log.snapshot()),
            "preemptions": self.scheduler.preemptions,
        }
        await _send_json(send, 200, stats)


def _embed(body: Any, models: Mapping[str, int]) -> tuple[int, dict[str, Any]]:
    """(status, body) of an embeddings request, in vLLM's shapes."""
    if not isinstance(body, dict) or "input" not in body:
        error = {"message": "input: Field required", "type": "BadRequestError"}
        return 400, {"error": {**error, "param": "input", "code": 400}}
    model = body.get("model") or next(iter(models))
    if model not in models:
        message = f"The model `{model}` does not exist."
        return 404, {
            "error": {"message": message, "type": "NotFoundError", "param": "model", "code": 404}
        }
    inputs = body["input"]
    texts = [inputs] if isinstance(inputs, str) else [str(item) for item in inputs]
    data = []
    for index, text in enumerate(texts):
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
        vector = [(byte - 127.5) / 127.5 for byte in digest[:8]]
        if body.get("encoding_format") == "base64":
            packed: Any = base64.b64encode(struct.pack("<8f", *vector)).decode("ascii")
        else:
            packed = vector
        data.append({"object": "embedding", "index": index, "embedding": packed})
    tokens = sum(max(1, len(text) // 2) for text in texts)
    usage = {"prompt_tokens": tokens, "total_tokens": tokens, "completion_tokens": 0}
    return 200, {"id": f"embd-{random_uuid()}", "object": "list", "created": int(time.time()),
                 "model": model, "data": data, "usage": usage}  # fmt: skip


def _text_completion(
    body: Any, models: Mapping[str, int], reply: str | None
) -> tuple[int, dict[str, Any], list[dict[str, Any]] | None]:
    """(status, body, stream events or None) of a text completion request: ``n`` choices
    for each prompt of a list, numbered prompt by prompt (vLLM's ``index``), each echoing
    its own prompt (or ``reply``) in 3-character tokens."""
    if not isinstance(body, dict) or "prompt" not in body:
        missing = {"message": "prompt: Field required", "type": "BadRequestError"}
        return 400, {"error": {**missing, "param": "prompt", "code": 400}}, None
    model = body.get("model") or next(iter(models))
    if model not in models:
        message = f"The model `{model}` does not exist."
        error = {"message": message, "type": "NotFoundError", "param": "model", "code": 404}
        return 404, {"error": error}, None
    if body.get("suffix") is not None:
        # vLLM's serving_completion refuses any suffix ("" too) before reading the prompt.
        error = {"message": "suffix is not currently supported", "type": "BadRequestError",
                 "param": None, "code": 400}  # fmt: skip
        return 400, {"error": error}, None
    prompt = body["prompt"]
    prompts = [prompt] if isinstance(prompt, str) else [str(item) for item in prompt]
    asked = body.get("n")
    n = asked if isinstance(asked, int) and asked > 0 else 1
    texts = [reply if reply is not None else text for text in prompts for _ in range(n)]
    ends = [_completion_end(text, body) for text in texts]
    texts = [text for text, _, _ in ends]
    completion_id, created = f"cmpl-{random_uuid()}", int(time.time())
    prompt_tokens = sum(max(1, len(text) // 2) for text in prompts)
    completion_tokens = sum(max(1, len(text) // 2) for text in texts)
    usage = {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
             "total_tokens": prompt_tokens + completion_tokens}  # fmt: skip

    def choice(index: int, piece: str, finish: str | None) -> dict[str, Any]:
        stop_reason = ends[index][2] if finish is not None else None
        return {"index": index, "text": piece, "logprobs": None, "finish_reason": finish,
                "stop_reason": stop_reason}  # fmt: skip

    base: dict[str, Any] = {
        "id": completion_id,
        "object": "text_completion",
        "created": created,
        "model": model,
    }
    if not body.get("stream"):
        choices = [choice(i, text, ends[i][1]) for i, text in enumerate(texts)]
        return 200, {**base, "choices": choices, "usage": usage}, None
    pieces = [[text[i : i + 3] for i in range(0, len(text), 3)] for text in texts]
    events = [
        {**base, "choices": [choice(index, own[step], None)]}
        for step in range(max(len(own) for own in pieces))
        for index, own in enumerate(pieces)
        if step < len(own)
    ]
    events += [{**base, "choices": [choice(i, "", ends[i][1])]} for i in range(len(texts))]
    options = body.get("stream_options") or {}
    if isinstance(options, dict) and options.get("include_usage"):
        events.append({**base, "choices": [], "usage": usage})
    return 200, {}, events


def _completion_end(text: str, body: Mapping[str, Any]) -> tuple[str, str, str | None]:
    """A completion's text, finish reason and stop reason: cut before the first ``stop``
    string (kept with ``include_stop_str_in_output``; finish ``"stop"``, the string as
    ``stop_reason``), then to ``max_tokens`` tokens of 3 characters (finish ``"length"``).
    Without ``max_tokens`` that is 16 tokens, vLLM's default for this endpoint
    (``CompletionRequest.max_tokens: int | None = 16``); ``null`` is no limit but the
    context's."""
    stop = body.get("stop")
    stops = [stop] if isinstance(stop, str) else stop if isinstance(stop, list) else []
    found = [(text.find(s), s) for s in stops if isinstance(s, str) and s and s in text]
    stop_reason = None
    if found:
        at, stop_reason = min(found)
        keep = body.get("include_stop_str_in_output") is True
        text = text[: at + len(stop_reason) if keep else at]
    limit = body.get("max_tokens", _COMPLETIONS_DEFAULT_MAX_TOKENS)
    if isinstance(limit, int) and not isinstance(limit, bool) and len(text) > 3 * limit:
        return text[: 3 * limit], "length", None
    return text, "stop", stop_reason


def _stream_deltas(answer: _Answer) -> list[dict[str, Any]]:
    """The ``delta`` of every token chunk, as vLLM's hermes-style tool parser streams them."""
    if answer.tool_name is None:
        return [{"content": piece} for piece in answer.pieces] or [{"content": ""}]
    header = {
        "tool_calls": [
            {
                "id": f"chatcmpl-tool-{random_uuid()}",
                "type": "function",
                "index": 0,
                "function": {"name": answer.tool_name},
            }
        ]
    }
    arguments = [
        {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]} for piece in answer.pieces
    ]
    return [header, *arguments]
