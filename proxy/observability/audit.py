"""The audit log: one JSON line per request.

A record says who asked (tenant, key label), what answered (model, backend, upstream
status, token usage), under which rules (policy name and version) and what each stage
decided and how long it took. It never holds message text or personal values: records are
built only from :class:`AuditRecord` fields, which carry identifiers, counts and labels.

Each record is written with a single ``write`` on a file opened with ``O_APPEND``, so the
lines of several worker processes sharing the file never interleave.

Failure behaviour: a failed write is logged and counted but does not fail the request
that was already answered.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

__all__ = ["AuditLog", "AuditRecord"]

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


# dataclasses.asdict deep-copies every value; the record holds only JSON-ready values.
_FIELDS = tuple(f.name for f in fields(AuditRecord))


class AuditLog:
    """Appends :class:`AuditRecord` lines to a file; ``path=None`` disables it.

    Rotation by renaming the file (logrotate's default) is followed: :meth:`reopen_if_moved`,
    run every few seconds by the app, opens a new file at ``path`` once the old one was
    moved away. Records written in between land in the moved file; none are lost.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fd: int | None = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = self._open(path)

    @staticmethod
    def _open(path: Path) -> int:
        return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)

    def write(self, record: AuditRecord) -> None:
        if self._fd is None:
            return
        fields = {name: getattr(record, name) for name in _FIELDS}
        line = json.dumps(fields, ensure_ascii=False, separators=(",", ":")) + "\n"
        try:
            os.write(self._fd, line.encode("utf-8"))
        except OSError as exc:
            logger.error("audit log %s: write failed: %s", self.path, exc.strerror)

    def reopen_if_moved(self) -> bool:
        """Open ``path`` anew if the open file is no longer there; True if it did."""
        if self._fd is None or self.path is None:
            return False
        try:
            current = self.path.stat()
        except FileNotFoundError:
            current = None
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
        """Check for rotation every ``interval_s`` seconds until cancelled."""
        while True:
            await asyncio.sleep(interval_s)
            self.reopen_if_moved()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
