"""The HTTP/1.1 connection protocol: uvicorn's httptools protocol, plus a header deadline
and malformed requests answered in the OpenAI error shape.

uvicorn closes a connection that idles *between* requests (``timeout_keep_alive``), but not
one that never finishes sending its request line and headers: a slowloris client (or a
port scanner that opens and waits) holds a connection and its buffers for ever.
:class:`HeaderDeadlineProtocol` gives every request ``server.header_timeout_s`` from its
first byte — and every new connection the same from its opening — to complete its headers,
and closes the connection otherwise. Slow *bodies* are the endpoint's job
(:func:`proxy.api.chat_request.read_body`, ``limits.body_timeout_s``).

The request line and headers together may hold ``server.max_header_bytes`` (default
:data:`MAX_HEADER_BYTES`): uvicorn reads a
header section of any size (8 MB of one header value was read and the request answered),
so a few connections could hold gigabytes before any limit of the app applies. A section
still incomplete past the limit is answered with a 431 in the OpenAI error shape and the
connection closed.

Bytes that are not HTTP/1.1 (a bad request line, header, ``Content-Length`` or chunk size)
are refused by uvicorn before any app sees a request. uvicorn answers them with a
``text/plain`` "Invalid HTTP request received."; :meth:`HeaderDeadlineProtocol.
send_400_response` sends the same 400 as a JSON body ``{"error": {...}}``, the shape of
every other error of the gateway, and closes the connection (see
:meth:`HeaderDeadlineProtocol._refuse`). (Such a request never reaches the app, so it has no
audit record.)

Such bytes can follow a request the app is still answering: pipelined after it, or left
over when its ``Content-Length`` was shorter than its body. The refusal then waits for the
answers of the requests before it (each answered in order, as HTTP/1.1 pipelining requires)
and is written after them; the bytes after the error are read and dropped meanwhile. Before,
the refusal was written at once and the write side shut, and the app's answer to the earlier
request failed on the shut transport with a traceback in the log (``RuntimeError: Cannot call
write() after write_eof()``; bench/hostile_probe_r19.py's ``raw-cl-short``). When the error
is inside the body of the request being read, that request is over: its app sees the
client gone and the refusal answers it.

``mamori serve`` runs its workers in separate processes, which receive the protocol as an
import path; the deadline then comes from ``MAMORI_SERVER__HEADER_TIMEOUT_S`` (the
setting's environment variable, which ``mamori serve`` sets). In-process servers (tests)
use :meth:`HeaderDeadlineProtocol.with_deadline`.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import os
from typing import TYPE_CHECKING

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from proxy.errors import BadRequestError, StatusError

if TYPE_CHECKING:
    from uvicorn._types import ASGI3Application
    from uvicorn.protocols.http.httptools_impl import RequestResponseCycle

__all__ = ["DEADLINE_ENV", "HEADER_BYTES_ENV", "MAX_HEADER_BYTES", "HeaderDeadlineProtocol"]

logger = logging.getLogger(__name__)

#: The environment variable the worker processes read the deadline from.
DEADLINE_ENV = "MAMORI_SERVER__HEADER_TIMEOUT_S"
_DEFAULT_DEADLINE_S = 10.0
#: The environment variable the worker processes read the header size limit from.
HEADER_BYTES_ENV = "MAMORI_SERVER__MAX_HEADER_BYTES"
#: Default most bytes of a request line and its headers (64 KiB: four times what nginx and
#: Node accept by default, room for long bearer tokens and cookies); the setting
#: ``server.max_header_bytes`` changes it.
MAX_HEADER_BYTES = 65_536
#: After a refusal: how long, and how many bytes, the connection reads and drops what the
#: client still sends before it is closed (see ``HeaderDeadlineProtocol._refuse``).
_LINGER_S = 2.0
_LINGER_BYTES = 4 * 1024 * 1024


@functools.cache
def _too_large(limit: int) -> bytes:
    """The 431 body for a header section over ``limit`` bytes."""
    return json.dumps(
        StatusError(
            f"the request line and headers are over {limit} bytes; the request was not "
            "read and the connection is closed",
            status_code=431,
            error_type="RequestHeaderFieldsTooLargeError",
        ).to_body()
    ).encode("ascii")


_MALFORMED = json.dumps(
    BadRequestError(
        "the request is not valid HTTP/1.1 (its request line, a header, Content-Length or "
        "the chunked body framing); it was not read and the connection is closed"
    ).to_body()
).encode("ascii")


class _HeadersTooLarge(Exception):
    """The request line and headers are over the limit."""


class HeaderDeadlineProtocol(HttpToolsProtocol):
    """Closes a connection whose request headers are not complete in time; see module doc."""

    deadline_s: float | None = None
    """Seconds for the headers; None reads :data:`DEADLINE_ENV` (default 10 s)."""
    max_header_bytes: int | None = None
    """Most bytes of the request line and headers; None reads :data:`HEADER_BYTES_ENV`
    (default :data:`MAX_HEADER_BYTES`)."""

    _header_timer: asyncio.TimerHandle | None = None
    _header_bytes = 0
    """Bytes of the request line and headers parsed so far (with their separators)."""
    _pending_bytes = 0
    """Bytes received since the request began while its headers were incomplete (a
    header value still being read is not parsed yet)."""
    _oversize = False
    _lingering = False
    """The parser stopped on a refusal: what still arrives is read and dropped (see
    :meth:`_refuse`)."""
    _refusal: bytes | None = None
    """A refusal waiting for the answers to the requests before it."""
    _answering: RequestResponseCycle | None = None
    """The request the app answers now (``cycle`` is the last one read, which may wait
    behind it, pipelined)."""
    _lingered_bytes = 0
    _linger_timer: asyncio.TimerHandle | None = None

    @classmethod
    def with_deadline(
        cls, seconds: float, max_header_bytes: int = MAX_HEADER_BYTES
    ) -> type[HeaderDeadlineProtocol]:
        """This protocol with a fixed deadline and header size limit (for a server in this
        process)."""
        return type(
            cls.__name__, (cls,), {"deadline_s": seconds, "max_header_bytes": max_header_bytes}
        )

    @property
    def _header_limit(self) -> int:
        if self.max_header_bytes is not None:
            return self.max_header_bytes
        return int(os.environ.get(HEADER_BYTES_ENV) or MAX_HEADER_BYTES)

    def send_400_response(self, msg: str) -> None:
        """Answer a request uvicorn could not parse in the OpenAI error shape (see module
        doc); ``msg`` is uvicorn's own plain-text wording, left out."""
        if self._oversize:
            # The parser stopped on the header section's size (see on_header).
            self._refuse(b"431 Request Header Fields Too Large", _too_large(self._header_limit))
            return
        self._refuse(b"400 Bad Request", _MALFORMED)

    def on_url(self, url: bytes) -> None:
        self._count_header_bytes(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_header_bytes(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count_header_bytes(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > self._header_limit:
            # Raised inside the parser's callback, it stops the parser (httptools wraps
            # it in an HttpParserError, which uvicorn answers with send_400_response).
            self._oversize = True
            raise _HeadersTooLarge

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            self._lingered_bytes += len(data)
            if self._lingered_bytes > _LINGER_BYTES:
                self.transport.close()
            return
        super().data_received(data)
        if self._header_timer is None or self.transport.is_closing():
            return  # the headers are complete (or the connection is done)
        # Still within the request line and headers after all of ``data``: every byte of
        # it was part of them (a body starts only after they end).
        self._pending_bytes += len(data)
        if self._pending_bytes > self._header_limit:
            self._oversize = True
            self.send_400_response("")

    def _refuse(self, status: bytes, body: bytes) -> None:
        self._disarm()
        if status.startswith(b"431"):
            logger.info("closing a connection whose request headers are over the limit")
        content = [b"HTTP/1.1 " + status + b"\r\n"]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content.extend(
            [
                b"content-type: application/json\r\n",
                b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
                b"connection: close\r\n",
                b"\r\n",
                body,
            ]
        )
        # The parser is in error: nothing more is parsed on this connection.
        self._lingering = True
        self._drop_broken_request()
        if self._answers_pending():
            # Requests before this one are still being answered: the refusal follows them
            # (see module doc and on_response_complete).
            self._refusal = b"".join(content)
            return
        self._write_refusal(b"".join(content))

    def _drop_broken_request(self) -> None:
        """The request whose body the framing error broke (if any) gets no answer from the
        app: the refusal is its answer."""
        cycle = self.cycle
        if cycle is None or cycle.response_complete or not cycle.more_body:
            return  # the error is past the last request's end (or before any request)
        if cycle is not self._answering:
            # Pipelined behind the one being answered and never started: it is not.
            queued = [entry for entry in self.pipeline if entry[0] is not cycle]
            self.pipeline.clear()
            self.pipeline.extend(queued)
        elif not cycle.response_started:
            # Its app is reading the body or working on it: the body will not come, so
            # the app sees the client gone and what it sends is dropped (uvicorn's cycle
            # drops writes once disconnected); no 100 Continue is written either.
            cycle.disconnected = True
            cycle.waiting_for_100_continue = False
            cycle.message_event.set()
        # Otherwise the app answered before reading the whole body: its answer is being
        # written, and the refusal waits for it.

    def _answers_pending(self) -> bool:
        """Whether a request before the refusal is still being answered (or waits, pipelined,
        behind the one being answered)."""
        cycle = self._answering
        answering = cycle is not None and not cycle.response_complete and not cycle.disconnected
        return answering or bool(self.pipeline)

    def _start_asgi_task(self, cycle: RequestResponseCycle, app: ASGI3Application) -> None:
        self._answering = cycle
        super()._start_asgi_task(cycle, app)

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._refusal is None or self._answers_pending() or self.transport.is_closing():
            return  # more answers to write first, or the app's answer closed the connection
        refusal, self._refusal = self._refusal, None
        self._unset_keepalive_if_required()
        self._write_refusal(refusal)

    def _write_refusal(self, answer: bytes) -> None:
        self.transport.write(answer)
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        # A lingering close: closing a socket with unread input makes the kernel send a
        # reset, which can discard the answer before the client reads it (a client still
        # writing a long header is the usual case). So the write side is shut after the
        # answer and what the client still sends is read and dropped, for a short bounded
        # time, until it closes.
        self.transport.write_eof()
        self._linger_timer = self.loop.call_later(_LINGER_S, self.transport.close)

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = self._pending_bytes = 0
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        if self._linger_timer is not None:
            self._linger_timer.cancel()
            self._linger_timer = None
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
