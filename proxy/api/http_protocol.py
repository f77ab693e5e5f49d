"""The HTTP/1.1 connection protocol: uvicorn's httptools protocol, plus a header deadline
and malformed requests answered in the OpenAI error shape.

uvicorn closes a connection that idles *between* requests (``timeout_keep_alive``), but not
one that never finishes sending its request line and headers: a slowloris client (or a
port scanner that opens and waits) holds a connection and its buffers for ever.
:class:`HeaderDeadlineProtocol` gives every request ``server.header_timeout_s`` from its
first byte — and every new connection the same from its opening — to complete its headers,
and closes the connection otherwise. Slow *bodies* are the endpoint's job
(:func:`proxy.api.chat_request.read_body`, ``limits.body_timeout_s``).

Bytes that are not HTTP/1.1 (a bad request line, header, ``Content-Length`` or chunk size)
are refused by uvicorn before any app sees a request. uvicorn answers them with a
``text/plain`` "Invalid HTTP request received."; :meth:`HeaderDeadlineProtocol.
send_400_response` sends the same 400 as a JSON body ``{"error": {...}}``, the shape of
every other error of the gateway, and closes the connection as uvicorn does. (Such a
request never reaches the app, so it has no audit record.)

``mamori serve`` runs its workers in separate processes, which receive the protocol as an
import path; the deadline then comes from ``MAMORI_SERVER__HEADER_TIMEOUT_S`` (the
setting's environment variable, which ``mamori serve`` sets). In-process servers (tests)
use :meth:`HeaderDeadlineProtocol.with_deadline`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from proxy.errors import BadRequestError

__all__ = ["DEADLINE_ENV", "HeaderDeadlineProtocol"]

logger = logging.getLogger(__name__)

#: The environment variable the worker processes read the deadline from.
DEADLINE_ENV = "MAMORI_SERVER__HEADER_TIMEOUT_S"
_DEFAULT_DEADLINE_S = 10.0
_MALFORMED = json.dumps(
    BadRequestError(
        "the request is not valid HTTP/1.1 (its request line, a header, Content-Length or "
        "the chunked body framing); it was not read and the connection is closed"
    ).to_body()
).encode("ascii")


class HeaderDeadlineProtocol(HttpToolsProtocol):
    """Closes a connection whose request headers are not complete in time; see module doc."""

    deadline_s: float | None = None
    """Seconds for the headers; None reads :data:`DEADLINE_ENV` (default 10 s)."""

    _header_timer: asyncio.TimerHandle | None = None

    @classmethod
    def with_deadline(cls, seconds: float) -> type[HeaderDeadlineProtocol]:
        """This protocol with a fixed deadline (for a server in this process)."""
        return type(cls.__name__, (cls,), {"deadline_s": seconds})

    def send_400_response(self, msg: str) -> None:
        """Answer a request uvicorn could not parse in the OpenAI error shape (see module
        doc); ``msg`` is uvicorn's own plain-text wording, left out."""
        content = [b"HTTP/1.1 400 Bad Request\r\n"]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content.extend(
            [
                b"content-type: application/json\r\n",
                b"content-length: " + str(len(_MALFORMED)).encode("ascii") + b"\r\n",
                b"connection: close\r\n",
                b"\r\n",
                _MALFORMED,
            ]
        )
        self.transport.write(b"".join(content))
        self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        deadline = self.deadline_s
        if deadline is None:
            deadline = float(os.environ.get(DEADLINE_ENV) or _DEFAULT_DEADLINE_S)
        self._header_timer = self.loop.call_later(deadline, self._expired)

    def _disarm(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _expired(self) -> None:
        self._header_timer = None
        logger.info("closing a connection whose request headers did not arrive in time")
        self.transport.close()
