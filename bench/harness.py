"""Shared pieces of the serving benchmarks: free ports, readiness, the chunked echo
backend, one timed streaming request, CPU time, percentiles."""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

__all__ = [
    "cpu_seconds",
    "free_port",
    "percentile",
    "start_chunked_echo_backend",
    "stream_chat",
    "summary",
    "wait_ready",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def wait_ready(url: str, path: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + path, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url}{path} did not become ready")


def start_chunked_echo_backend(root: Path, port: int, model: str) -> subprocess.Popen[bytes]:
    """The vLLM-compatible test server on ``port``, echoing the last user message in SSE
    chunks of 1–3 characters (``MAMORI_*`` variables are not passed on)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(port),
         "--model", model, "--chunk-chars", "1-3"],
        cwd=root, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip


async def stream_chat(
    client: httpx.AsyncClient, url: str, model: str, text: str
) -> tuple[float, float, str]:
    """One streamed chat request with ``text`` as the user message: seconds to the first
    content, seconds to the end of the stream, and the content received."""
    body = {"model": model, "messages": [{"role": "user", "content": text}], "stream": True}
    started = time.perf_counter()
    first: float | None = None
    answer = []
    async with client.stream("POST", url + "/v1/chat/completions", json=body) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if not line.startswith("data: {"):
                continue
            for choice in json.loads(line[6:]).get("choices") or []:
                piece = (choice.get("delta") or {}).get("content") or ""
                if piece and first is None:
                    first = time.perf_counter() - started
                answer.append(piece)
    if first is None:
        raise RuntimeError("the stream carried no content")
    return first, time.perf_counter() - started, "".join(answer)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children (Linux ``/proc``)."""
    total = 0.0
    pending = [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while pending:
        current = pending.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
        pending.extend(int(child) for child in children)
    return total


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(samples: list[float]) -> dict[str, float]:
    """Percentiles in milliseconds."""
    return {
        "p50_ms": round(statistics.median(samples) * 1000, 3),
        "p99_ms": round(percentile(samples, 99) * 1000, 3),
        "mean_ms": round(statistics.fmean(samples) * 1000, 3),
        "n": len(samples),
    }
