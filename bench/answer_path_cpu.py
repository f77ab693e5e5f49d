"""CPU of a short request's PII and output steps, in one process, for before/after runs.

    .venv/bin/python bench/answer_path_cpu.py [--roots DIR,DIR] [--rounds 3] [--count 100]
                                              [--out FILE]

What the gateway spends on a ~15-character question besides the e5 forward, the search,
HTTP and the upstream call: ``pii.pseudonymize`` on the question, then the ``output.filter``
and ``pii.restore`` response stages on a whole answer (``bench/request_cpu.py``'s fixed
31-character reply), run by :class:`~proxy.pipeline.runner.Pipeline` on an event loop with
the real PII analyzer and the default policy, as the gateway assembles them (one analyzer,
one limiter). Each question is distinct (``bench/pipeline.py``'s ~15-character messages),
so the PII stage's cache never answers; the reply is the same every time, as in the
request benchmarks (the output filter keeps no cache of its own).

Each checkout in ``--roots`` (``git archive COMMIT | tar -x -C DIR``; default: this one)
runs in a fresh process, the roots alternated ``--rounds`` times. Measured per request:
the process's CPU time (every thread: a thread hop's cost included), the event loop
thread's CPU, and the wall time (on an otherwise idle loop: the thread hops' wait).

A benchmark, not a test. Writes ``bench/results/answer_path_cpu.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
QUERIES = ROOT.parent / "shared" / "evaldata" / "faq" / "queries.dev.jsonl"
REPLY = "お問い合わせありがとうございます。担当窓口よりご案内いたします。"
WARMUP = 20


def _child(root: Path, count: int) -> dict[str, Any]:
    """The measurement, in this process, on the checkout at ``root``."""
    sys.path.insert(0, str(root))
    import proxy
    from guardrails.pii.engine import build_analyzer
    from guardrails.policy.store import load_policy_file
    from proxy.api.relay import filter_message
    from proxy.pipeline.contract import RequestContext
    from proxy.pipeline.fair_limiter import FairLimiter
    from proxy.pipeline.runner import Pipeline
    from proxy.pipeline.stages.output import OutputFilterStage
    from proxy.pipeline.stages.pii import PiiPseudonymizeStage, PiiRestoreStage

    assert Path(proxy.__file__).is_relative_to(root), proxy.__file__  # the checkout asked for
    # This checkout's message generator (imported after the checkout's packages: it puts
    # its own root on sys.path).
    pipeline_bench = importlib.import_module("pipeline")
    loaded = load_policy_file(root / "policies" / "default.yaml")
    analyzer = build_analyzer()
    limiter = FairLimiter()
    pipeline = Pipeline(
        [PiiPseudonymizeStage(analyzer, limiter=limiter)],
        [OutputFilterStage(analyzer, limiter=limiter), PiiRestoreStage()],
    )
    texts = pipeline_bench.messages(pipeline_bench.load_queries(QUERIES), WARMUP + count)["~15"]

    async def one(text: str) -> None:
        ctx = RequestContext(
            request_id="r",
            tenant="t",
            key_name="k",
            model="m",
            body={"messages": [{"role": "user", "content": text}]},
            stream=False,
            policy=loaded,
        )
        await pipeline.run_request(ctx)
        await filter_message(pipeline, ctx, {"role": "assistant", "content": REPLY})

    async def run() -> dict[str, Any]:
        for text in texts[:WARMUP]:
            await one(text)
        measured = texts[WARMUP:]
        cpu, loop_cpu, wall = time.process_time(), time.thread_time(), time.perf_counter()
        for text in measured:
            await one(text)
        n = len(measured)
        return {
            "requests": n,
            "cpu_ms_per_request": round((time.process_time() - cpu) / n * 1000, 3),
            "loop_cpu_ms_per_request": round((time.thread_time() - loop_cpu) / n * 1000, 3),
            "wall_ms_per_request": round((time.perf_counter() - wall) / n * 1000, 3),
        }

    return asyncio.run(run())


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--child"]:
        print(json.dumps(_child(Path(arguments[1]), int(arguments[2]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--roots", default=str(ROOT), help="checkouts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3, help="alternations of the roots")
    parser.add_argument("--count", type=int, default=100, help="measured requests per run")
    parser.add_argument("--out", type=Path, default=RESULTS / "answer_path_cpu.json")
    args = parser.parse_args(arguments)
    roots = [Path(r).resolve() for r in args.roots.split(",")]
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env["PYTHONPATH"] = str(ROOT / "bench")
    runs: dict[str, list[dict[str, Any]]] = {str(root): [] for root in roots}
    for _ in range(args.rounds):
        for root in roots:
            done = subprocess.run(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(root),
                 str(args.count)],
                cwd=root, env=env, check=True, capture_output=True, text=True,
            )  # fmt: skip
            row = json.loads(done.stdout.strip().splitlines()[-1])
            row["load_average"] = round(os.getloadavg()[0], 2)
            runs[str(root)].append(row)
    print("\nper ~15-character request: pii.pseudonymize + output.filter + pii.restore")
    print(f"{'checkout':40s} {'CPU ms (runs)':28s} {'loop CPU ms':20s} {'wall ms':20s}")
    summary: dict[str, Any] = {}
    for name, rows in runs.items():

        def cells(key: str, rows: list[dict[str, Any]] = rows) -> str:
            return " / ".join(f"{row[key]:.2f}" for row in rows)

        print(
            f"{name[-40:]:40s} {cells('cpu_ms_per_request'):28s} "
            f"{cells('loop_cpu_ms_per_request'):20s} {cells('wall_ms_per_request'):20s}"
        )
        summary[name] = {
            "cpu_ms_median": statistics.median(r["cpu_ms_per_request"] for r in rows),
            "wall_ms_median": statistics.median(r["wall_ms_per_request"] for r in rows),
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    results = {
        "benchmark": "answer_path_cpu",
        "reply": REPLY,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "runs": runs,
        "summary": summary,
    }
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
