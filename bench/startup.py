"""Start-up and memory of ``mamori serve`` per worker count: time to ready, CPU, RSS/PSS/USS.

    .venv/bin/python bench/startup.py [--workers 1,2,4] [--rounds 2] [--root DIR] [--out FILE]
                                      [--no-bytecode-cache]

The README's default configuration (``mamori.yaml``: the default policy, FAQ retrieval on
the sample index, output filter) with the sample index built by ``mamori reindex faq`` into
a scratch Milvus Lite home, in front of the vLLM-compatible test server. One untimed start
first fills the guard's exemplar vector cache and Python's bytecode cache of the project's
modules (so every timed start has a *warm cache*, as the issue's target says, and imports
compiled modules as an installed package does; ``--no-bytecode-cache`` keeps the
environment's ``PYTHONDONTWRITEBYTECODE``, as earlier rounds ran); then, for each round
and worker count, ``mamori serve --workers N`` is started and measured:

* **ready**: seconds from the start of the process to the first 200 on ``/readyz``, with
  the load average before and after (wall time: only meaningful on a quiet machine);
* **CPU to ready**: user + system CPU seconds of the whole process tree at that moment
  (robust to other load: what the start-up costs), and per role (parent, workers, Milvus
  Lite server: the parent's is the critical path, the server starts beside it);
* **phases**: the gateway's own per-phase wall and CPU times, read from its INFO log
  (``start-up phase ...`` lines; none for a commit that does not log them);
* after 3 s of settling, per process (parent, each worker, the embedded Redis, the Milvus
  Lite server) from ``/proc/PID/smaps_rollup``: **RSS**, **PSS** (shared pages split among
  the processes sharing them) and **USS** (private pages: what the process alone costs);
  the tree's total RSS and PSS, and the workers' mean RSS and USS.

``--root`` runs the gateway from another checkout of the repository (e.g. ``git archive
COMMIT | tar -x -C DIR``) with this virtualenv, to compare a commit before and after.
A benchmark, not a test. Writes ``bench/results/startup.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from harness import cpu_seconds, free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
MODEL = "bench-model"


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _tree(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pending.extend(int(child) for child in children)
    return found


def _memory(pid: int) -> dict[str, float]:
    """RSS, PSS and USS of one process in MB."""
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, value = line.split(":", 1)
        fields[name] = int(value.split()[0])
    uss = fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)
    return {
        "rss_mb": round(fields["Rss"] / 1024, 1),
        "pss_mb": round(fields["Pss"] / 1024, 1),
        "uss_mb": round(uss / 1024, 1),
    }


def _role(pid: int, parent: int) -> str:
    try:
        command = Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return "gone"
    if pid == parent:
        return "parent"
    if "redis-server" in command:
        return "redis"
    if "milvus_lite" in command:
        return "milvus"
    return "worker"


def _own_cpu(pid: int) -> float:
    """User + system CPU seconds of one process (without its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


_PHASE = re.compile(r"start-up phase (.+): ([0-9.]+) s wall, ([0-9.]+) s CPU")
_BEFORE = re.compile(r"preloading models \(([0-9.]+) CPU-s since the process started")


def _phases(log: str) -> list[dict[str, Any]]:
    """The gateway's own per-phase timings from its INFO log (empty for a commit that
    does not log them)."""
    found: list[dict[str, Any]] = []
    for line in log.splitlines():
        if match := _BEFORE.search(line):
            found.append(
                {"phase": "interpreter, imports, settings, policies (before preload)",
                 "wall_s": None, "cpu_s": float(match.group(1))}
            )  # fmt: skip
        elif match := _PHASE.search(line):
            found.append(
                {"phase": match.group(1), "wall_s": float(match.group(2)),
                 "cpu_s": float(match.group(3))}
            )  # fmt: skip
    return found


def measure(root: Path, config: Path, backend: str, env: dict[str, str], workers: int) -> Any:
    port = free_port()
    load_before = _load()
    log_path = Path(env["MAMORI_AUDIT__PATH"]).with_name(f"serve-{port}.log")
    started = time.perf_counter()
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "proxy.cli.main", "serve", "--config", str(config),
             "--upstream", backend, "--port", str(port), "--workers", str(workers)],
            cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip
    try:
        wait_ready(f"http://127.0.0.1:{port}", "/readyz", timeout=900)
        ready = time.perf_counter() - started
        cpu = cpu_seconds(process.pid)
        by_role: dict[str, float] = {}
        for pid in _tree(process.pid):
            role = _role(pid, process.pid)
            with contextlib.suppress(OSError):
                by_role[role] = round(by_role.get(role, 0.0) + _own_cpu(pid), 2)
        load_ready = _load()
        time.sleep(3)
        processes: list[dict[str, Any]] = []
        for pid in _tree(process.pid):
            role = _role(pid, process.pid)
            try:
                processes.append({"pid": pid, "role": role, **_memory(pid)})
            except (OSError, KeyError):
                continue
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)
    gateway = [p for p in processes if p["role"] in ("parent", "worker")]
    worker_rows = [p for p in processes if p["role"] == "worker"] or gateway
    return {
        "workers": workers,
        "ready_s": round(ready, 2),
        "cpu_to_ready_s": round(cpu, 2),
        "cpu_to_ready_by_role_s": by_role,
        "phases": _phases(log_path.read_text(encoding="utf-8", errors="replace")),
        "load_average": [load_before, load_ready],
        "tree_rss_mb": round(sum(p["rss_mb"] for p in processes), 1),
        "tree_pss_mb": round(sum(p["pss_mb"] for p in processes), 1),
        "gateway_pss_mb": round(sum(p["pss_mb"] for p in gateway), 1),
        "worker_rss_mb": round(sum(p["rss_mb"] for p in worker_rows) / len(worker_rows), 1),
        "worker_uss_mb": round(sum(p["uss_mb"] for p in worker_rows) / len(worker_rows), 1),
        "processes": processes,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", default="1,2,4", help="worker counts")
    parser.add_argument("--rounds", type=int, default=2, help="rounds over the counts")
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to run")
    parser.add_argument("--out", type=Path, default=RESULTS / "startup.json")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep PYTHONDONTWRITEBYTECODE as the environment has it (every start then "
        "compiles the project's modules from source)",
    )
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    root = args.root.resolve()

    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-startup-"))
    config = root / "mamori.yaml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env["MAMORI_AUDIT__PATH"] = str(scratch / "audit.log")
    env["MAMORI_LOG_LEVEL"] = "INFO"  # the gateway's per-phase timings
    env["HF_HUB_OFFLINE"] = "1"
    env["MAMORI_RETRIEVAL__MILVUS_URI"] = str(scratch / "milvus")
    if not args.no_bytecode_cache:
        # An installed package has its bytecode compiled; a checkout run with
        # PYTHONDONTWRITEBYTECODE=1 (this sandbox sets it) compiles the ~200 project
        # modules from source at every start (~0.3 CPU-s). The untimed start writes the
        # cache (__pycache__, ignored by git), as it fills the exemplar cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "proxy.cli.main", "reindex", "faq", "--config", str(config)],
        cwd=root, env={**env, "MAMORI_LOG_LEVEL": "WARNING"}, check=True,
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    backend_port = free_port()
    backend = f"http://127.0.0.1:{backend_port}"
    results: dict[str, Any] = {
        "benchmark": "startup",
        "root": str(root),
        "config": "mamori.yaml (default policy, sample FAQ index), echo backend",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "bytecode_cache": "PYTHONDONTWRITEBYTECODE" not in env,
        "runs": [],
    }
    backend_process = subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(backend_port),
         "--model", MODEL],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_ready(backend, "/health")
        # Untimed: fills the exemplar vector cache (and the bytecode cache), so every
        # timed start is a warm one.
        measure(root, config, backend, env, 1)
        for _ in range(args.rounds):
            for workers in counts:
                row = measure(root, config, backend, env, workers)
                results["runs"].append(row)
                print(_line(row), flush=True)
                args.out.parent.mkdir(parents=True, exist_ok=True)
                args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    finally:
        backend_process.terminate()
        backend_process.wait(timeout=20)
    for row in results["runs"]:
        if row["workers"] == min(counts) and row["phases"]:
            print(f"\nphases of one start ({row['workers']} worker(s), ready {row['ready_s']} s):")
            for phase in row["phases"]:
                wall = "" if phase["wall_s"] is None else f"{phase['wall_s']:6.2f} s wall"
                print(f"  {phase['phase']:58s} {phase['cpu_s']:5.2f} CPU-s {wall}")
            break
    print(f"wrote {args.out}")
    return 0


def _line(row: dict[str, Any]) -> str:
    return (
        f"{row['workers']} workers: ready {row['ready_s']} s (load {row['load_average']}), "
        f"CPU to ready {row['cpu_to_ready_s']} s {row['cpu_to_ready_by_role_s']}, "
        f"tree RSS {row['tree_rss_mb']} MB "
        f"PSS {row['tree_pss_mb']} MB, gateway PSS {row['gateway_pss_mb']} MB, "
        f"per worker RSS {row['worker_rss_mb']} MB USS {row['worker_uss_mb']} MB"
    )


if __name__ == "__main__":
    raise SystemExit(main())
