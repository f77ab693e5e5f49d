"""Serving efficiency under overload: QoS admission on and off, least-loaded vs round-robin.

Starts capacity-limited vLLM-compatible test servers (``python -m tests.vllm_compat``: at
most ``max_num_seqs`` requests run, the rest wait; every running request slows the others
by ``concurrency_slowdown``; all timing is sleeps, so the simulated GPU, not this machine's
CPU, is the bottleneck) and the gateway as separate processes on 127.0.0.1. The gateway
runs with no pipeline stages: this measures admission and routing, not the safety stages.

Part 1, QoS (2 replicas, same traffic in each run): interactive chat (streamed, Poisson
arrivals) plus batch bursts (not streamed), together 1.5× the replicas' token capacity.

* ``qos-off``: the gateway forwards everything; vLLM queues first come first served;
* ``vllm-priority``: still no gateway queue, but the replicas run
  ``--scheduling-policy priority`` so the ``priority`` the gateway sets orders vLLM's queue;
* ``qos-on``: the gateway admits ``max_in_flight`` per replica, queues by class, keeps a
  share of the slots for interactive traffic and relegates batch (429) under overload.

Reported: interactive TTFT p50/p99 and SLO attainment (TTFT ≤ the class's objective),
batch throughput (completed tokens/s), requests shed (429). Writes a PNG of TTFT over
time per run.

Part 2, routing (3 replicas, one slow): the same streamed traffic with ``balance:
round_robin`` and ``balance: least_loaded``. Goodput: requests per second answered within
the SLO (TTFT and end-to-end).

    .venv/bin/python bench/qos.py [--seconds 45] [--out bench/results/qos.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
MODEL = "chat"
SERVED = "bench/chat-8b"
INTERACTIVE_KEY, BATCH_KEY = "sk-bench-interactive", "sk-bench-batch"
# A long answer: every request is cut by its max_tokens (3 characters per token).
REPLY = "返品の送料はお客様のご負担となります。商品不良の場合は当社が負担いたします。" * 12

# The simulated replica: a request alone gets PREFILL_S to its first token, then
# TOKENS_PER_S; each other running request stretches both by SLOWDOWN.
PREFILL_S = 0.15
TOKENS_PER_S = 25.0
SLOWDOWN = 0.15
MAX_NUM_SEQS = 8
INTERACTIVE_TOKENS = 30
BATCH_TOKENS = 60
TTFT_SLO_S = 1.0
E2E_SLO_S = 4.0
GATEWAY_SLOTS = 6
"""``max_in_flight`` per replica in the qos-on run (vLLM itself runs up to 8)."""

_GATEWAY = """
import sys
from pathlib import Path

import uvicorn

from proxy.app import create_app
from proxy.pipeline.runner import Pipeline
from proxy.settings import load_settings

settings = load_settings(Path(sys.argv[1]))
uvicorn.run(
    create_app(settings, pipeline=Pipeline()),
    host="127.0.0.1",
    port=settings.server.port,
    log_level="warning",
    access_log=False,
)
"""


@dataclass(frozen=True, slots=True)
class Arrival:
    at: float
    """Seconds after the start of the run."""
    cls: str
    """interactive or batch."""


@dataclass(slots=True)
class Result:
    cls: str
    sent_at: float
    status: int = 0
    ttft_s: float | None = None
    total_s: float | None = None
    tokens: int = 0


# Process and HTTP helpers


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _wait_ready(url: str, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not become ready")


@contextmanager
def _replicas(count: int, *, slow: int = 0, policy: str = "fcfs") -> Iterator[list[str]]:
    """Start ``count`` test servers; the last ``slow`` ones generate 8× slower."""
    processes, urls = [], []
    for index in range(count):
        port = _free_port()
        slow_one = index >= count - slow
        args = [
            sys.executable, "-m", "tests.vllm_compat", "--port", str(port),
            "--model", f"{SERVED}:32768", "--reply", REPLY, "--chunk-chars", "3",
            "--latency-s", str(PREFILL_S * (4 if slow_one else 1)),
            "--tokens-per-second", str(TOKENS_PER_S / (8 if slow_one else 1)),
            "--max-num-seqs", str(MAX_NUM_SEQS), "--scheduling-policy", policy,
            "--concurrency-slowdown", str(SLOWDOWN),
        ]  # fmt: skip
        processes.append(subprocess.Popen(args, cwd=ROOT, stderr=subprocess.DEVNULL))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            _wait_ready(url + "/health")
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


@contextmanager
def _gateway(backends: list[str], scratch: Path, **route: Any) -> Iterator[str]:
    """The gateway (no stages) with an interactive key and a batch key."""
    from proxy.settings import hash_api_key

    port = _free_port()
    config = {
        "server": {"port": port},
        "models": {MODEL: {"backends": backends, "upstream_model": SERVED, **route}},
        "tenants": {"default": {}, "bench": {"qos_class": "interactive"}},
        "api_keys": [
            {"sha256": hash_api_key(INTERACTIVE_KEY), "tenant": "bench", "name": "interactive"},
            {"sha256": hash_api_key(BATCH_KEY), "tenant": "bench", "qos_class": "batch"},
        ],
        "qos": {
            "classes": {
                "interactive": {"priority": 0, "ttft_slo_s": TTFT_SLO_S, "max_queue_wait_s": 10},
                "batch": {"priority": 100, "max_queue_wait_s": 15, "max_share": 0.6},
            },
            "default_class": "batch",
        },
        "policies": {"directory": str(ROOT / "policies")},
        "audit": {"path": str(scratch / f"audit-{port}.log")},
        "upstream": {"metrics_interval_s": 1.0, "health_interval_s": 2.0},
        "log_level": "WARNING",
    }
    path = scratch / f"gateway-{port}.json"  # JSON is YAML
    path.write_text(json.dumps(config), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    process = subprocess.Popen(
        [sys.executable, "-c", _GATEWAY, str(path)], cwd=ROOT, env=env, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url + "/readyz")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


# Traffic


def qos_traffic(seconds: float, seed: int) -> list[Arrival]:
    """Interactive Poisson arrivals plus batch bursts, 1.5× the two replicas' capacity.

    Capacity: two replicas at max_num_seqs, in generated tokens per second.
    """
    rng = random.Random(seed)
    per_replica = MAX_NUM_SEQS * TOKENS_PER_S / (1 + SLOWDOWN * (MAX_NUM_SEQS - 1))
    capacity = 2 * per_replica
    interactive_rate = 0.15 * capacity / INTERACTIVE_TOKENS  # 15 % of capacity
    batch_rate = (1.5 * capacity - interactive_rate * INTERACTIVE_TOKENS) / BATCH_TOKENS
    arrivals = [Arrival(t, "interactive") for t in _poisson(rng, interactive_rate, seconds)]
    burst_every = 5.0
    per_burst = round(batch_rate * burst_every)
    start = 1.0
    while start < seconds:
        arrivals += [Arrival(start + rng.uniform(0, 0.5), "batch") for _ in range(per_burst)]
        start += burst_every
    return sorted(arrivals, key=lambda a: a.at)


def routing_traffic(seconds: float, seed: int, rate: float) -> list[Arrival]:
    return [Arrival(t, "interactive") for t in _poisson(random.Random(seed), rate, seconds)]


def _poisson(rng: random.Random, rate: float, seconds: float) -> list[float]:
    times, now = [], rng.expovariate(rate)
    while now < seconds:
        times.append(now)
        now += rng.expovariate(rate)
    return times


async def _one(client: httpx.AsyncClient, url: str, arrival: Arrival, t0: float) -> Result:
    interactive = arrival.cls == "interactive"
    body = {
        "model": MODEL,
        "messages": [{"role": "user", "content": "返品の送料について教えてください。"}],
        "max_tokens": INTERACTIVE_TOKENS if interactive else BATCH_TOKENS,
        "stream": interactive,
    }
    key = INTERACTIVE_KEY if interactive else BATCH_KEY
    result = Result(arrival.cls, sent_at=time.perf_counter() - t0)
    started = time.perf_counter()
    try:
        async with client.stream(
            "POST",
            url + "/v1/chat/completions",
            json=body,
            headers={"Authorization": f"Bearer {key}"},
        ) as response:
            result.status = response.status_code
            if response.status_code != 200:
                await response.aread()
                return result
            if not interactive:
                payload = json.loads(await response.aread())
                result.total_s = result.ttft_s = time.perf_counter() - started
                result.tokens = payload["usage"]["completion_tokens"]
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


async def drive(url: str, arrivals: list[Arrival], drain_s: float) -> list[Result]:
    limits = httpx.Limits(max_connections=1000, max_keepalive_connections=200)
    async with httpx.AsyncClient(timeout=httpx.Timeout(120.0), limits=limits) as client:
        t0 = time.perf_counter()
        tasks = []
        for arrival in arrivals:
            delay = arrival.at - (time.perf_counter() - t0)
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(_one(client, url, arrival, t0)))
        done, pending = await asyncio.wait(tasks, timeout=drain_s)
        for task in pending:
            task.cancel()
        results = [task.result() for task in done]
        # Unfinished at the end of the drain: counted as failed (status 0).
        results += [
            Result(a.cls, a.at) for a, t in zip(arrivals, tasks, strict=True) if t in pending
        ]
        return results


# Summaries


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def qos_summary(results: list[Result], seconds: float) -> dict[str, Any]:
    inter = [r for r in results if r.cls == "interactive"]
    batch = [r for r in results if r.cls == "batch"]
    ttfts = [r.ttft_s for r in inter if r.status == 200 and r.ttft_s is not None]
    met = sum(
        1 for r in inter if r.status == 200 and r.ttft_s is not None and r.ttft_s <= TTFT_SLO_S
    )
    done_batch = [r for r in batch if r.status == 200]
    # Throughput over the time the batch work actually took (arrivals plus the backlog).
    span = max([seconds] + [r.sent_at + (r.total_s or 0.0) for r in done_batch])
    return {
        "interactive_requests": len(inter),
        "interactive_ttft_p50_s": _round(_pct(ttfts, 50)),
        "interactive_ttft_p99_s": _round(_pct(ttfts, 99)),
        "interactive_slo_attainment": round(met / len(inter), 4) if inter else None,
        "interactive_shed": sum(1 for r in inter if r.status == 429),
        "batch_requests": len(batch),
        "batch_completed": len(done_batch),
        "batch_tokens_per_s": round(sum(r.tokens for r in done_batch) / span, 1),
        "batch_span_s": round(span, 1),
        "batch_shed": sum(1 for r in batch if r.status == 429),
        "unfinished": sum(1 for r in results if r.status in (0, -1)),
    }


def routing_summary(results: list[Result], seconds: float) -> dict[str, Any]:
    good = [
        r
        for r in results
        if r.status == 200
        and r.ttft_s is not None
        and r.total_s is not None
        and r.ttft_s <= TTFT_SLO_S
        and r.total_s <= E2E_SLO_S
    ]
    ttfts = [r.ttft_s for r in results if r.status == 200 and r.ttft_s is not None]
    return {
        "requests": len(results),
        "within_slo": len(good),
        "goodput_rps": round(len(good) / seconds, 3),
        "ttft_p50_s": _round(_pct(ttfts, 50)),
        "ttft_p99_s": _round(_pct(ttfts, 99)),
        "failed_or_unfinished": sum(1 for r in results if r.status != 200),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def plot(runs: dict[str, list[Result]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(len(runs), 1, figsize=(9, 2.6 * len(runs)), sharex=True)
    for ax, (name, results) in zip(axes, runs.items(), strict=True):
        for cls, colour, marker in (("interactive", "tab:blue", "o"), ("batch", "tab:orange", ".")):
            ok = [r for r in results if r.cls == cls and r.status == 200 and r.ttft_s is not None]
            ax.scatter(
                [r.sent_at for r in ok],
                [r.ttft_s for r in ok],
                s=10,
                c=colour,
                marker=marker,
                label=f"{cls} (batch: whole answer)" if cls == "batch" else cls,
            )
            shed = [r for r in results if r.cls == cls and r.status == 429]
            if shed:
                ax.scatter([r.sent_at for r in shed], [0.02] * len(shed), s=12, c="tab:red",
                           marker="x", label=f"{cls} shed (429)")  # fmt: skip
        ax.axhline(TTFT_SLO_S, color="tab:green", linestyle="--", linewidth=1, label="TTFT SLO")
        ax.set_yscale("log")
        ax.set_ylabel("TTFT (s)")
        ax.set_title(name, fontsize=10)
        ax.legend(fontsize=7, loc="upper left")
    axes[-1].set_xlabel("request sent at (s)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=45.0, help="arrival window per run")
    parser.add_argument(
        "--routing-rates", default="2,3", help="requests/s in part 2, comma-separated"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "qos.json")
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "img" / "qos-ttft.png")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-qos-"))
    seconds = args.seconds

    traffic = qos_traffic(seconds, args.seed)
    qos_runs: dict[str, list[Result]] = {}
    for name, policy, route in (
        ("qos-off", "fcfs", {}),
        ("vllm-priority", "priority", {}),
        ("qos-on", "fcfs", {"max_in_flight": GATEWAY_SLOTS}),
    ):
        with _replicas(2, policy=policy) as urls, _gateway(urls, scratch, **route) as url:
            print(f"running {name} ({len(traffic)} requests over {seconds:.0f} s)", flush=True)
            # The qos-off backlog takes a while to clear; what is left after it is a failure.
            qos_runs[name] = asyncio.run(drive(url, traffic, seconds + 45))

    routing_runs: dict[str, list[Result]] = {}
    for rate in [float(r) for r in args.routing_rates.split(",")]:
        flow = routing_traffic(seconds, args.seed, rate)
        for balance in ("round_robin", "least_loaded"):
            with _replicas(3, slow=1) as urls, _gateway(urls, scratch, balance=balance) as url:
                print(f"running routing {balance} at {rate:g}/s ({len(flow)} requests)", flush=True)
                # Anything still running after the end-to-end SLO has missed it anyway.
                results = asyncio.run(drive(url, flow, seconds + E2E_SLO_S + 2))
                routing_runs[f"{balance}@{rate:g}"] = results

    qos_rows = {name: qos_summary(results, seconds) for name, results in qos_runs.items()}
    routing_rows = {name: routing_summary(r, seconds) for name, r in routing_runs.items()}
    gains: dict[str, float | None] = {}
    for name, row in routing_rows.items():
        if name.startswith("least_loaded@"):
            baseline = routing_rows[name.replace("least_loaded", "round_robin")]["goodput_rps"]
            gains[name.split("@")[1]] = (
                round(row["goodput_rps"] / baseline - 1, 3) if baseline else None
            )

    print()
    header = (
        f"{'run':<14} {'int. p50':>9} {'int. p99':>9} {'SLO att.':>9} {'int. shed':>9} "
        f"{'batch tok/s':>11} {'batch done':>10} {'batch shed':>10}"
    )
    print(header)
    print("-" * len(header))
    for name, row in qos_rows.items():
        print(
            f"{name:<14} {_fmt(row['interactive_ttft_p50_s'])} "
            f"{_fmt(row['interactive_ttft_p99_s'])} "
            f"{row['interactive_slo_attainment']:>9.1%} {row['interactive_shed']:>9} "
            f"{row['batch_tokens_per_s']:>11.1f} {row['batch_completed']:>10} "
            f"{row['batch_shed']:>10}"
        )
    print()
    header = "{:<18} {:>9} {:>7} {:>5} {:>9} {:>9}".format(
        "balance@rate", "goodput/s", "in SLO", "of", "TTFT p50", "TTFT p99"
    )
    print(header)
    print("-" * len(header))
    for name, row in routing_rows.items():
        print(
            f"{name:<18} {row['goodput_rps']:>9.2f} {row['within_slo']:>7} {row['requests']:>5} "
            f"{_fmt(row['ttft_p50_s'])} {_fmt(row['ttft_p99_s'])}"
        )
    for at_rate, gain in gains.items():
        if gain is not None:
            print(f"least_loaded goodput vs round_robin at {at_rate}/s: {gain:+.1%}")

    args.plot.parent.mkdir(parents=True, exist_ok=True)
    plot(qos_runs, args.plot)
    result = {
        "benchmark": "qos",
        "seconds": seconds,
        "seed": args.seed,
        "replica_model": {
            "prefill_s": PREFILL_S,
            "tokens_per_s": TOKENS_PER_S,
            "concurrency_slowdown": SLOWDOWN,
            "max_num_seqs": MAX_NUM_SEQS,
            "slow_replica": "4x prefill, 1/8 tokens per second",
        },
        "slo": {"interactive_ttft_s": TTFT_SLO_S, "routing_e2e_s": E2E_SLO_S},
        "gateway_max_in_flight": GATEWAY_SLOTS,
        "qos": qos_rows,
        "routing": {**routing_rows, "least_loaded_goodput_gain_by_rate": gains},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "plot": str(args.plot.relative_to(ROOT)) if args.plot.is_relative_to(ROOT) else None,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out} and {args.plot}")
    return 0


def _fmt(value: float | None) -> str:
    return f"{value:>8.2f}s" if value is not None else f"{'-':>9}"


if __name__ == "__main__":
    raise SystemExit(main())
