"""The shared Milvus Lite server process (:mod:`retrieval.milvus_lite_server`) stops
cleanly on the SIGINT it is sent, whatever signal dispositions its starter had."""

from __future__ import annotations

import contextlib
import signal
import subprocess
from pathlib import Path

import pytest

from retrieval.milvus_lite_server import MilvusLiteServer, _free_port

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
    log = (tmp_path / "server.log").read_text()
    assert "Shutting down..." in log
    assert "Closed." in log  # drained and closed, not killed mid-way
    assert not (tmp_path / "server.json").exists()


@pytest.mark.parametrize("moment_s", [0.0, 0.3, 1.0], ids=["at-exec", "importing", "starting"])
def test_a_stop_signal_at_any_moment_of_the_start_closes_the_data(
    tmp_path: Path, moment_s: float
) -> None:
    # The port accepts while milvus-lite's server.start() still runs: a SIGINT sent as
    # soon as acquire() returned raised KeyboardInterrupt in there (or in the imports),
    # outside the handler that drains and closes the data. The signal is held now and
    # stops the server once it is up, whenever it came.
    server = MilvusLiteServer(tmp_path)
    log_path = tmp_path / "server.log"
    process = server._spawn(_free_port(), log_path)
    try:
        if moment_s:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(moment_s)
        process.send_signal(signal.SIGINT)
        returncode = process.wait(60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    log = log_path.read_text()
    assert returncode == 0, log
    assert "Shutting down..." in log
    assert "Closed." in log


def test_a_start_interrupted_while_waiting_stops_the_process_it_spawned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An interrupt (Ctrl-C, a test run's timeout) while acquire() waits for the new
    # server's port: the process was left running, and no state file named it for a
    # later release to stop.
    from retrieval import milvus_lite_server

    server = MilvusLiteServer(tmp_path)
    spawned: list[subprocess.Popen[bytes]] = []
    spawn = server._spawn

    def recording_spawn(port: int, log_path: Path) -> subprocess.Popen[bytes]:
        spawned.append(spawn(port, log_path))
        return spawned[-1]

    def interrupted(port: int) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr(server, "_spawn", recording_spawn)
    monkeypatch.setattr(milvus_lite_server, "_accepts", interrupted)
    with pytest.raises(KeyboardInterrupt):
        server.acquire()
    (process,) = spawned
    try:
        # Sent its stop signal before acquire() raised: it exits (it ran on before).
        process.wait(timeout=30)
        assert not (tmp_path / "server.json").exists()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
