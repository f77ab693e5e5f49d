"""Serving efficiency under overload: QoS admission on and off, least-loaded vs round-robin.

Starts capacity-limited vLLM-compatible test servers (``python -m tests.vllm_compat``: at
most ``max_num_seqs`` requests run, the rest wait; every running request slows the others
by ``concurrency_slowdown``; all timing is sleeps, so the simulated GPU, not this machine's
CPU, is the bottleneck) and the gateway as separate processes on 127.0.0.1. The gateway
runs with no pipeline stages: this measures admission and routing, not the safety stages.

Part 1, QoS (2 replicas, same seeded traffic in each run, at each overload factor --
1.5× and 3× by default): interactive chat (streamed, Poisson arrivals, 15 % of the
replicas' token capacity) plus batch bursts (not streamed, 20-100 tokens, each with an
``X-Mamori-Deadline`` of 30, 60 or 120 s) filling the rest up to the overload factor.

* ``qos-off``: the gateway forwards everything; vLLM queues first come first served;
* ``vllm-priority``: still no gateway queue, but the replicas run
  ``--scheduling-policy priority`` so the ``priority`` the gateway sets orders vLLM's queue;
* ``reservation``: the scheme before issue 21: ``max_in_flight`` 6 per replica, batch may
  hold 60 % of the slots, waits at most 15 s, then 429; first come first served per class;
* ``qos-on``: work-conserving: ``max_in_flight`` = vLLM's ``max_num_seqs``, batch may use
  every idle slot; replicas run ``--scheduling-policy priority`` with preemption and
  ``qos.vllm_preemption`` sends an interactive request past the limit to displace a batch
  one; the queue orders by slack, class, shortest expected job; batch is shed only when
  its deadline can no longer be met (503).

Reported: interactive TTFT p50/p99 and SLO attainment (TTFT ≤ the class's objective),
batch throughput (completed tokens/s), batch within deadline, requests shed (429/503),
goodput (requests within their objective per second of the arrival window), preemptions
in the replicas and relegations in the gateway. Writes a PNG of TTFT over time per run.

Part 2, routing (3 replicas, one slow): the same streamed traffic with ``balance:
round_robin`` and ``balance: least_loaded``. Goodput: requests per second answered within
the SLO (TTFT and end-to-end).

    .venv/bin/python bench/qos.py [--seconds 45] [--overloads 1.5,3] [--modes ...]
        [--skip-routing] [--out bench/results/qos.json]
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
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import free_port, wait_ready

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
BATCH_TOKENS = (20, 40, 60, 80, 100)
"""``max_tokens`` of a batch request, drawn uniformly (mean 60)."""
BATCH_DEADLINES_S = (30.0, 60.0, 120.0)
"""``X-Mamori-Deadline`` of a batch request, drawn uniformly."""
TTFT_SLO_S = 1.0
E2E_SLO_S = 4.0
RESERVED_SLOTS = 6
"""``max_in_flight`` per replica in the reservation run (vLLM itself runs up to 8)."""

MODES: dict[str, dict[str, Any]] = {
    "qos-off": {"policy": "fcfs", "route": {}, "qos": {}},
    "vllm-priority": {"policy": "priority", "route": {}, "qos": {}},
    "reservation": {
        "policy": "fcfs",
        "route": {"max_in_flight": RESERVED_SLOTS},
        "qos": {"batch": {"max_share": 0.6, "max_queue_wait_s": 15}, "shortest_job_first": False},
    },
    "qos-on": {
        "policy": "priority",
        "preemption": True,
        "route": {"max_in_flight": MAX_NUM_SEQS},
        "qos": {"batch": {"max_queue_wait_s": 300}, "vllm_preemption": True},
    },
}
"""Part 1's runs: replica scheduling policy, the model route's and the qos section's
settings (beyond the two classes every run has)."""

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
    max_tokens: int = INTERACTIVE_TOKENS
    deadline_s: float | None = None
    """Batch: the ``X-Mamori-Deadline`` sent (seconds after sending)."""


@dataclass(slots=True)
class Result:
    cls: str
    sent_at: float
    deadline_s: float | None = None
    status: int = 0
    ttft_s: float | None = None
    total_s: float | None = None
    tokens: int = 0


# Process and HTTP helpers


@contextmanager
def _replicas(
    count: int, *, slow: int = 0, policy: str = "fcfs", preemption: bool = False
) -> Iterator[list[str]]:
    """Start ``count`` test servers; the last ``slow`` ones generate 8× slower."""
    processes, urls = [], []
    for index in range(count):
        port = free_port()
        slow_one = index >= count - slow
        args = [
            sys.executable, "-m", "tests.vllm_compat", "--port", str(port),
            "--model", f"{SERVED}:32768", "--reply", REPLY, "--chunk-chars", "3",
            "--latency-s", str(PREFILL_S * (4 if slow_one else 1)),
            "--tokens-per-second", str(TOKENS_PER_S / (8 if slow_one else 1)),
            "--max-num-seqs", str(MAX_NUM_SEQS), "--scheduling-policy", policy,
            "--concurrency-slowdown", str(SLOWDOWN),
        ] + (["--preemption"] if preemption else [])  # fmt: skip
        processes.append(subprocess.Popen(args, cwd=ROOT, stderr=subprocess.DEVNULL))
        urls.append(f"http://127.0.0.1:{port}")
    try:
        for url in urls:
            wait_ready(url, "/health")
        yield urls
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


@contextmanager
def _gateway(
    backends: list[str], scratch: Path, qos: dict[str, Any] | None = None, **route: Any
) -> Iterator[str]:
    """The gateway (no stages) with an interactive key and a batch key; ``qos``: the class
    settings of ``batch`` (key ``batch``) and qos-wide settings."""
    qos = dict(qos or {})
    batch = {"priority": 100, "max_queue_wait_s": 15, **qos.pop("batch", {})}
    from proxy.settings import hash_api_key

    port = free_port()
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
                "batch": batch,
            },
            "default_class": "batch",
            **qos,
        },
        "policies": {"directory": str(ROOT / "policies")},
        "audit": {"path": str(scratch / f"audit-{port}.log")},
        "upstream": {"metrics_interval_s": 1.0, "health_interval_s": 2.0},
        "log_level": "WARNING",
    }
    path = scratch / f"gateway-{port}.json"  # JSON is YAML
    path.write_text(json.dumps(config), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    log = scratch / f"gateway-{port}.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-c", _GATEWAY, str(path)], cwd=ROOT, env=env, stderr=stderr
        )
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_ready(url, "/readyz", timeout=180.0)
        except RuntimeError:
            sys.stderr.write(log.read_text(encoding="utf-8", errors="replace")[-3000:])
            raise
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


# Traffic


def qos_traffic(seconds: float, seed: int, overload: float = 1.5) -> list[Arrival]:
    """Interactive Poisson arrivals (15 % of capacity) plus batch bursts, together
    ``overload`` × the two replicas' capacity (generated tokens per second at
    max_num_seqs). The same seed gives the same interactive arrivals at every overload."""
    rng = random.Random(seed)
    batch_rng = random.Random(seed + 1)
    per_replica = MAX_NUM_SEQS * TOKENS_PER_S / (1 + SLOWDOWN * (MAX_NUM_SEQS - 1))
    capacity = 2 * per_replica
    interactive_rate = 0.15 * capacity / INTERACTIVE_TOKENS  # 15 % of capacity
    mean_batch = sum(BATCH_TOKENS) / len(BATCH_TOKENS)
    batch_rate = (overload * capacity - interactive_rate * INTERACTIVE_TOKENS) / mean_batch
    arrivals = [Arrival(t, "interactive") for t in _poisson(rng, interactive_rate, seconds)]
    burst_every = 5.0
    per_burst = round(batch_rate * burst_every)
    start = 1.0
    while start < seconds:
        arrivals += [
            Arrival(
                start + batch_rng.uniform(0, 0.5),
                "batch",
                max_tokens=batch_rng.choice(BATCH_TOKENS),
                deadline_s=batch_rng.choice(BATCH_DEADLINES_S),
            )
            for _ in range(per_burst)
        ]
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
        "max_tokens": arrival.max_tokens,
        "stream": interactive,
    }
    key = INTERACTIVE_KEY if interactive else BATCH_KEY
    headers = {"Authorization": f"Bearer {key}"}
    if arrival.deadline_s is not None:
        headers["X-Mamori-Deadline"] = f"{arrival.deadline_s:g}"
    result = Result(arrival.cls, sent_at=time.perf_counter() - t0, deadline_s=arrival.deadline_s)
    started = time.perf_counter()
    try:
        async with client.stream(
            "POST", url + "/v1/chat/completions", json=body, headers=headers
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
            Result(a.cls, a.at, a.deadline_s)
            for a, t in zip(arrivals, tasks, strict=True)
            if t in pending
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
    in_time = [
        r
        for r in done_batch
        if r.total_s is not None and (r.deadline_s is None or r.total_s <= r.deadline_s)
    ]
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
        "batch_shed": sum(1 for r in batch if r.status in (429, 503)),
        "batch_shed_share": round(sum(1 for r in batch if r.status in (429, 503)) / len(batch), 4)
        if batch
        else None,
        "batch_within_deadline": len(in_time),
        "unfinished": sum(1 for r in results if r.status in (0, -1)),
        "interactive_misses": [
            {"sent_at_s": round(r.sent_at, 2), "status": r.status, "ttft_s": _round(r.ttft_s)}
            for r in inter
            if not (r.status == 200 and r.ttft_s is not None and r.ttft_s <= TTFT_SLO_S)
        ][:20],
        "good_requests": met + len(in_time),
        "goodput_rps": round((met + len(in_time)) / seconds, 3),
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
    """TTFT over time: one panel per run, one column per overload factor."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    overloads = sorted({name.rsplit("@", 1)[1] for name in runs}, key=float)
    modes = list(dict.fromkeys(name.rsplit("@", 1)[0] for name in runs))
    fig, axes = plt.subplots(
        len(modes),
        len(overloads),
        figsize=(6.5 * len(overloads), 2.4 * len(modes)),
        sharex=True,
        squeeze=False,
    )
    for row, mode in enumerate(modes):
        for col, overload in enumerate(overloads):
            ax = axes[row][col]
            results = runs.get(f"{mode}@{overload}", [])
            for cls, colour, marker in (
                ("interactive", "tab:blue", "o"),
                ("batch", "tab:orange", "."),
            ):
                ok = [
                    r for r in results if r.cls == cls and r.status == 200 and r.ttft_s is not None
                ]
                ax.scatter(
                    [r.sent_at for r in ok],
                    [r.ttft_s for r in ok],
                    s=8,
                    c=colour,
                    marker=marker,
                    label=f"{cls} (batch: whole answer)" if cls == "batch" else cls,
                )
                shed = [r for r in results if r.cls == cls and r.status in (429, 503)]
                if shed:
                    ax.scatter([r.sent_at for r in shed], [0.02] * len(shed), s=10,
                               c="tab:red", marker="x", label=f"{cls} shed")  # fmt: skip
            ax.axhline(TTFT_SLO_S, color="tab:green", linestyle="--", linewidth=1, label="TTFT SLO")
            ax.set_yscale("log")
            ax.set_ylabel("TTFT (s)")
            ax.set_title(f"{mode} at {overload}x overload", fontsize=9)
            if row == 0 and col == 0:
                ax.legend(fontsize=6, loc="upper left")
    for col in range(len(overloads)):
        axes[-1][col].set_xlabel("request sent at (s)")
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def _replica_preemptions(urls: list[str]) -> int:
    return sum(
        int(httpx.get(url + "/_test/stats", timeout=5).json()["preemptions"]) for url in urls
    )


def _gateway_counts(url: str) -> dict[str, float]:
    """Sums of the gateway's per-class QoS counters over labels, by metric and class."""
    counts: dict[str, float] = {}
    wanted = ("mamori_qos_relegations_total", "mamori_qos_preemptions_total")
    for line in httpx.get(url + "/metrics", timeout=5).text.splitlines():
        name = line.split("{", 1)[0]
        if name in wanted and 'qos_class="' in line:
            cls = line.split('qos_class="', 1)[1].split('"', 1)[0]
            key = f"{name.removeprefix('mamori_qos_').removesuffix('_total')}_{cls}"
            counts[key] = counts.get(key, 0.0) + float(line.rsplit(" ", 1)[1])
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=45.0, help="arrival window per run")
    parser.add_argument("--overloads", default="1.5,3", help="overload factors, comma-separated")
    parser.add_argument("--modes", default=",".join(MODES), help="part 1 runs, comma-separated")
    parser.add_argument(
        "--routing-rates", default="2,3", help="requests/s in part 2, comma-separated"
    )
    parser.add_argument("--skip-routing", action="store_true", help="keep part 2's last JSON")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "qos.json")
    parser.add_argument("--plot", type=Path, default=ROOT / "docs" / "img" / "qos-ttft.png")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-qos-"))
    seconds = args.seconds
    load_before = os.getloadavg()

    qos_runs: dict[str, list[Result]] = {}
    counters: dict[str, dict[str, float]] = {}
    for overload in [float(o) for o in args.overloads.split(",")]:
        traffic = qos_traffic(seconds, args.seed, overload)
        for name in args.modes.split(","):
            mode = MODES[name]
            run = f"{name}@{overload:g}"
            with (
                _replicas(
                    2, policy=mode["policy"], preemption=mode.get("preemption", False)
                ) as urls,
                _gateway(urls, scratch, mode["qos"], **mode["route"]) as url,
            ):
                print(f"running {run} ({len(traffic)} requests over {seconds:.0f} s)", flush=True)
                # The qos-off backlog takes a while to clear; what is left after it is a failure.
                qos_runs[run] = asyncio.run(drive(url, traffic, seconds + 45))
                counters[run] = {
                    "replica_preemptions": _replica_preemptions(urls),
                    **_gateway_counts(url),
                }

    routing_runs: dict[str, list[Result]] = {}
    if not args.skip_routing:
        for rate in [float(r) for r in args.routing_rates.split(",")]:
            flow = routing_traffic(seconds, args.seed, rate)
            for balance in ("round_robin", "least_loaded"):
                with (
                    _replicas(3, slow=1) as urls,
                    _gateway(urls, scratch, balance=balance) as url,
                ):
                    print(f"running routing {balance} at {rate:g}/s ({len(flow)} requests)")
                    # Anything still running after the end-to-end SLO has missed it anyway.
                    results = asyncio.run(drive(url, flow, seconds + E2E_SLO_S + 2))
                    routing_runs[f"{balance}@{rate:g}"] = results
    load_after = os.getloadavg()

    qos_rows = {
        name: {**qos_summary(results, seconds), **counters[name]}
        for name, results in qos_runs.items()
    }
    for name, row in qos_rows.items():
        factor = name.rsplit("@", 1)[1]
        for base in ("qos-off", "reservation"):
            other = qos_rows.get(f"{base}@{factor}")
            if other is None or other is row:
                continue
            if other["batch_tokens_per_s"]:
                row[f"batch_throughput_vs_{base}"] = round(
                    row["batch_tokens_per_s"] / other["batch_tokens_per_s"], 3
                )
            if other["goodput_rps"]:
                row[f"goodput_vs_{base}"] = round(row["goodput_rps"] / other["goodput_rps"], 3)
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
        f"{'run':<18} {'int. p50':>9} {'int. p99':>9} {'SLO att.':>9} {'batch tok/s':>11} "
        f"{'vs off':>7} {'in time':>8} {'shed':>5} {'goodput':>8} {'preempt':>7}"
    )
    print(header)
    print("-" * len(header))
    for name, row in qos_rows.items():
        print(
            f"{name:<18} {_fmt(row['interactive_ttft_p50_s'])} "
            f"{_fmt(row['interactive_ttft_p99_s'])} "
            f"{row['interactive_slo_attainment']:>9.1%} {row['batch_tokens_per_s']:>11.1f} "
            f"{row.get('batch_throughput_vs_qos-off', 1.0):>7.2f} "
            f"{row['batch_within_deadline']:>4}/{row['batch_requests']:<3} "
            f"{row['batch_shed']:>5} {row['goodput_rps']:>8.2f} {row['replica_preemptions']:>7}"
        )
    if routing_rows:
        print()
        header = "{:<18} {:>9} {:>7} {:>5} {:>9} {:>9}".format(
            "balance@rate", "goodput/s", "in SLO", "of", "TTFT p50", "TTFT p99"
        )
        print(header)
        print("-" * len(header))
        for name, row in routing_rows.items():
            print(
                f"{name:<18} {row['goodput_rps']:>9.2f} {row['within_slo']:>7} "
                f"{row['requests']:>5} {_fmt(row['ttft_p50_s'])} {_fmt(row['ttft_p99_s'])}"
            )
        for at_rate, gain in gains.items():
            if gain is not None:
                print(f"least_loaded goodput vs round_robin at {at_rate}/s: {gain:+.1%}")

    args.plot.parent.mkdir(parents=True, exist_ok=True)
    plot(qos_runs, args.plot)
    routing: dict[str, Any] = {**routing_rows, "least_loaded_goodput_gain_by_rate": gains}
    if args.skip_routing and args.out.exists():
        routing = json.loads(args.out.read_text(encoding="utf-8")).get("routing", {})
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
        "traffic": {
            "interactive_max_tokens": INTERACTIVE_TOKENS,
            "batch_max_tokens": list(BATCH_TOKENS),
            "batch_deadlines_s": list(BATCH_DEADLINES_S),
        },
        "slo": {"interactive_ttft_s": TTFT_SLO_S, "routing_e2e_s": E2E_SLO_S},
        "modes": MODES,
        "qos": qos_rows,
        "routing": routing,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average_1_5_15_before": [round(x, 2) for x in load_before],
            "load_average_1_5_15_after": [round(x, 2) for x in load_after],
        },
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
