"""``mamori serve`` stopped by SIGTERM as an operator's supervisor stops it: requests in
flight finish (within ``server.shutdown_drain_s``), new connections are refused, the
Milvus Lite server it started is stopped cleanly, and the process exits promptly instead
of waiting out a child's kill timeout or an endless stream."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.integration.conftest import MODEL, SERVED, closed_port
from tests.vllm_compat import VLLMCompatServer
from tests.vllm_compat.config import ServerConfig

pytestmark = pytest.mark.integration

ROOT = Path(__file__).parents[2]


def _serve(
    tmp_path: Path, backend: VLLMCompatServer, workers: int, drain_s: int
) -> tuple[subprocess.Popen[bytes], str]:
    """``mamori serve`` started with SIGINT ignored, as ``mamori serve &`` from a script
    (or a supervisor) starts it; its URL once it answers."""
    policies = tmp_path / "policies"
    policies.mkdir()
    # No FAQ search (no index is built here): the answer is the backend's.
    policy = {"name": "default", "guard": {"enabled": False}, "retrieval": {"enabled": False}}
    (policies / "default.yaml").write_text(json.dumps(policy), encoding="utf-8")
    config = tmp_path / "mamori.json"  # JSON is YAML
    config.write_text(
        json.dumps(
            {
                "models": {MODEL: {"backends": [backend.url], "upstream_model": SERVED}},
                "policies": {"directory": str(policies)},
                "retrieval": {
                    "enabled": True,
                    "milvus_uri": str(tmp_path / "milvus"),
                    "indexes_dir": str(tmp_path),
                },
                "audit": {"path": str(tmp_path / "audit.log")},
                "server": {"shutdown_drain_s": drain_s},
            }
        ),
        encoding="utf-8",
    )
    port = closed_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli.main", "serve", "--config", str(config),
         "--port", str(port), "--workers", str(workers)],
        cwd=ROOT, env=env, stdout=(tmp_path / "serve.log").open("wb"),
        stderr=subprocess.STDOUT,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN),
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while True:
        assert process.poll() is None, (tmp_path / "serve.log").read_text()
        assert time.monotonic() < deadline, "mamori serve did not answer"
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.3)


def _stream(url: str, out: dict[str, Any], started: threading.Event) -> None:
    body = {"model": MODEL, "messages": [{"role": "user", "content": "あ" * 60}],
            "stream": True}  # fmt: skip
    text = ""
    try:
        with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, timeout=120) as r:
            for line in r.iter_lines():
                started.set()
                if not line:
                    continue
                out.setdefault("lines", []).append(line)
                if line.startswith("data: {"):
                    for choice in json.loads(line[6:]).get("choices", []):
                        text += choice["delta"].get("content") or ""
    except httpx.HTTPError as exc:
        out["error"] = type(exc).__name__
    out["text"] = text
    started.set()


def _stop_mid_stream(
    tmp_path: Path, backend: VLLMCompatServer, workers: int, drain_s: int
) -> tuple[dict[str, Any], int, bool]:
    """SIGTERM while a stream runs: what the client got, the exit status, and whether a
    new connection was refused while the stream drained."""
    process, url = _serve(tmp_path, backend, workers, drain_s)
    out: dict[str, Any] = {}
    started = threading.Event()
    client = threading.Thread(target=_stream, args=(url, out, started))
    try:
        client.start()
        assert started.wait(120)
        process.send_signal(signal.SIGTERM)
        refused = False
        deadline = time.monotonic() + 30
        while client.is_alive() and time.monotonic() < deadline and not refused:
            try:
                httpx.get(f"{url}/healthz", timeout=1)
            except httpx.ConnectError:
                refused = True
            except (httpx.ReadError, httpx.RemoteProtocolError):
                # accepted just before the listener closed, then reset: not refused, not
                # hung either; poll again
                pass
            time.sleep(0.1)
        client.join(120)
        status = process.wait(60)
    finally:
        if process.poll() is None:
            process.kill()
    return out, status, refused


def test_a_stream_in_flight_finishes_and_milvus_lite_stops_cleanly(tmp_path: Path) -> None:
    # 60 tokens at 20/s: the stream runs about 3 s after the signal.
    paced = ServerConfig(tokens_per_second=20.0, chunk_chars=1)
    with VLLMCompatServer({SERVED: 4096}, config=paced) as backend:
        out, status, refused = _stop_mid_stream(tmp_path, backend, workers=2, drain_s=20)
        assert backend.requests[0].outcome == "completed"
    assert out["text"] == "あ" * 60, out
    assert out["lines"][-1] == "data: [DONE]"
    assert refused  # no new connection while the stream drained
    assert status == 0
    log = (tmp_path / "milvus" / "server.log").read_text()
    # milvus-lite prints this on the SIGINT it is stopped with (then closes its data); it
    # used to ignore that SIGINT here and be SIGKILLed after 10 s.
    assert "Shutting down..." in log
    assert not (tmp_path / "milvus" / "server.json").exists()


def test_a_stream_longer_than_the_drain_is_cut_and_the_process_exits(tmp_path: Path) -> None:
    # 60 tokens at 1/s: a minute; the drain allows 1 s.
    paced = ServerConfig(tokens_per_second=1.0, chunk_chars=1)
    with VLLMCompatServer({SERVED: 4096}, config=paced) as backend:
        out, status, _ = _stop_mid_stream(tmp_path, backend, workers=1, drain_s=1)
        backend.wait_for(lambda: backend.requests[0].outcome == "aborted", timeout=10)
        assert backend.requests[0].tokens_sent < 60
    assert out["text"] != "あ" * 60
    assert "data: [DONE]" not in out.get("lines", [])
    assert status in (0, -signal.SIGTERM)  # uvicorn re-raises the signal it stopped on
