"""Latency the gateway adds: the same requests to the backend directly and through Mamori.

Starts the vLLM-compatible test server and ``mamori serve --upstream`` (with the stages
``mamori serve`` runs; the prompt is the same every time) as separate processes on
127.0.0.1, then sends identical chat requests
to both at concurrency 1 and 32: non-streaming latency and streaming time to first token
(first content byte), p50 and p99, and the gateway's CPU time per request (its processes'
user + system time, from /proc). Prints a table and writes JSON.

    .venv/bin/python bench/overhead.py [--requests 1000] [--rounds 5] [--workers 1] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from harness import cpu_seconds, free_port, summary, wait_ready

ROOT = Path(__file__).resolve().parents[1]
MODEL = "bench-model"
PROMPT = "返品の送料はどちらが負担しますか?注文番号と一緒に教えてください。"
WARMUP = 10
REPLY = "お客様都合の返品の場合、送料はお客様のご負担となります。商品不良の場合は当社が負担します。"


async def _one(client: httpx.AsyncClient, url: str, stream: bool) -> float:
    body = {
        "model": MODEL,
        "messages": [{"role": "user", "content": PROMPT}],
        "stream": stream,
        "max_tokens": 64,
    }
    started = time.perf_counter()
    if not stream:
        response = await client.post(url + "/v1/chat/completions", json=body)
        response.raise_for_status()
        return time.perf_counter() - started
    first: float | None = None
    async with client.stream("POST", url + "/v1/chat/completions", json=body) as response:
        response.raise_for_status()
        async for line in response.aiter_lines():
            if first is None and '"content":"' in line and '"content":""' not in line:
                first = time.perf_counter() - started
    if first is None:
        raise RuntimeError("the stream carried no content")
    return first


async def _run(url: str, stream: bool, concurrency: int, total: int) -> list[float]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        for _ in range(WARMUP):  # open connections, warm code paths
            await _one(client, url, stream)
        samples: list[float] = []
        queue = iter(range(total))

        async def worker() -> None:
            for _ in queue:
                samples.append(await _one(client, url, stream))

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="sampled requests per cell")
    parser.add_argument("--rounds", type=int, default=5, help="direct/gateway alternations")
    parser.add_argument("--workers", type=int, default=1, help="gateway worker processes")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "overhead.json")
    args = parser.parse_args()

    backend_port, gateway_port = free_port(), free_port()
    backend_url = f"http://127.0.0.1:{backend_port}"
    gateway_url = f"http://127.0.0.1:{gateway_port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    # The audit log is written as in production, to a scratch file.
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-"))
    env["MAMORI_AUDIT__PATH"] = str(scratch / "audit.log")
    env["MAMORI_LOG_LEVEL"] = "WARNING"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.vllm_compat", "--port", str(backend_port),
             "--model", MODEL, "--reply", REPLY, "--chunk-chars", "3"],
            cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
        ),
        subprocess.Popen(
            [sys.executable, "-m", "proxy.cli.main", "serve", "--upstream", backend_url,
             "--port", str(gateway_port), "--workers", str(args.workers)],
            cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
        ),
    ]  # fmt: skip
    try:
        wait_ready(backend_url, "/health")
        wait_ready(gateway_url, "/readyz")
        rows: list[dict[str, Any]] = []
        for concurrency in (1, 32):
            for stream in (False, True):
                # Direct and gateway phases alternate over several rounds, so that drift
                # in the machine's load falls on both sides alike.
                direct_samples: list[float] = []
                gateway_samples: list[float] = []
                gateway_cpu = 0.0
                per_round = max(1, args.requests // args.rounds)
                for _ in range(args.rounds):
                    direct_samples += asyncio.run(_run(backend_url, stream, concurrency, per_round))
                    cpu_before = cpu_seconds(processes[1].pid)
                    gateway_samples += asyncio.run(
                        _run(gateway_url, stream, concurrency, per_round)
                    )
                    gateway_cpu += cpu_seconds(processes[1].pid) - cpu_before
                direct, through = summary(direct_samples), summary(gateway_samples)
                # Each _run also sends WARMUP requests that are not sampled; count them.
                sent = args.rounds * (per_round + WARMUP)
                through["gateway_cpu_ms_per_request"] = round(gateway_cpu / sent * 1000, 3)
                rows.append(
                    {
                        "concurrency": concurrency,
                        "metric": "ttft" if stream else "latency",
                        "direct": direct,
                        "mamori": through,
                        "added_p50_ms": round(through["p50_ms"] - direct["p50_ms"], 3),
                        "added_p99_ms": round(through["p99_ms"] - direct["p99_ms"], 3),
                    }
                )
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)

    header = (
        f"{'conc':>4}  {'metric':<8} {'direct p50':>10} {'direct p99':>10} "
        f"{'mamori p50':>10} {'mamori p99':>10} {'added p50':>9} {'added p99':>9} "
        f"{'cpu ms/req':>10}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        d, m = row["direct"], row["mamori"]
        print(
            f"{row['concurrency']:>4}  {row['metric']:<8} {d['p50_ms']:>10.2f} "
            f"{d['p99_ms']:>10.2f} {m['p50_ms']:>10.2f} {m['p99_ms']:>10.2f} "
            f"{row['added_p50_ms']:>9.2f} {row['added_p99_ms']:>9.2f} "
            f"{m['gateway_cpu_ms_per_request']:>10.2f}"
        )
    result = {
        "benchmark": "overhead",
        "unit": "ms",
        "requests_per_cell": args.requests,
        "rounds": args.rounds,
        "gateway_workers": args.workers,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "rows": rows,
    }
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
