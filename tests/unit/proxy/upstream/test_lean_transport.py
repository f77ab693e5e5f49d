"""The lean HTTP/1.1 transport against a raw asyncio server: bodies (length, chunked,
until close), keep-alive reuse, streaming as it arrives, early close, the errors the
backend groups' failover reads, the pool limit and the fallback. No timing asserted."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from proxy.settings import UpstreamSettings
from proxy.upstream.group import BackendGroup
from proxy.upstream.lean_transport import LeanTransport

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


class _Server:
    """A TCP server running ``handler(reader, writer, connection_number)``."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self.connections = 0
        self.closed = asyncio.Event()
        self.port = 0
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> _Server:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            self.connections += 1
            try:
                await self._handler(reader, writer, self.connections)
            finally:
                writer.close()

        self._server = await asyncio.start_server(serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *_: object) -> None:
        assert self._server is not None
        self._server.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


async def _request(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """One request's head and body (by Content-Length); empty at EOF."""
    head = await reader.readuntil(b"\r\n\r\n") if not reader.at_eof() else b""
    length = 0
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    body = await reader.readexactly(length) if length else b""
    return head, body


def _answer(body: bytes, extra: bytes = b"") -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
        + extra
        + b"content-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
        + body
    )


def _transport(**limits: object) -> LeanTransport:
    settings: dict[str, object] = {"max_connections": 10, "keepalive_expiry": 5.0}
    settings.update(limits)
    made = httpx.Limits(**settings)  # type: ignore[arg-type]
    return LeanTransport(limits=made, fallback=httpx.AsyncHTTPTransport(limits=made))


async def _echo_forever(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
    while True:
        try:
            head, body = await _request(reader)
        except asyncio.IncompleteReadError:
            return
        if not head:
            return
        path = head.split(b" ")[1]
        writer.write(_answer(json.dumps({"path": path.decode(), "got": body.decode()}).encode()))
        await writer.drain()


async def test_a_json_post_round_trips_and_the_connection_is_reused() -> None:
    async with _Server(_echo_forever) as server:
        async with httpx.AsyncClient(transport=_transport()) as client:
            for i in range(3):
                response = await client.post(
                    server.url + "/v1/chat/completions?x=1", content=f'{{"n": {i}}}'.encode()
                )
                assert response.status_code == 200
                assert response.json() == {
                    "path": "/v1/chat/completions?x=1",
                    "got": f'{{"n": {i}}}',
                }
            got = await client.get(server.url + "/health")
            assert got.json() == {"path": "/health", "got": ""}
        assert server.connections == 1


async def test_a_chunked_stream_is_read_as_it_arrives_and_an_early_close_drops_it() -> None:
    more = asyncio.Event()
    server_saw_eof = asyncio.Event()

    async def stream(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        writer.write(
            b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
            b"transfer-encoding: chunked\r\n\r\n" + b"a\r\ndata: one\n\r\n"
        )
        await writer.drain()
        await more.wait()
        writer.write(b"a\r\ndata: two\n\r\n")
        await writer.drain()
        # The client closes before the last chunk: the connection must close.
        if await reader.read(1) == b"":
            server_saw_eof.set()

    async with _Server(stream) as server:
        transport = _transport()
        async with httpx.AsyncClient(transport=transport) as client:
            request = client.build_request("POST", server.url + "/v1/x", content=b"{}")
            response = await client.send(request, stream=True)
            pieces = response.aiter_raw()
            assert await pieces.__anext__() == b"data: one\n"  # before "two" was written
            more.set()
            assert await pieces.__anext__() == b"data: two\n"
            await response.aclose()
            await asyncio.wait_for(server_saw_eof.wait(), 10)
            assert not any(transport._idle.values())


async def test_a_chunked_body_read_whole_keeps_the_connection() -> None:
    async def chunks(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        while True:
            head, _body = await _request(reader)
            if not head:
                return
            writer.write(
                b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n"
                b"3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n"
            )
            await writer.drain()

    async with _Server(chunks) as server:
        async with httpx.AsyncClient(transport=_transport()) as client:
            for _ in range(2):
                response = await client.post(server.url + "/x", content=b"{}")
                assert response.content == b"abcde"
        assert server.connections == 1


async def test_a_body_ended_by_the_connection_closing_is_read_whole() -> None:
    async def until_close(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int
    ) -> None:
        await _request(reader)
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\nall of it")
        await writer.drain()

    async with _Server(until_close) as server:
        async with httpx.AsyncClient(transport=_transport()) as client:
            first = await client.post(server.url + "/x", content=b"{}")
            second = await client.post(server.url + "/x", content=b"{}")
        assert first.content == second.content == b"all of it"
        assert server.connections == 2


async def test_a_pooled_connection_closed_unanswered_is_retried_by_the_group() -> None:
    async def drop_second(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, n: int
    ) -> None:
        head, _ = await _request(reader)
        writer.write(_answer(b'{"n": 1}'))
        await writer.drain()
        if n == 1:
            await _request(reader)  # the reused connection's request: closed unanswered
            return
        while head:
            head, _ = await _request(reader)
            if head:
                writer.write(_answer(b'{"n": 2}'))
                await writer.drain()

    async with _Server(drop_second) as server:
        transport = _transport()
        async with httpx.AsyncClient(transport=transport) as client:
            await client.post(server.url + "/x", content=b"{}")
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post(server.url + "/x", content=b"{}")
        async with _Server(drop_second) as again:
            group = BackendGroup("m", [again.url], UpstreamSettings())
            try:
                for _ in range(2):
                    upstream = await group.send(
                        "POST", "/v1/chat/completions", content=b"{}", headers={}
                    )
                    answer = await upstream.read_whole()
                    assert answer.payload["n"] in (1, 2)
                assert group.backends[0].healthy
            finally:
                await group.aclose()
            assert again.connections == 2


async def test_timeouts_and_refused_connections_raise_what_httpx_raises() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        await asyncio.sleep(5)

    async with _Server(silent) as server:
        timeout = httpx.Timeout(5.0, read=0.2)
        async with httpx.AsyncClient(transport=_transport(), timeout=timeout) as client:
            with pytest.raises(httpx.ReadTimeout):
                await client.post(server.url + "/x", content=b"{}")
        port = server.port
    async with httpx.AsyncClient(transport=_transport()) as client:
        with pytest.raises(httpx.ConnectError):
            await client.post(f"http://127.0.0.1:{port}/x", content=b"{}")


async def test_a_malformed_response_is_a_protocol_error() -> None:
    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _request(reader)
        writer.write(b"NOT HTTP AT ALL\r\n\r\n")
        await writer.drain()

    async with _Server(garbage) as server, httpx.AsyncClient(transport=_transport()) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.post(server.url + "/x", content=b"{}")


async def test_the_pool_limit_waits_then_times_out() -> None:
    async def held(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        await _echo_forever(reader, writer, 0)

    async with _Server(held) as server:
        timeout = httpx.Timeout(5.0, pool=0.2)
        transport = _transport(max_connections=1)
        async with httpx.AsyncClient(transport=transport, timeout=timeout) as client:
            request = client.build_request("POST", server.url + "/x", content=b"{}")
            open_response = await client.send(request, stream=True)
            with pytest.raises(httpx.PoolTimeout):
                await client.post(server.url + "/x", content=b"{}")
            await open_response.aread()
            # Read to the end: the slot is free again.
            assert (await client.post(server.url + "/x", content=b"{}")).status_code == 200


class _Recording(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.urls: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        return httpx.Response(200, json={"via": "fallback"})


async def test_https_and_streamed_request_bodies_go_to_the_fallback() -> None:
    fallback = _Recording()
    transport = LeanTransport(limits=httpx.Limits(), fallback=fallback)

    async def body() -> AsyncIterator[bytes]:
        yield b"{}"

    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.post("https://backend.example/x", content=b"{}")).json() == {
            "via": "fallback"
        }
        streamed = await client.post("http://127.0.0.1:9/x", content=body())
        assert streamed.json() == {"via": "fallback"}
    assert fallback.urls == ["https://backend.example/x", "http://127.0.0.1:9/x"]


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
async def test_a_proxy_in_the_environment_keeps_httpx_own_transport(
    monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    group = BackendGroup("m", ["http://127.0.0.1:9"], UpstreamSettings())
    try:
        assert isinstance(group.client._transport, LeanTransport)
    finally:
        await group.aclose()
    monkeypatch.setenv(variable, "http://proxy.example:3128")
    proxied = BackendGroup("m", ["http://127.0.0.1:9"], UpstreamSettings())
    try:
        # httpx routes plain-http requests through the proxy, as before the lean transport.
        assert not isinstance(proxied.client._transport, LeanTransport)
        assert any(pattern.scheme in ("http", "all", "") for pattern in proxied.client._mounts)
    finally:
        await proxied.aclose()


async def test_the_group_sends_through_its_lean_transport_what_its_client_would() -> None:
    """The group hands its requests to its lean transport itself (no client layers): the
    head on the wire is the one the client's own send writes (default headers, the backend
    key, the request's headers, the length), and a backend's cookie is not sent back."""
    heads: list[bytes] = []

    async def record(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _: int) -> None:
        while True:
            try:
                head, _unused = await _request(reader)
            except asyncio.IncompleteReadError:
                return
            if not head:
                return
            heads.append(head)
            writer.write(_answer(b'{"ok": true}', extra=b"set-cookie: session=abc\r\n"))
            await writer.drain()

    async with _Server(record) as server:
        settings = UpstreamSettings.model_validate({"api_key": "backend-key"})
        group = BackendGroup("m", [server.url], settings)
        assert group._lean is not None
        headers = {"Content-Type": "application/json", "X-Request-Id": "r-1"}
        for _ in range(2):
            upstream = await group.send(
                "POST", "/v1/chat/completions", content=b'{"a": 1}', headers=headers
            )
            answer = await upstream.read_whole()
            assert answer.payload == {"ok": True}
            assert upstream.response.request.url == server.url + "/v1/chat/completions"
        # The client's own send of the same request, on the same connection pool.
        client_request = group.client.build_request(
            "POST", server.url + "/v1/chat/completions", content=b'{"a": 1}', headers=headers
        )
        response = await group.client.send(client_request)
        await response.aclose()
        await group.aclose()
    assert heads[0] == heads[1]  # no cookie sent back on the second request
    assert b"cookie" not in heads[1].lower().replace(b"set-cookie", b"")
    # The client's send writes the same head, plus the cookie its jar took from the
    # answers (which is the one difference).
    client_head = heads[2].replace(b"Cookie: session=abc\r\n", b"")
    assert client_head == heads[0]
    assert b"Authorization: Bearer backend-key\r\n" in heads[0]
    assert b"X-Request-Id: r-1\r\n" in heads[0]
    assert b"Content-Length: 8\r\n" in heads[0]
