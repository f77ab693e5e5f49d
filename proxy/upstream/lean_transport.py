"""HTTP/1.1 to plain-``http`` backends with less work per request than httpx's own transport.

The backend groups' httpx client keeps its API (requests built by httpx, responses read
through :class:`httpx.Response`, the same exceptions); only the wire below is replaced.
httpx's default transport (httpcore with h11, pure Python) cost ~0.6-1.1 ms of the event
loop's CPU per upstream call to the test backend, this one about a third of that: the
request head is written in one piece with the body, and the response is parsed
by httptools (the C parser uvicorn uses). Measured in docs/benchmarks.md (ninth round).

What it does, per request:

* plain ``http`` requests whose body is in memory (what the gateway sends: JSON bodies,
  bodiless health and metrics reads). Anything else (``https``, a streamed request body,
  ``HEAD``) is sent by ``fallback``, the httpx transport the group would otherwise use;
* a pool per host and port: at most ``limits.max_connections`` connections in use (a
  request waits for a free one up to the ``pool`` timeout: :class:`httpx.PoolTimeout`),
  at most ``limits.max_keepalive_connections`` kept idle, each for at most
  ``limits.keepalive_expiry`` seconds;
* the pool, write and read timeouts are ``asyncio.timeout`` scopes around the awaits, not
  ``asyncio.wait_for`` (which wraps each await in a task of its own and costs event-loop
  turns: four per call);
* the response body is yielded as it arrives (SSE streams), chunked, with a length or
  ended by the connection closing; a connection goes back to the pool only when its
  response was read to the end and both sides allow keep-alive. Closing a response
  before its end closes the connection, so vLLM sees the client leave and aborts the
  request.

Failure behaviour, as httpx's own transport maps it (the groups' failover depends on it):
a connection that cannot be opened raises :class:`httpx.ConnectError` (or
:class:`httpx.ConnectTimeout`); a pooled connection the server closed before answering
raises :class:`httpx.RemoteProtocolError` (a :class:`httpx.TransportError`: the group tries
once more on a new connection); the ``read`` and ``write`` timeouts raise
:class:`httpx.ReadTimeout` and :class:`httpx.WriteTimeout`; a malformed response or one
cut short raises :class:`httpx.RemoteProtocolError`.
"""

from __future__ import annotations

import asyncio
import select
import time
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import httptools
import httpx

__all__ = ["LeanTransport"]

_READ = 65536


class _Connection:
    __slots__ = ("idle_since", "reader", "used", "writer")

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.idle_since = 0.0
        self.used = False
        """Served a response before (a failure to answer may be a stale keep-alive)."""

    def usable(self, now: float, expiry: float) -> bool:
        if now - self.idle_since >= expiry or self.writer.is_closing() or self.reader.at_eof():
            return False
        # An idle connection with something to read was closed by the server (or sent
        # what nobody asked for), even when the event loop has not seen it yet.
        sock = self.writer.get_extra_info("socket")
        if sock is None:
            return True
        poll = select.poll()  # not select(): descriptors past 1,024 are fine
        poll.register(sock.fileno(), select.POLLIN)
        return not poll.poll(0)

    def close(self) -> None:
        self.writer.close()


class _Parsed:
    """httptools callbacks: the status, headers and body pieces of one response."""

    def __init__(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.headers_done = False
        self.complete = False
        self.keep_alive = False
        """Both sides allow another request on the connection (read when complete: the
        parser only knows it inside its callbacks)."""
        self.body: list[bytes] = []
        self.parser: httptools.HttpResponseParser | None = None

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.headers_done = True

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        self.complete = True
        self.keep_alive = self.parser is not None and self.parser.should_keep_alive()


class _Body(httpx.AsyncByteStream):
    """A response body read from its connection as the caller iterates."""

    def __init__(
        self,
        transport: LeanTransport,
        key: tuple[str, int],
        connection: _Connection,
        parser: httptools.HttpResponseParser,
        parsed: _Parsed,
        read_timeout: float | None,
        until_close: bool,
    ) -> None:
        self._transport = transport
        self._until_close = until_close
        self._key = key
        self._connection = connection
        self._parser = parser
        self._parsed = parsed
        self._timeout = read_timeout
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        parsed = self._parsed
        try:
            while True:
                if parsed.body:
                    # Piece by piece as parsed (a chunk each), as httpx's transport yields
                    # them: the SSE relay releases what it checked per piece.
                    pieces, parsed.body = parsed.body, []
                    for piece in pieces:
                        yield piece
                if parsed.complete:
                    self._finish(keep=parsed.keep_alive)
                    return
                data = await _read(self._connection, self._timeout)
                if self._until_close:
                    if not data:
                        self._finish(keep=False)
                        return
                    parsed.body.append(data)
                    continue
                if not data:
                    raise httpx.RemoteProtocolError(
                        "peer closed connection without sending complete message body"
                    )
                _feed(self._parser, data)
        except BaseException:
            # An error, a cancellation or a reader that stopped early: never pooled again.
            self._finish(keep=False)
            raise

    async def aclose(self) -> None:
        # Before the end: the connection is closed (the backend sees the client leave).
        self._finish(keep=False)

    def _finish(self, *, keep: bool) -> None:
        if self._done:
            return
        self._done = True
        self._transport.release(self._key, self._connection, keep=keep)


class LeanTransport(httpx.AsyncBaseTransport):
    """See the module docstring. ``fallback`` sends what this transport does not."""

    def __init__(
        self,
        *,
        limits: httpx.Limits,
        fallback: httpx.AsyncBaseTransport,
        clock: Any = time.monotonic,
    ) -> None:
        self._fallback = fallback
        self._max_idle = (
            limits.max_keepalive_connections
            if limits.max_keepalive_connections is not None
            else 1 << 30
        )
        self._expiry = limits.keepalive_expiry if limits.keepalive_expiry is not None else 1e12
        self._slots = (
            asyncio.Semaphore(limits.max_connections)
            if limits.max_connections is not None
            else None
        )
        self._idle: dict[tuple[str, int], deque[_Connection]] = {}
        self._clock = clock
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if (
            url.scheme != "http"
            or request.method == "HEAD"
            or not isinstance(request.stream, httpx.ByteStream)
        ):
            return await self._fallback.handle_async_request(request)
        timeouts: dict[str, float | None] = request.extensions.get("timeout", {})
        key = (url.host, url.port or 80)
        head = [f"{request.method} ".encode(), url.raw_path, b" HTTP/1.1\r\n"]
        for name, value in request.headers.raw:
            head += [name, b": ", value, b"\r\n"]
        head.append(b"\r\n")
        message = b"".join(head) + request.content
        await self._acquire(timeouts.get("pool"))
        try:
            connection = await self._connection(key, timeouts.get("connect"))
        except BaseException:
            self._release_slot()
            raise
        try:
            return await self._exchange(key, connection, message, timeouts)
        except BaseException:
            self.release(key, connection, keep=False)
            raise

    async def _exchange(
        self,
        key: tuple[str, int],
        connection: _Connection,
        message: bytes,
        timeouts: dict[str, float | None],
    ) -> httpx.Response:
        reused = connection.used
        connection.used = True
        try:
            connection.writer.write(message)
            async with asyncio.timeout(timeouts.get("write")):
                await connection.writer.drain()
        except TimeoutError as exc:
            raise httpx.WriteTimeout("timed out writing the request") from exc
        except OSError as exc:
            if reused:
                raise httpx.RemoteProtocolError("the pooled connection was closed") from exc
            raise httpx.WriteError(str(exc) or type(exc).__name__) from exc
        parsed = _Parsed()
        parser = parsed.parser = httptools.HttpResponseParser(parsed)
        received = False
        read_timeout = timeouts.get("read")
        while not parsed.headers_done:
            data = await _read(connection, read_timeout)
            if not data:
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response."
                    if not received
                    else "peer closed connection without sending complete response headers"
                )
            received = True
            _feed(parser, data)
        status = parser.get_status_code()
        names = {name.lower() for name, _ in parsed.headers}
        # Neither a length nor chunks: the body ends when the connection closes.
        until_close = (
            b"content-length" not in names
            and b"transfer-encoding" not in names
            and status not in (204, 304)
            and not parsed.complete
        )
        return httpx.Response(
            status,
            headers=parsed.headers,
            stream=_Body(self, key, connection, parser, parsed, read_timeout, until_close),
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def _acquire(self, wait_s: float | None) -> None:
        if self._slots is None:
            return
        try:
            async with asyncio.timeout(wait_s):
                await self._slots.acquire()
        except TimeoutError as exc:
            raise httpx.PoolTimeout("no connection became free in time") from exc

    def _release_slot(self) -> None:
        if self._slots is not None:
            self._slots.release()

    async def _connection(self, key: tuple[str, int], wait_s: float | None) -> _Connection:
        idle = self._idle.get(key)
        now = self._clock()
        while idle:
            connection = idle.pop()
            if connection.usable(now, self._expiry):
                return connection
            connection.close()
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(key[0], key[1], limit=_READ), wait_s
            )
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"connecting to {key[0]}:{key[1]} timed out") from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc) or type(exc).__name__) from exc
        return _Connection(reader, writer)

    def release(self, key: tuple[str, int], connection: _Connection, *, keep: bool) -> None:
        """A response is done with ``connection``: back to the pool or closed."""
        self._release_slot()
        idle = self._idle.setdefault(key, deque())
        if keep and not self._closed and len(idle) < self._max_idle:
            connection.idle_since = self._clock()
            idle.append(connection)
        else:
            connection.close()

    async def aclose(self) -> None:
        self._closed = True
        for idle in self._idle.values():
            while idle:
                idle.pop().close()
        await self._fallback.aclose()


async def _read(connection: _Connection, wait_s: float | None) -> bytes:
    try:
        async with asyncio.timeout(wait_s):
            return await connection.reader.read(_READ)
    except TimeoutError as exc:
        raise httpx.ReadTimeout("timed out reading the response") from exc
    except OSError as exc:
        raise httpx.ReadError(str(exc) or type(exc).__name__) from exc


def _feed(parser: httptools.HttpResponseParser, data: bytes) -> None:
    try:
        parser.feed_data(data)
    except httptools.HttpParserUpgrade as exc:
        raise httpx.RemoteProtocolError("the backend switched protocols") from exc
    except httptools.HttpParserError as exc:
        raise httpx.RemoteProtocolError(f"malformed response: {exc}") from exc
