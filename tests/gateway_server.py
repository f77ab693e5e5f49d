"""Runs the real Mamori app on uvicorn in a background thread, on 127.0.0.1.

Integration tests talk to it over real HTTP with the official ``openai`` client.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from types import TracebackType

import uvicorn

from proxy.api.http_protocol import HeaderDeadlineProtocol
from proxy.app import create_app
from proxy.pipeline.retrieval_runtime import RetrievalRuntime
from proxy.pipeline.runner import Pipeline
from proxy.settings import Settings

_STOP_AFTER_FAILED_START_S = 120.0
"""How long a failed start may take to wind down (model loading under load is slow)."""


class GatewayServer:
    """``create_app(settings)`` served on a free loopback port until :meth:`stop`.

    ``retrieval`` is the runtime the app uses (and closes when it stops) instead of one of
    its own, e.g. the one ``pipeline`` was built with."""

    def __init__(
        self,
        settings: Settings,
        *,
        pipeline: Pipeline | None = None,
        retrieval: RetrievalRuntime | None = None,
    ) -> None:
        self._app = create_app(settings, pipeline=pipeline, retrieval=retrieval)
        self._retrieval = retrieval
        config = uvicorn.Config(
            self._app,
            host="127.0.0.1",
            port=settings.server.port,
            log_level="warning",
            access_log=False,
            lifespan="on",
            timeout_keep_alive=settings.server.keep_alive_s,
            http=HeaderDeadlineProtocol.with_deadline(
                settings.server.header_timeout_s, settings.server.max_header_bytes
            ),
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="mamori-gateway", daemon=True)
        self.port = 0

    def _run(self) -> None:
        # uvicorn exits when the app's start-up fails; start() sees the thread end and
        # raises in the caller, so the thread has nothing more to say.
        with contextlib.suppress(SystemExit):
            asyncio.run(self._server.serve())

    def start(self, timeout: float = 10.0) -> GatewayServer:
        """Serve; on a failed or late start, stop what was started (the app's lifespan,
        the retrieval runtime and its Milvus Lite lease) before raising: the caller never
        gets the server to stop, and a leaked lease kept a Milvus Lite server running
        after the test run."""
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._stop_after_failed_start()
                raise RuntimeError("the gateway did not start")
            time.sleep(0.01)
        sockets = self._server.servers[0].sockets
        self.port = sockets[0].getsockname()[1]
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def _stop_after_failed_start(self) -> None:
        # A start still in progress finishes, then uvicorn runs the lifespan's shutdown
        # (should_exit is set): wait for it rather than leave the thread behind.
        self._server.should_exit = True
        self._thread.join(timeout=_STOP_AFTER_FAILED_START_S)
        if self._retrieval is not None:
            # The lifespan closes it when it ran; when the start failed before (or the
            # thread is still stuck), close it here. Closing twice is a no-op.
            self._retrieval.close()

    def __enter__(self) -> GatewayServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
