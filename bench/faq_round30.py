"""Round thirty: score fusion and learned query-term weights on the default (issue 17).

    python bench/faq_round30.py [--corpus FILE] [--queries FILE] [--folds 5]
                                [--lists default|questions] [--output FILE]

The default ranking is rebuilt in numpy from the cached e5 vectors exactly as
``bench/faq_rerank.py`` does (question, question + answer and answer-piece lists, BM25
over question + answer in Sudachi mode A normalised with Milvus Lite's k1 1.5, RRF k 5
with equal weights, 100 per list, feedback 5 entries x 0.3 towards the question vectors,
the pieces' list kept). Nothing is embedded: every text must be in
``bench/results/retrieval_vectors*.npz`` (``bench/faq_embedding_cache.py``).
``--lists questions`` uses round five's reference (question vector + BM25 + feedback).

Ideas docs/retrieval.md did not record, each side by side with the default:

1. **Score fusion** instead of (or on top of) reciprocal-rank fusion. Each list of the
   final step keeps its 100 best entries, as the searcher does; their scores are
   normalised per query (``minmax``: the list's best is 1, its 100th is 0; ``z``: mean 0,
   standard deviation 1 over the 100, the 100th's value below them) and summed with equal
   weights; the final score is RRF + lambda / (k + 1) x that sum (lambda in 0.25 ... 4), or
   the sum alone (``only``). The normalisation and lambda are chosen by grouped CV.
2. **Query-term weights by part of speech** for BM25: each query term's weight in the
   BM25 query vector is 1 for nouns and pronouns, ``verb`` (0.25/0.5/1) for verbs,
   ``affix`` (0.5/1) for prefixes and suffixes, ``other`` (0.5/1) for the rest
   (adjectives, adverbs, ...); the three numbers are chosen by grouped CV (all 1 is the
   default).
3. **Query-term weights learned from the training folds** for BM25. For each query term
   seen in the training queries, ``u(t)`` = the share of training queries holding ``t``
   whose relevant entries' question + answer terms hold it too (smoothed towards the
   mean share ``p0`` with 2 pseudo-queries); the term's weight in the BM25 query vector is
   ``(u(t) / p0) ** gamma`` (at most 3; unseen terms 1). ``gamma`` 0 is the default. Held
   out = nested CV: for each outer fold the weights are learned on the four other folds,
   gamma is chosen by inner CV over those four (weights learned on three, scored on the
   fourth), and the outer fold is scored once. Tuned-on: weights learned on all queries,
   gamma best on all queries (optimistic: a query's own terms taught its weights).

Folds: the grouped 5-fold split of every earlier round (first relevant entry, seed 17).
Results in ``bench/results/retrieval_round30.json``; docs/retrieval.md, "Thirtieth round".
Not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402
from faq_experiments import (  # noqa: E402
    RESULTS,
    Bench,
    Matrix,
    _fmt,
    _key,
    _rounded,
    normalise,
    ranks_of,
    rrf,
)
from faq_rerank import CacheOnly  # noqa: E402
from faq_retrieval import load_queries, restrict  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.reindex_job import entry_text  # noqa: E402
from retrieval.sudachi_tokenizer import SudachiTokenizer, pieces  # noqa: E402

RRF_K = 5
LIMIT = 100
LAMBDAS = (0.25, 0.5, 1.0, 2.0, 4.0)
GAMMAS = (0.0, 0.5, 1.0, 2.0)


class Bm25:
    """Milvus's BM25 over fixed documents; the query vector may weigh its terms."""

    def __init__(self, docs: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        counts: list[float] = []
        for row, terms in enumerate(docs):
            tally: dict[str, int] = {}
            for term in terms:
                tally[term] = tally.get(term, 0) + 1
            for term, count in tally.items():
                rows.append(row)
                cols.append(self.vocab.setdefault(term, len(self.vocab)))
                counts.append(float(count))
        tf = np.asarray(counts)
        r, c = np.asarray(rows), np.asarray(cols)
        lengths = np.asarray([len(t) for t in docs], dtype=np.float64)
        df = np.bincount(c, minlength=len(self.vocab))
        idf = np.log1p((len(docs) - df + 0.5) / (df + 0.5))
        weight = tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[r] / lengths.mean())) * idf[c]
        self.docs = sp.csr_matrix((weight, (r, c)), shape=(len(docs), len(self.vocab))).T.tocsr()

    def scores(
        self,
        queries: Sequence[Sequence[str]],
        weight: dict[str, float] | None = None,
        per_term: Sequence[Sequence[float]] | None = None,
    ) -> Matrix:
        """(queries x docs); a repeated query term counts once per occurrence, times its
        weight (``weight`` by term, or ``per_term`` by position)."""
        q_rows, q_cols, q_vals = [], [], []
        for i, terms in enumerate(queries):
            for j, term in enumerate(terms):
                if term in self.vocab:
                    q_rows.append(i)
                    q_cols.append(self.vocab[term])
                    w = 1.0 if weight is None else weight.get(term, 1.0)
                    q_vals.append(w * (1.0 if per_term is None else per_term[i][j]))
        query = sp.csr_matrix((q_vals, (q_rows, q_cols)), shape=(len(queries), len(self.vocab)))
        return np.asarray((query @ self.docs).todense(), dtype=np.float64)


class Default:
    """The searcher's ranking over precomputed first-step dense lists."""

    def __init__(
        self,
        q: Matrix,
        doc_q: Matrix,
        doc_qa: Matrix | None,
        pieces: Matrix | None,
        owners: npt.NDArray[np.int64],
    ) -> None:
        self.q, self.doc_q, self.doc_qa = q, doc_q, doc_qa
        self.first: dict[str, Matrix] = {"question": q @ doc_q.T}
        if doc_qa is not None:
            self.first["question_answer"] = q @ doc_qa.T
        if pieces is not None:
            best = np.full((len(q), len(doc_q)), -1.0)
            np.maximum.at(best.T, owners, (q @ pieces.T).T)
            self.first["answer_chunks"] = best
        self.first_ranks = {name: ranks_of(s) for name, s in self.first.items()}

    def lists(self, s_bm25: Matrix) -> tuple[dict[str, Matrix], dict[str, npt.NDArray[Any]]]:
        """The final step's scores and ranks per list (feedback 5 x 0.3)."""
        r_bm25 = ranks_of(s_bm25)
        ranks = dict(self.first_ranks) | {"bm25": r_bm25}
        first = rrf(list(ranks.values()), [1.0] * len(ranks), RRF_K)
        top5 = np.argsort(-first, axis=1, kind="stable")[:, :5]
        moved = normalise(self.q + 0.3 * self.doc_q[top5].mean(1))
        scores = dict(self.first) | {"bm25": s_bm25}
        scores["question"] = moved @ self.doc_q.T
        if self.doc_qa is not None:
            scores["question_answer"] = moved @ self.doc_qa.T
        for name in ("question", "question_answer"):
            if name in scores:
                ranks[name] = ranks_of(scores[name])
        return scores, ranks

    def fused(self, s_bm25: Matrix) -> Matrix:
        _, ranks = self.lists(s_bm25)
        return rrf(list(ranks.values()), [1.0] * len(ranks), RRF_K)


def normalised(scores: Matrix, ranks: npt.NDArray[Any], how: str) -> Matrix:
    """A list's scores normalised over its ``LIMIT`` best per query; outside them, 0
    (minmax) or the 100th's value (z)."""
    top = np.sort(scores, axis=1)[:, ::-1][:, :LIMIT]
    inside = ranks <= LIMIT
    if how == "minmax":
        low, high = top[:, -1:], top[:, :1]
        out = (scores - low) / np.maximum(high - low, 1e-12)
        kept: Matrix = np.where(inside, out, 0.0)
        return kept
    mean, std = top.mean(1, keepdims=True), np.maximum(top.std(1, keepdims=True), 1e-12)
    out = (scores - mean) / std
    floored: Matrix = np.where(inside, out, (top[:, -1:] - mean) / std)
    return floored


def score_fusion(
    scores: dict[str, Matrix], ranks: dict[str, npt.NDArray[Any]], how: str, lam: float | None
) -> Matrix:
    total = sum(normalised(scores[n], ranks[n], how) for n in scores)
    assert isinstance(total, np.ndarray)
    if lam is None:
        return total
    return rrf(list(ranks.values()), [1.0] * len(ranks), RRF_K) + lam / (RRF_K + 1) * total


def term_weights(
    rows: Sequence[int],
    query_terms: Sequence[Sequence[str]],
    relevant_terms: Sequence[set[str]],
    gamma: float,
    prior: float = 2.0,
) -> dict[str, float]:
    """``(u(t) / p0) ** gamma`` per term of the training queries ``rows``."""
    seen: dict[str, int] = {}
    hit: dict[str, int] = {}
    for i in rows:
        for term in set(query_terms[i]):
            seen[term] = seen.get(term, 0) + 1
            hit[term] = hit.get(term, 0) + (term in relevant_terms[i])
    if not gamma or not seen:
        return {}
    p0 = sum(hit.values()) / sum(seen.values())
    return {
        t: float(min(3.0, (((hit[t] + prior * p0) / (n + prior)) / p0) ** gamma))
        for t, n in seen.items()
    }


def pos_classes(tokenizer: SudachiTokenizer, text: str) -> list[str]:
    """The part of speech (first level) of each of :meth:`SudachiTokenizer.terms`' terms."""
    out: list[str] = []
    for piece in pieces(text):
        for morpheme in tokenizer._tokenizer.tokenize(piece, tokenizer._mode):
            pos = morpheme.part_of_speech()[0]
            if pos in tokenizer._dropped:
                continue
            if morpheme.normalized_form().strip().lower():
                out.append(pos)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--lists", choices=("default", "questions"), default="default")
    parser.add_argument(
        "--prefix", type=int, default=0, help="only the first N entries (queries cut to them)"
    )
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_round30.json")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    corpus = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    if args.prefix:
        corpus = corpus[: args.prefix]
        kept = {e.id for e in corpus}
        queries = restrict([query for query in queries if query.relevant & kept], kept)
    bench = Bench([e.id for e in corpus], queries, args.folds)
    embedder = CachedEmbedder(CacheOnly(), RESULTS / "retrieval_vectors-round30.npz")
    q = embedder.embed_queries([query.text for query in queries]).astype(np.float64)
    doc_q = embedder.embed_passages([e.question for e in corpus]).astype(np.float64)
    entry_pieces = [answer_chunks(e.answer, 120) for e in corpus]
    owners = np.asarray([i for i, ps in enumerate(entry_pieces) for _ in ps])
    doc_qa = pieces = None
    if args.lists == "default":
        doc_qa = embedder.embed_passages([entry_text(e, "question_answer") for e in corpus]).astype(
            np.float64
        )
        pieces = embedder.embed_passages([p for ps in entry_pieces for p in ps]).astype(np.float64)
    tokenizer = SudachiTokenizer(mode="A", normalized=True)
    qa_terms = [tokenizer.terms(entry_text(e, "question_answer")) for e in corpus]
    query_terms = [tokenizer.terms(query.text) for query in queries]
    bm25 = Bm25(qa_terms)
    s_bm25 = bm25.scores(query_terms)
    default = Default(q, doc_q, doc_qa, pieces, owners)
    scores, ranks = default.lists(s_bm25)
    base = rrf(list(ranks.values()), [1.0] * len(ranks), RRF_K)
    base_top = bench.top10(base)
    results: dict[str, Any] = {
        "entries": len(corpus),
        "queries": len(queries),
        "lists": args.lists,
        "default (numpy, fixed)": bench.evaluate(base),
        "default per fold R@10": [bench.score(base_top, f)["recall@10"] for f in bench.folds],
        "rows": {},
    }
    rows: dict[str, Any] = results["rows"]
    print(f"default (numpy, fixed)       {_fmt(results['default (numpy, fixed)'])}", flush=True)

    # 1. score fusion ------------------------------------------------------------------
    candidates: dict[str, Matrix] = {"rrf (default)": base}
    for how in ("minmax", "z"):
        for lam in (*LAMBDAS, None):
            label = f"{how} {'only' if lam is None else f'rrf + {lam}'}"
            candidates[label] = score_fusion(scores, ranks, how, lam)
            rows[f"fixed: {label}"] = bench.evaluate(candidates[label])
            print(f"fixed {label:22} {_fmt(rows[f'fixed: {label}'])}", flush=True)
    for how in ("minmax", "z"):
        family = {k: v for k, v in candidates.items() if k.startswith(how) or k.startswith("rrf")}
        rows[f"score fusion {how}, lambda by CV"] = bench.choose(family)
    rows["score fusion, normalisation and lambda by CV"] = bench.choose(candidates)
    chosen = rows["score fusion, normalisation and lambda by CV"]
    print(f"score fusion by CV held out  {_fmt(chosen['held_out'])}  {chosen['chosen_per_fold']}")
    print(f"             tuned on        {_fmt(chosen['tuned_on'])}  {chosen['best_on_all']}")
    best = candidates[chosen["best_on_all"]]
    results["score fusion best-on-all per fold R@10"] = [
        bench.score(bench.top10(best), f)["recall@10"] for f in bench.folds
    ]

    # 2. query-term weights by part of speech (three numbers, chosen by CV) -------------
    classes = [pos_classes(tokenizer, query.text) for query in queries]
    assert all(len(c) == len(t) for c, t in zip(classes, query_terms, strict=True))
    pos_candidates: dict[str, Matrix] = {}
    for verb in (0.25, 0.5, 1.0):
        for other in (0.5, 1.0):
            for suffix in (0.5, 1.0):
                per_term = [
                    [
                        1.0
                        if c in ("名詞", "代名詞")
                        else verb
                        if c == "動詞"
                        else suffix
                        if c in ("接尾辞", "接頭辞")
                        else other
                        for c in cs
                    ]
                    for cs in classes
                ]
                label = f"verb {verb} other {other} affix {suffix}"
                pos_candidates[label] = default.fused(bm25.scores(query_terms, per_term=per_term))
    rows["query-term weights by part of speech, by CV"] = bench.choose(pos_candidates)
    row = rows["query-term weights by part of speech, by CV"]
    rows["query-term weights by part of speech, fixed"] = {
        k: bench.evaluate(v)["recall@10"] for k, v in pos_candidates.items()
    }
    print(f"POS weights by CV held out   {_fmt(row['held_out'])}  {row['chosen_per_fold']}")
    print(f"             tuned on        {_fmt(row['tuned_on'])}  {row['best_on_all']}")

    # 3. learned query-term weights for BM25 ---------------------------------------------
    position = {e.id: i for i, e in enumerate(corpus)}
    qa_sets = [set(t) for t in qa_terms]
    relevant_terms = [
        set().union(*(qa_sets[position[r]] for r in query.relevant)) for query in queries
    ]
    folds = bench.folds

    def fused_with(train: Sequence[int], gamma: float) -> list[list[str]]:
        weight = term_weights(train, query_terms, relevant_terms, gamma)
        return bench.top10(default.fused(bm25.scores(query_terms, weight)))

    held: list[tuple[dict[str, float], int]] = []
    chosen_gamma: list[float] = []
    per_fold: list[tuple[float, float]] = []
    for f, fold in enumerate(folds):
        train_folds = [g for g in range(len(folds)) if g != f]
        inner: dict[float, list[tuple[dict[str, float], int]]] = {}
        for gamma in GAMMAS:
            inner[gamma] = []
            for g in train_folds:
                learn = [i for h in train_folds if h != g for i in folds[h]]
                top = fused_with(learn, gamma)
                inner[gamma].append((bench.score(top, folds[g]), len(folds[g])))

        def pooled(parts: list[tuple[dict[str, float], int]]) -> dict[str, float]:
            total = sum(n for _, n in parts)
            return {k: sum(m[k] * n for m, n in parts) / total for k in parts[0][0]}

        gamma = max(GAMMAS, key=lambda x: _key(pooled(inner[x])))
        chosen_gamma.append(gamma)
        learn = [i for h in train_folds for i in folds[h]]
        top = fused_with(learn, gamma)
        held.append((bench.score(top, fold), len(fold)))
        per_fold.append((bench.score(base_top, fold)["recall@10"], held[-1][0]["recall@10"]))
        print(f"  fold {f}: gamma {gamma}  R@10 {per_fold[-1][0]:.3f} -> {per_fold[-1][1]:.3f}")
    total = sum(n for _, n in held)
    everyone = list(range(len(queries)))
    tuned = {g: bench.score(fused_with(everyone, g), everyone) for g in GAMMAS}
    best_gamma = max(GAMMAS, key=lambda x: _key(tuned[x]))
    fixed_gamma = {}
    for gamma in GAMMAS[1:]:
        # weights learned on the other folds, gamma fixed (plain CV of the weights only)
        parts = []
        for f, fold in enumerate(folds):
            learn = [i for g, other in enumerate(folds) if g != f for i in other]
            parts.append((bench.score(fused_with(learn, gamma), fold), len(fold)))
        n = sum(k for _, k in parts)
        fixed_gamma[f"gamma {gamma}"] = {
            k: sum(m[k] * c for m, c in parts) / n for k in parts[0][0]
        }
    rows["query-term weights, gamma by nested CV"] = {
        "held_out": {k: sum(m[k] * n for m, n in held) / total for k in held[0][0]},
        "tuned_on": tuned[best_gamma],
        "best_on_all": best_gamma,
        "chosen_per_fold": chosen_gamma,
        "per fold R@10 default -> this": per_fold,
        "tuned on per gamma": {f"gamma {g}": tuned[g] for g in GAMMAS},
        "weights held out, gamma fixed": fixed_gamma,
    }
    row = rows["query-term weights, gamma by nested CV"]
    print(f"term weights nested held out {_fmt(row['held_out'])}  gammas {chosen_gamma}")
    print(f"             tuned on        {_fmt(row['tuned_on'])}  gamma {best_gamma}")
    for label, value in fixed_gamma.items():
        print(f"  weights held out, {label:9} {_fmt(value)}")
    example = term_weights(everyone, query_terms, relevant_terms, 1.0)
    results["terms weighted (gamma 1, all queries)"] = {
        "terms": len(example),
        "below 0.5": sum(w < 0.5 for w in example.values()),
        "above 1.5": sum(w > 1.5 for w in example.values()),
    }
    results["seconds"] = round(time.perf_counter() - started, 1)
    args.output.write_text(
        json.dumps(_rounded(results), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"written {args.output} in {results['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
