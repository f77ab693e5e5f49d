"""``retrieval.inject`` speculates on the query as received: the same text its search
will embed when nothing is rewritten, never one with digits, ``@`` or a word Sudachi
reads as a person's name (the PII stage would likely rewrite it), nothing when retrieval is
off or there is no query."""

from __future__ import annotations

import asyncio
from concurrent.futures import Future
from pathlib import Path
from typing import Any, cast

import pytest

from guardrails.classify.normalizer import clean
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import RequestContext, SpeculatingStage
from proxy.pipeline.stages.retrieval import RetrievalStage
from retrieval.faq_searcher import FaqSearcher
from retrieval.sudachi_tokenizer import SudachiTokenizer

_TOKENIZER = SudachiTokenizer(mode="A")


class _Searcher:
    def __init__(self) -> None:
        self.speculated: list[str] = []
        self.handles: list[Future[None]] = []
        self.settled: list[tuple[Future[None], str]] = []

    def names_a_person(self, query: str) -> bool:
        return _TOKENIZER.names_a_person(query)

    def speculate(self, query: str) -> Future[None] | None:
        self.speculated.append(query)
        started: Future[None] = Future()
        started.set_result(None)
        self.handles.append(started)
        return started

    def settle(self, handle: Future[None], query: str) -> None:
        self.settled.append((handle, query))


def _ctx(content: str, *, enabled: bool = True) -> RequestContext:
    policy = Policy.model_validate({"name": "p", "retrieval": {"enabled": enabled}})
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": [{"role": "user", "content": content}]},
        stream=False,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )


@pytest.mark.parametrize(
    ("content", "speculated"),
    [
        ("住民票の  取り方を教えて\u200bください", clean("住民票の  取り方を教えて\u200bください")),
        ("マイナンバーカードの更新は？", clean("マイナンバーカードの更新は？")),
        ("電話番号は090-1234-5678です。折り返しを", None),
        ("メールは taro@example.jp です", None),
        ("２０２４年度の税額", None),
        ("ありがとうございました", None),  # a courtesy: never searched
        ("山田太郎です。住民票の取り方を教えて", None),  # a name: the PII stage rewrites it
        ("先日、佐々木さんに聞いた件ですが", None),
        ("ゴミの出し方を教えて。鈴木", None),
    ],
)
def test_what_is_speculated(content: str, speculated: str | None) -> None:
    searcher = _Searcher()
    stage = RetrievalStage({"faq": cast(FaqSearcher, searcher)})
    assert isinstance(stage, SpeculatingStage)
    started = stage.speculate(_ctx(content))
    assert searcher.speculated == ([] if speculated is None else [speculated])
    assert (started is None) is (speculated is None)


def test_nothing_when_retrieval_is_off_or_the_index_is_not_loaded() -> None:
    searcher = _Searcher()
    assert (
        RetrievalStage({"faq": cast(FaqSearcher, searcher)}).speculate(
            _ctx("住民票の取り方", enabled=False)
        )
        is None
    )
    assert RetrievalStage({"other": cast(Any, searcher)}).speculate(_ctx("住民票の取り方")) is None
    assert searcher.speculated == []


class _SearchingSearcher(_Searcher):
    def search(self, query: str, top_k: int) -> list[object]:
        return []

    def search_or_follow(self, query: str, top_k: int) -> list[object] | Future[list[object]]:
        followed: Future[list[object]] = Future()
        followed.set_result([])  # as a search that followed its speculation
        return followed


@pytest.mark.parametrize(
    ("rewritten", "searched"),
    [
        (None, "住民票の取り方を教えてください"),  # nothing pseudonymised: the same text
        ("<PERSON_1>の住民票の取り方は", "<PERSON_1>の住民票の取り方は"),
    ],
)
def test_the_search_settles_its_own_speculation_with_its_query(
    rewritten: str | None, searched: str
) -> None:
    searcher = _SearchingSearcher()
    stage = RetrievalStage({"faq": cast(FaqSearcher, searcher)})
    ctx = _ctx("住民票の取り方を教えてください")
    assert stage.speculate(ctx) is not None
    if rewritten is not None:  # what pii.pseudonymize would do
        ctx.body = {"messages": [{"role": "user", "content": rewritten}]}

    async def prefetch_then_process() -> None:
        stage.prefetch(ctx)
        await stage.process(ctx)

    asyncio.run(prefetch_then_process())
    # Settled once, at the prefetch (before the search embeds), with the search's query.
    assert searcher.settled == [(searcher.handles[0], clean(searched))]
    assert ctx.speculated == {}


def test_another_requests_search_does_not_settle_this_ones_speculation() -> None:
    searcher = _SearchingSearcher()
    stage = RetrievalStage({"faq": cast(FaqSearcher, searcher)})
    mine = _ctx("住民票の取り方を教えてください")
    assert stage.speculate(mine) is not None
    asyncio.run(stage.process(_ctx("ゴミの出し方を教えて")))  # no speculation of its own
    assert searcher.settled == []


def test_a_query_that_became_a_courtesy_drops_the_speculation() -> None:
    searcher = _SearchingSearcher()
    stage = RetrievalStage({"faq": cast(FaqSearcher, searcher)})
    ctx = _ctx("住民票の取り方を教えてください")
    assert stage.speculate(ctx) is not None
    ctx.body = {"messages": [{"role": "user", "content": "ありがとうございました"}]}
    asyncio.run(stage.process(ctx))
    assert searcher.settled == [(searcher.handles[0], "")]
