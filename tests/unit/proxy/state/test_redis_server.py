"""The embedded Redis that mamori serve starts for its workers."""

from __future__ import annotations

import stat
import time

from proxy.state.redis_server import EmbeddedRedis


def test_private_socket_restarted_when_it_dies_and_removed_on_stop() -> None:
    server = EmbeddedRedis()
    url = server.start()
    try:
        directory = server.socket_path.parent
        assert url == f"unix://{server.socket_path}"
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
        assert server.answers()
        assert not list(directory.glob("*.rdb"))  # no persistence configured
        server.supervise(interval_s=0.05)
        first = server.pid
        server.kill()
        deadline = time.monotonic() + 20
        while not (server.restarts == 1 and server.answers()):
            assert time.monotonic() < deadline, "not restarted"
            time.sleep(0.05)
        assert server.pid != first
    finally:
        server.stop()
    assert not directory.exists()
