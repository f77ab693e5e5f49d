"""The shared Milvus Lite server process (:mod:`retrieval.milvus_lite_server`) stops
cleanly on the SIGINT it is sent, whatever signal dispositions its starter had."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from retrieval.milvus_lite_server import MilvusLiteServer

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("sigint", ["ignored", "default"])
def test_the_server_stops_cleanly_even_when_started_with_sigint_ignored(
    tmp_path: Path, sigint: str
) -> None:
    # `mamori serve &` from a script (or a supervisor) starts with SIGINT ignored; the
    # server inherited that, ignored the SIGINT it is stopped with, and every stop of the
    # gateway waited out the 10 s grace, then SIGKILLed it (data never closed).
    server = MilvusLiteServer(tmp_path)
    previous = signal.signal(
        signal.SIGINT, signal.SIG_IGN if sigint == "ignored" else signal.default_int_handler
    )
    try:
        server.acquire()
    finally:
        signal.signal(signal.SIGINT, previous)
    server.release()
    # milvus-lite prints this on KeyboardInterrupt, before it drains and closes its data;
    # a SIGKILLed server prints nothing more.
    assert "Shutting down..." in (tmp_path / "server.log").read_text()
    assert not (tmp_path / "server.json").exists()
