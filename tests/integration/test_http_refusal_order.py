"""Bytes that are not HTTP after a request the gateway is still answering, on one socket.

bench/hostile_probe_r19.py's ``raw-cl-short`` (a ``Content-Length`` 5 bytes short of its
body) logged ``RuntimeError: Cannot call write() after write_eof()`` with a traceback: the
5 bytes left over were parsed as a second request, refused at once with the write side shut,
and the app's answer to the first request then failed on the shut transport. A valid
request pipelined before garbage lost its answer the same way. Now the refusal waits for the
answers before it, in order, and nothing is logged at ERROR.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator

import pytest

from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

BODY = json.dumps({"model": MODEL, "messages": [{"role": "user", "content": "hi"}]}).encode()


def _post(body: bytes, length: int | None = None) -> bytes:
    return (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n" % (len(body) if length is None else length)
    ) + body


def _exchange(port: int, raw: bytes) -> list[tuple[int, dict[str, str], bytes]]:
    """Sends ``raw`` in one write; the answers (status, headers, body) until the gateway
    closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=15) as sock:
        sock.sendall(raw)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    return _answers(received)


def _answers(received: bytes) -> list[tuple[int, dict[str, str], bytes]]:
    answers = []
    while received:
        head, _, rest = received.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        size = int(headers["content-length"])
        answers.append((int(lines[0].split()[1]), headers, rest[:size]))
        received = rest[size:]
    return answers


@pytest.fixture
def gateway_log() -> Iterator[list[logging.LogRecord]]:
    """Every record of WARNING and above the gateway's loggers write, uvicorn's included
    (uvicorn's logger does not propagate to the root, so caplog alone misses it)."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(logging.WARNING)
    loggers = [logging.getLogger(), logging.getLogger("uvicorn")]
    for logger in loggers:
        logger.addHandler(handler)
    yield records
    for logger in loggers:
        logger.removeHandler(handler)


def _assert_no_error_logged(records: list[logging.LogRecord]) -> None:
    time.sleep(0.3)  # what the app does after the answer (its audit, its task's end)
    errors = [r for r in records if r.levelno >= logging.ERROR or r.exc_info]
    assert not errors, [f"{r.getMessage()} {r.exc_info!r}" for r in errors]


def _assert_malformed_refusal(answer: tuple[int, dict[str, str], bytes]) -> None:
    status, headers, body = answer
    assert status == 400 and headers["connection"] == "close"
    assert "not valid HTTP" in json.loads(body)["error"]["message"]


def test_a_content_length_short_of_the_body_answers_both_in_order(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    gateway_log: list[logging.LogRecord],
) -> None:
    gateway = make_gateway([backend.url])
    answers = _exchange(gateway.port, _post(BODY, len(BODY) - 5))
    assert len(answers) == 2, answers
    status, _, body = answers[0]  # the app's answer to the truncated JSON
    assert status == 400 and "JSON" in json.loads(body)["error"]["message"], body
    _assert_malformed_refusal(answers[1])  # the 5 bytes left over
    assert backend.requests == []
    _assert_no_error_logged(gateway_log)


@pytest.mark.parametrize("served", [1, 2])
def test_requests_pipelined_before_garbage_are_answered_then_refused(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    gateway_log: list[logging.LogRecord],
    served: int,
) -> None:
    gateway = make_gateway([backend.url])
    answers = _exchange(gateway.port, _post(BODY) * served + b"\x00 not a request\r\n\r\n")
    assert [status for status, _, _ in answers] == [200] * served + [400], answers
    for _, _, body in answers[:served]:
        assert json.loads(body)["choices"][0]["message"]["content"]
    _assert_malformed_refusal(answers[-1])
    assert len(backend.requests) == served
    _assert_no_error_logged(gateway_log)


def test_a_pipelined_request_with_broken_framing_is_refused_after_the_one_before(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    gateway_log: list[logging.LogRecord],
) -> None:
    # The second request's chunked body breaks after its first chunk: it is not started,
    # the refusal is its answer.
    gateway = make_gateway([backend.url])
    broken = (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n%x\r\n" % len(BODY) + BODY + b"\r\nzz\r\n"
    )
    answers = _exchange(gateway.port, _post(BODY) + broken)
    assert [status for status, _, _ in answers] == [200, 400], answers
    _assert_malformed_refusal(answers[1])
    assert len(backend.requests) == 1
    _assert_no_error_logged(gateway_log)


def test_a_body_broken_while_read_is_refused_without_an_error_logged(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    gateway_log: list[logging.LogRecord],
) -> None:
    # The request being read loses its body: the app sees the client gone, the refusal
    # answers it; with Expect: 100-continue no 100 is written after the refusal either.
    gateway = make_gateway([backend.url])
    head = (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Expect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=15) as sock:
        sock.sendall(head + b"5\r\n" + BODY[:5] + b"\r\n")
        time.sleep(0.3)  # the app is reading the body
        sock.sendall(b"zz\r\n")
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    answers = _answers(received.removeprefix(b"HTTP/1.1 100 Continue\r\n\r\n"))
    assert len(answers) == 1, answers
    _assert_malformed_refusal(answers[0])
    assert backend.requests == []
    _assert_no_error_logged(gateway_log)
