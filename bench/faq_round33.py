"""Round thirty-three: synonym groups and score fusion on the default's four lists (issue 17).

    python bench/faq_round33.py [--corpus FILE] [--queries FILE] [--folds 5] [--output FILE]

The default ranking is rebuilt in numpy from the cached e5 vectors exactly as
``bench/faq_round30.py`` does (question, question + answer and answer-piece lists, BM25
over question + answer in Sudachi mode A normalised with Milvus Lite's k1 1.5, RRF k 5,
equal weights, 100 per list, feedback 5 entries x 0.3 towards the question vectors, the
pieces' list kept). Nothing is embedded: every text must be in
``bench/results/retrieval_vectors*.npz`` (the thirtieth round's cache).

Two findings of earlier rounds measured there for the first time, and one new idea:

1. **Sudachi synonym groups** as BM25 terms (round five, on its two-list reference):
   ``off``; ``add`` (each morpheme's term, then one ``synN`` term per synonym group id);
   ``replace`` (the smallest group id instead of the term when it has groups). Entries and
   queries alike.
2. **Score fusion** (round thirty): each final list's 100 best z- or min-max-normalised
   and summed, added to RRF with lambda / (k + 1), or alone; ``feedback step too`` also
   fuses the first step (the one that picks the 5 feedback entries) that way.
3. **Both together**: every (synonyms, fusion) pair, the pair chosen inside the folds.
4. **BM25 over the answer pieces** (new): the same BM25 (terms of the 120-character
   pieces the pieces' dense list embeds, Milvus's formula over the pieces as documents);
   an entry scores its best piece; a fifth RRF list with weight 0.5 / 1, or off, by CV.
5. **A dense list from chiVe static word vectors** (new; the 20,000 pruned rows shipped
   in ja_ginza's vocab, no model run): entries (question, or question + answer) and
   queries as the IDF-weighted mean of their Sudachi A normalised terms' vectors; a fifth
   RRF list, text and weight (0.5 / 1) or off by CV, with and without score fusion.

Every "by CV" row: grouped 5-fold CV on the folds of every earlier round (first relevant
entry, seed 17); the setting best on four folds (R@10, then MRR@10) is scored on the
fifth. Per fold R@1/5/10 and MRR@10 are kept for every CV row and the fixed default.
``--analyzer-check`` only checks which documents Milvus Lite's BM25 analyzer matches for
synonym terms spelled ``synN`` and ``syn:N`` (added to the results file).
Results in ``bench/results/retrieval_round33.json``; docs/retrieval.md, "Thirty-third
round". Not a test: nothing passes or fails.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402
from faq_experiments import RESULTS, Bench, Matrix, _fmt, _rounded, normalise, ranks_of, rrf  # noqa: E402
from faq_rerank import CacheOnly  # noqa: E402
from faq_retrieval import load_queries  # noqa: E402
from faq_round30 import LAMBDAS, RRF_K, Bm25, Default, normalised  # noqa: E402
from sudachipy import dictionary, tokenizer  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.reindex_job import entry_text  # noqa: E402
from retrieval.sudachi_tokenizer import DEFAULT_DROPPED_POS, pieces  # noqa: E402

SYNONYMS = ("off", "add", "replace")


class GroupTerms:
    """The product's BM25 terms (Sudachi A, normalised, particles and symbols dropped) with
    each morpheme's synonym groups as in round five, spelled ``synN`` (letters and digits
    only, so a word tokenizer keeps the term whole)."""

    def __init__(self) -> None:
        self._tokenizer = dictionary.Dictionary(dict="core").create()

    def terms(self, text: str, synonyms: str) -> list[str]:
        out: list[str] = []
        for piece in pieces(text):
            for morpheme in self._tokenizer.tokenize(piece, tokenizer.Tokenizer.SplitMode.A):
                if morpheme.part_of_speech()[0] in DEFAULT_DROPPED_POS:
                    continue
                term = morpheme.normalized_form().strip().lower()
                if not term:
                    continue
                groups = morpheme.synonym_group_ids() if synonyms != "off" else []
                if groups and synonyms == "replace":
                    out.append(f"syn{min(groups)}")
                    continue
                out.append(term)
                out += [f"syn{g}" for g in groups]
        return out


class ChiveVectors:
    """The 20,000 chiVe rows (300 dimensions, pruned: 480k normalised forms point to
    them) shipped in ja_ginza's vocab; a text's vector is the IDF-weighted mean of its
    terms' rows, normalised."""

    def __init__(self) -> None:
        import ja_ginza  # type: ignore[import-untyped]
        from spacy.strings import hash_string  # type: ignore[attr-defined]
        from spacy.vectors import Vectors

        base = Path(ja_ginza.__file__).parent
        vocab = next(base.glob("ja_ginza-*")) / "vocab"
        vectors = Vectors().from_disk(vocab)
        self._hash = hash_string
        self._rows = vectors.key2row
        self._table = np.asarray(vectors.data, dtype=np.float64)

    def row(self, term: str) -> int | None:
        found = self._rows.get(self._hash(term))
        return None if found is None else int(found)

    def embed(self, texts: Sequence[Sequence[str]], idf: dict[str, float]) -> Matrix:
        out = np.zeros((len(texts), self._table.shape[1]))
        for i, terms in enumerate(texts):
            for term in terms:
                row = self.row(term)
                if row is not None:
                    out[i] += idf.get(term, max(idf.values())) * self._table[row]
        norms = np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        result: Matrix = out / norms
        return result

    def coverage(self, texts: Sequence[Sequence[str]]) -> float:
        terms = [t for ts in texts for t in ts]
        return sum(self.row(t) is not None for t in terms) / max(len(terms), 1)


def idf_of(docs: Sequence[Sequence[str]]) -> dict[str, float]:
    df: dict[str, int] = {}
    for terms in docs:
        for term in set(terms):
            df[term] = df.get(term, 0) + 1
    n = len(docs)
    return {t: float(np.log1p((n - d + 0.5) / (d + 0.5))) for t, d in df.items()}


class Fused(Default):
    """The default with a choice of fusion for the final step (and optionally the feedback
    step) and an optional fifth list with its RRF weight."""

    def run(
        self,
        s_bm25: Matrix,
        how: str | None,
        lam: float | None,
        feedback_too: bool = False,
        extra: tuple[Matrix, float] | None = None,
    ) -> Matrix:
        first_scores = dict(self.first) | {"bm25": s_bm25}
        r_bm25 = ranks_of(s_bm25)
        ranks = dict(self.first_ranks) | {"bm25": r_bm25}
        weights = {name: 1.0 for name in ranks}
        if extra is not None and extra[1] > 0:
            first_scores["bm25_pieces"] = extra[0]
            ranks["bm25_pieces"] = ranks_of(extra[0])
            weights["bm25_pieces"] = extra[1]
        first = fuse(first_scores, ranks, weights, how if feedback_too else None, lam)
        top5 = np.argsort(-first, axis=1, kind="stable")[:, :5]
        moved = normalise(self.q + 0.3 * self.doc_q[top5].mean(1))
        scores = dict(first_scores)
        scores["question"] = moved @ self.doc_q.T
        if self.doc_qa is not None:
            scores["question_answer"] = moved @ self.doc_qa.T
        for name in ("question", "question_answer"):
            if name in scores:
                ranks[name] = ranks_of(scores[name])
        return fuse(scores, ranks, weights, how, lam)


def fuse(
    scores: dict[str, Matrix],
    ranks: dict[str, npt.NDArray[Any]],
    weights: dict[str, float],
    how: str | None,
    lam: float | None,
) -> Matrix:
    """Weighted RRF (k 5), plus ``lam`` / (k + 1) x the weighted sum of each list's
    normalised 100 best (``how``: None = RRF only; ``lam`` None = the sum alone)."""
    names = list(ranks)
    base = rrf([ranks[n] for n in names], [weights[n] for n in names], RRF_K)
    if how is None:
        return base
    total = sum(weights[n] * normalised(scores[n], ranks[n], how) for n in names)
    assert isinstance(total, np.ndarray)
    if lam is None:
        return total
    return base + lam / (RRF_K + 1) * total


def fusion_settings() -> dict[str, tuple[str | None, float | None]]:
    out: dict[str, tuple[str | None, float | None]] = {"rrf": (None, None)}
    for how in ("minmax", "z"):
        for lam in (*LAMBDAS, None):
            out[f"{how} {'only' if lam is None else f'rrf + {lam}'}"] = (how, lam)
    return out


def choose(bench: Bench, candidates: dict[str, Matrix], base: Matrix) -> dict[str, Any]:
    """:meth:`Bench.choose` plus each fold's held-out metrics beside the default's."""
    row = bench.choose(candidates)
    tops = {label: bench.top10(scores) for label, scores in candidates.items()}
    base_top = bench.top10(base)
    row["per fold"] = [
        {
            "chosen": label,
            "default": bench.score(base_top, fold),
            "held_out": bench.score(tops[label], fold),
        }
        for label, fold in zip(row["chosen_per_fold"], bench.folds, strict=True)
    ]
    row["folds better / level / worse (R@10)"] = _tally(row["per fold"])
    return row


def fixed(bench: Bench, scores: Matrix, base: Matrix) -> dict[str, Any]:
    top, base_top = bench.top10(scores), bench.top10(base)
    per_fold = [
        {"default": bench.score(base_top, f), "held_out": bench.score(top, f)} for f in bench.folds
    ]
    return {
        "all": bench.evaluate(scores),
        "per fold": per_fold,
        "folds better / level / worse (R@10)": _tally(per_fold),
    }


def _tally(per_fold: Sequence[dict[str, Any]]) -> list[int]:
    diffs = [p["held_out"]["recall@10"] - p["default"]["recall@10"] for p in per_fold]
    return [
        sum(d > 1e-9 for d in diffs),
        sum(abs(d) <= 1e-9 for d in diffs),
        sum(d < -1e-9 for d in diffs),
    ]


def _show(label: str, row: dict[str, Any]) -> None:
    folds = " ".join(
        f"{p['default']['recall@10']:.3f}->{p['held_out']['recall@10']:.3f}"
        for p in row["per fold"]
    )
    print(f"{label:44} held out {_fmt(row['held_out'])}", flush=True)
    print(f"{'':44} tuned on {_fmt(row['tuned_on'])}  best {row['best_on_all']}", flush=True)
    print(f"{'':44} chosen {row['chosen_per_fold']}", flush=True)
    print(f"{'':44} folds {folds}  +/=/- {row['folds better / level / worse (R@10)']}", flush=True)


def analyzer_check() -> dict[str, list[str]]:
    """Which documents Milvus Lite's BM25 analyzer (``standard``, as the product creates
    its fields) matches for synonym-group terms spelled ``synN`` and ``syn:N``: a term
    kept whole matches only the document holding it."""
    import tempfile

    from pymilvus import DataType, Function, FunctionType, MilvusClient

    docs = ["syn123 ごみ 出す", "syn:456 ごみ 出す", "123 年 日", "syn 事 日", "syn123456 事"]
    with tempfile.TemporaryDirectory() as folder:
        client = MilvusClient(str(Path(folder) / "probe.db"))
        schema = client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.INT64, is_primary=True)
        schema.add_field(
            "text",
            DataType.VARCHAR,
            max_length=1000,
            enable_analyzer=True,
            analyzer_params={"tokenizer": "standard"},
        )
        schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
        schema.add_function(
            Function(
                name="bm25",
                function_type=FunctionType.BM25,
                input_field_names=["text"],
                output_field_names=["sparse"],
            )
        )
        index = client.prepare_index_params()
        index.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
        client.create_collection("probe", schema=schema, index_params=index)
        client.insert("probe", [{"id": i, "text": t} for i, t in enumerate(docs)])
        client.load_collection("probe")
        out = {}
        for query in ("syn123", "syn:456", "123"):
            hits = client.search("probe", data=[query], anns_field="sparse", limit=10)
            out[query] = [docs[int(hit["id"])] for hit in hits[0]]
        client.close()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_round33.json")
    parser.add_argument(
        "--analyzer-check",
        action="store_true",
        help="only check Milvus Lite's analyzer on synonym terms (added to --output)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.analyzer_check:
        found = analyzer_check()
        for query, hits in found.items():
            print(f"{query!r} matches {hits}")
        done = json.loads(args.output.read_text(encoding="utf-8")) if args.output.exists() else {}
        done["Milvus Lite analyzer (standard): documents matched"] = found
        args.output.write_text(json.dumps(done, ensure_ascii=False, indent=2) + "\n", "utf-8")
        return 0

    corpus = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    bench = Bench([e.id for e in corpus], queries, args.folds)
    embedder = CachedEmbedder(CacheOnly(), RESULTS / "retrieval_vectors-round33.npz")
    q = embedder.embed_queries([query.text for query in queries]).astype(np.float64)
    doc_q = embedder.embed_passages([e.question for e in corpus]).astype(np.float64)
    entry_pieces = [answer_chunks(e.answer, 120) for e in corpus]
    owners = np.asarray([i for i, ps in enumerate(entry_pieces) for _ in ps])
    qa_texts = [entry_text(e, "question_answer") for e in corpus]
    doc_qa = embedder.embed_passages(qa_texts).astype(np.float64)
    piece_vectors = embedder.embed_passages([p for ps in entry_pieces for p in ps])
    default = Fused(q, doc_q, doc_qa, piece_vectors.astype(np.float64), owners)

    group_terms = GroupTerms()
    s_bm25: dict[str, Matrix] = {}
    term_counts: dict[str, Any] = {}
    for synonyms in SYNONYMS:
        docs = [group_terms.terms(text, synonyms) for text in qa_texts]
        query_terms = [group_terms.terms(query.text, synonyms) for query in queries]
        s_bm25[synonyms] = Bm25(docs).scores(query_terms)
        term_counts[synonyms] = {
            "entry terms": sum(len(d) for d in docs),
            "query terms": sum(len(t) for t in query_terms),
            "synonym terms in queries": sum(t.startswith("syn") for ts in query_terms for t in ts),
        }
    bm25_only = {s: bench.evaluate(v) for s, v in s_bm25.items()}

    base = default.run(s_bm25["off"], None, None)
    results: dict[str, Any] = {
        "entries": len(corpus),
        "queries": len(queries),
        "terms": term_counts,
        "BM25 list alone": bm25_only,
        "default (numpy, fixed)": fixed(bench, base, base),
        "rows": {},
    }
    rows: dict[str, Any] = results["rows"]
    print(f"default (numpy, fixed)  {_fmt(results['default (numpy, fixed)']['all'])}", flush=True)
    for s, v in bm25_only.items():
        print(f"BM25 alone, synonyms {s:8} {_fmt(v)}", flush=True)

    # 1. synonym groups -------------------------------------------------------------------
    syn_candidates = {f"synonyms {s}": default.run(s_bm25[s], None, None) for s in SYNONYMS}
    for label, scores in syn_candidates.items():
        rows[f"fixed: {label}"] = fixed(bench, scores, base)
        print(
            f"fixed {label:38} {_fmt(rows[f'fixed: {label}']['all'])}  +/=/- "
            f"{rows[f'fixed: {label}']['folds better / level / worse (R@10)']}",
            flush=True,
        )
    rows["synonym groups off/add/replace by CV"] = choose(bench, syn_candidates, base)
    _show("synonym groups by CV", rows["synonym groups off/add/replace by CV"])

    # 2. score fusion ---------------------------------------------------------------------
    settings = fusion_settings()
    both: dict[str, Matrix] = {}
    fusion_only: dict[str, Matrix] = {}
    fusion_fb: dict[str, Matrix] = {}
    for s in SYNONYMS:
        for label, (how, lam) in settings.items():
            scores = default.run(s_bm25[s], how, lam)
            both[f"synonyms {s}, {label}"] = scores
            if s == "off":
                fusion_only[label] = scores
                fusion_fb[label] = scores
                if how is not None:
                    fusion_fb[f"{label}, feedback step too"] = default.run(
                        s_bm25[s], how, lam, feedback_too=True
                    )
    for label, scores in fusion_fb.items():
        if label != "rrf":
            rows[f"fixed: {label}"] = fixed(bench, scores, base)
            print(
                f"fixed {label:38} {_fmt(rows[f'fixed: {label}']['all'])}  +/=/- "
                f"{rows[f'fixed: {label}']['folds better / level / worse (R@10)']}",
                flush=True,
            )
    rows["score fusion, normalisation and lambda by CV"] = choose(bench, fusion_only, base)
    _show("score fusion by CV", rows["score fusion, normalisation and lambda by CV"])
    rows["score fusion, also in the feedback step or not, by CV"] = choose(bench, fusion_fb, base)
    _show(
        "score fusion (+feedback step) by CV",
        rows["score fusion, also in the feedback step or not, by CV"],
    )

    # 3. both together --------------------------------------------------------------------
    for label in ("synonyms add, z rrf + 1.0", "synonyms replace, z rrf + 1.0"):
        rows[f"fixed: {label}"] = fixed(bench, both[label], base)
        print(
            f"fixed {label:38} {_fmt(rows[f'fixed: {label}']['all'])}  +/=/- "
            f"{rows[f'fixed: {label}']['folds better / level / worse (R@10)']}",
            flush=True,
        )
    rows["synonyms and score fusion, the pair by CV"] = choose(bench, both, base)
    _show("synonyms x fusion by CV", rows["synonyms and score fusion, the pair by CV"])

    # 4. BM25 over the answer pieces as a fifth list ----------------------------------------
    flat = [p for ps in entry_pieces for p in ps]
    piece_docs = [group_terms.terms(p, "off") for p in flat]
    query_terms_off = [group_terms.terms(query.text, "off") for query in queries]
    s_pieces_raw = Bm25(piece_docs).scores(query_terms_off)
    s_pieces = np.zeros((len(queries), len(corpus)))
    np.maximum.at(s_pieces.T, owners, s_pieces_raw.T)
    results["BM25 over answer pieces alone"] = bench.evaluate(s_pieces)
    print(f"BM25 over pieces alone  {_fmt(results['BM25 over answer pieces alone'])}", flush=True)
    piece_candidates: dict[str, Matrix] = {"off": base}
    for weight in (0.5, 1.0):
        piece_candidates[f"weight {weight}"] = default.run(
            s_bm25["off"], None, None, extra=(s_pieces, weight)
        )
        rows[f"fixed: BM25 pieces weight {weight}"] = fixed(
            bench, piece_candidates[f"weight {weight}"], base
        )
        print(
            f"fixed BM25 pieces weight {weight:<18} "
            f"{_fmt(rows[f'fixed: BM25 pieces weight {weight}']['all'])}  +/=/- "
            f"{rows[f'fixed: BM25 pieces weight {weight}']['folds better / level / worse (R@10)']}",
            flush=True,
        )
    rows["BM25 over answer pieces, weight by CV"] = choose(bench, piece_candidates, base)
    _show("BM25 pieces weight by CV", rows["BM25 over answer pieces, weight by CV"])
    with_fusion = dict(piece_candidates)
    for weight in (0.5, 1.0):
        with_fusion[f"weight {weight}, z rrf + 1.0"] = default.run(
            s_bm25["off"], "z", 1.0, extra=(s_pieces, weight)
        )
    with_fusion["off, z rrf + 1.0"] = fusion_only["z rrf + 1.0"]
    rows["BM25 pieces x (rrf / z rrf + 1.0) by CV"] = choose(bench, with_fusion, base)
    _show("BM25 pieces x z fusion by CV", rows["BM25 pieces x (rrf / z rrf + 1.0) by CV"])

    # 5. a dense list from chiVe static word vectors (ja_ginza's vocab) -------------------
    chive = ChiveVectors()
    idf = idf_of([group_terms.terms(text, "off") for text in qa_texts])
    chive_docs = {
        "question": chive.embed([group_terms.terms(e.question, "off") for e in corpus], idf),
        "question_answer": chive.embed([group_terms.terms(t, "off") for t in qa_texts], idf),
    }
    chive_q = chive.embed(query_terms_off, idf)
    results["chiVe coverage (query terms with a vector)"] = chive.coverage(query_terms_off)
    chive_candidates: dict[str, Matrix] = {
        "off": base,
        "off, z rrf + 1.0": fusion_only["z rrf + 1.0"],
    }
    for text, docs_v in chive_docs.items():
        s_chive = chive_q @ docs_v.T
        results[f"chiVe {text} alone"] = bench.evaluate(s_chive)
        print(f"chiVe {text} alone {_fmt(results[f'chiVe {text} alone'])}", flush=True)
        for weight in (0.5, 1.0):
            label = f"chiVe {text} weight {weight}"
            chive_candidates[label] = default.run(
                s_bm25["off"], None, None, extra=(s_chive, weight)
            )
            chive_candidates[f"{label}, z rrf + 1.0"] = default.run(
                s_bm25["off"], "z", 1.0, extra=(s_chive, weight)
            )
            rows[f"fixed: {label}"] = fixed(bench, chive_candidates[label], base)
            print(
                f"fixed {label:38} {_fmt(rows[f'fixed: {label}']['all'])}  +/=/- "
                f"{rows[f'fixed: {label}']['folds better / level / worse (R@10)']}",
                flush=True,
            )
    rrf_only = {k: v for k, v in chive_candidates.items() if "z rrf" not in k}
    rows["chiVe list (question / q+a, weight) by CV"] = choose(bench, rrf_only, base)
    _show("chiVe list by CV", rows["chiVe list (question / q+a, weight) by CV"])
    rows["chiVe list x (rrf / z rrf + 1.0) by CV"] = choose(bench, chive_candidates, base)
    _show("chiVe list x z fusion by CV", rows["chiVe list x (rrf / z rrf + 1.0) by CV"])

    # 6. everything at once: synonyms x fusion x chiVe list, the triple chosen by CV -------
    flat_idf = {t: 1.0 for t in idf}
    chive_docs["question_answer, no idf"] = chive.embed(
        [group_terms.terms(t, "off") for t in qa_texts], flat_idf
    )
    chive_scores = {
        "question": chive_q @ chive_docs["question"].T,
        "question_answer": chive_q @ chive_docs["question_answer"].T,
        "question_answer, no idf": chive.embed(query_terms_off, flat_idf)
        @ chive_docs["question_answer, no idf"].T,
    }
    for weight in (0.5, 1.0):
        label = f"chiVe question_answer, no idf weight {weight}"
        rows[f"fixed: {label}"] = fixed(
            bench,
            default.run(
                s_bm25["off"], None, None, extra=(chive_scores["question_answer, no idf"], weight)
            ),
            base,
        )
        print(f"fixed {label:38} {_fmt(rows[f'fixed: {label}']['all'])}", flush=True)
    grid: dict[str, Matrix] = {}
    for syn in SYNONYMS:
        for fusion, (how, lam) in settings.items():
            grid[f"synonyms {syn}, {fusion}, chiVe off"] = both[f"synonyms {syn}, {fusion}"]
            for text, s_chive in chive_scores.items():
                for weight in (0.5, 1.0):
                    grid[f"synonyms {syn}, {fusion}, chiVe {text} {weight}"] = default.run(
                        s_bm25[syn], how, lam, extra=(s_chive, weight)
                    )
    rows["synonyms x fusion x chiVe list, the triple by CV"] = choose(bench, grid, base)
    _show("everything by CV", rows["synonyms x fusion x chiVe list, the triple by CV"])
    no_syn = {k: v for k, v in grid.items() if k.startswith("synonyms off")}
    rows["fusion x chiVe list (no synonyms), the pair by CV"] = choose(bench, no_syn, base)
    _show("fusion x chiVe by CV", rows["fusion x chiVe list (no synonyms), the pair by CV"])

    results["seconds"] = round(time.perf_counter() - started, 1)
    args.output.write_text(
        json.dumps(_rounded(results), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"written {args.output} in {results['seconds']} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
