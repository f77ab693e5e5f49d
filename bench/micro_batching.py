"""Micro-batching on or off: full-pipeline throughput of one gateway worker, one run.

    .venv/bin/python bench/micro_batching.py [--requests 48] [--rounds 3]
                                             [--variants 1,16,16:2] [--out FILE]

The README's default configuration as in ``bench/pipeline.py`` (sample FAQ index in a
scratch Milvus Lite home, the echo backend), with one ``mamori serve --workers 1`` gateway
per *variant* running side by side (they share the Milvus Lite server): ``N`` sets
``embedding.micro_batch_texts`` to N (1: no batching), ``N:W`` also sets
``embedding.micro_batch_window_ms`` to W. For each round and concurrency level (1, 8,
32) every variant gets ``--requests`` distinct ~60-character messages (a name, two FAQ
questions, a phone number: no pair of questions sent before, so no memo or cache
answers), the variants' order alternating between rounds so drift in the machine's load
falls on all alike.

Per variant and level: requests/s and p50/p99 latency (medians over the rounds, with
every round kept in the JSON), and the CPU milliseconds per request of the gateway process
(user + system time: robust to other load, unlike the wall times). The load average
is recorded with every measurement. A benchmark, not a test. Writes
``bench/results/micro_batching.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from harness import free_port, wait_ready
from pipeline import GIVEN, MODEL, QUERIES, REPLY, ROOT, SURNAMES, _level, _stop, load_queries

RESULTS = ROOT / "bench" / "results"
LEVELS = (1, 8, 32)


def distinct_messages(queries: Sequence[str], count: int, seed: int = 17) -> list[str]:
    """``count`` messages of a name, two FAQ questions and a phone number, no two with the
    same pair of questions: the part the search embeds (the cleaned question) differs too,
    so the worker's query memo never answers (one question per message repeated after a
    few hundred and turned later rounds into memo hits)."""
    rng = random.Random(seed)
    pool = [q for q in queries if 10 <= len(q) <= 25]
    rng.shuffle(pool)
    pairs = [(a, b) for a in range(len(pool)) for b in range(len(pool)) if a != b]
    rng.shuffle(pairs)
    if count > len(pairs):
        raise ValueError(f"at most {len(pairs)} distinct messages")
    out = []
    for i, (a, b) in enumerate(pairs[:count]):
        name = SURNAMES[i % 10] + GIVEN[(i // 10) % 10]
        phone = f"090-{1000 + i % 9000:04d}-{rng.randrange(10000):04d}"
        out.append(f"{name}です。{pool[a]}また、{pool[b]}折り返しは{phone}にお願いします。")
    return out


def _variant_env(env: dict[str, str], variant: str) -> dict[str, str]:
    texts, _, window = variant.partition(":")
    out = dict(env)
    out["MAMORI_EMBEDDING__MICRO_BATCH_TEXTS"] = texts
    out["MAMORI_EMBEDDING__MICRO_BATCH_WINDOW_MS"] = window or "0"
    return out


def _serve(config: Path, upstream: str, port: int, env: dict[str, str]) -> Any:
    return subprocess.Popen(
        [sys.executable, "-m", "proxy.cli.main", "serve", "--config", str(config),
         "--upstream", upstream, "--port", str(port), "--workers", "1"],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _own_cpu(pid: int) -> float:
    """User + system CPU seconds of one process, without its children."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _measure(url: str, pid: int, texts: list[str], level: int) -> dict[str, Any]:
    # The gateway's own CPU (one process with --workers 1): the shared Milvus Lite server
    # is a child of whichever gateway started it, so the process tree would not compare.
    before = _own_cpu(pid)
    row = await _level(url, texts, level)
    row["gateway_cpu_ms_per_request"] = round((_own_cpu(pid) - before) / len(texts) * 1000, 1)
    return row


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=48, help="per variant, level, round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variants", default="1,16", help="micro_batch_texts[:window_ms],...")
    parser.add_argument("--out", type=Path, default=RESULTS / "micro_batching.json")
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]

    queries = load_queries(QUERIES)
    needed = args.requests * len(LEVELS) * args.rounds * len(variants) + 8 * len(variants)
    pool = iter(distinct_messages(queries, needed))
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-batching-"))
    config = ROOT / "mamori.yaml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env["MAMORI_AUDIT__PATH"] = str(scratch / "audit.log")
    env["MAMORI_LOG_LEVEL"] = "WARNING"
    env["HF_HUB_OFFLINE"] = "1"
    env["MAMORI_RETRIEVAL__MILVUS_URI"] = str(scratch / "milvus")
    subprocess.run(
        [sys.executable, "-m", "proxy.cli.main", "reindex", "faq", "--config", str(config)],
        cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    backend_port = free_port()
    backend = f"http://127.0.0.1:{backend_port}"
    results: dict[str, Any] = {
        "benchmark": "micro_batching",
        "config": "mamori.yaml (default policy, sample FAQ index), 1 worker, echo backend",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "variants": variants,
        "requests_per_level": args.requests,
        "rounds": [],
    }
    backend_process = subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(backend_port),
         "--model", MODEL, "--reply", REPLY],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    gateways: dict[str, tuple[str, Any]] = {}
    try:
        wait_ready(backend, "/health")
        for variant in variants:
            port = free_port()
            process = _serve(config, backend, port, _variant_env(env, variant))
            gateways[variant] = (f"http://127.0.0.1:{port}", process)
            # One at a time: the first starts the shared Milvus Lite server.
            wait_ready(gateways[variant][0], "/readyz", timeout=600)
        for url, _ in gateways.values():  # warm-up, untimed
            asyncio.run(_level(url, [next(pool) for _ in range(8)], 4))
        for round_no in range(args.rounds):
            order = variants if round_no % 2 == 0 else variants[::-1]
            row: dict[str, Any] = {}
            for level in LEVELS:
                for variant in order:
                    url, process = gateways[variant]
                    texts = [next(pool) for _ in range(args.requests)]
                    measured = asyncio.run(_measure(url, process.pid, texts, level))
                    row.setdefault(str(level), {})[variant] = measured
                    print(
                        f"round {round_no + 1} c={level:>2} variant {variant:>5}: "
                        f"{measured['requests_per_s']:6.2f} req/s, "
                        f"p50 {measured['latency']['p50_ms']:7.1f} ms, "
                        f"CPU {measured['gateway_cpu_ms_per_request']:6.1f} ms/req, "
                        f"load {measured['load_average']}",
                        flush=True,
                    )
            results["rounds"].append(row)
            _write(args.out, results)
    finally:
        for _, process in gateways.values():
            _stop(process)
        backend_process.terminate()
        backend_process.wait(timeout=20)
    results["summary"] = _summary(results["rounds"], variants)
    _write(args.out, results)
    print(f"\n{'c':>3} {'variant':>8} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms/req':>10}")
    for level, by_variant in results["summary"].items():
        for variant, cell in by_variant.items():
            print(
                f"{level:>3} {variant:>8} {cell['requests_per_s']:>7.2f} {cell['p50_ms']:>8.1f} "
                f"{cell['p99_ms']:>8.1f} {cell['cpu_ms_per_request']:>10.1f}"
            )
    print(f"wrote {args.out}")
    return 0


def _summary(rounds: list[dict[str, Any]], variants: list[str]) -> dict[str, Any]:
    """Medians over the rounds per level and variant."""
    out: dict[str, Any] = {}
    for level in LEVELS:
        out[str(level)] = {}
        for variant in variants:
            cells = [r[str(level)][variant] for r in rounds]
            out[str(level)][variant] = {
                "requests_per_s": statistics.median(c["requests_per_s"] for c in cells),
                "p50_ms": statistics.median(c["latency"]["p50_ms"] for c in cells),
                "p99_ms": statistics.median(c["latency"]["p99_ms"] for c in cells),
                "cpu_ms_per_request": statistics.median(
                    c["gateway_cpu_ms_per_request"] for c in cells
                ),
            }
    return out


def _write(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"{time.perf_counter() - started:.0f} s")
    raise SystemExit(code)
