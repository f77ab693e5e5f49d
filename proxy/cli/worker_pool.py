"""Preload, then fork: the worker processes of ``mamori serve``.

The parent process has loaded the models (:mod:`proxy.pipeline.preload`) and bound the
listening socket; :func:`serve_forked` forks ``workers`` children from it. Each child
builds its own app (:func:`proxy.app.create_app` with ``preloaded=``: its event loop,
connection pools, Redis client and Milvus connection are made there, after the fork) and
serves the inherited socket with uvicorn; the kernel hands each new connection to one of
the children waiting in ``accept``. The models' memory is shared copy-on-write: the parent
freezes its objects out of the garbage collector's reach first (:func:`gc.freeze`), so a
child's collections do not write to, and so copy, the shared pages.

With one worker nothing is forked: the app runs in this process (:func:`serve_here`).

The parent supervises: a child that exits while the pool is running is replaced (at most
once a second); one whose app could not be built (the Milvus server unreachable, say) stops
the pool instead, since every fork would fail alike; SIGINT or SIGTERM
is passed to every child, which finishes its requests (uvicorn's graceful shutdown, bounded
by ``server.shutdown_drain_s``), and the parent returns once all have exited. The parent
closes its copy of the listening socket at the signal, as the children close theirs: a
socket still open in the parent kept taking connections that no process would ever
answer, so a client (or a load balancer's health check) hung until the parent exited
instead of being refused at once and going elsewhere. SIGINT/SIGTERM handlers of the
parent are put back in each child before uvicorn installs its own.

Failure behaviour: an app factory error in a child is logged by the child, which exits
with status 3; the parent then stops the other children and raises
:class:`WorkerStartError`. Otherwise returns the number of children that had to be
replaced.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import socket
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

import uvicorn

__all__ = ["AppFactory", "WorkerStartError", "serve_forked", "serve_here"]

logger = logging.getLogger("mamori")


class WorkerStartError(RuntimeError):
    """A worker could not build its app (the pool was stopped)."""


AppFactory = Callable[[], object]
"""Builds the ASGI app of one worker (called in the worker, after the fork)."""

_Handler = Callable[[int, FrameType | None], Any] | int | None

_RESPAWN_INTERVAL_S = 1.0
_BUILD_FAILED = 3
"""A child's exit status when building its app failed (not replaced: see serve_forked)."""
_POLL_S = 0.2


def serve_here(config: uvicorn.Config) -> None:
    """Serve ``config`` (its app already built) in this process."""
    uvicorn.Server(config).run()


def serve_forked(
    workers: int,
    sock: socket.socket,
    build: AppFactory,
    config_for: Callable[[object], uvicorn.Config],
) -> int:
    """Fork ``workers`` children serving ``sock``; see the module docstring.

    ``build`` makes a child's app; ``config_for`` wraps it in the uvicorn configuration.
    Blocks until every child has exited after SIGINT/SIGTERM.
    """
    gc.collect()
    gc.freeze()
    children: dict[int, float] = {}
    stopping = False

    def on_signal(signum: int, _: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        sock.close()
        for pid in children:
            _kill(pid, signal.SIGTERM)

    previous = {
        signum: signal.signal(signum, on_signal) for signum in (signal.SIGINT, signal.SIGTERM)
    }
    replaced = 0
    failed = False
    try:
        for _ in range(workers):
            children[_fork(sock, build, config_for, previous)] = time.monotonic()
        while children:
            # Each worker is waited for by its pid: os.wait() would also reap processes the
            # parent started for other reasons (the embedded Redis has its own supervisor).
            time.sleep(_POLL_S)
            for pid in list(children):
                done, status = os.waitpid(pid, os.WNOHANG)
                if not done:
                    continue
                started = children.pop(pid)
                if stopping:
                    continue
                if os.WIFEXITED(status) and os.WEXITSTATUS(status) == _BUILD_FAILED:
                    # Every worker builds the same app from the same settings: another
                    # fork would fail alike, once a second, for ever.
                    stopping = True
                    for other in children:
                        _kill(other, signal.SIGTERM)
                    failed = True
                    continue
                logger.error("worker %d exited (%s); starting another", pid, _describe(status))
                replaced += 1
                time.sleep(max(0.0, _RESPAWN_INTERVAL_S - (time.monotonic() - started)))
                if not stopping:
                    children[_fork(sock, build, config_for, previous)] = time.monotonic()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        gc.unfreeze()
    if failed:
        raise WorkerStartError("a worker could not build the gateway (its error is logged above)")
    return replaced


def _fork(
    sock: socket.socket,
    build: AppFactory,
    config_for: Callable[[object], uvicorn.Config],
    handlers: dict[signal.Signals, _Handler],
) -> int:
    pid = os.fork()
    if pid:
        return pid
    # The child: never returns into the parent's code.
    status = _BUILD_FAILED
    try:
        for signum, handler in handlers.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        server = uvicorn.Server(config_for(build()))
        status = 1
        server.run(sockets=[sock])
        # Not started: the app's own start-up (lifespan) failed, as a failed build.
        status = 0 if server.started else _BUILD_FAILED
    except BaseException:
        logger.exception("worker %d failed", os.getpid())
    finally:
        logging.shutdown()
        os._exit(status)


def _kill(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {signal.Signals(os.WTERMSIG(status)).name}"
    return f"status {os.waitstatus_to_exitcode(status)}"
