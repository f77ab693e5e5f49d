"""Which reindex job is building a version, and whether that job is gone.

The reindex job creates ``NAME__vN`` with the collection property ``mamori.building`` set
to a :class:`BuildMarker` (the job's host, process id, the process's start and the last
time it showed progress) and removes the property once the version is validated, before
the alias moves. A version that still carries it was never finished: its job is either
still running or was killed in a way no handler sees (SIGKILL, the OOM killer, a power
cut). Versions built before the marker existed carry none and count as finished.

A job is gone when its process is no longer running on this host (same boot, same process
id, same process start: a reused id is another process) or, from any host, when it showed
no progress for :data:`STALE_AFTER_S` (a job on another host, a Kubernetes pod, cannot be
looked up). :meth:`BuildMarker.gone` says why, or None while the job may still run.

Failure behaviour: a property that does not parse is treated as a gone job (only the job
writes it, so it is not one of ours any more).
"""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass, replace
from pathlib import Path

__all__ = ["HEARTBEAT_S", "STALE_AFTER_S", "BuildMarker"]

HEARTBEAT_S = 60.0
"""How often a running job refreshes its marker's ``beat``."""

STALE_AFTER_S = 30 * 60.0
"""A marker without progress for this long belongs to a gone job, whatever its host: one
embedding batch or one insert never takes this long."""


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def _process_start(pid: int) -> str:
    """The process's start time in clock ticks after boot (``/proc/PID/stat`` field 22),
    or "" where there is no ``/proc`` (or no such process)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # The command name (field 2) is in parentheses and may hold spaces.
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else ""


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


@dataclass(frozen=True, slots=True)
class BuildMarker:
    """The job building a version (stored as JSON in the ``mamori.building`` property)."""

    host: str
    boot: str
    pid: int
    process_start: str
    started: float
    beat: float

    @classmethod
    def for_this_process(cls) -> BuildMarker:
        now = time.time()
        pid = os.getpid()
        return cls(socket.gethostname(), _boot_id(), pid, _process_start(pid), now, now)

    def beaten(self) -> BuildMarker:
        """This marker with ``beat`` now."""
        return replace(self, beat=time.time())

    def describe(self) -> str:
        return json.dumps(
            {
                "host": self.host,
                "boot": self.boot,
                "pid": self.pid,
                "process_start": self.process_start,
                "started": self.started,
                "beat": self.beat,
            }
        )

    @classmethod
    def parse(cls, text: str) -> BuildMarker | None:
        """The marker, or None when ``text`` is not one."""
        try:
            data = json.loads(text)
            return cls(
                str(data["host"]),
                str(data["boot"]),
                int(data["pid"]),
                str(data["process_start"]),
                float(data["started"]),
                float(data["beat"]),
            )
        except (ValueError, TypeError, KeyError):
            return None

    def same_job(self, other: BuildMarker) -> bool:
        """Whether ``other`` was written by the same job (its beat aside)."""
        return (self.host, self.pid, self.process_start, self.started) == (
            other.host,
            other.pid,
            other.process_start,
            other.started,
        )

    def gone(self, now: float | None = None) -> str | None:
        """Why this marker's job is no longer running, or None while it may be."""
        now = time.time() if now is None else now
        if now - self.beat > STALE_AFTER_S:
            return f"its job showed no progress for {(now - self.beat) / 60:.0f} minutes"
        if self.host != socket.gethostname():
            return None
        if self.boot and self.boot != _boot_id():
            return f"its job (pid {self.pid}) ran before this host restarted"
        if not _running(self.pid) or (
            self.process_start and self.process_start != _process_start(self.pid)
        ):
            return f"its job (pid {self.pid} on this host) is no longer running"
        return None

    def summary(self) -> str:
        """Who is building, for messages: host, pid and start (UTC)."""
        started = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(self.started))
        return f"pid {self.pid} on {self.host}, started {started}"
