"""PII analysis CPU time at about 50 and 200 characters, two code versions in one run.

The analyzer of a git revision (``--before``, default the commit before issue 16's
recognizer changes) is extracted with ``git archive`` into a temporary directory and
timed in a child process; the working tree's analyzer is timed the same way; the two
alternate (before, after, before, after) so a changing machine load hits both. Each child
builds the gateway's analyzer (``guardrails.pii.engine.build_analyzer``), warms it up and
times ``analyze`` on the same texts (built by joining records of the PII set, cut to the
length), recording the CPU time of the calling thread (``time.thread_time``: the analysis
runs in one thread; other processes on a shared machine do not count) and wall time.
Prints a table and writes JSON (``bench/results/pii_latency.json``). A benchmark, not a
test: nothing here asserts a time.

    nice -n 5 .venv/bin/python bench/pii_latency.py [--before REV] [--samples 60] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "evaldata" / "pii" / "pii.dev.jsonl"
OUT = ROOT / "bench" / "results" / "pii_latency.json"
LENGTHS = (50, 200)
DEFAULT_BEFORE = "d61b525"


def _texts(length: int, count: int) -> list[str]:
    records = [json.loads(line)["text"] for line in DATA.read_text(encoding="utf-8").splitlines()]
    texts: list[str] = []
    index = 0
    for _ in range(count):
        pieces: list[str] = []
        while sum(len(p) for p in pieces) < length:
            pieces.append(records[index % len(records)])
            index += 1
        texts.append("".join(pieces)[:length])
    return texts


def child(samples: int) -> dict[str, Any]:
    """Time the analyzer importable from ``sys.path[0]`` (run in a child process)."""
    from guardrails.pii.engine import build_analyzer

    analyzer = build_analyzer()
    result: dict[str, Any] = {}
    for length in LENGTHS:
        texts = _texts(length, samples)
        for text in texts[:5]:
            analyzer.analyze(text)
        cpu: list[float] = []
        wall: list[float] = []
        for text in texts:
            started_cpu, started_wall = time.thread_time(), time.perf_counter()
            analyzer.analyze(text)
            cpu.append((time.thread_time() - started_cpu) * 1000)
            wall.append((time.perf_counter() - started_wall) * 1000)
        result[str(length)] = {"cpu_ms": cpu, "wall_ms": wall}
    return result


def _run(tree: Path, samples: int) -> dict[str, Any]:
    code = (
        f"import sys, json; sys.path.insert(0, {str(tree)!r}); "
        f"sys.path.insert(1, {str(ROOT / 'bench')!r}); import pii_latency; "
        f"print(json.dumps(pii_latency.child({samples})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tree, capture_output=True, text=True, check=True
    )
    parsed: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return parsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--before", default=DEFAULT_BEFORE, help="git revision to compare")
    parser.add_argument("--samples", type=int, default=60, help="texts per length")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        before_tree = Path(tmp)
        archive = subprocess.run(
            ["git", "archive", args.before, "guardrails"], cwd=ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(before_tree)], input=archive.stdout, check=True)
        runs: dict[str, list[dict[str, Any]]] = {"before": [], "after": []}
        for _ in range(args.rounds):
            runs["before"].append(_run(before_tree, args.samples))
            runs["after"].append(_run(ROOT, args.samples))
    report: dict[str, Any] = {"before": args.before, "samples": args.samples, "lengths": {}}
    print(f"PII analysis, median ms per text ({args.samples} texts x {args.rounds} rounds)")
    print(
        f"{'chars':>6} {'CPU before':>11} {'CPU after':>10} {'wall before':>12} {'wall after':>11}"
    )
    for length in map(str, LENGTHS):
        row: dict[str, float] = {}
        for version in ("before", "after"):
            for kind in ("cpu_ms", "wall_ms"):
                values = [v for run in runs[version] for v in run[length][kind]]
                row[f"{version}_{kind}_p50"] = round(statistics.median(values), 2)
        report["lengths"][length] = row
        print(
            f"{length:>6} {row['before_cpu_ms_p50']:>11.2f} {row['after_cpu_ms_p50']:>10.2f}"
            f" {row['before_wall_ms_p50']:>12.2f} {row['after_wall_ms_p50']:>11.2f}"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
