"""What the vLLM-compatible test server received, and how each exchange ended.

Every chat request is recorded on arrival, in arrival order, before it is validated, so a
test can inspect exactly what a gateway forwarded (body, headers) even when the server
rejected it. The record is then updated while the exchange runs and closed with an
:data:`Outcome`. :class:`RequestLog` is shared by the server's event loop and test threads;
its methods take a lock and hand out frozen :class:`RecordedRequest` copies.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any, Literal

from .config import FaultMode

__all__ = ["Outcome", "RecordedRequest", "RequestLog"]

Outcome = Literal["pending", "completed", "aborted", "dropped"]
"""How an exchange ended.

- ``pending``: still running.
- ``completed``: the server sent its whole response (whatever the status, including an
  in-stream error event).
- ``aborted``: the client went away before the response was finished; vLLM aborts such a
  request and frees its KV cache at that moment.
- ``dropped``: the server closed the connection on purpose (a ``disconnect`` fault) or was
  stopped while the exchange ran.
"""


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One chat request as received, with how far the answer got."""

    seq: int
    """Arrival order, from 0; keeps counting across :meth:`RequestLog.clear`."""
    method: str
    path: str
    headers: Mapping[str, str]
    """Every request header, lower-case names; repeated headers joined with ``", "``."""
    raw_body: bytes
    body: Any
    """The parsed JSON body, or ``None`` when it was not JSON."""
    received_at: float
    """``time.time()`` when the body had been read."""
    outcome: Outcome = "pending"
    finished_at: float | None = None
    status_code: int | None = None
    """HTTP status sent, ``None`` when no response started."""
    fault: FaultMode = "none"
    stream: bool = False
    model: str | None = None
    """The served model that answered (``None`` if the request was rejected first)."""
    response_id: str | None = None
    tokens_sent: int = 0
    """Tokens generated so far: streamed chunks, or the tokens of a sent response."""

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` header, which vLLM turns into ``chatcmpl-<X-Request-Id>``."""
        return self.headers.get("x-request-id")

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "method": self.method,
            "path": self.path,
            "headers": dict(self.headers),
            "body": self.body,
            "raw_body": self.raw_body.decode("utf-8", errors="replace"),
            "received_at": self.received_at,
            "outcome": self.outcome,
            "finished_at": self.finished_at,
            "status_code": self.status_code,
            "fault": self.fault,
            "stream": self.stream,
            "model": self.model,
            "response_id": self.response_id,
            "tokens_sent": self.tokens_sent,
        }


@dataclass(slots=True)
class _Counts:
    running: int = 0
    peak: int = 0
    by_model: dict[str, int] = field(default_factory=dict)


class RequestLog:
    """Thread-safe, append-only log of chat requests plus the count of those in flight."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # Keyed by seq so an exchange that outlives clear() cannot touch a newer record.
        self._records: dict[int, RecordedRequest] = {}
        # Tokens of exchanges in flight, kept apart so counting one is an int add, not a
        # dataclass copy; folded into the record by finish().
        self._tokens: dict[int, int] = {}
        self._next_seq = 0
        self._counts = _Counts()

    def add(
        self, method: str, path: str, headers: Mapping[str, str], raw_body: bytes, body: Any
    ) -> int:
        """Record an arrival; returns its ``seq`` for later updates."""
        with self._lock:
            seq = self._next_seq
            self._next_seq += 1
            self._records[seq] = RecordedRequest(
                seq=seq,
                method=method,
                path=path,
                headers=MappingProxyType(dict(headers)),
                raw_body=raw_body,
                body=body,
                received_at=time.time(),
            )
            return seq

    def update(self, seq: int, **changes: Any) -> None:
        with self._lock:
            record = self._records.get(seq)
            if record is not None:  # None: clear() dropped it meanwhile
                self._records[seq] = replace(record, **changes)

    def add_tokens(self, seq: int, count: int) -> None:
        with self._lock:
            if seq in self._records:
                self._tokens[seq] = self._tokens.get(seq, 0) + count

    def finish(self, seq: int, outcome: Outcome, status_code: int | None = None) -> None:
        changes: dict[str, Any] = {"outcome": outcome, "finished_at": time.time()}
        if status_code is not None:
            changes["status_code"] = status_code
        with self._lock:
            record = self._records.get(seq)
            if record is not None:
                changes["tokens_sent"] = record.tokens_sent + self._tokens.pop(seq, 0)
                self._records[seq] = replace(record, **changes)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            tokens = self._tokens
            return [
                replace(r, tokens_sent=r.tokens_sent + tokens[r.seq]) if r.seq in tokens else r
                for r in self._records.values()
            ]

    def clear(self) -> None:
        """Forget the records; requests still in flight stay counted as running."""
        with self._lock:
            self._records.clear()
            self._tokens.clear()
            self._counts.peak = self._counts.running

    # In-flight accounting, which /metrics reports as vllm:num_requests_running.

    def begin(self, model: str) -> None:
        with self._lock:
            counts = self._counts
            counts.running += 1
            counts.peak = max(counts.peak, counts.running)
            counts.by_model[model] = counts.by_model.get(model, 0) + 1

    def end(self, model: str) -> None:
        with self._lock:
            counts = self._counts
            counts.running -= 1
            counts.by_model[model] -= 1

    def running(self, model: str | None = None) -> int:
        with self._lock:
            if model is None:
                return self._counts.running
            return self._counts.by_model.get(model, 0)

    def peak_running(self) -> int:
        """Most requests in flight at once since start or the last :meth:`clear`."""
        with self._lock:
            return self._counts.peak
