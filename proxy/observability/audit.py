"""The audit log: one JSON line per request.

A record says who asked (tenant, key label), what answered (model, backend, upstream
status, token usage), under which rules (policy name and version) and what each stage
decided and how long it took. It never holds message text or personal values: records are
built only from :class:`AuditRecord` fields, which carry identifiers, counts and labels.

Records are written by a writer thread of the log's own, not on the request's path: a
request hands over a snapshot of its record (a queue put, a few microseconds) and the
thread encodes the records waiting and appends them with a single ``write`` on a file
opened with ``O_APPEND``, so the lines of several worker processes sharing the file never
interleave. The JSON encoding and the system call (which waits for the disk when its
queue is long) were on the event loop before. :meth:`AuditLog.close` (the app's shutdown)
writes every record handed over before it returns; :meth:`AuditLog.flush` waits for the
ones handed over so far. When the queue holds :data:`QUEUE_RECORDS` records (a disk that
stopped keeping up), a record is written by its caller as before, so none is dropped.
Records still queued when the process is killed (``SIGKILL``, a crash of the interpreter)
are lost; at a normal exit an ``atexit`` hook closes the log.

Failure behaviour: a failed write is logged and does not fail the request that was
already answered (nor the others in the same write).
"""

from __future__ import annotations

import asyncio
import atexit
import json
import logging
import os
import queue
import threading
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import anyio.to_thread

__all__ = ["QUEUE_RECORDS", "AuditLog", "AuditRecord"]

QUEUE_RECORDS = 10_000
"""Records waiting for the writer thread beyond which a caller writes its own record."""
_BATCH_RECORDS = 512
"""The most records one ``write`` appends."""
_FLUSH_TIMEOUT_S = 10.0
"""How long :meth:`AuditLog.flush` and :meth:`AuditLog.close` wait for the writer."""

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class AuditRecord:
    """The fields of one audit line."""

    ts: float
    request_id: str
    tenant: str
    key: str
    model: str
    stream: bool
    policy: str
    policy_version: str
    status: int = 0
    """HTTP status sent to the client."""
    backend: str | None = None
    upstream_status: int | None = None
    finish_reason: str | None = None
    action: str = "allow"
    """What the gateway did: allow, block, ... (``X-Mamori-Action``)."""
    error_type: str | None = None
    stages: list[dict[str, Any]] = field(default_factory=list)
    """Per stage: ``{"stage", "action", "ms", ...detail}``."""
    usage: dict[str, int] | None = None
    duration_ms: float = 0.0
    ttft_ms: float | None = None
    client_disconnected: bool = False
    qos_class: str | None = None
    queue_ms: float | None = None
    """Time spent waiting for admission in the gateway's QoS queue."""
    route: dict[str, str] | None = None
    """For a model alias: ``{"alias", "model", "rule"}`` — the model chosen and why."""
    upstream_timeout: str | None = None
    """Which backend timeout cut the request (``first_token``, ``stream_idle``, ``total``
    of ``upstream.timeouts``, or the transport's ``read``)."""


# dataclasses.asdict deep-copies every value; the record holds only JSON-ready values.
_FIELDS = tuple(f.name for f in fields(AuditRecord))


class _Flush:
    """A marker in the queue: set once every record before it was written."""

    __slots__ = ("done",)

    def __init__(self) -> None:
        self.done = threading.Event()


_STOP = object()
"""The last item of the queue: the writer thread ends after the records before it."""


class AuditLog:
    """Appends :class:`AuditRecord` lines to a file; ``path=None`` disables it.

    Rotation by renaming the file (logrotate's default) is followed: :meth:`reopen_if_moved`,
    run every few seconds by the app, writes the records handed over so far to the old file
    and then opens a new file at ``path`` once the old one was moved away. None are lost.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fd: int | None = None
        self._fd_lock = threading.Lock()
        """Held while a line is written and while the file is swapped or closed."""
        self._queue: queue.Queue[dict[str, Any] | _Flush | object] = queue.Queue(QUEUE_RECORDS)
        self._writer: threading.Thread | None = None
        self._writer_pid = 0
        self._start_lock = threading.Lock()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = self._open(path)
            atexit.register(self.close)

    @staticmethod
    def _open(path: Path) -> int:
        return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)

    def write(self, record: AuditRecord) -> None:
        """Hand ``record`` to the writer thread (a snapshot: later changes to the record are
        not written). Returns at once unless the queue is full (then writes it here)."""
        if self._fd is None:
            return
        values = _snapshot(record)
        self._ensure_writer()
        try:
            self._queue.put_nowait(values)
        except queue.Full:
            self._append([values])

    def flush(self, timeout: float = _FLUSH_TIMEOUT_S) -> bool:
        """Wait until the records handed over so far are written; False if the writer did
        not get there within ``timeout`` seconds (blocking: not for the event loop)."""
        writer = self._writer
        if writer is None or self._writer_pid != os.getpid():
            return True
        if not writer.is_alive():
            return self._queue.empty()
        marker = _Flush()
        try:
            self._queue.put(marker, timeout=timeout)
        except queue.Full:
            return False
        return marker.done.wait(timeout)

    def _ensure_writer(self) -> None:
        # Started on first use, and again in a forked child (a thread does not cross a fork).
        if self._writer is not None and self._writer_pid == os.getpid():
            return
        with self._start_lock:
            if self._writer is not None and self._writer_pid == os.getpid():
                return
            if self._writer_pid != os.getpid() and self._writer is not None:
                self._queue = queue.Queue(QUEUE_RECORDS)  # the parent's records are its own
            self._writer_pid = os.getpid()
            self._writer = threading.Thread(target=self._run, name="mamori-audit", daemon=True)
            self._writer.start()

    def _run(self) -> None:
        items = self._queue
        while True:
            item = items.get()
            batch: list[dict[str, Any]] = []
            markers: list[_Flush] = []
            stop = False
            while True:
                if item is _STOP:
                    stop = True
                elif isinstance(item, _Flush):
                    markers.append(item)
                else:
                    batch.append(item)  # type: ignore[arg-type]
                if stop or len(batch) >= _BATCH_RECORDS:
                    break
                try:
                    item = items.get_nowait()
                except queue.Empty:
                    break
            if batch:
                self._append(batch)
            for marker in markers:
                marker.done.set()
            if stop:
                return

    def _append(self, batch: list[dict[str, Any]]) -> None:
        lines: list[str] = []
        for values in batch:
            try:
                lines.append(json.dumps(values, ensure_ascii=False, separators=(",", ":")))
            except (TypeError, ValueError) as exc:  # a field that is not JSON: a bug
                logger.error(
                    "audit log %s: record %s not written: %s",
                    self.path,
                    values.get("request_id"),
                    type(exc).__name__,
                )
        if not lines:
            return
        data = ("\n".join(lines) + "\n").encode("utf-8")
        with self._fd_lock:
            if self._fd is None:
                return
            try:
                os.write(self._fd, data)
            except OSError as exc:
                logger.error(
                    "audit log %s: write of %d records failed: %s",
                    self.path,
                    len(lines),
                    exc.strerror,
                )

    def reopen_if_moved(self) -> bool:
        """Open ``path`` anew if the open file is no longer there; True if it did. The
        records handed over before the call are written to the old file first (blocking:
        the app calls it from a worker thread)."""
        if self._fd is None or self.path is None:
            return False
        self.flush()
        try:
            current = self.path.stat()
        except FileNotFoundError:
            current = None
        with self._fd_lock:
            if self._fd is None:
                return False
            opened = os.fstat(self._fd)
            if current is not None and (current.st_ino, current.st_dev) == (
                opened.st_ino,
                opened.st_dev,
            ):
                return False
            try:
                fd = self._open(self.path)
            except OSError as exc:
                logger.error("audit log %s: cannot reopen: %s", self.path, exc.strerror)
                return False
            os.close(self._fd)
            self._fd = fd
        logger.info("audit log %s: reopened after rotation", self.path)
        return True

    async def follow_rotation(self, interval_s: float) -> None:
        """Check for rotation every ``interval_s`` seconds until cancelled (in a worker
        thread: the check waits for the records handed over to be written)."""
        while True:
            await asyncio.sleep(interval_s)
            await anyio.to_thread.run_sync(self.reopen_if_moved)

    def close(self) -> None:
        """Write every record handed over, stop the writer thread and close the file. Later
        records are not written. Safe to call more than once."""
        writer = self._writer
        if writer is not None and writer.is_alive() and self._writer_pid == os.getpid():
            self._queue.put(_STOP)
            writer.join(_FLUSH_TIMEOUT_S)
            if writer.is_alive():
                logger.error("audit log %s: the writer did not finish; closing", self.path)
        with self._fd_lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


def _snapshot(record: AuditRecord) -> dict[str, Any]:
    """The record's fields as they are now: its lists and dicts copied one level down
    (stage entries, usage, route), which is all a record holds."""
    values: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(record, name)
        if isinstance(value, list):
            value = [dict(item) if isinstance(item, dict) else item for item in value]
        elif isinstance(value, dict):
            value = dict(value)
        values[name] = value
    return values
