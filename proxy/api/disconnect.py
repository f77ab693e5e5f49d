"""Client disconnects before the answer starts.

Until the answer starts, nothing reads from the client connection: :func:`unless_client_leaves`
watches it, so that a client that leaves while the request stages run, or while the backend
prefills or generates a whole answer, cancels that work (the stages stop between units of
thread work; the upstream request is closed, which vLLM then aborts). Once a stream is
handed to Litestar, its own disconnect listener takes over.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from litestar import Request
from litestar.types import Receive

__all__ = ["CLIENT_CLOSED", "ClientLeft", "unless_client_leaves"]

_T = TypeVar("_T")


class ClientLeft(Exception):
    """The client closed its connection before the answer started."""


#: Status recorded for requests the client abandoned (nginx's "client closed request").
CLIENT_CLOSED = 499


async def unless_client_leaves(
    request: Request[Any, Any, Any], work: Coroutine[Any, Any, _T]
) -> _T:
    """Await ``work``; if the client disconnects first, cancel it and raise :class:`ClientLeft`.

    Only for the time before the response starts: once a stream is handed to Litestar, its
    own disconnect listener takes over (two readers of ``receive`` would steal messages).
    ``work`` runs in the calling task (no extra task on the hot path); a watcher task
    cancels that task when the client goes away.
    """
    task = asyncio.current_task()
    assert task is not None
    left = False

    async def watch() -> None:
        nonlocal left
        await wait_disconnect(request.receive)
        left = True
        task.cancel()

    watcher = asyncio.create_task(watch())
    try:
        return await work
    except asyncio.CancelledError:
        if not left:
            raise
        task.uncancel()
        raise ClientLeft from None
    finally:
        watcher.cancel()


async def wait_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
