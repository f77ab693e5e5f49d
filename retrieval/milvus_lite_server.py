"""Supervises the one Milvus Lite server that every local process shares.

Milvus Lite locks its data directory to one process (``DataDirLockedError``), but the
gateway runs several uvicorn workers and ``mamori reindex`` runs beside them. So no process
opens the data directory itself: the first one that needs it starts
``python -m milvus_lite server --data-dir HOME/data --port P`` on 127.0.0.1, and every
process (the starter included) talks to it over gRPC at ``http://127.0.0.1:P`` with the
same pymilvus code that talks to Milvus standalone.

Files in the home directory (``indexes/milvus`` by default)::

    data/          Milvus Lite's data directory (locked by the server process)
    server.json    {"pid", "port", "data_dir"} of the running server
    server.lock    held exclusively while one process checks, starts or stops the server
    server.lease   every user holds a shared lock on it; the last one to leave stops
                   the server (the kernel drops the lock of a process that crashes)
    server.log     the server's output

A process calls :meth:`MilvusLiteServer.acquire` (start if needed, wait until ready, take a
lease; returns the URI) and :meth:`MilvusLiteServer.release` when done. The server runs in
its own session, so a Ctrl-C in a terminal reaches the gateway, which then stops it
cleanly (SIGINT, as milvus-lite expects) if no other process still uses it.

Failure behaviour: :class:`~retrieval.errors.MilvusLiteServerError` when the server exits
during start-up (the message carries the tail of ``server.log``, e.g. a data directory
locked by a process outside Mamori) or is not ready before the deadline.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from retrieval.errors import MilvusLiteServerError

__all__ = ["MilvusLiteServer"]

logger = logging.getLogger(__name__)

_POLL_S = 0.05

#: The server process: ``milvus_lite``'s own gRPC server and database, with a stop that
#: holds at any moment of its life. milvus-lite's ``server`` command stops on the
#: KeyboardInterrupt of a SIGINT, but only once it waits for termination: the port already
#: accepts while ``server.start()`` still runs, so a SIGINT sent right after
#: :meth:`MilvusLiteServer.acquire` returned raised in there, outside its handler, and
#: the data was never closed (1 stop in 30-100). And a process started with SIGINT ignored
#: (``mamori serve &`` from a script, some supervisors) passed that on, so the server
#: ignored the SIGINT it is stopped with and every stop ended in SIGKILL after the grace.
#: So SIGINT and SIGTERM only set an event; the server starts, then waits for the event,
#: then drains and closes its data. The process is started with both signals blocked
#: (:func:`_stop_signals_blocked`) and unblocks them once its handler is in place, so a
#: signal that came at any moment before — during the interpreter's start, the imports
#: or the server's start-up — is held, not lost, and stops it as soon as it is up.
#: ``milvus_lite`` stays an argument of its own (:func:`_is_our_server` looks for it).
_SERVER_MAIN = """
import signal, sys, threading
stop = threading.Event()
def on_signal(signum, frame):
    stop.set()
signal.signal(signal.SIGINT, on_signal)
signal.signal(signal.SIGTERM, on_signal)
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
import argparse
parser = argparse.ArgumentParser(prog='milvus_lite server')
parser.add_argument('--data-dir', required=True)
parser.add_argument('--host', required=True)
parser.add_argument('--port', type=int, required=True)
args = parser.parse_args(sys.argv[3:])
from milvus_lite.adapter.grpc.server import start_server_in_thread
server, db, port = start_server_in_thread(args.data_dir, args.host, args.port)
print(f'MilvusLite gRPC server serving on {args.host}:{port} (data_dir={args.data_dir!r})',
      flush=True)
while not stop.wait(1.0):
    pass
print('Shutting down...', flush=True)
server.stop(grace=5).wait()
db.close()
print('Closed.', flush=True)
"""


class MilvusLiteServer:
    """Start-or-reuse, lease and stop of the shared Milvus Lite server for ``home``."""

    def __init__(self, home: Path, *, start_timeout_s: float = 30.0) -> None:
        self.home = home.resolve()
        self.data_dir = self.home / "data"
        self._state_path = self.home / "server.json"
        self._start_timeout_s = start_timeout_s
        self._lease: IO[bytes] | None = None
        self._uri: str | None = None

    @property
    def uri(self) -> str | None:
        """``http://127.0.0.1:P`` while this process holds a lease."""
        return self._uri

    def acquire(self) -> str:
        """Make sure the server runs, take a lease on it and return its URI. Idempotent."""
        if self._uri is not None:
            return self._uri
        self.home.mkdir(parents=True, exist_ok=True)
        with self._startup_lock():
            lease = (self.home / "server.lease").open("a+b")
            fcntl.flock(lease, fcntl.LOCK_SH)
            try:
                port = self._running_port()
                if port is None:
                    port = self._start()
            except BaseException:
                lease.close()
                raise
            self._lease = lease
            self._uri = f"http://127.0.0.1:{port}"
        return self._uri

    def release(self) -> None:
        """Drop this process's lease; stop the server if no other process holds one."""
        if self._lease is None:
            return
        with self._startup_lock():
            lease, self._lease, self._uri = self._lease, None, None
            try:
                fcntl.flock(lease, fcntl.LOCK_UN)
                try:
                    fcntl.flock(lease, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    return  # another process still uses the server
                self._stop()
            finally:
                lease.close()

    @contextlib.contextmanager
    def _startup_lock(self) -> Iterator[None]:
        with (self.home / "server.lock").open("a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _read_state(self) -> dict[str, Any] | None:
        try:
            state = json.loads(self._state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return state if isinstance(state, dict) else None

    def _running_port(self) -> int | None:
        """The port of a live server for this data directory, or None."""
        state = self._read_state()
        if state is None:
            return None
        pid, port = state.get("pid"), state.get("port")
        if not isinstance(pid, int) or not isinstance(port, int):
            return None
        if not _is_our_server(pid, self.data_dir) or not _accepts(port):
            logger.info("milvus lite server pid %s is gone; starting a new one", pid)
            return None
        return port

    def _start(self) -> int:
        port = _free_port()
        log_path = self.home / "server.log"
        process = self._spawn(port, log_path)
        deadline = time.monotonic() + self._start_timeout_s
        try:
            while not _accepts(port):
                if process.poll() is not None:
                    raise MilvusLiteServerError(
                        f"the Milvus Lite server for {self.data_dir} exited with code "
                        f"{process.returncode} while starting: {_tail(log_path)}"
                    )
                if time.monotonic() > deadline:
                    raise MilvusLiteServerError(
                        f"the Milvus Lite server for {self.data_dir} was not ready within "
                        f"{self._start_timeout_s:.0f} s: {_tail(log_path)}"
                    )
                time.sleep(_POLL_S)
        except BaseException:
            # Whatever ends the wait (the deadline, Ctrl-C, a test's timeout), the
            # process started here is stopped here: no state file names it yet, so no
            # later release could.
            _terminate(process.pid)
            raise
        state = {"pid": process.pid, "port": port, "data_dir": str(self.data_dir)}
        tmp = self._state_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(state), encoding="utf-8")
        tmp.replace(self._state_path)
        logger.info("started milvus lite server pid %s on port %s", process.pid, port)
        return port

    def _spawn(self, port: int, log_path: Path) -> subprocess.Popen[bytes]:
        """Start the server process on ``port``, its output appended to ``log_path``."""
        command = [
            sys.executable,
            "-c",
            _SERVER_MAIN,
            "milvus_lite",
            "server",
            "--data-dir",
            str(self.data_dir),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ]
        # OpenMP threads that wait passively, one of them: with the defaults (active
        # waiting, a thread per core) the server spent 2-5x the CPU per search on the 2
        # shared cores (1,786 entries: 77 against 15 ms for a dense list of 100).
        env = {**os.environ, "OMP_WAIT_POLICY": "PASSIVE", "OMP_NUM_THREADS": "1"}
        with log_path.open("ab") as log, _stop_signals_blocked():
            return subprocess.Popen(
                command,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def _stop(self) -> None:
        state = self._read_state()
        self._state_path.unlink(missing_ok=True)
        if state is None or not isinstance(state.get("pid"), int):
            return
        pid = int(state["pid"])
        if _is_our_server(pid, self.data_dir):
            _terminate(pid)
            logger.info("stopped milvus lite server pid %s", pid)


@contextlib.contextmanager
def _stop_signals_blocked() -> Iterator[None]:
    """SIGINT and SIGTERM blocked in the calling thread (a child inherits the mask)."""
    stop_signals = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def _is_our_server(pid: int, data_dir: Path) -> bool:
    """True when ``pid`` is a live milvus-lite server process for ``data_dir``."""
    if not _alive(pid):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not cmdline.exists():
        return True  # no procfs: trust the pid
    try:
        args = cmdline.read_bytes().split(b"\0")
    except OSError:
        return False
    return b"milvus_lite" in args and str(data_dir).encode() in args


def _terminate(pid: int, grace_s: float = 10.0) -> None:
    """SIGINT (milvus-lite closes its data cleanly on it), then SIGKILL after ``grace_s``."""
    try:
        os.kill(pid, signal.SIGINT)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it if this process started it
        if not _alive(pid):
            return
        time.sleep(_POLL_S)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    """True for a running process (a zombie waiting for its parent counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError, IndexError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _tail(path: Path, lines: int = 5) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no server log)"
    return " | ".join(text.strip().splitlines()[-lines:]) or "(empty server log)"
