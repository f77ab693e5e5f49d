"""A vLLM-compatible test server on 127.0.0.1: real uvicorn, real HTTP, its own thread.

:class:`VLLMCompatServer` runs :class:`~tests.vllm_compat.app.VLLMCompatApp` under uvicorn
(httptools, uvloop when installed, access log off) in a daemon thread with its own event
loop, so synchronous and asynchronous tests alike talk to it over sockets, exactly as a
gateway talks to vLLM. :meth:`VLLMCompatServer.start` returns once the socket accepts
connections; :meth:`VLLMCompatServer.stop` closes it and cancels exchanges still running
(they are recorded ``dropped``).

Waiting is by polling with a deadline (:meth:`VLLMCompatServer.wait_for`), never by fixed
sleeps.
"""

from __future__ import annotations

import asyncio
import importlib.util
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType

import uvicorn

from .app import VLLMCompatApp
from .config import FaultMode, ServerConfig
from .records import RecordedRequest, RequestLog

__all__ = ["DEFAULT_MAX_MODEL_LEN", "VLLMCompatServer"]

DEFAULT_MAX_MODEL_LEN = 8192
"""``max_model_len`` of models given as a plain list of names."""

_START_TIMEOUT_S = 10.0
_STOP_TIMEOUT_S = 5.0


class VLLMCompatServer:
    """A vLLM-compatible server for tests and benchmarks (not vLLM: no model runs).

    ``models`` maps served model names to ``max_model_len``; a list of names gets
    :data:`DEFAULT_MAX_MODEL_LEN`. The first model answers requests that omit ``model``,
    as vLLM's first served name does. ``port=0`` picks a free port (see :attr:`port`).
    """

    def __init__(
        self,
        models: Mapping[str, int] | Sequence[str],
        host: str = "127.0.0.1",
        port: int = 0,
        config: ServerConfig | None = None,
    ) -> None:
        if isinstance(models, Mapping):
            served = dict(models)
        else:
            served = dict.fromkeys(models, DEFAULT_MAX_MODEL_LEN)
        if not served:
            raise ValueError("at least one model must be served")
        for name, max_model_len in served.items():
            if not isinstance(max_model_len, int) or max_model_len < 2:
                raise ValueError(f"max_model_len of {name!r} must be an integer >= 2")
        self.models: dict[str, int] = served
        self.host = host
        self._requested_port = port
        self.config = config if config is not None else ServerConfig()
        self._log = RequestLog()
        self.app = VLLMCompatApp(served, self.config, self._log)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None

    # Lifecycle

    def start(self) -> VLLMCompatServer:
        """Bind, serve in a background thread, and return once connections are accepted.

        Raises ``RuntimeError`` if already started or if uvicorn fails to start in time.
        """
        if self._thread is not None:
            raise RuntimeError("server already started")
        sock = _bind(self.host, self._requested_port)
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            http="httptools" if importlib.util.find_spec("httptools") else "h11",
            loop="auto",
            lifespan="off",
            access_log=False,
            log_config=None,
            log_level="warning",
            # vLLM's api_server keeps idle connections 5 s, uvicorn's default too.
            timeout_keep_alive=5,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run,
            kwargs={"sockets": [sock]},
            name=f"vllm-compat-{self._port}",
            daemon=True,
        )
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive():
                sock.close()
                raise RuntimeError(f"vLLM-compatible server failed to start on {self.url}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"vLLM-compatible server not up within {_START_TIMEOUT_S} s")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        """Stop serving; exchanges still running are cancelled. Idempotent."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        # force_exit: a hanging exchange would otherwise hold uvicorn's graceful shutdown.
        server.should_exit = True
        server.force_exit = True
        thread.join(_STOP_TIMEOUT_S)
        if thread.is_alive():
            raise RuntimeError("vLLM-compatible server thread did not stop")
        self._server = self._thread = None

    def __enter__(self) -> VLLMCompatServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("server not started")
        return self._port

    @property
    def url(self) -> str:
        """``http://HOST:PORT``, without ``/v1``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    # Records and faults

    @property
    def requests(self) -> list[RecordedRequest]:
        """Chat requests received, in arrival order (copies; poll again for updates)."""
        return self._log.snapshot()

    @property
    def running(self) -> int:
        """Chat requests in flight now (``vllm:num_requests_running`` summed over models)."""
        return self._log.running()

    @property
    def peak_running(self) -> int:
        """Most chat requests in flight at once since start or the last :meth:`reset`."""
        return self._log.peak_running()

    def reset(self) -> None:
        """Clear records and faults and restore the knobs given at construction."""
        self.app.reset()

    def fail_next(self, mode: FaultMode, n: int = 1) -> None:
        """Make the next ``n`` valid chat requests meet ``mode``."""
        self.config.fail_next(mode, n)

    def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,
        interval: float = 0.005,
        what: str = "condition",
    ) -> None:
        """Poll ``predicate`` until true; raises ``TimeoutError`` after ``timeout`` seconds.

        Blocks the calling thread. In a coroutine, use :meth:`wait_for_async` instead when
        the condition depends on that coroutine's event loop making progress.
        """
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} not met within {timeout} s")
            time.sleep(interval)

    async def wait_for_async(
        self,
        predicate: Callable[[], bool],
        # Same signature as wait_for on purpose; a polling loop, not a single awaitable.
        timeout: float = 5.0,  # noqa: ASYNC109
        interval: float = 0.005,
        what: str = "condition",
    ) -> None:
        """:meth:`wait_for` that yields to the caller's event loop while polling."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"{what} not met within {timeout} s")
            await asyncio.sleep(interval)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Wait until ``count`` requests are recorded and none of them is pending."""

        def settled() -> bool:
            records = self.requests
            return len(records) >= count and all(r.outcome != "pending" for r in records)

        self.wait_for(settled, timeout, what=f"{count} finished requests")
        return self.requests


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    return sock
