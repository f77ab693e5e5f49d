"""CPU of one upstream call through a backend group: the lean transport against httpx's own.

    .venv/bin/python bench/upstream_transport.py [--calls 300] [--rounds 3] [--out FILE]

One process, one event loop: a :class:`~proxy.upstream.group.BackendGroup` (as the gateway
builds it: default settings, one replica) sends the gateway's upstream request — a chat
body with a ~1,000-character FAQ context as the system message, non-streamed — to the
vLLM-compatible test server (fixed 31-character reply) and reads the whole answer
(``send`` + ``read_whole``: what ``/v1/chat/completions`` does upstream), ``--calls`` times
per variant and round, the variants alternating each round: ``lean`` (the group's
default, :mod:`proxy.upstream.lean_transport`) and ``httpx`` (the group given
``httpx.AsyncHTTPTransport``, the transport before). Measured per call: the event loop
thread's CPU time (``time.thread_time``; the test server runs in another process) and
the wall time; p50 per round. A streamed answer is read too (``stream: true``, its events
in chunks), for the same comparison on the SSE path.

A benchmark, not a test. Writes ``bench/results/upstream_transport.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
from harness import free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from proxy.settings import UpstreamSettings  # noqa: E402
from proxy.upstream.group import BackendGroup  # noqa: E402

RESULTS = ROOT / "bench" / "results"
MODEL = "bench-model"
REPLY = "お問い合わせありがとうございます。担当窓口よりご案内いたします。"
CONTEXT = (
    "以下のFAQを参考に回答してください。\n"
    + "住民票の写しは市役所の窓口またはオンラインで請求できます。" * 33
)


def _body(i: int, stream: bool) -> bytes:
    body = {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": CONTEXT},
            {"role": "user", "content": f"住民票の写しの取り方を教えてください（{i}）"},
        ],
        "max_tokens": 64,
        "stream": stream,
    }
    return json.dumps(body, ensure_ascii=False).encode()


async def _calls(group: BackendGroup, count: int, stream: bool) -> dict[str, float]:
    cpu: list[float] = []
    wall: list[float] = []
    headers = {"Content-Type": "application/json", "X-Request-Id": "bench"}
    for i in range(count):
        content = _body(i, stream)
        started_cpu, started = time.thread_time(), time.perf_counter()
        upstream = await group.send("POST", "/v1/chat/completions", content=content,
                                    headers=headers)  # fmt: skip
        if stream:
            try:
                async for _ in upstream.response.aiter_bytes():
                    pass
            finally:
                await upstream.aclose()
        else:
            await upstream.read_whole()
        cpu.append(time.thread_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return {
        "cpu_p50_ms": round(statistics.median(cpu) * 1000, 3),
        "wall_p50_ms": round(statistics.median(wall) * 1000, 3),
    }


async def run(url: str, calls: int, rounds: int) -> list[dict[str, Any]]:
    out = []
    for number in range(rounds):
        variants = ["lean", "httpx"] if number % 2 == 0 else ["httpx", "lean"]
        row: dict[str, Any] = {"round": number + 1, "load_average": round(os.getloadavg()[0], 2)}
        for variant in variants:
            transport = httpx.AsyncHTTPTransport() if variant == "httpx" else None
            group = BackendGroup(MODEL, [url], UpstreamSettings(), transport=transport)
            try:
                await _calls(group, 20, False)  # warm-up, connection opened
                row[variant] = await _calls(group, calls, False)
                row[f"{variant}_stream"] = await _calls(group, calls // 3, True)
            finally:
                await group.aclose()
        out.append(row)
        print(json.dumps(row))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS / "upstream_transport.json")
    args = parser.parse_args(argv)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    backend = subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(port), "--model", MODEL,
         "--reply", REPLY],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        wait_ready(url, "/health")
        rounds = asyncio.run(run(url, args.calls, args.rounds))
    finally:
        backend.terminate()
        backend.wait(timeout=20)
    summary = {
        variant: {
            key: round(statistics.median(r[variant][key] for r in rounds), 3)
            for key in ("cpu_p50_ms", "wall_p50_ms")
        }
        for variant in ("lean", "httpx", "lean_stream", "httpx_stream")
    }
    print("median of the rounds' p50:", json.dumps(summary))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    document = {"benchmark": "upstream_transport", "rounds": rounds, "median": summary}
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
