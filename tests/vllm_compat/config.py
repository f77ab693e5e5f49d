"""Knobs of the vLLM-compatible test server, changeable while it runs.

:class:`ServerConfig` is a mutable dataclass. Every attribute write is validated and taken
under the instance's lock, so a test thread can turn a knob while the server's event loop
reads them. The server takes one :meth:`ServerConfig.snapshot` per request: a request never
sees half of an :meth:`ServerConfig.update`. A bad value raises ``ValueError`` when it is
assigned, never later inside a request.

Faults come from two places: ``fault`` applies to every valid chat, completions, Responses
and embeddings request, and
:meth:`ServerConfig.fail_next` queues one-shot faults that the next requests consume first.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal, get_args

__all__ = [
    "FAULT_MODES",
    "ChunkChars",
    "FaultMode",
    "SchedulingPolicy",
    "ServerConfig",
    "ToolCallSpec",
]

FaultMode = Literal[
    "none",
    "http_500",
    "error_mid_stream",
    "hang",
    "disconnect",
    "disconnect_mid_stream",
    "stall_mid_stream",
]
"""What goes wrong with a valid request (chat, completions, Responses, embeddings).

- ``none``: answer normally.
- ``http_500``: answer ``500`` with vLLM's ``InternalServerError`` JSON body.
- ``error_mid_stream``: stream ``error_after_tokens`` tokens, then vLLM's in-stream error
  event and ``[DONE]`` (a non-streaming request gets the ``500`` body, as vLLM does; a
  Responses stream has no such event in vLLM and is cut off like ``disconnect_mid_stream``).
- ``hang``: accept the request and send nothing until the client goes away.
- ``disconnect``: close the connection without any HTTP response.
- ``disconnect_mid_stream``: stream ``error_after_tokens`` tokens, then close the connection
  without ending the chunked body (a non-streaming request is closed without a response).
- ``stall_mid_stream``: stream ``error_after_tokens`` tokens, then send nothing more until
  the client goes away, the connection left open (an engine stuck mid-generation); with
  ``0`` only the headers and chat's role chunk go out. A non-streaming request, whose body
  would only come at the end, gets nothing, as with ``hang``.
"""

FAULT_MODES: frozenset[str] = frozenset(get_args(FaultMode))

SchedulingPolicy = Literal["fcfs", "priority"]
"""vLLM's ``--scheduling-policy``: the order of requests waiting for a running slot."""

ChunkChars = int | tuple[int, int]
"""Characters per generated token: a fixed size, or a ``(min, max)`` range drawn per token."""


@dataclass(frozen=True, slots=True)
class ToolCallSpec:
    """The one tool call the server makes when a request offers tools."""

    name: str
    """Function name; a request that names a function in ``tool_choice`` gets that name."""
    arguments: str
    """The arguments as JSON text, streamed in ``chunk_chars`` pieces."""

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("tool_call.name must not be empty")
        try:
            json.loads(self.arguments)
        except ValueError as exc:
            raise ValueError(f"tool_call.arguments is not JSON text: {exc}") from exc

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> ToolCallSpec:
        """Build from ``{"name": str, "arguments": str | object}``; objects are serialized."""
        arguments = value.get("arguments", "{}")
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments, ensure_ascii=False)
        name = value.get("name")
        if not isinstance(name, str):
            raise ValueError("tool_call.name must be a string")
        return cls(name=name, arguments=arguments)

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "arguments": self.arguments}


@dataclass(eq=False)
class ServerConfig:
    """The server's knobs. Assign attributes, or :meth:`update` several at once."""

    latency_s: float = 0.0
    """Delay before the first token: before the first SSE event of a stream (headers go out
    at once, as vLLM's do), or before the whole non-streaming response."""
    tokens_per_second: float = 0.0
    """Pace of tokens after the first; ``0`` sends them as fast as the loop allows."""
    chunk_chars: ChunkChars = 3
    """Characters per token; ``(min, max)`` draws each size from an RNG seeded by ``seed``
    and the answer text, so the same answer splits the same way every time."""
    events_per_write: int = 1
    """Server-sent events sent together in one write (one HTTP chunk) of a stream; the
    stream's end, an error event or a drop writes what is held first. Lets a test
    see several events arrive in one read, as a busy engine's socket delivers them."""
    reply: str | None = None
    """A fixed answer; ``None`` echoes the text of the last user message."""
    tool_call: ToolCallSpec | None = None
    """When set, requests with ``tools`` (and ``tool_choice`` not ``"none"``) get this call."""
    fault: FaultMode = "none"
    """Fault applied to every valid request that has no queued one-shot fault."""
    error_after_tokens: int = 2
    """Tokens streamed before a mid-stream fault (``error_mid_stream``,
    ``disconnect_mid_stream``, ``stall_mid_stream``) strikes
    (never the last one, so the finish chunk is never sent)."""
    seed: int = 0
    """Seed for ranged ``chunk_chars``."""
    max_num_seqs: int = 256
    """Requests that run at once (vLLM's ``--max-num-seqs``); more wait in the queue
    (``vllm:num_requests_waiting``). Also the denominator of ``vllm:kv_cache_usage_perc``
    (running requests / max_num_seqs)."""
    scheduling_policy: SchedulingPolicy = "fcfs"
    """Order of waiting requests: arrival, or the request's ``priority`` (lower first)."""
    preemption: bool = False
    """With ``scheduling_policy="priority"``: a waiting request more urgent than the least
    urgent running one displaces it when every running slot is taken, as vLLM's priority
    scheduler preempts. The displaced request goes back to waiting and, when it runs again,
    redoes its prefill (vLLM's preemption by recompute) before its next token."""
    concurrency_slowdown: float = 0.0
    """Capacity model: each running request beyond the first makes the first-token delay
    and the time per token longer by this fraction (a GPU step grows with the batch), so
    per-request speed falls and total throughput saturates as load grows."""
    api_key: str | None = None
    """When set, ``/v1/*`` requires ``Authorization: Bearer <api_key>`` (vLLM's
    ``--api-key``), answering ``401 {"error": "Unauthorized"}`` otherwise."""

    # Not knobs: created in __post_init__, left out of __init__ and of knobs().
    _lock: threading.RLock = field(init=False, repr=False, compare=False)
    _pending: deque[FaultMode] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Reentrant: update() holds the lock while its assignments take it again.
        object.__setattr__(self, "_lock", threading.RLock())
        object.__setattr__(self, "_pending", deque())

    def __setattr__(self, name: str, value: Any) -> None:
        checked = _validate(name, value)
        lock: threading.RLock | None = getattr(self, "_lock", None)
        if lock is None:  # dataclass __init__ runs before __post_init__ creates the lock
            object.__setattr__(self, name, checked)
            return
        with lock:
            object.__setattr__(self, name, checked)

    def update(self, **knobs: Any) -> None:
        """Set several knobs atomically; nothing changes if one of them is invalid."""
        checked = {name: _validate(name, value) for name, value in knobs.items()}
        with self._lock:
            for name, value in checked.items():
                object.__setattr__(self, name, value)

    def update_from_json(self, knobs: Mapping[str, Any]) -> None:
        """Like :meth:`update`, from JSON values (lists for ranges, objects for tool calls)."""
        converted: dict[str, Any] = {}
        for name, value in knobs.items():
            if name == "chunk_chars" and isinstance(value, list):
                value = tuple(value)
            elif name == "tool_call" and isinstance(value, Mapping):
                value = ToolCallSpec.from_json(value)
            converted[name] = value
        self.update(**converted)

    def knobs(self) -> dict[str, Any]:
        """The knob values, read consistently."""
        with self._lock:
            return {f.name: getattr(self, f.name) for f in fields(self) if f.init}

    def snapshot(self) -> ServerConfig:
        """A detached copy for one request (without the one-shot fault queue)."""
        return ServerConfig(**self.knobs())

    def restore(self, other: ServerConfig) -> None:
        """Set every knob to ``other``'s value."""
        self.update(**other.knobs())

    def to_json(self) -> dict[str, Any]:
        values = self.knobs()
        if isinstance(values["chunk_chars"], tuple):
            values["chunk_chars"] = list(values["chunk_chars"])
        if values["tool_call"] is not None:
            values["tool_call"] = values["tool_call"].to_json()
        values["pending_faults"] = list(self.pending_faults)
        return values

    # One-shot faults

    def fail_next(self, mode: FaultMode, n: int = 1) -> None:
        """Queue ``mode`` for the next ``n`` valid requests of any endpoint (after those
        already queued)."""
        checked = _validate("fault", mode)
        if not isinstance(n, int) or n < 1:
            raise ValueError(f"n must be a positive integer, got {n!r}")
        with self._lock:
            self._pending.extend([checked] * n)

    def take_fault(self) -> FaultMode:
        """The fault for the request arriving now: a queued one, else ``fault``."""
        with self._lock:
            if self._pending:
                mode: FaultMode = self._pending.popleft()
                return mode
            return self.fault

    def clear_faults(self) -> None:
        """Drop queued faults and set ``fault`` back to ``"none"``."""
        with self._lock:
            self._pending.clear()
            object.__setattr__(self, "fault", "none")

    @property
    def pending_faults(self) -> tuple[FaultMode, ...]:
        with self._lock:
            return tuple(self._pending)


def _validate(name: str, value: Any) -> Any:
    match name:
        case "latency_s" | "tokens_per_second" | "concurrency_slowdown":
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{name} must be a number >= 0, got {value!r}")
            return float(value)
        case "chunk_chars":
            return _validate_chunk_chars(value)
        case "reply" | "api_key":
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{name} must be a string or None, got {value!r}")
            return value
        case "tool_call":
            if value is not None and not isinstance(value, ToolCallSpec):
                raise ValueError(f"tool_call must be a ToolCallSpec or None, got {value!r}")
            return value
        case "preemption":
            if not isinstance(value, bool):
                raise ValueError(f"preemption must be true or false, got {value!r}")
            return value
        case "scheduling_policy":
            if value not in get_args(SchedulingPolicy):
                raise ValueError(f"scheduling_policy must be 'fcfs' or 'priority', got {value!r}")
            return value
        case "fault":
            if value not in FAULT_MODES:
                raise ValueError(f"fault must be one of {sorted(FAULT_MODES)}, got {value!r}")
            return value
        case "error_after_tokens" | "seed" | "max_num_seqs" | "events_per_write":
            lowest = 1 if name in ("max_num_seqs", "events_per_write") else 0
            if isinstance(value, bool) or not isinstance(value, int) or value < lowest:
                raise ValueError(f"{name} must be an integer >= {lowest}, got {value!r}")
            return value
        case _:
            raise ValueError(f"unknown knob {name!r}")


def _validate_chunk_chars(value: Any) -> ChunkChars:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 1:
            raise ValueError(f"chunk_chars must be >= 1, got {value!r}")
        return value
    if (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 1 <= value[0] <= value[1]
    ):
        return (value[0], value[1])
    raise ValueError(f"chunk_chars must be an int >= 1 or a (min, max) range, got {value!r}")
